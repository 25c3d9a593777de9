"""Image encoding, time to first token and decode speed: our InternVL vs transformers' InternVL.

One random model is built with transformers (default: a 6-layer InternViT of width 256 on 224 px tiles of 14 px
patches, 64 visual tokens per tile after pixel unshuffle; a 6-layer Qwen2 LLM of width 512, vocabulary 32000),
saved in the HF-native layout and loaded into ours with `internvl.formats.load_internvl`, so both run the same
weights in fp32. Every figure is a median over `--rounds` rounds in which ours and transformers alternate:

- `encode_ms_per_tile`: ViT + pixel unshuffle + projector on a batch of 6 tiles, divided by 6 (ours:
  `extract_feature`; transformers: `get_image_features`).
- `ttft_ms_{1,6}_tiles`: a prompt of text + `<img>` + 64 x tiles `<IMG_CONTEXT>` + `</img>` + text, from the
  call to the first new token (image encoding, prefill, one greedy pick). Ours: the first step of
  `generate.stream_vl`; transformers: `generate(max_new_tokens=1)`.
- `decode_tokens_per_s`: greedy tokens after the first, batch 1, on the 1-tile prompt: (time for 1 + N tokens -
  time for 1 token) / N. transformers is timed with its default dynamic cache and with a static cache; the
  faster is the baseline. `ratio_vs_transformers` = our decode tokens/s / transformers' (target >= 1.3).
- `same_tokens_as_transformers`: both greedy continuations agree.

    python benchmarks/bench_internvl.py                 # prints one JSON object
    python benchmarks/bench_internvl.py --small         # a 2-layer model, for a quick look
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time

import torch

from nanofrontier.core import sysinfo
from nanofrontier.core.sample import SampleConfig
from nanofrontier.internvl.formats import load_internvl
from nanofrontier.internvl.generate import generate_vl, stream_vl

IMAGE_TOKEN = 31999


def build_transformers_model(small: bool):
    import transformers

    layers = 2 if small else 6
    vision = dict(hidden_size=256, num_hidden_layers=layers, num_attention_heads=4, intermediate_size=1024,
                  image_size=224, patch_size=14, attention_bias=True)
    text = transformers.Qwen2Config(vocab_size=32000, hidden_size=512, intermediate_size=1408,
                                    num_hidden_layers=layers, num_attention_heads=8, num_key_value_heads=4,
                                    max_position_embeddings=4096)
    config = transformers.InternVLConfig(vision_config=vision, text_config=text.to_dict(), image_token_id=IMAGE_TOKEN,
                                         image_seq_length=64, tie_word_embeddings=False)
    torch.manual_seed(0)
    return transformers.InternVLForConditionalGeneration(config).eval()


def prompt_ids(n_tiles: int, tokens_per_tile: int) -> list[int]:
    """24 text ids, the image run, 16 text ids (ids of text never collide with the image token)."""
    g = torch.Generator().manual_seed(n_tiles)
    text = torch.randint(10, 30000, (40,), generator=g).tolist()
    return [*text[:24], 30001, *[IMAGE_TOKEN] * (n_tiles * tokens_per_tile), 30002, *text[24:]]


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def ours_first_token(model, ids: list[int], pixels: torch.Tensor) -> int:
    cfg = SampleConfig(max_new_tokens=1, temperature=0.0)
    step = next(iter(stream_vl(model, [ids], pixels, cfg)))
    return int(step.tokens[0])


def ours_generate(model, ids: list[int], pixels: torch.Tensor, n: int) -> list[int]:
    return generate_vl(model, [ids], pixels, SampleConfig(max_new_tokens=n, temperature=0.0))[0]


def hf_generate(hf, ids: list[int], pixels: torch.Tensor, n: int, **kw) -> list[int]:
    x = torch.tensor([ids])
    with torch.inference_mode():
        out = hf.generate(input_ids=x, attention_mask=torch.ones_like(x), pixel_values=pixels, max_new_tokens=n,
                          min_new_tokens=n, do_sample=False, pad_token_id=0, **kw)
    return out[0, len(ids):].tolist()


def hf_encode(hf, pixels: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        return hf.model.get_image_features(pixel_values=pixels).pooler_output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    hf = build_transformers_model(args.small)
    with tempfile.TemporaryDirectory() as folder:
        hf.save_pretrained(folder)
        ours = load_internvl(folder)
    per_tile = ours.config.num_image_token
    g = torch.Generator().manual_seed(0)
    tiles = {n: torch.randn(n, 3, 224, 224, generator=g) for n in (1, 6)}
    prompts = {n: prompt_ids(n, per_tile) for n in (1, 6)}
    n = args.new_tokens
    with torch.inference_mode():
        encode_gap = float((ours.extract_feature(tiles[6]) - hf_encode(hf, tiles[6])).abs().max())
    runs = {
        "ours_encode": lambda: ours.extract_feature(tiles[6]),
        "hf_encode": lambda: hf_encode(hf, tiles[6]),
        **{f"ours_ttft_{k}": (lambda k=k: ours_first_token(ours, prompts[k], tiles[k])) for k in (1, 6)},
        **{f"hf_ttft_{k}": (lambda k=k: hf_generate(hf, prompts[k], tiles[k], 1)) for k in (1, 6)},
        "ours_gen": lambda: ours_generate(ours, prompts[1], tiles[1], n + 1),
        "hf_dynamic_gen": lambda: hf_generate(hf, prompts[1], tiles[1], n + 1),
        "hf_static_gen": lambda: hf_generate(hf, prompts[1], tiles[1], n + 1, cache_implementation="static"),
    }
    with torch.inference_mode():
        outputs = {name: fn() for name, fn in runs.items()}  # warm-up, and the tokens compared
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, fn in runs.items():
            with torch.inference_mode():
                times[name].append(timed(fn)[0])
    t = {name: statistics.median(v) for name, v in times.items()}
    decode = {"ours": n / max(t["ours_gen"] - t["ours_ttft_1"], 1e-9)}
    for setting in ("dynamic", "static"):
        decode[f"hf_{setting}"] = n / max(t[f"hf_{setting}_gen"] - t["hf_ttft_1"], 1e-9)
    hf_best = max(("hf_dynamic", "hf_static"), key=lambda k: decode[k])
    same = outputs["ours_gen"] == outputs[f"{hf_best}_gen"]
    print(json.dumps({
        "benchmark": "internvl", "threads": args.threads, "rounds": args.rounds, "new_tokens": n,
        "machine": sysinfo.machine_facts(), "dtype": "float32",
        "shape": {"vision_layers": ours.config.vision.num_hidden_layers, "vision_width": ours.config.vision.hidden_size,
                  "tile_px": ours.config.force_image_size, "visual_tokens_per_tile": per_tile,
                  "llm_layers": ours.config.llm.num_hidden_layers, "llm_width": ours.config.llm.hidden_size,
                  "vocab": ours.config.llm.vocab_size, "parameters": sum(ours.num_parameters().values())},
        "encode_ms_per_tile": round(1e3 * t["ours_encode"] / 6, 2),
        "transformers_encode_ms_per_tile": round(1e3 * t["hf_encode"] / 6, 2),
        "encode_max_abs_difference": encode_gap,
        **{f"ttft_ms_{k}_tiles": round(1e3 * t[f"ours_ttft_{k}"], 1) for k in (1, 6)},
        **{f"transformers_ttft_ms_{k}_tiles": round(1e3 * t[f"hf_ttft_{k}"], 1) for k in (1, 6)},
        "decode_tokens_per_s": round(decode["ours"], 1),
        "transformers_decode_tokens_per_s": round(decode[hf_best], 1),
        "transformers_setting": hf_best.removeprefix("hf_") + "_cache",
        "transformers_decode_tokens_per_s_by_setting": {k.removeprefix("hf_") + "_cache": round(v, 1)
                                                        for k, v in decode.items() if k != "ours"},
        "same_tokens_as_transformers": same,
        "ratio_vs_transformers": round(decode["ours"] / decode[hf_best], 3),
        "encode_ratio_vs_transformers": round(t["hf_encode"] / t["ours_encode"], 3),
        **{f"ttft_ratio_vs_transformers_{k}_tiles": round(t[f"hf_ttft_{k}"] / t[f"ours_ttft_{k}"], 3) for k in (1, 6)},
        "targets": {"ratio_vs_transformers": 1.3},
    }))


if __name__ == "__main__":
    main()
