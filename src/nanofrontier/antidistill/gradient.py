"""The proxy's gradient g = ∇θ ℓ(θ_P): the direction antidistillation sampling pushes a student along.

ℓ is the proxy's completion-only cross-entropy on held-out teacher traces (the paper's downstream loss,
Algorithm 1; computed once, offline). g is kept in fp32, optionally scaled to unit norm so that λ and ε
mean the same thing for every model, and saved as safetensors together with the proxy's fingerprint:
a g computed for one proxy is refused for another.

    g = proxy_grad(proxy, holdout_examples, proxy_name="proxy-2x64")
    save_grad(g, "g.safetensors")
    g = load_grad("g.safetensors", proxy)                 # ValueError naming both proxies if it is another
    losses = sign_check(proxy, g, holdout_examples, eps=1e-2)   # ℓ(θ+εg) > ℓ(θ) > ℓ(θ−εg)

The fingerprint is a sha256 over the config and every parameter's name, shape and fp32 bytes, so it is
the same whichever float dtype the proxy is loaded in (bf16 and fp16 -> fp32 are exact) and changes
with any weight.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file
from torch import Tensor, nn

from nanofrontier.antidistill.distill import IGNORE, Example, collate
from nanofrontier.core.atomic import atomic_path

log = logging.getLogger(__name__)

FORMAT = "nanofrontier-proxy-grad/1"
DTYPE_KEYS = ("dtype", "torch_dtype")  # config.json records the storage dtype; the fingerprint ignores it


@dataclass(frozen=True, kw_only=True)
class ProxyGrad:
    tensors: dict[str, Tensor]  # parameter name -> fp32 gradient (tied parameters once, by their first name)
    fingerprint: str  # model_fingerprint(proxy)
    proxy_name: str
    loss: float  # ℓ(θ_P) on the traces
    raw_norm: float  # ‖∇ℓ‖ before any normalisation
    normalized: bool
    traces: int
    epsilon: float | None = None  # a finite-difference step checked against the exact JVP, when known

    def norm(self) -> float:
        return math.sqrt(sum(float(t.double().pow(2).sum()) for t in self.tensors.values()))


def model_fingerprint(model: nn.Module) -> str:
    """sha256 hex of the model's config (its storage dtype left out) and every parameter (name, shape, fp32
    bytes), tied ones once."""
    h = hashlib.sha256()
    config = getattr(model, "config", None)
    if config is not None and hasattr(config, "to_dict"):
        shape = {k: v for k, v in config.to_dict().items() if k not in DTYPE_KEYS}
        h.update(json.dumps(shape, sort_keys=True, default=str).encode())
    for name, p in model.named_parameters():
        h.update(f"{name}:{list(p.shape)};".encode())
        h.update(p.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return h.hexdigest()


def completion_nll(model: nn.Module, examples: Sequence[Example], *, params: dict[str, Tensor] | None = None,
                   batch_size: int = 32, pad_id: int = 0) -> Tensor:
    """Token-weighted mean cross-entropy of the completions, a scalar (with grad when grad is enabled).

    `params` replaces the model's parameters for this call (torch.func.functional_call; tied stay tied)."""
    device = next(model.parameters()).device
    total, count = torch.zeros((), device=device), 0
    for i in range(0, len(examples), batch_size):
        batch = collate(examples[i:i + batch_size], pad_id)
        ids = batch["input_ids"].to(device)
        logits = model(ids) if params is None else torch.func.functional_call(model, params, (ids,))  # [B, T, V]
        labels = batch["labels"].to(device)
        total = total + F.cross_entropy(logits.flatten(0, 1).float(), labels.flatten(), ignore_index=IGNORE,
                                        reduction="sum")
        count += int((labels != IGNORE).sum())
    if count == 0:
        raise ValueError("completion_nll: the examples have no completion tokens")
    return total / count


def proxy_grad(proxy: nn.Module, examples: Sequence[Example], *, proxy_name: str = "proxy",
               normalize: bool = True, batch_size: int = 32, pad_id: int = 0) -> ProxyGrad:
    """∇θ of the proxy's completion NLL on `examples` (held-out teacher traces), in fp32.

    The proxy is differentiated through an fp32 copy of its parameters whatever its dtype (the official
    code loads it in fp32 for this step); with `normalize` g is scaled to unit norm. The proxy itself is
    left unchanged."""
    if not examples:
        raise ValueError("proxy_grad: no held-out traces")
    master = {name: p.detach().float().clone().requires_grad_(True) for name, p in proxy.named_parameters()}
    with torch.enable_grad():
        loss = completion_nll(proxy, examples, params=master, batch_size=batch_size, pad_id=pad_id)
        grads = torch.autograd.grad(loss, list(master.values()), allow_unused=True)
    loss = loss.detach()
    tensors = {name: (torch.zeros_like(master[name]) if g is None else g).detach().cpu()
               for name, g in zip(master, grads, strict=True)}
    raw = math.sqrt(sum(float(t.double().pow(2).sum()) for t in tensors.values()))
    if raw == 0 or not math.isfinite(raw):
        raise ValueError(f"proxy_grad: the gradient norm is {raw}; the proxy has nothing to learn from these traces")
    if normalize:
        tensors = {name: t / raw for name, t in tensors.items()}
    log.info("proxy %s: held-out loss %.4f over %d traces, gradient norm %.4g%s", proxy_name, float(loss),
             len(examples), raw, " (kept at unit norm)" if normalize else "")
    return ProxyGrad(tensors=tensors, fingerprint=model_fingerprint(proxy), proxy_name=proxy_name,
                     loss=float(loss), raw_norm=raw, normalized=normalize, traces=len(examples))


def check_grad_matches(g: ProxyGrad, proxy: nn.Module, *, proxy_name: str = "proxy", where: str = "g") -> None:
    """Raise ValueError naming both proxies unless g was computed for this proxy (same fingerprint, same
    parameter names and shapes)."""
    fingerprint = model_fingerprint(proxy)
    if g.fingerprint != fingerprint:
        raise ValueError(f"{where}: this gradient was computed for proxy {g.proxy_name!r} (fingerprint "
                         f"{g.fingerprint[:12]}), not for proxy {proxy_name!r} (fingerprint {fingerprint[:12]}); "
                         "compute it for this proxy with `nanofrontier antidistill grad`")
    params = dict(proxy.named_parameters())
    if set(params) != set(g.tensors):
        missing, extra = sorted(set(params) - set(g.tensors)), sorted(set(g.tensors) - set(params))
        raise ValueError(f"{where}: gradient tensors do not match proxy {proxy_name!r}'s parameters "
                         f"(missing {missing[:4]}, unexpected {extra[:4]})")
    for name, p in params.items():
        if tuple(g.tensors[name].shape) != tuple(p.shape):
            raise ValueError(f"{where}: {name}: gradient has shape {list(g.tensors[name].shape)}, "
                             f"proxy {proxy_name!r} has {list(p.shape)}")


def save_grad(g: ProxyGrad, path: str | Path) -> Path:
    """g as safetensors (fp32 tensors by parameter name) with its provenance in the header metadata."""
    meta = {"format": "pt", "nanofrontier": FORMAT, "proxy_name": g.proxy_name, "proxy_fingerprint": g.fingerprint,
            "loss": repr(g.loss), "raw_norm": repr(g.raw_norm), "normalized": str(g.normalized).lower(),
            "traces": str(g.traces)}
    if g.epsilon is not None:
        meta["epsilon"] = repr(g.epsilon)
    path = Path(path)
    with atomic_path(path) as tmp:
        save_file({k: v.float().contiguous() for k, v in g.tensors.items()}, str(tmp), metadata=meta)
    return path


def load_grad(path: str | Path, proxy: nn.Module | None = None, *, proxy_name: str = "proxy") -> ProxyGrad:
    """A saved g; with `proxy`, refused (ValueError naming both proxies) unless it was computed for it."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        with safe_open(str(path), framework="pt") as f:
            meta = f.metadata() or {}
            tensors = {k: f.get_tensor(k).float() for k in f.keys()}
    except Exception as e:  # safetensors raises its own error types for a truncated or foreign file
        raise ValueError(f"{path}: not a readable safetensors file ({e})") from e
    if meta.get("nanofrontier") != FORMAT:
        raise ValueError(f"{path}: not a proxy gradient (metadata 'nanofrontier' is "
                         f"{meta.get('nanofrontier')!r}, expected {FORMAT!r})")
    try:
        g = ProxyGrad(tensors=tensors, fingerprint=meta["proxy_fingerprint"], proxy_name=meta["proxy_name"],
                      loss=float(meta["loss"]), raw_norm=float(meta["raw_norm"]),
                      normalized=meta["normalized"] == "true", traces=int(meta["traces"]),
                      epsilon=float(meta["epsilon"]) if "epsilon" in meta else None)
    except (KeyError, ValueError) as e:
        raise ValueError(f"{path}: bad or missing metadata field {e}") from e
    if proxy is not None:
        check_grad_matches(g, proxy, proxy_name=proxy_name, where=str(path))
    return g


def perturbed_params(proxy: nn.Module, g: ProxyGrad, step: float) -> dict[str, Tensor]:
    """θ_P + step·g for every parameter, computed in fp32 and cast to the parameter's dtype."""
    out = {}
    for name, p in proxy.named_parameters():
        moved = p.detach().float() + step * g.tensors[name].to(p.device)
        out[name] = moved.to(p.dtype)
    return out


@torch.no_grad()
def sign_check(proxy: nn.Module, g: ProxyGrad, examples: Sequence[Example], *, eps: float,
               pad_id: int = 0) -> dict[str, float]:
    """ℓ at θ−εg, θ and θ+εg. Along the gradient the loss must rise: ℓ(θ+εg) > ℓ(θ) > ℓ(θ−εg)."""
    return {"minus": float(completion_nll(proxy, examples, params=perturbed_params(proxy, g, -eps), pad_id=pad_id)),
            "center": float(completion_nll(proxy, examples, pad_id=pad_id)),
            "plus": float(completion_nll(proxy, examples, params=perturbed_params(proxy, g, eps), pad_id=pad_id))}
