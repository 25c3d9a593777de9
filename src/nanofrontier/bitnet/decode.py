"""The Python side of a batch-1 decode step in one C call (kernel_layer.c, `kernel.decode_layers`): from packed
decoder layers to the C arguments, checked, kept between tokens, rebuilt when a tensor moved.

    out = run(layers, h, cos, sin, cache)     # h [1, 1, D] through the layers; None: not applicable

`BitNetForCausalLM.forward_layers` hands it every layer of a step (one C call a token) and each
`infer.PackedDecoderLayer` itself when called alone. Applies to: fp32 activations and cache on the CPU,
batch 1, no gradient, a C backend, layers whose `c_parts()` are exactly what kernel_layer.c computes, cache
slots that follow each other. Anything else returns None and the layers run one by one in torch and C.

It runs every token, after the step has streamed ~850 MB through the caches (so Python's own objects come
from DRAM): it reads modules through their `_modules` / `_buffers` / `_parameters` dicts (nn.Module.__getattr__
costs ~1 µs a lookup; 40 a layer made 1.8 ms a token) and checks a run's arguments against what they were
built from in one flat pass (`_Plan`): every module and tensor on the way, the tensors' pointers, the norms'
eps. C would read freed memory without complaint after a cast, `p.data = ...` or a reload, so the tensors
are held with the pointers and any change rebuilds the arguments.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import torch
from torch import Tensor, nn

from nanofrontier.bitnet import kernel
from nanofrontier.core.cache import KVCache


def run(layers: Sequence[nn.Module], h: Tensor, cos: Tensor, sin: Tensor, cache: KVCache) -> Tensor | None:
    """Consecutive layers of one decode step (h [1, 1, D], no mask, RoPE rows cos/sin at its position) in one
    C call; their caches advance by one position. None where the call does not apply."""
    if not layers or not _step_ok(h, cos, cache):
        return None
    plan = _plan(layers)
    if plan is None or tuple(cache.k.shape[2::2]) != (plan.first.Hkv, plan.first.Dh) or cos.numel() != plan.first.Dh:
        return None
    slot = _first_slot(cache, plan.ids)
    if slot is None:
        return None
    a = plan.first
    step = kernel.StepArgs(max_len=cache.max_len, pos=cache.length(plan.ids[0]), layer_stride=cache.k.stride(0))
    for i in plan.ids:
        cache.advance(i, 1)  # raises CacheFullError before anything is written
    cos, sin = cos.reshape(-1).contiguous(), sin.reshape(-1).contiguous()
    step.cos, step.sin = cos.data_ptr(), sin.data_ptr()
    step.k_cache = cache.k.data_ptr() + slot * cache.k.stride(0) * cache.k.element_size()
    step.v_cache = cache.v.data_ptr() + slot * cache.v.stride(0) * cache.v.element_size()
    step.scratch = _scratch(kernel.layer_scratch_bytes(a.D, a.H, a.Hkv, a.Dh, a.I, cache.max_len)).data_ptr()
    out = h.reshape(-1).clone()  # the caller may keep h: the layers write into a copy
    kernel.decode_layers(plan.array, step, out)
    return out.view_as(h)


class _Plan:
    """A run of layers' C arguments and what they were built from: every (dict, name, object) link from a
    layer down to a tensor, the tensors' pointers and the norms' eps. Checking those each token is one flat
    pass (~1,000 cheap operations for 30 layers), a third of rebuilding each layer's key."""

    def __init__(self, layers: Sequence[nn.Module], args: list[kernel.LayerArgs]) -> None:
        self.layers, self.first = list(layers), args[0]
        self.ids = [layer._modules["self_attn"].layer_idx for layer in layers]
        self.array = (kernel.LayerArgs * len(args))(*args)  # copies of the structs
        self.links, self.tensors, self.norms = [], [], []
        for layer in layers:
            projections, norms, attn = layer.c_parts()
            m, am, mm = layer._modules, attn._modules, layer._modules["mlp"]._modules
            self.links += [(m, "self_attn", attn), (m, "mlp", m["mlp"]), (m, "input_layernorm", norms[0]),
                           (am, "attn_sub_norm", norms[1]), (m, "post_attention_layernorm", norms[2]),
                           (mm, "ffn_sub_norm", norms[3]), (am, "qkv_proj", projections[0]),
                           (am, "o_proj", projections[1]), (mm, "gate_up_proj", projections[2]),
                           (mm, "down_proj", projections[3])]
            for p in projections:
                self.links += [(p._buffers, "packed", p.packed), (p._buffers, "weight_scale", p.weight_scale)]
                self.tensors += [p.packed, p.weight_scale]
            for n in norms:
                self.links.append((n._parameters, "weight", n.weight))
                self.tensors.append(n.weight)
            self.norms += norms
        self.pointers = [t.data_ptr() for t in self.tensors]
        self.eps = [n.eps for n in self.norms]

    def holds(self, layers: Sequence[nn.Module]) -> bool:
        return (len(layers) == len(self.layers) and all(a is b for a, b in zip(layers, self.layers, strict=True))
                and all(d.get(k) is o for d, k, o in self.links)
                and [t.data_ptr() for t in self.tensors] == self.pointers and [n.eps for n in self.norms] == self.eps)


def _plan(layers: Sequence[nn.Module]) -> _Plan | None:
    """The run's plan, kept on its first layer while it `holds`; None where a layer is not what
    kernel_layer.c computes or the layers' shapes differ."""
    cache = _c_cache(layers[0])
    plan = cache.get("plan")
    if plan is not None and plan.holds(layers):
        return plan
    args = [layer_args(layer) for layer in layers]
    if any(a is None for a in args) or len({(a.D, a.H, a.Hkv, a.Dh, a.I) for a in args}) != 1:
        return None
    cache["plan"] = plan = _Plan(layers, args)
    return plan


def _step_ok(h: Tensor, cos: Tensor, cache: KVCache) -> bool:
    return (not torch.is_grad_enabled() and h.dtype == torch.float32 and h.device.type == "cpu"
            and cos.dtype == torch.float32 and cache.batch_size == 1 and cache.k.dtype == torch.float32
            and cache.k.device.type == "cpu" and cache.k.is_contiguous() and cache.v.is_contiguous()
            and kernel.active_backend() != "torch")


def _first_slot(cache: KVCache, ids: list[int]) -> int | None:
    """The slot of the first layer when the layers' slots follow each other with one fill level, else None."""
    if ids[0] not in cache.layers:
        return None
    slot, length = cache.layers.index(ids[0]), cache.length(ids[0])
    if cache.layers[slot:slot + len(ids)] != ids or any(cache.length(i) != length for i in ids):
        return None
    return slot


def layer_args(layer: nn.Module) -> kernel.LayerArgs | None:
    """The layer's sizes and pointers (`layer.c_parts()`), kept while its modules, tensor storages and eps are
    the ones they were built from; None where the layer is not what kernel_layer.c computes."""
    parts = layer.c_parts() if hasattr(type(layer), "c_parts") else None
    if parts is None:
        return None
    projections, norms, attn = parts
    tensors = (*[p._buffers["packed"] for p in projections], *[p._buffers["weight_scale"] for p in projections],
               *[n._parameters["weight"] for n in norms])
    key = (*map(id, projections), *map(id, norms), *[t.data_ptr() for t in tensors], *[n.eps for n in norms])
    cache = _c_cache(layer)
    cached = cache.get("args")
    if cached is not None and cached[0] == key:
        return cached[1]
    if not all(n.weight.dtype == torch.float32 and n.weight.is_contiguous() for n in norms):
        return None
    args = kernel.LayerArgs(D=projections[1].out_features, H=attn.n_heads, Hkv=attn.n_kv_heads, Dh=attn.head_dim,
                            I=projections[3].in_features)
    _check_tensors(projections, norms, args)
    for i in range(4):
        args.eps[i] = norms[i].eps
        args.w[i], args.w_scale[i] = tensors[i].data_ptr(), tensors[4 + i].data_ptr()
        args.norm[i] = tensors[8 + i].data_ptr()
    cache["args"] = (key, args, tensors, projections, norms)  # held: their memory outlives the pointers
    return args


def _check_tensors(projections: tuple[nn.Module, ...], norms: tuple[nn.Module, ...], args: kernel.LayerArgs) -> None:
    """Every tensor behind a pointer of `args` has the shape and layout kernel_layer.c reads."""
    D, I, qkv = args.D, args.I, (args.H + 2 * args.Hkv) * args.Dh  # noqa: E741
    shapes = ((D, qkv), (args.H * args.Dh, D), (D, 2 * I), (I, D))  # (in, out) of qkv, o, gate|up, down
    for p, (k, n) in zip(projections, shapes, strict=True):
        if ((p.in_features, p.out_features) != (k, n) or p.packed.dtype != torch.uint8
                or tuple(p.packed.shape) != kernel.packed_shape(n, k) or not p.packed.is_contiguous()
                or p.weight_scale.dtype != torch.float32 or tuple(p.weight_scale.shape) != (n,)
                or not p.weight_scale.is_contiguous()):
            raise ValueError(f"decode_layers: {p} does not hold a contiguous packed [{n}, {k}] with fp32 scales")
    for norm, width in zip(norms, (D, args.H * args.Dh, D, I), strict=True):
        if tuple(norm.weight.shape) != (width,):
            raise ValueError(f"decode_layers: a norm of width {width} has weight {list(norm.weight.shape)}")


class _CCache(dict):
    """A module's prepared C arguments: pointers into its own tensors, so a copy or a pickle of the module
    starts without them (ctypes refuses to copy pointers, and the copy's tensors live elsewhere)."""

    def __copy__(self) -> _CCache:
        return _CCache()

    def __deepcopy__(self, memo: dict) -> _CCache:
        return _CCache()

    def __reduce__(self) -> tuple:
        return _CCache, ()


def _c_cache(module: nn.Module) -> _CCache:
    cache = module.__dict__.get("_c")
    if cache is None:
        cache = module.__dict__["_c"] = _CCache()
    return cache


_scratch_store = threading.local()


def _scratch(nbytes: int) -> Tensor:
    """A per-thread work buffer of at least nbytes for kernel.decode_layers (layers run in turn)."""
    buf = getattr(_scratch_store, "buf", None)
    if buf is None or buf.numel() < nbytes:
        buf = _scratch_store.buf = torch.empty(nbytes, dtype=torch.uint8)
    return buf
