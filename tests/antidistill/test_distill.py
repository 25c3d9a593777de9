"""SFT batches (completion-only labels, deterministic by index) and distillation through core.train with resume."""

import json

import pytest
import torch

from nanofrontier.antidistill.distill import DistillConfig, Example, SFTBatches, collate, distill
from nanofrontier.core.checkpoint import load_pretrained

from .conftest import TOK, tiny_model


def test_collate_learns_only_the_completion_with_labels_shifted():
    batch = collate([Example(prompt=[5, 6], completion=[7, 8, 9]), Example(prompt=[1], completion=[2])], pad_id=0)
    assert batch["input_ids"].tolist() == [[5, 6, 7, 8], [1, 0, 0, 0]]
    assert batch["labels"].tolist() == [[-100, 7, 8, 9], [2, -100, -100, -100]]


def test_batches_are_a_pure_function_of_the_index_and_cover_every_example_once_per_epoch():
    examples = [Example(prompt=[i + 1], completion=[i + 2]) for i in range(10)]
    batches = SFTBatches(examples, 4, seed=3, pad_id=0)
    first_epoch = [batches(i)["input_ids"][:, 0].tolist() for i in (0, 1)] + [batches(2)["input_ids"][:2, 0].tolist()]
    assert sorted(sum(first_epoch, [])) == list(range(1, 11))
    again = SFTBatches(examples, 4, seed=3, pad_id=0)
    assert torch.equal(again(7)["input_ids"], batches(7)["input_ids"])
    assert not torch.equal(SFTBatches(examples, 4, seed=4, pad_id=0)(0)["input_ids"], batches(0)["input_ids"])
    with pytest.raises(ValueError, match="example 1 has an empty prompt or completion"):
        SFTBatches([examples[0], Example(prompt=[1], completion=[])], 2, seed=0, pad_id=0)


def test_distillation_lowers_the_loss_and_an_interrupted_run_resumes_to_the_same_weights(tmp_path, examples,
                                                                                          monkeypatch):
    cfg = DistillConfig(steps=6, batch_size=4, lr=1e-2, warmup_steps=1, save_every=3)
    whole = distill(tiny_model(1, 32, seed=0, std=0.02), examples, cfg, out_dir=tmp_path / "whole", tokenizer=TOK,
                    pad_id=TOK.pad_id)
    real = SFTBatches.__call__

    def interrupted(self, i):  # the run dies when step 4 asks for its batch, after step 3's checkpoint
        if i == 3:
            raise KeyboardInterrupt
        return real(self, i)

    monkeypatch.setattr(SFTBatches, "__call__", interrupted)
    with pytest.raises(KeyboardInterrupt):
        distill(tiny_model(1, 32, seed=0, std=0.02), examples, cfg, out_dir=tmp_path / "cut", tokenizer=TOK,
                pad_id=TOK.pad_id)
    monkeypatch.undo()
    resumed = distill(tiny_model(1, 32, seed=5, std=0.02), examples, cfg, out_dir=tmp_path / "cut", tokenizer=TOK,
                      pad_id=TOK.pad_id)
    for (name, a), (_, b) in zip(whole.named_parameters(), resumed.named_parameters(), strict=True):
        torch.testing.assert_close(a, b, msg=name)
    torch.testing.assert_close(load_pretrained(tmp_path / "cut").lm_head.weight, resumed.lm_head.weight)
    losses = [json.loads(line)["loss"] for line in (tmp_path / "whole" / "metrics.jsonl").read_text().splitlines()]
    assert losses[-1] < losses[0]


def test_the_clean_trace_loss_is_the_completion_cross_entropy_and_is_kept_for_the_same_trace_file(
        tmp_path, proxy, examples):
    from nanofrontier.antidistill.gradient import completion_nll
    from nanofrontier.antidistill.pipeline import nll_step

    traces = tmp_path / "clean.jsonl"
    traces.write_text("".join(json.dumps({"prompt": TOK.decode(e.prompt), "completion": TOK.decode(e.completion[:-1])})
                              + "\n" for e in examples))
    with torch.no_grad():
        expected = float(completion_nll(proxy, examples, pad_id=TOK.pad_id))
    assert nll_step(proxy, traces, tmp_path / "nll.json") == pytest.approx(expected, rel=1e-5)
    saved = json.loads((tmp_path / "nll.json").read_text())
    saved["nll"] = 123.0
    (tmp_path / "nll.json").write_text(json.dumps(saved))
    assert nll_step(proxy, traces, tmp_path / "nll.json") == 123.0  # the file for these traces is reused
