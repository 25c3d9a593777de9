"""Reading a corpus: JSONL, blank-line-separated text, folders; labels; the digest; bad input named."""

import pytest

from nanofrontier.climb.corpus import Corpus, corpus_digest, load_corpus
from nanofrontier.core.jsonio import JSONLineError


def test_jsonl_texts_and_labels_are_read_in_order_and_blank_texts_skipped(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "alpha", "src": "a"}\n\n{"text": "  ", "src": "b"}\n{"text": "beta", "src": "b"}\n')
    corpus = load_corpus(path, label_field="src")
    assert corpus.texts == ["alpha", "beta"] and corpus.labels == ["a", "b"]
    assert load_corpus(path).labels is None


def test_a_folder_reads_jsonl_and_txt_files_sorted_and_labels_by_file_name(tmp_path):
    (tmp_path / "b.txt").write_text("first doc\n\nsecond doc\n")
    (tmp_path / "a.jsonl").write_text('{"text": "json doc"}\n')
    corpus = load_corpus(tmp_path, label_field="file")
    assert corpus.texts == ["json doc", "first doc", "second doc"]
    assert corpus.labels == ["a", "b", "b"]


def test_the_digest_depends_on_content_order_and_document_boundaries():
    assert corpus_digest(["ab", "c"]) == Corpus(["ab", "c"]).digest
    assert corpus_digest(["ab", "c"]) != corpus_digest(["a", "bc"])
    assert corpus_digest(["ab", "c"]) != corpus_digest(["c", "ab"])


def test_an_empty_corpus_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(ValueError, match="empty.jsonl: no documents"):
        load_corpus(empty)
    blank = tmp_path / "blank.jsonl"
    blank.write_text('{"text": "   "}\n')
    with pytest.raises(ValueError, match="no documents"):
        load_corpus(blank)


def test_a_malformed_jsonl_line_is_named_by_its_line_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "broken"\n')
    with pytest.raises(JSONLineError, match=r"bad.jsonl, line 2: invalid JSON"):
        load_corpus(path)


def test_a_missing_text_or_label_field_names_the_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "ok", "src": "a"}\n{"body": "no text"}\n')
    with pytest.raises(JSONLineError, match=r"line 2: no field 'text'"):
        load_corpus(path)
    path.write_text('{"text": "ok", "src": "a"}\n{"text": "x"}\n')
    with pytest.raises(JSONLineError, match=r"line 2: no field 'src'"):
        load_corpus(path, label_field="src")


def test_a_missing_path_or_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere.jsonl")
    odd = tmp_path / "data.csv"
    odd.write_text("text\nhello\n")
    with pytest.raises(ValueError, match="expected a .txt or .jsonl"):
        load_corpus(odd)
