"""Tiny judge checkpoints in the released xVerify-0.5B-I layout (a Qwen2.5-0.5B-Instruct directory).

`qwen_judge_dir`: a randomly initialised tiny `Qwen2ForCausalLM` saved by transformers, beside a
byte-level BPE tokenizer.json with Qwen's ChatML specials, NFC normaliser and pre-tokenizer regex
(transformers 5 loads a qwen2 directory's tokenizer as `Qwen2Tokenizer`, which imposes that regex),
and a tokenizer_config.json like Qwen2.5's (eos `<|im_end|>`, pad `<|endoftext|>`, no bos, the
Qwen2.5 chat template).
`finetuned_judge`: that model fine-tuned by `finetune_judge` on `SYNTHETIC` (built once per session).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import torch
from tokenizers import Regex, normalizers, pre_tokenizers

from nanofrontier.core.tokenizer import HFTokenizer, train_bpe
from nanofrontier.core.train import TrainConfig
from nanofrontier.xverify.prompt import ROLE_AND_RULES, build_prompt

# Qwen2.5-Instruct's chat_template (shared with test_chat.py).
QWEN25_JINJA = (Path(__file__).resolve().parents[1] / "data" / "qwen25_chat_template.jinja").read_text()
SPECIALS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
# Qwen2's pre-tokenizer regex, as in Qwen2.5's tokenizer.json (transformers 5's Qwen2Tokenizer sets it too).
QWEN_PRETOKENIZE = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                    r"|\s*[\r\n]+|\s+(?!\S)|\s+")


def synthetic_examples(n: int, seed: int = 0) -> list[dict]:
    """VAR-format records whose label is whether the output states the reference; the two kinds of
    output are also phrased differently, so a 2-layer model learns the split in a few dozen steps."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a, b = rng.randint(2, 40), rng.randint(2, 40)
        correct = i % 2 == 0
        wrong = a + b + rng.randint(1, 9)
        output = (f"Adding {a} and {b} carefully gives {a + b}. I checked the sum twice and it holds. "
                  f"The answer is {a + b}." if correct
                  else f"Hmm, maybe about {wrong}? I am not sure at all, I only guess that it is {wrong}, or not.")
        rows.append({"question": f"What is {a} + {b}?", "llm_output": output, "correct_answer": str(a + b),
                     "human_judgment_result": "Correct" if correct else "Incorrect"})
    return rows


SYNTHETIC = synthetic_examples(32)


def write_jsonl(path, rows) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")


def save_qwen_tokenizer(directory) -> HFTokenizer:
    texts = [build_prompt(r["question"], r["llm_output"], r["correct_answer"]) for r in SYNTHETIC]
    texts += [ROLE_AND_RULES, "Correct", "Incorrect", "system user assistant You are Qwen, created by Alibaba Cloud."]
    bpe = train_bpe(texts * 4, vocab_size=640, special_tokens=SPECIALS)
    bpe.tokenizer.normalizer = normalizers.NFC()
    bpe.tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN_PRETOKENIZE), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok = HFTokenizer(bpe.tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>", chat_template=QWEN25_JINJA)
    tok.save(directory)
    return tok


def save_qwen_model(directory, tok: HFTokenizer) -> None:
    transformers = pytest.importorskip("transformers")
    config = transformers.Qwen2Config(
        hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2, intermediate_size=128,
        vocab_size=tok.vocab_size, max_position_embeddings=1024, tie_word_embeddings=True,
        bos_token_id=tok.token_to_id("<|endoftext|>"), eos_token_id=tok.eos_id)
    torch.manual_seed(0)
    model = transformers.Qwen2ForCausalLM(config)
    model.generation_config.eos_token_id = [tok.eos_id, tok.pad_id]  # Qwen2.5-Instruct: im_end, endoftext
    model.save_pretrained(directory)


@pytest.fixture
def synthetic() -> list[dict]:
    return SYNTHETIC


@pytest.fixture
def qwen25_jinja() -> str:
    return QWEN25_JINJA


@pytest.fixture(scope="session")
def qwen_judge_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("qwen_judge")
    save_qwen_model(directory, save_qwen_tokenizer(directory))
    return directory


FINETUNE_CFG = TrainConfig(max_steps=100, lr=3e-3, warmup_steps=10, min_lr_ratio=0.1, weight_decay=0.0,
                           grad_accum=2, log_every=1, seed=0)


@pytest.fixture(scope="session")
def finetuned_judge(qwen_judge_dir, tmp_path_factory):
    """(output directory, training data path): 100 steps of 2 x 4 examples on SYNTHETIC (~4 s)."""
    from nanofrontier.xverify.finetune import finetune_judge

    root = tmp_path_factory.mktemp("finetuned")
    data = root / "train.jsonl"
    write_jsonl(data, SYNTHETIC)
    torch.manual_seed(0)
    out = finetune_judge(qwen_judge_dir, data, root / "judge", cfg=FINETUNE_CFG, batch_size=4, max_tokens=512,
                         progress=False)
    return out, data
