"""`nanofrontier climb` in-process: embed -> cluster -> search (all three methods) -> sample -> report,
each step resumable, and bad input as one-line errors with nothing half-written."""

import json
import shutil

import pytest

from nanofrontier.climb.cli import main

pytest.importorskip("faiss", reason="climb's clustering needs faiss-cpu")
pytest.importorskip("lightgbm", reason="climb's predictor needs lightgbm")

TINY_SEARCH = ["--runner", "inline", "--budgets", "4,2,2", "--top-n", "6,4", "--pool-size", "400",
               "--regmix-top-k", "3", "--proxy-steps", "3", "--batch-size", "4", "--seq-len", "32",
               "--warm-steps", "4", "--quiet"]


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def work(tmp_path_factory, corpus_file, val_file):
    """A work folder taken through embed, cluster and all three searches by the CLI."""
    work = tmp_path_factory.mktemp("cli") / "work"
    assert main(["embed", "--data", str(corpus_file), "--label-field", "source", "--work", str(work), "--quiet"]) == 0
    assert main(["cluster", "--work", str(work), "--k", "12", "--labelled", "120", "--quiet"]) == 0
    assert main(["search", "--work", str(work), "--val", str(val_file), "--method", "all", *TINY_SEARCH]) == 0
    return work


def test_the_steps_write_their_outputs_and_report_purity(work, corpus_file, capsys):
    assert main(["embed", "--data", str(corpus_file), "--work", str(work), "--label-field", "source"]) == 0
    embedded = _json(capsys)
    assert embedded["documents"] == len(corpus_file.read_text().splitlines()) and embedded["dim"] == 64
    assert main(["cluster", "--work", str(work), "--k", "12", "--labelled", "120", "--quiet"]) == 0
    clustered = _json(capsys)
    # a corpus of 258 documents: sources are found, though less cleanly than in the reproduction
    assert clustered["purity"] >= 0.75 and clustered["kept"] < 12 and sum(clustered["tokens"].values()) > 0
    for name in ("embeddings.npy", "clusters.json", "clusters.npz", "shards/index.json", "warm_start/config.json"):
        assert (work / name).is_file(), name
    for method in ("climb", "regmix", "random"):
        assert len((work / "search" / method / "results.jsonl").read_text().splitlines()) == 1 + 8


def test_a_finished_search_reruns_no_proxy(work, val_file, capsys):
    before = (work / "search" / "climb" / "results.jsonl").read_text()
    assert main(["search", "--work", str(work), "--val", str(val_file), *TINY_SEARCH]) == 0
    summary = _json(capsys)["climb"]
    assert (work / "search" / "climb" / "results.jsonl").read_text() == before
    assert summary["proxies"] == 8 and summary["failed"] == 0 and abs(sum(summary["mixture"].values()) - 1) < 1e-3


def test_sample_writes_documents_drawn_by_the_found_mixture(work, tmp_path, capsys):
    out = tmp_path / "mix.jsonl"
    assert main(["sample", "--work", str(work), "--mixture", "climb", "--tokens", "20000", "--out", str(out)]) == 0
    stats = _json(capsys)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == stats["documents"] and {"text", "cluster"} <= set(lines[0])
    used = {line["cluster"] for line in lines}
    assert used == {name for name, w in stats["mixture"].items() if w > 0}
    assert sum(c["tokens"] for c in stats["clusters"].values()) >= 20000


def test_report_plots_the_search_and_summarises_it(work, tmp_path, capsys):
    assert main(["report", "--work", str(work), "--out", str(tmp_path / "rep")]) == 0
    summary = _json(capsys)
    for name in ("predicted_vs_observed.png", "search_progress.png", "mixture_weights.png", "report.md",
                 "report.json"):
        assert (tmp_path / "rep" / name).is_file(), name
    assert set(summary["searches"]) == {"climb", "regmix", "random"}
    assert len(summary["searches"]["climb"]["spearman"]) == 3 and summary["clusters"]["purity"] >= 0.75


def test_an_empty_corpus_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "empty.jsonl").write_text("")
    assert main(["embed", "--data", str(tmp_path / "empty.jsonl"), "--work", str(tmp_path / "w")]) == 1
    assert "empty.jsonl: no documents" in capsys.readouterr().err
    assert not (tmp_path / "w").exists()


def test_a_malformed_jsonl_line_is_named_by_line_number(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text('{"text": "fine"}\n{"text": "fine"}\n{"text": oops}\n')
    assert main(["embed", "--data", str(tmp_path / "bad.jsonl"), "--work", str(tmp_path / "w")]) == 1
    assert "bad.jsonl, line 3: invalid JSON" in capsys.readouterr().err


def test_another_corpus_in_a_bound_work_folder_is_refused(work, tmp_path, capsys):
    (tmp_path / "other.jsonl").write_text('{"text": "a different corpus"}\n')
    assert main(["embed", "--data", str(tmp_path / "other.jsonl"), "--work", str(work)]) == 1
    assert "this work folder belongs to corpus" in capsys.readouterr().err
    assert (work / "shards" / "index.json").is_file()  # nothing was touched


def test_a_results_table_from_another_corpus_is_refused(work, tmp_path, corpus_file, val_file, capsys):
    other = tmp_path / "other"
    texts = [json.loads(line)["text"] for line in corpus_file.read_text().splitlines()[:80]]
    (tmp_path / "other.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    assert main(["embed", "--data", str(tmp_path / "other.jsonl"), "--work", str(other), "--quiet"]) == 0
    assert main(["cluster", "--work", str(other), "--k", "4", "--labelled", "40", "--quiet"]) == 0
    table = other / "search" / "climb" / "results.jsonl"
    table.parent.mkdir(parents=True)
    shutil.copy(work / "search" / "climb" / "results.jsonl", table)
    before = table.read_text()
    assert main(["search", "--work", str(other), "--val", str(val_file), *TINY_SEARCH]) == 1
    assert "results table is from another corpus" in capsys.readouterr().err
    assert table.read_text() == before


def test_a_mixture_naming_an_unknown_cluster_is_refused_and_writes_nothing(work, tmp_path, capsys):
    (tmp_path / "mix.json").write_text(json.dumps({"c0": 0.5, "c99": 0.5}))
    out = tmp_path / "out.jsonl"
    assert main(["sample", "--work", str(work), "--mixture", str(tmp_path / "mix.json"), "--out", str(out)]) == 1
    assert "unknown cluster(s) 'c99'" in capsys.readouterr().err
    assert not out.exists()


def test_steps_out_of_order_say_what_to_run_first(tmp_path, capsys):
    assert main(["cluster", "--work", str(tmp_path / "fresh")]) == 1
    assert "run `nanofrontier climb embed --data ...` first" in capsys.readouterr().err
