"""The torch-free runtime (runtime.py) against the packed torch model it was written from (image.py): the same
logits for a prompt and each decode step, the same greedy tokens, no torch in its process, and errors that
name the file, tensor or token."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import safetensors.torch
import torch
from safetensors.numpy import load_file, save_file

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.formats import load_bitnet, save_master, save_packed
from nanofrontier.bitnet.image import image_from_released, image_tensors, save_image
from nanofrontier.bitnet.infer import pack_model
from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.runtime import IMAGE_FILE, ImageError, Runtime
from nanofrontier.cli import main as nanofrontier_main
from nanofrontier.core.cache import KVCache
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tokenizer import ByteTokenizer

pytestmark = pytest.mark.skipif(not kernel.available(), reason="the runtime needs the C kernel")


def random_model(tied: bool = True, seed: int = 0) -> BitNetForCausalLM:
    torch.manual_seed(seed)
    model = BitNetForCausalLM(tiny().replace(tie_word_embeddings=tied, vocab_size=ByteTokenizer().vocab_size))
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(1 + 0.2 * torch.randn_like(p) if "norm" in name else 0.3 * torch.randn_like(p))
    return model.eval()


@pytest.fixture(scope="module")
def packed_and_image(tmp_path_factory):
    model = pack_model(random_model(), int8_head=True, int8_embedding=True)
    directory = tmp_path_factory.mktemp("image")
    save_image(model, directory, tokenizer=ByteTokenizer())
    return model, directory


def torch_logits(model, ids, steps):
    """The packed torch model's logits after the prompt and after each of `steps`, as numpy rows."""
    cache = KVCache.for_model(model.config, batch_size=1, max_len=64)
    with torch.no_grad():
        rows = [model(torch.tensor([ids]), cache=cache)[0, -1]]
        rows += [model(torch.tensor([[t]]), cache=cache)[0, -1] for t in steps]
    return [r.numpy() for r in rows]


def test_prompt_and_decode_steps_match_the_packed_torch_model(packed_and_image):
    model, directory = packed_and_image
    ids, steps = [1, 5, 9, 3, 7, 2, 11, 40], [4, 8, 15, 16]
    expected = torch_logits(model, ids, steps)
    rt = Runtime.load(directory, max_len=64)
    got = [rt.prefill(ids)] + [rt.step(t) for t in steps]
    for e, g in zip(expected, got, strict=True):
        np.testing.assert_allclose(g, e, rtol=1e-5, atol=1e-5 * float(np.abs(e).max()))
    assert rt.length == len(ids) + len(steps)
    rt.reset()  # a prompt in two parts: the second attends to the first through the cache
    rt.prefill(ids[:5])
    top = float(np.abs(expected[0]).max())
    np.testing.assert_allclose(rt.prefill(ids[5:]), expected[0], rtol=1e-5, atol=1e-5 * top)


def test_greedy_generation_gives_the_torch_models_tokens(packed_and_image):
    model, directory = packed_and_image
    prompt = [3, 14, 15, 92, 65]
    with torch.no_grad():
        expected = generate(model, [prompt], SampleConfig(max_new_tokens=12, temperature=0))[0]
    got = list(Runtime.load(directory, max_len=32).generate(prompt, 12))
    assert got == list(expected)[-12:]


def test_sampling_is_seeded_and_stops_at_a_stop_token(packed_and_image):
    _, directory = packed_and_image
    rt = Runtime.load(directory, max_len=40)
    a = list(rt.generate([1, 2, 3], 10, temperature=1.0, top_p=0.9, seed=7))
    b = list(rt.generate([1, 2, 3], 10, temperature=1.0, top_p=0.9, seed=7))
    assert a == b and len(a) == 10
    stop = a[2]
    c = list(rt.generate([1, 2, 3], 10, temperature=1.0, top_p=0.9, seed=7, stop_ids=(stop,)))
    assert c == a[:a.index(stop) + 1]


def test_an_untied_model_gets_its_own_head_table(tmp_path):
    model = pack_model(random_model(tied=False, seed=1), int8_head=True)
    save_image(model, tmp_path)
    names = set(load_file(tmp_path / IMAGE_FILE))
    assert {"head.q", "head.scale", "table.q", "table.scale"} <= names
    ids = [5, 6, 7, 8]
    expected = torch_logits(model, ids, [9])
    rt = Runtime.load(tmp_path, max_len=16)
    got = [rt.prefill(ids), rt.step(9)]
    for e, g in zip(expected, got, strict=True):  # the lookup reads int8-rounded rows here: close, not equal
        assert np.abs(g - e).max() < 0.05 * np.abs(e).max()


def test_the_image_holds_the_packed_model_once(packed_and_image):
    model, directory = packed_and_image
    state = image_tensors(model)
    assert "head.q" not in state  # tied: one int8 table for the lookup and the head
    assert state["table.q"].data_ptr() == model.lm_head.weight.data_ptr()
    rt = Runtime.load(directory, max_len=8)
    assert rt.resident_bytes() == sum(t.nbytes for t in state.values())


def test_the_runtime_never_imports_torch(packed_and_image):
    _, directory = packed_and_image
    code = ("import sys; from nanofrontier.cli import main; "
            f"rc = main(['bitnet', 'run', '--image', {str(directory)!r}, '--prompt', 'hi', '--max-new-tokens', '3', "
            "'--temperature', '0']); assert 'torch' not in sys.modules, 'torch was imported'; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "3 tokens" in result.stderr and "no torch" in result.stderr


def test_run_reports_a_missing_image_by_path(tmp_path, capsys):
    assert nanofrontier_main(["bitnet", "run", "--image", str(tmp_path / "nowhere"), "--prompt", "a"]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_run_wraps_the_prompt_in_a_chat_turn(packed_and_image, monkeypatch):
    _, directory = packed_and_image
    prompts = []
    real = Runtime.generate

    def generate(self, ids, *args, **kwargs):
        prompts.append(list(ids))
        return real(self, ids, *args, **kwargs)

    monkeypatch.setattr(Runtime, "generate", generate)
    args = ["bitnet", "run", "--image", str(directory), "--prompt", "hi", "--max-new-tokens", "0"]
    assert nanofrontier_main([*args, "--chat", "chatml"]) == 0
    assert ByteTokenizer().decode(prompts[-1]) == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    assert nanofrontier_main(args) == 0
    assert ByteTokenizer().decode(prompts[-1]) == "hi"


def test_bad_images_name_the_file_and_tensor(packed_and_image, tmp_path):
    _, directory = packed_and_image
    with pytest.raises(ImageError, match="config.json: missing"):
        Runtime.load(tmp_path)
    config = json.loads((directory / "config.json").read_text())
    (tmp_path / "config.json").write_text(json.dumps({**config, "nanofrontier_image": 99}))
    (tmp_path / IMAGE_FILE).write_bytes((directory / IMAGE_FILE).read_bytes())
    with pytest.raises(ImageError, match="reads version 1"):
        Runtime.load(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps(config))
    state = load_file(directory / IMAGE_FILE)
    state["layers.1.o.scale"] = state["layers.1.o.scale"][:-1]
    save_file(state, tmp_path / IMAGE_FILE)
    with pytest.raises(ImageError, match=r"layers\.1\.o\.scale: expected F32\[64\], found F32\[63\]"):
        Runtime.load(tmp_path)
    state = load_file(directory / IMAGE_FILE)
    del state["norm"]
    save_file(state, tmp_path / IMAGE_FILE)
    with pytest.raises(ImageError, match="missing tensor 'norm'"):
        Runtime.load(tmp_path)
    (tmp_path / IMAGE_FILE).write_bytes((directory / IMAGE_FILE).read_bytes()[:1000])
    with pytest.raises(ImageError, match="truncated"):
        Runtime.load(tmp_path)


def test_bad_tokens_and_a_full_cache_are_errors(packed_and_image):
    _, directory = packed_and_image
    rt = Runtime.load(directory, max_len=4)
    with pytest.raises(ValueError, match="token id 999 is outside the vocabulary"):
        rt.prefill([1, 999])
    with pytest.raises(ValueError, match="no tokens"):
        rt.prefill([])
    rt.prefill([1, 2, 3, 4])
    with pytest.raises(ValueError, match="exceed the cache's 4"):
        rt.step(5)
    with pytest.raises(ValueError, match="top_p"):
        list(rt.generate([1], 2, top_p=0))


@pytest.mark.parametrize("tied", [True, False])
def test_the_released_layout_converts_a_layer_at_a_time_to_the_same_image(tmp_path, tied):
    released = tmp_path / "released"
    save_packed(random_model(tied=tied, seed=2), released)  # bf16 norms and table, uint8 codes, as released
    image_from_released(released, tmp_path / "streamed", progress=False)
    save_image(load_bitnet(released), tmp_path / "whole")
    streamed, whole = load_file(tmp_path / "streamed" / IMAGE_FILE), load_file(tmp_path / "whole" / IMAGE_FILE)
    assert streamed.keys() == whole.keys() and ("head.q" in streamed) == (not tied)
    for name in whole:
        np.testing.assert_array_equal(streamed[name], whole[name], err_msg=name)
    assert json.loads((tmp_path / "streamed" / "config.json").read_text()) == \
        json.loads((tmp_path / "whole" / "config.json").read_text())


def test_the_released_layout_with_a_bad_tensor_is_named(tmp_path):
    released = tmp_path / "released"
    save_packed(random_model(seed=3), released)
    state = safetensors.torch.load_file(released / "model.safetensors")
    state["model.layers.1.mlp.up_proj.weight"] = state["model.layers.1.mlp.up_proj.weight"][:-1].clone()
    safetensors.torch.save_file(state, released / "model.safetensors", metadata={"format": "pt"})
    with pytest.raises(ValueError, match=r"model\.layers\.1\.mlp\.up_proj\.weight: expected uint8 \[32, 64\]"):
        image_from_released(released, tmp_path / "image", progress=False)
    save_master(random_model(), tmp_path / "master")
    with pytest.raises(ValueError, match="quantization_mode is 'online'"):
        image_from_released(tmp_path / "master", tmp_path / "image", progress=False)


def test_image_of_an_unpackable_model_is_refused():
    dense = BitNetForCausalLM(tiny().replace(quantization_config=None))
    with pytest.raises(ValueError, match="dense projections"):
        save_image(dense, "unused")
