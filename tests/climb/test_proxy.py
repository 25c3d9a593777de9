"""Real proxy runs through core.train from the shared warm start, on the tiny stage-1 work folder."""

import dataclasses

import pytest

from nanofrontier.climb.proxy import ProxyJob, run_proxy
from nanofrontier.climb.stage2 import WarmStart, ensure_warm_start
from nanofrontier.core.checkpoint import load_pretrained


def _job(shards, warm, val_file, proxy, mixture, **kw):
    return ProxyJob(mixture=mixture, seed=0, shards=str(shards.directory), warm_start=str(warm), items=str(val_file),
                    config=proxy, **kw)


def test_a_proxy_trains_its_token_budget_and_scores_the_items_deterministically(stage1, warm, val_file, tiny_proxy):
    _, _, shards = stage1
    natural = shards.natural_shares()
    first = run_proxy(_job(shards, warm, val_file, tiny_proxy, natural))
    assert first["tokens"] == tiny_proxy.tokens == 4 * 4 * 32
    assert first["score"] == -first["metrics"]["nll"] and first["metrics"]["n"] == 12
    assert run_proxy(_job(shards, warm, val_file, tiny_proxy, natural))["score"] == first["score"]
    one = {shards.names[0]: 1.0}
    assert run_proxy(_job(shards, warm, val_file, tiny_proxy, one))["score"] != first["score"]
    acc = run_proxy(_job(shards, warm, val_file, dataclasses.replace(tiny_proxy, metric="acc_norm"), natural))
    assert acc["score"] == acc["metrics"]["acc_norm"]


def test_a_proxy_can_keep_its_trained_model(stage1, warm, val_file, tiny_proxy, tmp_path):
    _, _, shards = stage1
    run_proxy(_job(shards, warm, val_file, tiny_proxy, shards.natural_shares(), out_dir=str(tmp_path / "kept")))
    model = load_pretrained(tmp_path / "kept")
    assert model.config.num_hidden_layers == 1 and (tmp_path / "kept" / "tokenizer.json").is_file()


def test_a_proxy_on_a_mixture_naming_an_unknown_cluster_fails_clearly(stage1, warm, val_file, tiny_proxy):
    _, _, shards = stage1
    with pytest.raises(ValueError, match="unknown cluster\\(s\\) 'nope'"):
        run_proxy(_job(shards, warm, val_file, tiny_proxy, {"nope": 1.0}))


def test_the_warm_start_is_reused_and_a_changed_recipe_is_refused(stage1, warm, tiny_proxy):
    ws, _, shards = stage1
    stamp = (warm / "model.safetensors").stat().st_mtime_ns
    assert ensure_warm_start(ws, shards, WarmStart(steps=6), tiny_proxy) == warm
    assert (warm / "model.safetensors").stat().st_mtime_ns == stamp
    with pytest.raises(ValueError, match="trained with another recipe"):
        ensure_warm_start(ws, shards, WarmStart(steps=7), tiny_proxy)


def test_an_existing_checkpoint_can_be_the_warm_start_if_its_vocabulary_fits(stage1, warm, tiny_proxy, make_hf):
    ws, _, shards = stage1
    assert ensure_warm_start(ws, shards, WarmStart(checkpoint=str(warm)), tiny_proxy) == warm
    _, small = make_hf("llama", vocab_size=100)
    with pytest.raises(ValueError, match="vocabulary of 100 tokens, but the shards' tokenizer has 259"):
        ensure_warm_start(ws, shards, WarmStart(checkpoint=str(small)), tiny_proxy)
