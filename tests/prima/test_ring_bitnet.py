"""The piped ring on BitNet checkpoints (prima/stage.py's bitnet seam): the packed uint8 layout and the
master layout, each written here from bitnet's `tiny()` preset, against `load_bitnet` + `core.sample.generate`."""

import sys
from pathlib import Path

import pytest
import torch

from nanofrontier.bitnet import BitNetForCausalLM, load_bitnet, save_master, save_packed, tiny
from nanofrontier.bitnet.infer import PackedAttention, pack_model
from nanofrontier.core.checkpoint import Checkpoint
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.prima.ring import RingHead
from nanofrontier.prima.stage import RingStage

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import ring_worker  # noqa: E402
from test_ring import _one_thread, run_ring  # noqa: E402, F401  (the fixture applies here too)

LAYERS = 4
GREEDY = SampleConfig(max_new_tokens=ring_worker.NEW, temperature=0)


@pytest.fixture(scope="module")
def ckpts(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bitnet_ring")
    torch.manual_seed(0)
    model = BitNetForCausalLM(tiny(num_hidden_layers=LAYERS))
    model.reset_parameters(std=0.15)  # wider than 0.02 so greedy argmaxes are well separated
    return {"packed": save_packed(model, root / "packed"), "master": save_master(model, root / "master")}


@pytest.mark.parametrize("layout", ["packed", "master"])
def test_bitnet_stage_loads_only_its_layers(ckpts, layout):
    stage = RingStage(ckpts[layout], [(1, 2), (3, 4)])
    for name, p in stage.model.named_parameters():
        assert p.is_meta != name.startswith(("model.layers.1.", "model.layers.3.")), name
    if layout == "packed":  # the uint8 codes were unpacked into an offline BitLinear's ternary weight
        proj = stage.model.model.layers[1].self_attn.q_proj
        assert proj.offline and set(proj.weight.unique().tolist()) <= {-1.0, 0.0, 1.0}


def test_bitnet_fingerprint_tells_the_packed_layout_from_the_master(ckpts):
    assert Checkpoint(ckpts["packed"]).fingerprint != Checkpoint(ckpts["master"]).fingerprint


@pytest.mark.parametrize("layout", ["packed", "master"])
def test_bitnet_head_alone_over_two_rounds_matches_core_generate(ckpts, layout):
    ref = load_bitnet(ckpts[layout])
    prompt = ring_worker.PROMPT
    with RingHead(ckpts[layout], w=(2,), k=2) as head:
        assert head.generate(prompt, ring_worker.NEW) == generate(ref, [prompt], GREEDY)[0]


def test_bitnet_packed_head_generates_what_the_packed_model_does(ckpts):
    ref = pack_model(load_bitnet(ckpts["packed"]))
    prompt = ring_worker.PROMPT
    with RingHead(ckpts["packed"], w=(2,), k=2, pack=True) as head:
        assert isinstance(head.stage.model.model.layers[0].self_attn, PackedAttention)
        assert head.generate(prompt, ring_worker.NEW) == generate(ref, [prompt], GREEDY)[0]


def test_bitnet_packed_stage_equals_pack_model_of_the_whole_model(ckpts):
    stage = RingStage(ckpts["packed"], [(0, LAYERS)], ends=True, pack=True)
    assert all(isinstance(layer.self_attn, PackedAttention) for layer in stage.model.model.layers)
    ref = pack_model(load_bitnet(ckpts["packed"]))
    ids = torch.tensor([ring_worker.PROMPT])
    stage.prepare(batch=1, max_len=16, keep=0)
    positions = torch.arange(ids.shape[1])[None]
    got = stage.logits(stage.run(0, stage.embed(ids), positions, None))
    with torch.inference_mode():
        torch.testing.assert_close(got, ref(ids), rtol=1e-5, atol=1e-5)


def test_pack_refuses_a_llama_checkpoint(tmp_path):
    from nanofrontier.core.checkpoint import save_pretrained
    from nanofrontier.core.config import ModelConfig
    from nanofrontier.core.model import CausalLM
    llama = save_pretrained(CausalLM(ModelConfig.tiny(num_hidden_layers=2)), tmp_path / "llama")
    with pytest.raises(ValueError, match="needs a bitnet checkpoint"):
        RingStage(llama, [(0, 2)], pack=True)


@pytest.mark.slow
def test_bitnet_two_rank_ring_tokens_equal_one_process(ckpts, tmp_path):
    ckpt = ckpts["packed"]
    head, worker = run_ring(tmp_path, [ckpt, ckpt], (1, 1), 2)
    ref = load_bitnet(ckpt)
    prompt = ring_worker.PROMPT
    assert head["greedy"] == head["streamed"] == generate(ref, [prompt], GREEDY)[0]
    assert head["batch"] == generate(ref, [prompt, ring_worker.SHORT], GREEDY)
    with torch.inference_mode():
        torch.testing.assert_close(head["prefill"], ref(torch.tensor([prompt])), rtol=1e-5, atol=1e-5)
    assert worker["windows"] == [(0, 1), (2, 3)]
