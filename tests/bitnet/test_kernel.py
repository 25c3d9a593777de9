"""The C integer kernels (kernel.c via kernel.py): exact int32 on odd shapes and extreme values for
every backend (AVX2, the scalar C loop, torch), float rescale bit-identical to torch's expression,
the 2-bit layout, and the build cache (hash-keyed, atomic, locked; torch fallback without a compiler).

Oracles are written here: int64 matrix products of the int8 values.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from nanofrontier.bitnet import kernel, quant
from nanofrontier.bitnet.packed import int8_matmul, repack, ternary_matmul, unpack
from nanofrontier.core import cbuild

# Every C path this CPU can run: the default (avx512 where the CPU has VNNI), plain AVX2 and scalar.
C_BACKENDS = []
if kernel.available():
    C_BACKENDS = sorted({kernel.active_backend(), "scalar", *(["avx2"] if kernel._has_avx2 else [])})
BACKENDS = [*C_BACKENDS, "torch"]


def oracle(x_q: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    return (x_q.long() @ w.long().T).to(torch.int32)


def ternary(n: int, k: int) -> torch.Tensor:
    return torch.randint(-1, 2, (n, k), dtype=torch.int8)


def int8(m: int, k: int, low: int = -128) -> torch.Tensor:
    return torch.randint(low, 128, (m, k), dtype=torch.int8)


def test_kernel_builds_here():
    # The dev and CI machines have gcc: a silent fallback to torch here would hide a broken build.
    assert kernel.available()
    lib = kernel._load()
    expected = "avx512" if lib.nf_has_avx512vnni() else "avx2" if lib.nf_has_avx2() else "scalar"
    assert kernel.active_backend() == expected
    assert "avx2" in C_BACKENDS or not lib.nf_has_avx2()


def test_repack_layout_is_i2s_chunks_in_groups_of_four_rows():
    w = torch.zeros(5, 256, dtype=torch.int8)
    w[0, 5], w[0, 37], w[0, 69], w[0, 101] = 1, -1, 0, 1  # column j + 32g lands in byte j, bits 7-2g:6-2g
    w[1, 0] = -1  # row 1, block 0 follows row 0, block 0
    w[0, 128] = 1  # row 0, block 1 follows rows 0-3 of block 0
    packed = repack(w)
    assert packed.shape == (2, 256) == kernel.packed_shape(5, 256)
    assert packed[0, 5].item() == 0b10_00_01_10
    assert packed[0, 0].item() == 0b01_01_01_01  # four zeros
    assert packed[0, 32].item() == 0b00_01_01_01
    assert packed[0, 128].item() == 0b10_01_01_01
    assert (packed[1] == 0b01_01_01_01).all()  # row 4 is zero; rows 5-7 are padding


@pytest.mark.parametrize("k", [1, 31, 33, 130, 2560])
def test_repack_round_trips_and_pads_to_blocks_of_128_and_groups_of_4(k):
    for n in (1, 7, 8):
        w = ternary(n, k)
        packed = repack(w)
        assert packed.shape == (-(-n // 4), -(-k // 128) * 128) and packed.dtype == torch.uint8
        assert torch.equal(unpack(packed, n, k), w)


def test_repack_rejects_non_ternary_values():
    with pytest.raises(ValueError, match="-1, 0 or 1"):
        repack(torch.tensor([[0, 2, -1]], dtype=torch.int8))
    with pytest.raises(ValueError, match="-1, 0 or 1"):
        repack(torch.tensor([[0.5, 1.0]]))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("k", [1, 31, 33, 130, 2560])
def test_ternary_matmul_is_exact_on_odd_shapes(backend, k):
    for n in [1, 3, 7, 6912] if backend != "torch" else [1, 3, 7, 300]:
        w = ternary(n, k)
        packed = repack(w)
        with kernel.use_backend(backend):
            for m in range(1, 6):
                x_q = int8(m, k)
                assert torch.equal(ternary_matmul(x_q, packed, n, k), oracle(x_q, w)), (n, k, m)


@pytest.mark.parametrize("backend", C_BACKENDS)
def test_ternary_matmul_is_exact_for_prompts_of_whole_and_partial_tiles(backend):
    # AVX-512 takes tiles of 12 tokens, then 8, then the rest: 8 (one tile of 8), 12 and 24 (whole wide tiles),
    # 20 (12 + 8), 21 and 23 (12 + 8 + 1 or 12 + 8 + 3), 17 (12 + 5). AVX2 and scalar take 4 at a time. n = 70
    # is 18 groups of 4 rows (the last one partial), more than one band of 16 groups; n = 6912 is many bands.
    for n, k in ((70, 130), (6912, 256), (5, 2560)):
        w = ternary(n, k)
        packed = repack(w)
        with kernel.use_backend(backend):
            for m in (8, 12, 17, 20, 21, 23, 24):
                x_q = int8(m, k)
                assert torch.equal(ternary_matmul(x_q, packed, n, k), oracle(x_q, w)), (n, k, m)


@pytest.mark.parametrize("backend", BACKENDS)
def test_ternary_matmul_holds_extreme_sums_without_int16_overflow(backend):
    # All -128 against all -1 (or +1) over 40 blocks: every int16 lane sees its worst case.
    k = 40 * 128 + 3
    x_q = torch.full((9, k), -128, dtype=torch.int8)
    x_q[1::2] = 127
    w = torch.cat([torch.full((2, k), -1), torch.full((2, k), 1), ternary(3, k)]).to(torch.int8)
    with kernel.use_backend(backend):
        y = ternary_matmul(x_q, repack(w), 7, k)
        singles = [ternary_matmul(x_q[i:i + 1], repack(w), 7, k) for i in (0, 1)]  # batch 1: the decode path
    assert torch.equal(y, oracle(x_q, w))
    assert y[0, 0].item() == 128 * k
    assert torch.equal(torch.cat(singles), y[:2])


@pytest.mark.parametrize("backend", BACKENDS)
def test_ternary_float_output_is_bit_identical_to_torch_rescale(backend):
    k, n, m = 300, 50, 5
    w, x_q = ternary(n, k), int8(m, k)
    x_scale, w_scale = torch.rand(m) * 100 + 1, torch.rand(n) + 0.5
    with kernel.use_backend(backend):
        y = ternary_matmul(x_q, repack(w), n, k, x_scale, w_scale)
    expected = oracle(x_q, w).float() / (x_scale[:, None] * w_scale[None, :])
    assert y.dtype == torch.float32 and torch.equal(y, expected)


@pytest.mark.parametrize("backend", C_BACKENDS)
def test_ternary_matmul_reads_strided_rows(backend):
    k = 130
    wide, w = int8(4, 200), ternary(5, k)
    x_q = wide[:, 10:10 + k]  # row stride 200, not contiguous
    with kernel.use_backend(backend):
        assert torch.equal(ternary_matmul(x_q, repack(w), 5, k), oracle(x_q, w))


def test_ternary_matmul_is_the_same_on_one_and_two_threads():
    k, n = 2560, 1000
    w, x_q = ternary(n, k), int8(3, k)
    packed = repack(w)
    threads = torch.get_num_threads()
    try:
        results = []
        for t in (1, 2):
            torch.set_num_threads(t)
            results.append(ternary_matmul(x_q, packed, n, k))
    finally:
        torch.set_num_threads(threads)
    assert torch.equal(results[0], results[1]) and torch.equal(results[0], oracle(x_q, w))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("d", [1, 31, 33, 64, 100, 2560])
def test_int8_matmul_is_exact_including_minus_128_activations(backend, d):
    w_q = int8(1003, d, low=-127)  # odd: the two threads' shares differ
    w_q[0] = 127
    w_q[1] = -127
    with kernel.use_backend(backend):
        for m in (1, 2, 5):
            x_q = int8(m, d)
            x_q[0] = -128
            assert torch.equal(int8_matmul(x_q, w_q), oracle(x_q, w_q)), (d, m)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("m, d", [(3, 100), (1, 64)])  # (1, 64): a decode step's head, no tail columns
def test_int8_float_output_is_bit_identical_to_torch_rescale(backend, m, d):
    x_q, w_q = int8(m, d), int8(41, d, low=-127)
    x_scale, w_scale = torch.rand(m) * 100 + 1, torch.rand(41) * 0.01
    with kernel.use_backend(backend):
        y = int8_matmul(x_q, w_q, x_scale, w_scale)
    assert torch.equal(y, oracle(x_q, w_q).float() * w_scale[None, :] / x_scale[:, None])


def test_wrong_shapes_are_named():
    with pytest.raises(ValueError, match="packed: expected uint8"):
        kernel.ternary_matmul(int8(1, 130), torch.zeros(3, 64, dtype=torch.uint8), 3, 130)
    with pytest.raises(ValueError, match="w_scale"):
        kernel.ternary_matmul(int8(1, 130), repack(ternary(3, 130)), 3, 130, torch.ones(1), torch.ones(2))


def test_use_backend_forces_torch_and_restores():
    before = kernel.active_backend()
    with kernel.use_backend("torch"):
        assert kernel.active_backend() == "torch"
        with pytest.raises(RuntimeError, match="not in use"):
            kernel.ternary_matmul(int8(1, 4), repack(ternary(2, 4)), 2, 4)
    assert kernel.active_backend() == before
    with pytest.raises(ValueError, match="backend must be"):
        with kernel.use_backend("cuda"):
            pass


def test_without_a_compiler_warns_once_and_falls_back_to_torch(monkeypatch, caplog):
    monkeypatch.setattr(kernel, "_lib", None)
    monkeypatch.setattr(kernel, "_load_failed", False)
    monkeypatch.setattr(cbuild, "compiler", lambda: None)
    w, x_q = ternary(5, 33), int8(2, 33)
    with caplog.at_level(logging.WARNING, logger=kernel.__name__):
        assert not kernel.available()
        assert kernel.active_backend() == "torch"
        assert torch.equal(ternary_matmul(x_q, repack(w), 5, 33), oracle(x_q, w))
    assert sum("unavailable" in r.message for r in caplog.records) == 1


@pytest.mark.skipif(cbuild.compiler() is None, reason="needs a C compiler")
def test_build_is_cached_by_source_hash_and_safe_under_concurrent_processes(tmp_path):
    code = f"from nanofrontier.bitnet import kernel; print(kernel.build({str(tmp_path)!r}))"
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    paths = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs) and paths[0] == paths[1]
    built = Path(paths[0])
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".so") == [built.name]
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]  # no half-written leftovers
    mtime = built.stat().st_mtime_ns
    assert kernel.build(tmp_path) == built and built.stat().st_mtime_ns == mtime  # cached, not rebuilt


# -- activation quantisation in C (the *_f32 entries) ------------------------------------------------

def half_integer_ties(n: int, amax: float = 64.0) -> torch.Tensor:
    """Float32 x in a row whose absmax is `amax` such that x * scale is exactly k + 0.5 in float32 (the
    scale that row gets), for k of both parities: round-half-to-even decides every one of them."""
    scale = (torch.tensor(1.0) / amax) * 127  # as activation_quant computes it (t.reciprocal() * 127)
    k = torch.arange(-126, 126, dtype=torch.float32) + 0.5
    candidates = torch.cat([k / scale, torch.nextafter(k / scale, k.sign() * 1e9),
                            torch.nextafter(k / scale, -k.sign() * 1e9)])
    ties = candidates[(candidates * scale) == (candidates * scale).floor() + 0.5]
    ties = ties[torch.randperm(len(ties))].repeat(-(-(n - 1) // len(ties)))  # tiled for long rows
    return torch.cat([torch.tensor([amax]), ties[:n - 1]])


def test_half_integer_ties_are_real_ties_of_both_parities():
    x = half_integer_ties(200)
    _, scale = quant.activation_quant(x[None])
    products = (x[1:] * scale[0]).double()
    assert len(x) == 200 and torch.equal(products, products.floor() + 0.5)
    assert {int(p.floor()) % 2 for p in products} == {0, 1}


def adversarial_rows(k: int) -> torch.Tensor:
    """Rows that stress the quantiser: ties at .5, all zeros, absmax below the 1e-5 floor, a single
    spike, negative absmax, subnormals, and ordinary Gaussian rows of several magnitudes."""
    rows = [torch.zeros(k), torch.full((k,), 3e-6), torch.randn(k) * 1e-6, torch.randn(k) * 1e-3,
            torch.randn(k) * 1e4, torch.randn(k).clamp(max=0) - 1, torch.full((k,), 1e-40)]
    spike = torch.randn(k) * 0.01
    spike[k // 2] = -50.0
    rows.append(spike)
    ties = half_integer_ties(k) if k >= 8 else torch.randn(k)
    rows.append(ties * (torch.randint(0, 2, (k,)) * 2 - 1) if k >= 8 else ties)  # +-ties, absmax kept
    return torch.stack(rows)


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("k", [1, 7, 31, 32, 33, 100, 130, 2560, 6912])
def test_c_quantize_rows_is_bit_identical_to_activation_quant(backend, k):
    x = torch.cat([adversarial_rows(k), torch.randn(5, k) * torch.rand(5, 1) * 10])
    with kernel.use_backend(backend):
        x_q, x_scale = kernel.quantize_rows(x)
    expected_q, expected_scale = quant.activation_quant(x)
    assert torch.equal(x_q, expected_q) and torch.equal(x_scale, expected_scale.reshape(-1))


@pytest.mark.parametrize("backend", C_BACKENDS)
def test_c_quantize_rows_rounds_ties_to_even(backend):
    x = half_integer_ties(256)[None]
    with kernel.use_backend(backend):
        x_q, x_scale = kernel.quantize_rows(x)
    products = x[0, 1:].double() * x_scale.double()
    low = products.floor()  # every product is low + 0.5: the even one of low and low + 1 wins
    assert torch.equal(x_q[0, 1:].double(), low + (low % 2 != 0).double())
    assert torch.equal(x_q, quant.activation_quant(x)[0])


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("k", [1, 33, 130, 2560])
def test_ternary_matmul_float_equals_torch_quantisation_then_product(backend, k):
    n = 300
    w, w_scale = ternary(n, k), torch.rand(n) + 0.5
    x = torch.cat([adversarial_rows(k), torch.randn(5, k)])  # 14 tokens: a tile of 12 and a partial one
    wide = torch.randn(len(x), k + 9)
    wide[:, 4:4 + k] = x
    x_q, x_scale = quant.activation_quant(x)
    expected = oracle(x_q, w).float() / (x_scale * w_scale[None, :])
    with kernel.use_backend(backend):
        for rows in (x, wide[:, 4:4 + k]):  # contiguous, and strided rows
            y = kernel.ternary_matmul_float(rows, repack(w), n, w_scale)
            assert y.dtype == torch.float32 and torch.equal(y, expected)
            assert torch.equal(y, ternary_matmul(x_q, repack(w), n, k, x_scale.reshape(-1), w_scale))


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("d", [1, 33, 100, 2560])
def test_int8_matmul_float_equals_torch_quantisation_then_product(backend, d):
    w_q, w_scale = int8(200, d, low=-127), torch.rand(200) * 0.01
    x = torch.cat([adversarial_rows(d), torch.randn(3, d)])
    x_q, x_scale = quant.activation_quant(x)
    with kernel.use_backend(backend):
        y = kernel.int8_matmul_float(x, w_q, w_scale)
    assert torch.equal(y, oracle(x_q, w_q).float() * w_scale[None, :] / x_scale)


def test_float_entries_reject_wrong_inputs_by_name():
    packed, w_scale = repack(ternary(8, 130)), torch.ones(8)
    with pytest.raises(ValueError, match="x: expected float32"):
        kernel.ternary_matmul_float(torch.randn(2, 130).double(), packed, 8, w_scale)
    with pytest.raises(ValueError, match="packed: expected"):
        kernel.ternary_matmul_float(torch.randn(2, 130), packed, 12, torch.ones(12))
    with pytest.raises(ValueError, match="w_scale"):
        kernel.ternary_matmul_float(torch.randn(2, 130), packed, 8, torch.ones(4))
    with pytest.raises(ValueError, match="w_q"):
        kernel.int8_matmul_float(torch.randn(2, 64), int8(4, 32), torch.ones(4))


# -- decode entry: gating, RMSNorm and the residual add folded into the call ---------------------------

def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    return torch.nn.functional.rms_norm(x, (x.shape[-1],), weight, eps)


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("k", [33, 130, 2560])
def test_decode_entry_without_norm_is_the_torch_ops_bit_for_bit(backend, k):
    n = 300
    w, w_scale = ternary(n, k), torch.rand(n) + 0.5
    x, gate_up, residual = torch.randn(4, k) * 3, torch.randn(4, 2 * k), torch.randn(4, n)
    gated = torch.relu(gate_up[:, :k]).square() * gate_up[:, k:]  # BitNet's relu(gate)² * up
    with kernel.use_backend(backend):
        plain = kernel.ternary_matmul_float(x, repack(w), n, w_scale)
        assert torch.equal(kernel.ternary_decode_float(x, repack(w), n, w_scale), plain)
        assert torch.equal(kernel.ternary_decode_float(x, repack(w), n, w_scale, residual=residual), residual + plain)
        assert torch.equal(kernel.ternary_decode_float(gate_up, repack(w), n, w_scale, gated=True),
                           kernel.ternary_matmul_float(gated, repack(w), n, w_scale))


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("gated", [False, True])
@pytest.mark.parametrize("k", [64, 2560, 6912])
def test_decode_entry_norm_matches_torch_rms_norm_within_its_scale_rounding(backend, gated, k):
    n, m = 64, 64
    w, w_scale = ternary(n, k), torch.rand(n) + 0.5
    x, norm_weight = torch.randn(m, 2 * k if gated else k) * torch.rand(m, 1) * 10, torch.rand(k) + 0.5
    y = torch.relu(x[:, :k]).square() * x[:, k:] if gated else x
    x_q, x_scale = quant.activation_quant(rms_norm(y, norm_weight))
    with kernel.use_backend(backend):
        got = kernel.ternary_decode_float(x, repack(w), n, w_scale, gated=gated, norm_weight=norm_weight, eps=1e-5)
    expected = oracle(x_q, w).float() / (x_scale * w_scale[None, :])
    # The norm's scale may differ from torch's in its last bit: then outputs differ by ~1e-7 relative,
    # and an int8 activation sitting on a rounding tie may move by 1, which moves an output by at most
    # 1 / (x_scale * w_scale) (~1e-3 of it here). Most rows are bit for bit torch's.
    step = 1 / (x_scale * w_scale[None, :])
    assert ((got - expected).abs() <= 1e-6 * expected.abs() + 2 * step).all()
    assert ((got - expected).abs() <= 1e-6 * expected.abs()).float().mean() > 0.99
    assert (got == expected).all(1).float().mean() > 0.5


@pytest.mark.skipif(len(C_BACKENDS) < 2, reason="one C backend on this CPU")
@pytest.mark.parametrize("gated", [False, True])
@pytest.mark.parametrize("k", [33, 130, 2560, 6912])
def test_decode_entry_is_bit_identical_on_every_c_backend(gated, k):
    # The vector norm (AVX2) keeps the scalar code's order of operations and the batch-1 product
    # (AVX-512 VNNI where present) is exact: every C path must give the same bits, at M = 1 and M = 3.
    n = 44
    w, w_scale, norm_weight = ternary(n, k), torch.rand(n) + 0.5, torch.rand(k) + 0.5
    for m in (1, 3):
        x, residual = torch.randn(m, 2 * k if gated else k) * 4, torch.randn(m, n)
        results = []
        for backend in C_BACKENDS:
            with kernel.use_backend(backend):
                results.append(kernel.ternary_decode_float(x, repack(w), n, w_scale, gated=gated,
                                                           norm_weight=norm_weight, eps=1e-5, residual=residual))
        assert all(torch.equal(results[0], r) for r in results[1:]), (C_BACKENDS, m)


def test_decode_entry_rejects_wrong_inputs_by_name():
    packed, w_scale = repack(ternary(8, 130)), torch.ones(8)
    with pytest.raises(ValueError, match="norm_weight"):
        kernel.ternary_decode_float(torch.randn(2, 130), packed, 8, w_scale, norm_weight=torch.ones(129))
    with pytest.raises(ValueError, match="residual"):
        kernel.ternary_decode_float(torch.randn(2, 130), packed, 8, w_scale, residual=torch.ones(2, 7))
    with pytest.raises(ValueError, match="even width"):
        kernel.ternary_decode_float(torch.randn(2, 131), packed, 8, w_scale, gated=True)
    with pytest.raises(ValueError, match="x: expected float32"):
        kernel.TernaryDecode(packed, 8, w_scale, in_features=130)(torch.randn(2, 128))


def test_fused_call_follows_a_norm_whose_storage_or_eps_changed_and_a_deepcopy():
    import copy

    from nanofrontier.bitnet.packed import PackedBitLinear
    from nanofrontier.core.model import RMSNorm

    if not kernel.available():
        pytest.skip("no C kernel")
    torch.manual_seed(0)
    layer = PackedBitLinear(256, 8)
    layer.packed.copy_(torch.randint(0, 255, layer.packed.shape, dtype=torch.uint8))
    norm = RMSNorm(256, 1e-5)
    x = torch.randn(1, 256)

    first = layer.fused(x, norm=norm)
    norm.weight.data = torch.full((256,), 3.0)  # new storage, same Parameter object
    norm.eps = 0.5
    expected = layer(norm(x))
    torch.testing.assert_close(layer.fused(x, norm=norm), expected, rtol=1e-4, atol=1e-4)
    assert not torch.equal(first, expected)
    twin = copy.deepcopy(layer)
    twin.packed.fill_(0x55)  # all zero weights in the copy only
    assert torch.count_nonzero(twin.fused(x, norm=norm)) == 0
    torch.testing.assert_close(layer.fused(x, norm=norm), expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("backend", ["avx512", "avx2", "scalar"])
def test_an_empty_input_width_gives_zeros_not_a_crash(backend):
    try:
        with kernel.use_backend(backend):
            y = kernel.ternary_decode_float(torch.zeros(1, 0), torch.zeros(2, 0, dtype=torch.uint8), 8, torch.ones(8))
            z = kernel.int8_matmul_float(torch.zeros(1, 0), torch.zeros(5, 0, dtype=torch.int8), torch.ones(5))
    except RuntimeError as e:  # no C kernel here, or no such ISA on this CPU
        pytest.skip(str(e))
    assert torch.equal(y, torch.zeros(1, 8)) and torch.equal(z, torch.zeros(1, 5))
