"""Per-cluster token shards: contents, reuse, refusal of another corpus, nothing half-written."""

import json

import numpy as np
import pytest

from nanofrontier.climb.corpus import corpus_digest
from nanofrontier.climb.shards import UNASSIGNED, ShardError, ShardSet, write_shards
from nanofrontier.core.tokenizer import ByteTokenizer

TEXTS = ["aa", "bbb", "c", "dddd", "ee"]
ASSIGN = np.array([0, 1, 0, UNASSIGNED, 2])


def _write(folder, texts=TEXTS, assignment=ASSIGN, names=("x", "y", "z")):
    return write_shards(folder, texts, assignment, list(names), ByteTokenizer(), corpus_digest=corpus_digest(texts))


def test_each_shard_holds_its_documents_joined_by_eos_and_the_index_counts_them(tmp_path):
    shards = _write(tmp_path / "s")
    eos = ByteTokenizer().eos_id
    assert shards.tokens("x").tolist() == [97, 97, eos, 99]
    assert shards.tokens("y").tolist() == [98, 98, 98]
    assert shards.token_counts == {"x": 4, "y": 3, "z": 2}
    assert shards.clusters["x"].documents == 2
    assert shards.tokens("x").dtype == np.uint16  # a byte vocabulary fits in 16 bits
    assert shards.tokenizer.encode("hi") == [104, 105]
    np.testing.assert_allclose(sum(shards.natural_shares().values()), 1.0)


def test_unchanged_shards_are_reused_and_a_new_assignment_rebuilds_them(tmp_path):
    first = _write(tmp_path / "s")
    stamp = (tmp_path / "s" / "x.bin").stat().st_mtime_ns
    again = _write(tmp_path / "s")
    assert (tmp_path / "s" / "x.bin").stat().st_mtime_ns == stamp and again.digest == first.digest
    rebuilt = _write(tmp_path / "s", assignment=np.array([1, 1, 0, 0, 2]))
    assert rebuilt.token_counts == {"x": 6, "y": 6, "z": 2} and rebuilt.digest != first.digest


def test_shards_of_another_corpus_are_refused_with_both_digests(tmp_path):
    _write(tmp_path / "s")
    other = ["zz", "bbb", "c", "dddd", "ee"]
    with pytest.raises(ShardError, match="built from corpus .* not from this corpus"):
        _write(tmp_path / "s", texts=other)
    with pytest.raises(ShardError, match="not from this corpus"):
        ShardSet.open(tmp_path / "s", corpus_digest=corpus_digest(other))


def test_a_cluster_with_no_tokens_is_allowed_on_disk_and_reads_empty(tmp_path):
    shards = _write(tmp_path / "s", names=("x", "y", "z", "empty"))
    assert shards.token_counts["empty"] == 0 and len(shards.tokens("empty")) == 0


def test_a_failure_while_writing_leaves_no_shard_folder(tmp_path):
    class Broken(ByteTokenizer):
        def encode(self, text, *, add_bos=False):
            if text == "dddd":
                raise RuntimeError("tokenizer crashed")
            return super().encode(text)

    with pytest.raises(RuntimeError, match="tokenizer crashed"):
        write_shards(tmp_path / "s", TEXTS, np.array([0, 1, 0, 1, 2]), ["x", "y", "z"], Broken(),
                     corpus_digest=corpus_digest(TEXTS))
    assert not (tmp_path / "s").exists()
    assert list(tmp_path.iterdir()) == []


def test_a_truncated_shard_file_or_bad_assignment_is_named(tmp_path):
    _write(tmp_path / "s")
    (tmp_path / "s" / "x.bin").write_bytes(b"\x00\x00")
    with pytest.raises(ShardError, match="x.bin: 1 tokens on disk, index.json says 4"):
        ShardSet.open(tmp_path / "s").tokens("x")
    with pytest.raises(KeyError, match="unknown cluster 'q'"):
        ShardSet.open(tmp_path / "s").tokens("q")
    with pytest.raises(ValueError, match="assignments must be in"):
        _write(tmp_path / "t", assignment=np.array([0, 1, 5, 0, 0]))
    with pytest.raises(FileNotFoundError, match="run `nanofrontier climb cluster` first"):
        ShardSet.open(tmp_path / "nowhere")
    index = json.loads((tmp_path / "s" / "index.json").read_text())
    (tmp_path / "s" / "index.json").write_text(json.dumps({**index, "format": "other"}))
    with pytest.raises(ShardError, match="format 'other'"):
        ShardSet.open(tmp_path / "s")
