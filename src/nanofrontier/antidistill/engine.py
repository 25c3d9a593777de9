"""Serving a teacher with antidistillation sampling through core's OpenAI-compatible server.

The engine is core's `LocalEngine` (the teacher in this process) plus the proxies it was started with,
each with its gradient g. A request may carry one more field,

    "antidistill": {"proxy": "proxy-2x64", "lambda": 0.05, "epsilon": 0.01, "mode": "paper"}

(every key optional: the proxy defaults to the only one served, λ and ε to the server's defaults); the
engine turns it into an `AntidistillProcessor` for that request alone. An unknown proxy, an unknown key
or a bad value answers 400 naming the field (`antidistill.lambda`, ...). A request without the field
samples with the server's default λ, which is 0 (plain sampling) unless `default_lambda` says otherwise.

    engine = AntidistillEngine("runs/teacher", proxies={"p": ("runs/proxy", "g.safetensors")})
    serve(engine, port=8000)
    # client: openai.OpenAI(base_url=...).completions.create(..., extra_body={"antidistill": {"lambda": 0.05}})

Perturbed pairs θ_P ± εg are built on first use of each (proxy, ε) and kept (the most recent few), so a
steady ε costs nothing per request; building happens under a lock shared with the request threads.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections import OrderedDict
from pathlib import Path

import torch

from nanofrontier.antidistill.gradient import ProxyGrad, load_grad
from nanofrontier.antidistill.processor import MODES, AntidistillProcessor, PerturbedPair, check_vocab
from nanofrontier.core.checkpoint import load_pretrained, open_checkpoint
from nanofrontier.core.openai_api import RequestError
from nanofrontier.core.sample import SampleConfig
from nanofrontier.core.serve import LocalEngine

log = logging.getLogger(__name__)

FIELD = "antidistill"
KEYS = ("proxy", "lambda", "epsilon", "mode")


class ProxyBank:
    """The served proxies by name, their gradients, and the perturbed pairs built from them so far."""

    def __init__(self, proxies: dict[str, tuple[torch.nn.Module, ProxyGrad]], *, keep_pairs: int = 4) -> None:
        if not proxies:
            raise ValueError("ProxyBank: at least one proxy is needed")
        self.proxies, self.keep_pairs = proxies, keep_pairs
        self._pairs: OrderedDict[tuple[str, float], PerturbedPair] = OrderedDict()
        self._lock = threading.Lock()

    def pair(self, name: str, eps: float) -> PerturbedPair:
        with self._lock:
            key = (name, eps)
            if key not in self._pairs:
                proxy, g = self.proxies[name]
                log.info("building the perturbed pair of proxy %r at epsilon %g", name, eps)
                self._pairs[key] = PerturbedPair(proxy, g, eps, name=name)
                while len(self._pairs) > self.keep_pairs:
                    self._pairs.popitem(last=False)
            self._pairs.move_to_end(key)
            return self._pairs[key]


class AntidistillEngine(LocalEngine):
    """core's LocalEngine whose requests may ask for antidistillation sampling (module docstring).

    `proxies`: name -> (model directory, gradient file). The gradient must have been computed for that
    proxy (its fingerprint) and the proxy must share the teacher's vocabulary; both are checked here."""

    def __init__(self, source, *, proxies: dict[str, tuple[str | Path, str | Path]], epsilon: float | None = None,
                 default_lambda: float = 0.0, mode: str = "paper", name: str | None = None,
                 chat_template: str | None = None, dtype: torch.dtype | None = None,
                 device: str | torch.device = "cpu") -> None:
        super().__init__(open_checkpoint(source), name=name, chat_template=chat_template, dtype=dtype, device=device)
        loaded: dict[str, tuple[torch.nn.Module, ProxyGrad]] = {}
        for proxy_name, (directory, grad_path) in proxies.items():
            proxy = load_pretrained(directory, dtype=dtype, device=device)
            check_vocab(self.model.config.vocab_size, proxy.config.vocab_size, proxy_name)
            loaded[proxy_name] = (proxy, load_grad(grad_path, proxy, proxy_name=proxy_name))
        self.bank = ProxyBank(loaded)
        first = next(iter(loaded.values()))[1]
        self.epsilon = epsilon if epsilon is not None else (first.epsilon or 1e-2)
        self.default_lambda, self.mode = default_lambda, mode
        _check_number("epsilon", self.epsilon, lambda x: x > 0, "> 0", error=ValueError)
        _check_number("default_lambda", default_lambda, lambda x: x >= 0, ">= 0", error=ValueError)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")

    @property
    def proxy_names(self) -> list[str]:
        return list(self.bank.proxies)

    def request_processors(self, body: dict, cfg: SampleConfig) -> list[AntidistillProcessor]:
        """The request's `antidistill` field, validated, as one processor (none when λ is 0)."""
        field = body.get(FIELD)
        if field is None:
            if self.default_lambda == 0:
                return []
            field = {}
        if not isinstance(field, dict):
            raise RequestError(f"'{FIELD}' must be an object like {{\"proxy\": NAME, \"lambda\": 0.05}}, got "
                               f"{json.dumps(field)}", param=FIELD, code="invalid_type")
        unknown = sorted(set(field) - set(KEYS))
        if unknown:
            raise RequestError(f"'{FIELD}.{unknown[0]}' is not a known key (known: {', '.join(KEYS)})",
                               param=f"{FIELD}.{unknown[0]}")
        proxy = self._proxy(field.get("proxy"))
        lam = _request_number(field, "lambda", self.default_lambda, lambda x: x >= 0, ">= 0")
        eps = _request_number(field, "epsilon", self.epsilon, lambda x: 0 < x <= 1, "in (0, 1]")
        mode = field.get("mode", self.mode)
        if mode not in MODES:
            raise RequestError(f"'{FIELD}.mode' must be one of {', '.join(MODES)}, got {json.dumps(mode)}",
                               param=f"{FIELD}.mode")
        if lam == 0:
            return []
        return [AntidistillProcessor(self.bank.pair(proxy, eps), lam=lam, tau=cfg.temperature, mode=mode)]

    def _proxy(self, name) -> str:
        names = self.proxy_names
        if name is None:
            if len(names) == 1:
                return names[0]
            raise RequestError(f"'{FIELD}.proxy' is required: this server has proxies {', '.join(names)}",
                               param=f"{FIELD}.proxy", code="missing_field")
        if name not in names:
            raise RequestError(f"'{FIELD}.proxy' {json.dumps(name)} is not served here; proxies: {', '.join(names)}",
                               param=f"{FIELD}.proxy", code="proxy_not_found")
        return name


def _request_number(field: dict, key: str, default: float, ok, expected: str) -> float:
    value = field.get(key, default)
    _check_number(f"{FIELD}.{key}", value, ok, expected, error=RequestError)
    return float(value)


def _check_number(name: str, value, ok, expected: str, *, error) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not ok(value):
        message = f"'{name}' must be a finite number {expected}, got {json.dumps(value, default=str)}"
        raise error(message, param=name) if error is RequestError else error(message)
