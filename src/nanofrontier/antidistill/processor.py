"""Antidistillation sampling as one more logits processor of `core.sample` (Algorithm 1 of the paper).

At every step the teacher's next-token logits z are tilted by the proxy's finite-difference estimate
of how much imitating each candidate token v would raise the proxy's held-out loss:

    Δ̂(v | x) = [ log p(v | x; θ_P + εg) − log p(v | x; θ_P − εg) ] / (2ε)          (the paper's Eq. 6)
    next-token logits = z / τ + λ · Δ̂                                            ("paper" mode)
                      = (z + λ · Δ̂) / τ                                           ("hf" mode: the official code,
                                                                                    whose processor runs before
                                                                                    HF's temperature warper)

Log-probabilities and logits differ by a per-row constant that cancels in the softmax, so the proxies'
logits are differenced directly. The processor runs before core's temperature, so "paper" mode adds
τ·λ·Δ̂ to z (the temperature then divides by τ). With τ = 0 (greedy) "paper" mode leaves z unchanged,
the limit of z/τ + λΔ̂ as τ → 0.

The two perturbed proxies θ_P ± εg (`PerturbedPair`, built once) are decoded in lock-step with the
teacher, each with its own KV cache: `core.sample` hands the processor every input the teacher is fed
(`LockstepProcessor`), the same left padding, positions and mask, and every generation begins with
fresh caches. Per token that is one teacher forward and two proxy forwards.

    pair = PerturbedPair(proxy, g, eps=1e-2)
    out = generate(teacher, prompts, SampleConfig(temperature=1.0, max_new_tokens=64),
                   processors=[AntidistillProcessor(pair, lam=0.05, tau=1.0)], generator=gen)

`exact_delta` is the same directional derivative by forward-mode AD (`torch.func.jvp`), the exact
reference the finite difference is checked against.

Legend: B batch, P prompt length, S positions so far, T sequence length, V vocabulary.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import torch
from torch import Tensor, nn
from torch.nn.attention import SDPBackend, sdpa_kernel

from nanofrontier.antidistill.gradient import ProxyGrad, check_grad_matches, perturbed_params
from nanofrontier.core.cache import KVCache

MODES = ("paper", "hf")


def check_vocab(teacher_vocab: int, proxy_vocab: int, proxy_name: str = "proxy") -> None:
    """The proxy must score the teacher's candidates: same vocabulary (the paper needs a shared tokenizer)."""
    if teacher_vocab != proxy_vocab:
        raise ValueError(f"proxy {proxy_name!r} has a vocabulary of {proxy_vocab} tokens but the teacher has "
                         f"{teacher_vocab}; antidistillation needs a proxy with the teacher's tokenizer")


class PerturbedPair:
    """Two copies of the proxy, at θ_P + εg and θ_P − εg, built once (the paper's two extra proxies)."""

    def __init__(self, proxy: nn.Module, g: ProxyGrad, eps: float, *, name: str = "proxy") -> None:
        if not (isinstance(eps, (int, float)) and math.isfinite(eps) and eps > 0):
            raise ValueError(f"epsilon must be a finite number > 0, got {eps!r}")
        check_grad_matches(g, proxy, proxy_name=name)
        self.name, self.eps, self.config = name, float(eps), proxy.config
        self.models = (self._moved(proxy, g, +self.eps), self._moved(proxy, g, -self.eps))

    @staticmethod
    def _moved(proxy: nn.Module, g: ProxyGrad, step: float) -> nn.Module:
        copy_ = copy.deepcopy(proxy).eval()
        moved = perturbed_params(proxy, g, step)
        with torch.no_grad():
            for name, p in copy_.named_parameters():
                p.copy_(moved[name])
        return copy_.requires_grad_(False)

    @property
    def vocab_size(self) -> int:
        return self.config.vocab_size

    @property
    def device(self) -> torch.device:
        return next(self.models[0].parameters()).device

    def nbytes(self) -> int:
        return sum(p.nbytes for m in self.models for p in m.parameters())


@dataclass(frozen=True, kw_only=True)
class AntidistillConfig:
    lam: float  # λ, the strength of the tilt (0: plain sampling)
    tau: float = 1.0  # τ, the sampling temperature (the SampleConfig's)
    mode: str = "paper"  # "paper": z/τ + λΔ̂; "hf": (z + λΔ̂)/τ, as the official code samples

    def __post_init__(self) -> None:
        checks = {"lam": math.isfinite(self.lam) and self.lam >= 0, "tau": math.isfinite(self.tau) and self.tau >= 0,
                  "mode": self.mode in MODES}
        for name, ok in checks.items():
            if not ok:
                raise ValueError(f"AntidistillConfig.{name} is out of range: {getattr(self, name)!r}"
                                 + (f" (modes: {', '.join(MODES)})" if name == "mode" else ""))

    @property
    def scale(self) -> float:
        """What multiplies Δ̂ before core's temperature divides by τ."""
        return self.lam * self.tau if self.mode == "paper" else self.lam


class AntidistillProcessor:
    """The tilt of the module docstring, as a `core.sample.LockstepProcessor` over a `PerturbedPair`."""

    def __init__(self, pair: PerturbedPair, *, lam: float, tau: float = 1.0, mode: str = "paper") -> None:
        self.pair, self.cfg = pair, AntidistillConfig(lam=lam, tau=tau, mode=mode)
        self.caches: tuple[KVCache, KVCache] | None = None
        self.logits: tuple[Tensor, Tensor] | None = None  # each [B, V], the proxies' at the teacher's position

    def begin(self, ids: Tensor, positions: Tensor, mask: Tensor | None, max_len: int) -> None:
        """A new generation: fresh caches for both proxies, then the prompts ids [B, P]."""
        B, device = ids.shape[0], self.pair.device
        dtype = next(self.pair.models[0].parameters()).dtype
        if self.caches is None or self.caches[0].batch_size != B or self.caches[0].max_len < max_len:
            self.caches = tuple(KVCache.for_model(self.pair.config, batch_size=B, max_len=max_len, dtype=dtype,
                                                  device=device) for _ in self.pair.models)
        for cache in self.caches:
            cache.reset()
        self.feed(ids, positions, mask)

    def feed(self, tokens: Tensor, positions: Tensor, mask: Tensor | None) -> None:
        """The tokens [B, T] the teacher was just fed, at positions [B, T] under mask [B, S+T] or None."""
        if self.caches is None:
            raise RuntimeError("AntidistillProcessor.feed before begin: run it inside core.sample's loop")
        device = self.pair.device
        tokens, positions = tokens.to(device), positions.to(device)
        mask = None if mask is None else mask.to(device)
        with torch.inference_mode():
            self.logits = tuple(
                model(tokens, cache=cache, attention_mask=mask, positions=positions, logits_to_keep=1)[:, -1]
                for model, cache in zip(self.pair.models, self.caches, strict=True))

    def delta(self) -> Tensor:
        """Δ̂ [B, V] in fp32 at the current position."""
        if self.logits is None:
            raise RuntimeError("AntidistillProcessor has seen no tokens yet: run it inside core.sample's loop")
        plus, minus = self.logits
        return (plus.float() - minus.float()) / (2 * self.pair.eps)

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        """logits [B, V] -> logits + scale · Δ̂; a masked (−inf) logit stays −inf."""
        if logits.shape[-1] != self.pair.vocab_size:
            raise ValueError(f"teacher logits have {logits.shape[-1]} entries but proxy {self.pair.name!r} has a "
                             f"vocabulary of {self.pair.vocab_size}")
        if self.cfg.scale == 0:
            return logits
        tilted = logits.float() + self.cfg.scale * self.delta().to(logits.device)
        tilted = torch.where(torch.isneginf(logits), logits.float(), tilted)
        return tilted.to(logits.dtype)


def finite_difference(pair: PerturbedPair, ids: Tensor) -> Tensor:
    """Δ̂ [B, T, V] over whole sequences ids [B, T] (no cache), the log-prob form of the paper."""
    with torch.no_grad():
        plus, minus = (model(ids).float().log_softmax(-1) for model in pair.models)
    return (plus - minus) / (2 * pair.eps)


def exact_delta(proxy: nn.Module, g: ProxyGrad, ids: Tensor) -> Tensor:
    """The directional derivative of every log-prob along g [B, T, V], exactly, by forward-mode AD."""
    params = {name: p.detach().float() for name, p in proxy.named_parameters()}
    tangents = {name: g.tensors[name].to(p.device) for name, p in params.items()}

    def log_probs(theta: dict[str, Tensor]) -> Tensor:
        return torch.func.functional_call(proxy, theta, (ids,)).float().log_softmax(-1)

    # SDPA's fused CPU kernels have no forward-mode derivative; its math backend (plain ops) has.
    with sdpa_kernel(SDPBackend.MATH):
        _, derivative = torch.func.jvp(log_probs, (params,), (tangents,))
    return derivative


def relative_error(approx: Tensor, exact: Tensor) -> float:
    """‖approx − exact‖ / ‖exact‖ over all entries."""
    return float((approx - exact).norm() / exact.norm().clamp_min(1e-30))
