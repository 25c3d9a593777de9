"""Memory of a packed model: one int8 table for the tied lookup and head (Int8Embedding), weights in huge-page
arenas (memory.py), and a packed model built without float matrices or torch._dynamo."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

from nanofrontier.bitnet.infer import Int8Embedding, empty_packed_model, pack_model, resident_bytes
from nanofrontier.bitnet.memory import HUGE_PAGE, Arena, hugepage_weights
from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear
from nanofrontier.core.sample import SampleConfig, generate


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    online = BitNetForCausalLM(tiny())
    with torch.no_grad():
        for name, p in online.named_parameters():
            p.copy_(1 + 0.2 * torch.randn_like(p) if "norm" in name else 0.3 * torch.randn_like(p))
    return online.eval()


def copy_of(model: BitNetForCausalLM) -> BitNetForCausalLM:
    clone = BitNetForCausalLM(model.config)
    clone.load_state_dict(model.state_dict())
    return clone


def test_one_int8_table_serves_the_lookup_and_the_head(model):
    two = pack_model(copy_of(model), int8_head=True)
    one = pack_model(copy_of(model), int8_head=True, int8_embedding=True)
    embed, head = one.model.embed_tokens, one.lm_head
    assert isinstance(embed, Int8Embedding) and isinstance(head, PackedInt8Linear)
    assert embed.weight is head.weight and embed.weight_scale is head.weight_scale
    ids = torch.tensor([[1, 5, 9, 33]])
    rows = embed(ids)
    assert torch.equal(rows, head.weight[ids].float() * head.weight_scale[ids, None])
    float_rows = two.model.embed_tokens(ids)
    assert (rows - float_rows).abs().max() <= head.weight_scale.max() / 2 + 1e-7  # int8 rounding, no more
    v, d = model.config.vocab_size, model.config.hidden_size
    assert resident_bytes(two) - resident_bytes(one) == v * d * 4  # the fp32 table is gone
    with torch.no_grad():
        a, b = two(ids), one(ids)
    assert (a - b).abs().max() < 0.05 * a.abs().max()


def test_an_int8_lookup_needs_a_tied_int8_head():
    with pytest.raises(ValueError, match="int8_head"):
        pack_model(BitNetForCausalLM(tiny()), int8_embedding=True)
    with pytest.raises(ValueError, match="tied"):
        pack_model(BitNetForCausalLM(tiny(tie_word_embeddings=False)), int8_head=True, int8_embedding=True)
    with pytest.raises(ValueError, match="tied"):
        empty_packed_model(tiny(tie_word_embeddings=False), embed_dtype=torch.int8)


def test_an_empty_model_with_an_int8_table_generates_and_holds_no_float_matrix():
    model = empty_packed_model(tiny(num_hidden_layers=3), embed_dtype=torch.int8)
    assert model.model.embed_tokens.weight is model.lm_head.weight
    assert next(model.parameters()).dtype == torch.float32
    out = generate(model, [[1, 2, 3]], SampleConfig(max_new_tokens=3, temperature=0))
    assert len(out[0]) == 3
    assert all(t.dim() == 1 for t in [*model.parameters(), *model.buffers()] if t.dtype == torch.float32)


def test_building_an_empty_packed_model_does_not_import_dynamo():
    # on the meta device nn.Embedding's init imports torch._dynamo: ~5 s and ~70 MB resident for nothing
    code = ("import sys, torch; from nanofrontier.bitnet.infer import empty_packed_model;"
            "from nanofrontier.bitnet.model import tiny; empty_packed_model(tiny(), embed_dtype=torch.int8);"
            "print('torch._dynamo' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_arena_views_are_aligned_consecutive_and_bounded():
    arena = Arena(Arena.size_of([100, 64, 3]))
    a, b, c = arena.take((10, 10)), arena.take((16,), torch.float32), arena.take((3,), torch.int8)
    assert arena.buffer.data_ptr() % HUGE_PAGE == 0
    assert a.data_ptr() == arena.buffer.data_ptr() and b.data_ptr() == a.data_ptr() + 128
    assert c.dtype == torch.int8 and c.data_ptr() % 64 == 0
    with pytest.raises(ValueError, match="cannot hold"):
        arena.take((1,))


def test_hugepage_weights_moves_the_codes_and_the_table_and_changes_nothing(model):
    net = pack_model(copy_of(model), int8_head=True, int8_embedding=True)  # moved by pack_model
    codes = [m.packed for m in net.modules() if isinstance(m, PackedBitLinear)]
    ends = [a.data_ptr() + -(-a.nbytes // 64) * 64 for a in codes[:-1]]  # one after the other, 64-byte aligned
    assert [b.data_ptr() for b in codes[1:]] == ends
    assert net.lm_head.weight.data_ptr() % HUGE_PAGE == 0 and net.model.embed_tokens.weight is net.lm_head.weight
    plain = pack_model(copy_of(model), int8_head=True, int8_embedding=True)
    ids = torch.tensor([[1, 5, 9, 33, 2]])
    with torch.no_grad():
        before = plain(ids)
        hugepage_weights(plain)  # again: a second move is harmless
        assert torch.equal(plain(ids), before)
        assert torch.equal(net(ids), before)
