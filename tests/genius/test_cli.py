"""`nanofrontier genius` in-process, end to end on the tiny policy: chains -> sft -> synthesize -> train -> eval;
bad inputs exit 1 with the file, line or model named."""

import json

import pytest

from nanofrontier.genius.cli import main


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    out = tmp_path_factory.mktemp("genius") / "policy"
    assert main(["sft", "--preset", "tiny", "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def pairs(policy, tmp_path_factory):
    root = tmp_path_factory.mktemp("synth")
    queries = root / "queries.jsonl"
    assert main(["chains", "--n", "3", "--hops", "1", "--out", str(queries)]) == 0
    out = root / "pairs.jsonl"
    assert main(["synthesize", "--model", str(policy), "--queries", str(queries), "--out", str(out),
                 "--timesteps", "2", "--candidates", "2", "--max-new-tokens", "24", "--quiet"]) == 0
    return out


def test_synthesize_writes_pairs_and_reports_throughput(pairs, capsys):
    rows = [json.loads(line) for line in pairs.read_text().splitlines()]
    assert rows and all(r["chosen_score"] >= r["rejected_score"] for r in rows)
    assert {"chosen_advantage", "rejected_advantage", "timestep", "query"} <= set(rows[0])


def test_synthesize_with_static_batching_in_three_slots_writes_the_same_pairs(policy, pairs, tmp_path):
    out = tmp_path / "static.jsonl"
    assert main(["synthesize", "--model", str(policy), "--queries", str(pairs.parent / "queries.jsonl"),
                 "--out", str(out), "--timesteps", "2", "--candidates", "2", "--max-new-tokens", "24",
                 "--batching", "static", "--max-batch-rows", "3", "--quiet"]) == 0
    texts = [[(r["query"], r["chosen"], r["rejected"]) for r in map(json.loads, p.read_text().splitlines())]
             for p in (pairs, out)]
    assert texts[0] and texts[0] == texts[1]


def test_train_and_eval_run_on_the_synthesized_pairs(policy, pairs, tmp_path, capsys):
    out = tmp_path / "aco"
    assert main(["train", "--model", str(policy), "--pairs", str(pairs), "--loss", "aco-repo", "--lr", "1e-3",
                 "--batch-size", "2", "--out", str(out), "--quiet"]) == 0
    trained = json.loads(capsys.readouterr().out)
    assert trained["loss"] == "aco-repo" and trained["steps"] >= 1 and "final_aco_weight" in trained
    assert main(["eval", "--model", str(out), "--n", "4", "--hops", "1", "--quiet"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["items"] == 4 and 0.0 <= result["accuracy"] <= 1.0


def test_eval_reads_a_labelled_query_file(policy, tmp_path, capsys):
    data = tmp_path / "test.jsonl"
    assert main(["chains", "--n", "3", "--hops", "1-2", "--labelled", "--out", str(data)]) == 0
    assert all("answer" in json.loads(line) for line in data.read_text().splitlines())
    capsys.readouterr()
    assert main(["eval", "--model", str(policy), "--data", str(data), "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == 3


def test_an_empty_query_file_is_named(policy, tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["synthesize", "--model", str(policy), "--queries", str(empty), "--out",
                 str(tmp_path / "p.jsonl"), "--quiet"]) == 1
    assert "empty.jsonl: no queries" in capsys.readouterr().err


def test_a_pair_with_an_empty_response_is_named(policy, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"prompt": "a=1;a?\n", "chosen": "ans=1", "rejected": "",
                               "chosen_advantage": 0.0, "rejected_advantage": 0.0}) + "\n")
    assert main(["train", "--model", str(policy), "--pairs", str(bad), "--out", str(tmp_path / "x"), "--quiet"]) == 1
    assert "bad.jsonl, line 1: 'rejected' is empty" in capsys.readouterr().err


def test_a_reference_with_another_vocabulary_is_named(policy, pairs, hf_llama_dir, tmp_path, capsys):
    _, other = hf_llama_dir  # vocabulary 300, the byte policy's is 259
    assert main(["train", "--model", str(policy), "--pairs", str(pairs), "--ref", str(other), "--out",
                 str(tmp_path / "x"), "--quiet"]) == 1
    assert "reference model: vocabulary of 300 tokens, the policy's has 259" in capsys.readouterr().err


def test_an_eval_file_without_answers_is_named(policy, tmp_path, capsys):
    data = tmp_path / "unlabelled.jsonl"
    assert main(["chains", "--n", "2", "--out", str(data)]) == 0
    assert main(["eval", "--model", str(policy), "--data", str(data), "--quiet"]) == 1
    assert "unlabelled.jsonl, line 1: no field 'answer'" in capsys.readouterr().err
