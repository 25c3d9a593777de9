"""The corpus a mixture search starts from: documents, an optional hidden source label, a content hash.

    corpus = load_corpus("web.jsonl")                              # one JSON object a line, text under "text"
    corpus = load_corpus("web.jsonl", label_field="source")        # labels only for purity / ARI in reports
    corpus = load_corpus("dump/")                                  # every *.jsonl and *.txt inside, sorted
    corpus.digest                                                  # sha256 of the texts, in order

A `.txt` file holds documents separated by blank lines (as `core.data.load_texts` reads them); in a
folder, `label_field="file"` labels each document by its file's stem. Documents that are empty after
stripping whitespace are skipped (they have no tokens). The labels never reach the pipeline: the
clusters are built from the texts alone, as CLIMB does for unlabelled web data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nanofrontier.core.data import load_texts
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl

FILE_LABEL = "file"  # label_field value that labels a folder's documents by file name


@dataclass(frozen=True)
class Corpus:
    texts: list[str]
    labels: list[str] | None = None  # hidden source per document, or None
    source: str = ""  # where it was read from, for messages
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        if not self.texts:
            raise ValueError(f"{self.source or 'corpus'}: no documents (the corpus is empty)")
        if self.labels is not None and len(self.labels) != len(self.texts):
            raise ValueError(f"{self.source or 'corpus'}: {len(self.labels)} labels for {len(self.texts)} documents")
        object.__setattr__(self, "digest", corpus_digest(self.texts))

    def __len__(self) -> int:
        return len(self.texts)


def corpus_digest(texts: Sequence[str]) -> str:
    """sha256 over the documents in order, each prefixed by its byte length (so splits differ)."""
    h = hashlib.sha256()
    for text in texts:
        data = text.encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def load_corpus(path: str | Path, *, text_field: str = "text", label_field: str | None = None) -> Corpus:
    """A .jsonl file, a .txt file, or a folder of them (read in sorted order)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    files = sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".txt")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"{path}: no .jsonl or .txt files in the folder")
    texts: list[str] = []
    labels: list[str] = []
    for file in files:
        if file.suffix == ".jsonl":
            got_texts, got_labels = _read_jsonl(file, text_field, None if label_field == FILE_LABEL else label_field)
        elif file.suffix == ".txt":
            got_texts = _read_txt(file)
            got_labels = [file.stem] * len(got_texts) if label_field else []
        else:
            raise ValueError(f"{file}: expected a .txt or .jsonl file, got suffix {file.suffix!r}")
        if label_field == FILE_LABEL:
            got_labels = [file.stem] * len(got_texts)
        texts += got_texts
        labels += got_labels
    if not texts:
        raise ValueError(f"{path}: no documents (every file is empty)")
    return Corpus(texts, labels if label_field else None, source=str(path))


def _read_txt(path: Path) -> list[str]:
    if path.stat().st_size == 0:
        return []
    return load_texts(path)


def _read_jsonl(path: Path, text_field: str, label_field: str | None) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for lineno, obj in iter_jsonl(path):
        text = obj.get(text_field)
        if not isinstance(text, str):
            found = "no field" if text_field not in obj else f"a {type(text).__name__} in field"
            raise JSONLineError(path, lineno, f"{found} {text_field!r}, expected a string")
        if not text.strip():
            continue
        texts.append(text)
        if label_field is not None:
            if label_field not in obj:
                raise JSONLineError(path, lineno, f"no field {label_field!r} (the label field)")
            labels.append(str(obj[label_field]))
    return texts, labels
