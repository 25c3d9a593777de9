"""BitNet's packed decoder layers for a batch-1 decode step in one C call (kernel_layer.c through core's
`fused.run`): what the kernel reads of a layer, checked, and how to call it.

    PackedDecoderLayer.c_kernel = PACKED     # infer.py; core's CausalLM.forward_layers then runs every
                                             # layer of a decode step in one C call a token

`describe` reads a layer through its modules' dicts (`c_parts()`, core/fused.py says why), checks every tensor
behind a pointer (shape, dtype, layout: a wrong one is a ValueError naming the module, not a wrong read) and
lists what the arguments were built from, so a cast, `p.data = ...`, a new module or a new eps rebuilds them.
"""

from __future__ import annotations

import torch
from torch import nn

from nanofrontier.bitnet import kernel
from nanofrontier.core.fused import Description, LayerKernel


def describe(layer: nn.Module) -> Description | None:
    """The layer's sizes and pointers for kernel_layer.c; None where the layer is not what it computes."""
    parts = layer.c_parts() if hasattr(type(layer), "c_parts") else None
    if parts is None:
        return None
    projections, norms, attn = parts
    if not all(n.weight.dtype == torch.float32 and n.weight.is_contiguous() for n in norms):
        return None
    args = kernel.LayerArgs(D=projections[1].out_features, H=attn.n_heads, Hkv=attn.n_kv_heads, Dh=attn.head_dim,
                            I=projections[3].in_features)
    _check_tensors(projections, norms, args)
    tensors = [*[p._buffers["packed"] for p in projections], *[p._buffers["weight_scale"] for p in projections],
               *[n._parameters["weight"] for n in norms]]
    for i in range(4):
        args.eps[i] = norms[i].eps
        args.w[i], args.w_scale[i] = tensors[i].data_ptr(), tensors[4 + i].data_ptr()
        args.norm[i] = tensors[8 + i].data_ptr()
    m, am, mm = layer._modules, attn._modules, layer._modules["mlp"]._modules
    links = [(m, "self_attn", attn), (m, "mlp", m["mlp"]), (m, "input_layernorm", norms[0]),
             (am, "attn_sub_norm", norms[1]), (m, "post_attention_layernorm", norms[2]),
             (mm, "ffn_sub_norm", norms[3]), (am, "qkv_proj", projections[0]), (am, "o_proj", projections[1]),
             (mm, "gate_up_proj", projections[2]), (mm, "down_proj", projections[3])]
    for p in projections:
        links += [(p._buffers, "packed", p.packed), (p._buffers, "weight_scale", p.weight_scale)]
    for n in norms:
        links += [(n._parameters, "weight", n.weight), (n.__dict__, "eps", n.eps)]
    return Description(args=args, links=links, tensors=tensors, shape=(args.D, args.H, args.Hkv, args.Dh, args.I))


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


PACKED = LayerKernel(describe=describe,
                     scratch_bytes=lambda shape, max_len: kernel.layer_scratch_bytes(*shape, max_len),
                     call=kernel.decode_layers, available=lambda: kernel.active_backend() != "torch")
