"""Pair synthesis into JSONL: an interrupted run resumes without redoing finished queries and ends with the file an
uninterrupted run writes; bad query and pair files are refused with the file and line named."""

import dataclasses
import json

import pytest
import torch

from nanofrontier.core.config import ModelConfig
from nanofrontier.core.jsonio import JSONLineError
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer
from nanofrontier.genius import synthesis
from nanofrontier.genius.foresight import ForesightConfig
from nanofrontier.genius.synthesis import progress_path, read_pairs, read_queries, synthesize

TOK = ByteTokenizer()
CFG = ForesightConfig(beams=2, candidates=2, timesteps=2, max_new_tokens=10, queries_per_round=2)
QUERIES = ["a\n", "bc\n", "def\n", "g\n", "hi\n"]


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=TOK.vocab_size, eos_token_id=TOK.eos_id)).eval()


@pytest.fixture
def many_newlines(monkeypatch):
    """A random byte model rarely writes "\\n": let a sixth of the bytes end a step."""
    monkeypatch.setattr(synthesis, "newline_token_ids", lambda tok: list(range(0, 256, 6)))


class Interrupted(Exception):
    pass


def _stop_after(n):
    def after_round(done):
        if done >= n:
            raise Interrupted
    return after_round


def test_an_interrupted_synthesis_resumes_to_the_uninterrupted_file(model, tmp_path, many_newlines):
    whole = synthesize(model, TOK, QUERIES, tmp_path / "whole.jsonl", CFG, seed=3, progress=False)
    assert whole.queries == 5 and whole.pairs > 0 and whole.generated_tokens > 0
    out = tmp_path / "cut.jsonl"
    with pytest.raises(Interrupted):
        synthesize(model, TOK, QUERIES, out, CFG, seed=3, progress=False, after_round=_stop_after(2))
    assert json.loads(progress_path(out).read_text())["queries_done"] == 2
    resumed = synthesize(model, TOK, QUERIES, out, CFG, seed=3, progress=False)
    assert resumed.new_queries == 3 and resumed.queries == 5  # the first round was not redone
    assert out.read_text() == (tmp_path / "whole.jsonl").read_text()


def test_a_run_cut_one_sequence_at_a_time_resumes_with_other_batching_to_the_same_pairs(model, tmp_path,
                                                                                      many_newlines, one_thread):
    whole = tmp_path / "whole.jsonl"
    synthesize(model, TOK, QUERIES, whole, CFG, seed=3, progress=False)
    out = tmp_path / "cut.jsonl"
    single = dataclasses.replace(CFG, max_batch_rows=1, queries_per_round=3)
    with pytest.raises(Interrupted):
        synthesize(model, TOK, QUERIES, out, single, seed=3, progress=False, after_round=_stop_after(3))
    static = dataclasses.replace(CFG, max_batch_rows=3, batching="static")
    assert synthesize(model, TOK, QUERIES, out, static, seed=3, progress=False).new_queries == 2

    def texts(path):
        return [(p.query, p.timestep, p.chosen, p.rejected) for p in read_pairs(path)]

    assert texts(out) == texts(whole)
    scores = [p.chosen_score for p in read_pairs(out)]
    assert scores == pytest.approx([p.chosen_score for p in read_pairs(whole)], abs=1e-5)


def test_lines_written_after_the_last_recorded_round_are_dropped_on_resume(model, tmp_path, many_newlines):
    synthesize(model, TOK, QUERIES, tmp_path / "whole.jsonl", CFG, seed=3, progress=False)
    out = tmp_path / "cut.jsonl"
    with pytest.raises(Interrupted):
        synthesize(model, TOK, QUERIES, out, CFG, seed=3, progress=False, after_round=_stop_after(2))
    with open(out, "a") as f:  # a round appended but not recorded, cut mid-line
        f.write(json.dumps({"query": 2, "prompt": "x", "chosen": "y", "rejected": "z"}) + '\n{"query": 3, "pro')
    synthesize(model, TOK, QUERIES, out, CFG, seed=3, progress=False)
    assert out.read_text() == (tmp_path / "whole.jsonl").read_text()


def test_a_file_started_with_other_queries_or_settings_is_refused(model, tmp_path, many_newlines):
    out = tmp_path / "pairs.jsonl"
    synthesize(model, TOK, QUERIES[:2], out, CFG, seed=0, progress=False)
    with pytest.raises(ValueError, match=r"pairs.jsonl.progress.json: .* other queries, settings or seed"):
        synthesize(model, TOK, QUERIES, out, CFG, seed=0, progress=False)
    fresh = synthesize(model, TOK, QUERIES, out, CFG, seed=0, progress=False, resume=False)
    assert fresh.new_queries == 5


def test_written_pairs_read_back_with_their_scores_and_advantages(model, tmp_path, many_newlines):
    out = tmp_path / "pairs.jsonl"
    synthesize(model, TOK, QUERIES, out, CFG, seed=1, progress=False)
    pairs = read_pairs(out)
    assert all(p.chosen_score >= p.rejected_score for p in pairs)
    assert {p.timestep for p in pairs} <= {1, 2} and {p.prompt for p in pairs} <= set(QUERIES)


def test_an_empty_query_file_and_an_empty_query_are_named(tmp_path):
    empty = tmp_path / "queries.jsonl"
    empty.write_text("\n")
    with pytest.raises(ValueError, match="queries.jsonl: no queries"):
        read_queries(empty)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "a"}\n{"prompt": "  "}\n')
    with pytest.raises(JSONLineError, match="bad.jsonl, line 2: field 'prompt' is empty"):
        read_queries(bad)
    with pytest.raises(JSONLineError, match="line 1: no string field 'query'"):
        read_queries(bad, field="query")


def test_a_pair_with_an_empty_response_or_no_advantage_is_named(tmp_path):
    path = tmp_path / "pairs.jsonl"
    good = {"prompt": "p", "chosen": "a", "rejected": "b", "chosen_advantage": 0.1, "rejected_advantage": -0.2}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "rejected": ""}) + "\n")
    with pytest.raises(JSONLineError, match="pairs.jsonl, line 2: 'rejected' is empty"):
        read_pairs(path)
    path.write_text(json.dumps({"prompt": "p", "chosen": "a", "rejected": "b"}) + "\n")
    with pytest.raises(JSONLineError, match="line 1: field 'chosen_advantage' must be a number"):
        read_pairs(path)
    assert read_pairs(path, require_advantages=False)[0].chosen_advantage == 0.0


def test_the_released_datas_advantage_names_are_read(tmp_path):
    path = tmp_path / "released.jsonl"
    path.write_text(json.dumps({"prompt": "p", "chosen": "a", "rejected": "b", "chosen_weights": 0.5,
                                "rejected_weights": 0.7}) + "\n")
    pair = read_pairs(path)[0]
    assert (pair.chosen_advantage, pair.rejected_advantage) == (0.5, 0.7)
