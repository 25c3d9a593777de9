"""proxy_grad against plain autograd, the safetensors round trip, and refusing a g made for another proxy."""

import copy

import pytest
import torch
from safetensors.torch import save_file

from nanofrontier.antidistill.distill import collate
from nanofrontier.antidistill.gradient import (
    load_grad,
    model_fingerprint,
    proxy_grad,
    save_grad,
)
from nanofrontier.core.checkpoint import load_pretrained, save_pretrained

from .conftest import TOK, tiny_model


def test_gradient_equals_backward_of_the_completion_loss_written_here_and_has_unit_norm(proxy, grad, examples):
    model = copy.deepcopy(proxy).train()
    batch = collate(examples, TOK.pad_id)
    logits = model(batch["input_ids"])
    labels = batch["labels"]
    picked = logits.log_softmax(-1).gather(-1, labels.clamp(min=0)[..., None])[..., 0]
    loss = -(picked * (labels != -100)).sum() / (labels != -100).sum()
    loss.backward()
    raw = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters())).item()
    assert grad.raw_norm == pytest.approx(float(raw), rel=1e-4)
    assert grad.loss == pytest.approx(loss.detach().item(), rel=1e-5)
    assert grad.norm() == pytest.approx(1.0, abs=1e-5)
    for name, p in model.named_parameters():
        torch.testing.assert_close(grad.tensors[name], p.grad / raw, atol=1e-6, rtol=1e-4)
    assert set(grad.tensors) == {n for n, _ in proxy.named_parameters()}  # the tied head once
    assert all(t.dtype == torch.float32 for t in grad.tensors.values())


def test_a_bf16_proxy_is_differentiated_in_fp32_and_left_unchanged(proxy, examples):
    half = copy.deepcopy(proxy).to(torch.bfloat16)
    before = {n: p.clone() for n, p in half.named_parameters()}
    g = proxy_grad(half, examples, normalize=False, pad_id=TOK.pad_id)
    assert all(t.dtype == torch.float32 for t in g.tensors.values())
    assert g.norm() == pytest.approx(g.raw_norm, rel=1e-6)
    assert all(torch.equal(before[n], p) for n, p in half.named_parameters())


def test_saved_gradient_loads_back_identical_with_its_provenance(proxy, grad, tmp_path):
    path = save_grad(grad, tmp_path / "g.safetensors")
    back = load_grad(path, proxy, proxy_name="tiny-proxy")
    assert back.tensors.keys() == grad.tensors.keys()
    assert all(torch.equal(back.tensors[k], grad.tensors[k]) for k in grad.tensors)
    assert (back.fingerprint, back.proxy_name, back.traces, back.normalized) == (
        grad.fingerprint, "tiny-proxy", 12, True)
    assert back.loss == grad.loss and back.raw_norm == grad.raw_norm


def test_a_gradient_is_refused_for_another_proxy_naming_both(grad, tmp_path):
    path = save_grad(grad, tmp_path / "g.safetensors")
    other = tiny_model(1, 32, seed=77)
    with pytest.raises(ValueError, match=r"g\.safetensors: this gradient was computed for proxy 'tiny-proxy' "
                                         r"\(fingerprint [0-9a-f]{12}\), not for proxy 'student-2x32'"):
        load_grad(path, other, proxy_name="student-2x32")


def test_fingerprint_follows_every_weight_but_not_the_float_dtype_or_a_save_and_load(proxy, tmp_path):
    same = copy.deepcopy(proxy)
    assert model_fingerprint(same) == model_fingerprint(proxy)
    save_pretrained(proxy, tmp_path / "p", dtype=torch.bfloat16)
    rounded_then_widened = copy.deepcopy(proxy).to(torch.bfloat16).float()
    assert model_fingerprint(load_pretrained(tmp_path / "p")) == model_fingerprint(rounded_then_widened)
    rounded = copy.deepcopy(proxy).to(torch.bfloat16)
    assert model_fingerprint(rounded) == model_fingerprint(rounded.float())
    with torch.no_grad():
        same.model.layers[0].mlp.up_proj.weight[3, 4] += 1e-3
    assert model_fingerprint(same) != model_fingerprint(proxy)


def test_a_file_that_is_not_a_gradient_is_refused_by_path(tmp_path, proxy):
    plain = tmp_path / "model.safetensors"
    save_file({"x": torch.zeros(2)}, str(plain), metadata={"format": "pt"})
    with pytest.raises(ValueError, match="model.safetensors: not a proxy gradient"):
        load_grad(plain)
    broken = tmp_path / "broken.safetensors"
    broken.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not a header")
    with pytest.raises(ValueError, match="broken.safetensors: not a readable safetensors file"):
        load_grad(broken)
    with pytest.raises(FileNotFoundError, match="missing.safetensors"):
        load_grad(tmp_path / "missing.safetensors")


def test_no_traces_is_an_error():
    with pytest.raises(ValueError, match="no held-out traces"):
        proxy_grad(tiny_model(1, 32, seed=1), [])
