"""Embeddings: the hashed n-gram TF-IDF default against a reference written here, and the
sentence-transformers back-end against a tiny BERT built in-process (never downloaded)."""

import math
from collections import Counter

import numpy as np
import pytest
import torch

from nanofrontier.climb.embed import (
    HashedNgramEmbedder,
    NgramConfig,
    SentenceTransformerEmbedder,
    hashed_ngrams,
    make_embedder,
)

TEXTS = ["the cat sat on the mat", "the cat sat on a hat", "def f(x):\n    return x", "zzzz qqqq 1234", "ab"]


def _bucket_of(ngram: bytes, buckets: int) -> int:
    """The library's hash written out for one n-gram, in Python integers."""
    mask = 2**64 - 1
    h = len(ngram)
    for byte in ngram:
        h = (h * 0x100000001B3 + byte) & mask
    return ((h * 0x9E3779B97F4A7C15) & mask) >> (65 - buckets.bit_length())


def test_hashed_ngrams_count_every_ngram_of_each_document_and_none_across_documents():
    buckets = 2**10
    doc, bucket, count = hashed_ngrams(TEXTS, ngram_min=3, ngram_max=5, buckets=buckets)
    for i, text in enumerate(TEXTS):
        data = text.encode()
        expected = Counter(_bucket_of(data[s:s + n], buckets) for n in range(3, 6) for s in range(len(data) - n + 1))
        got = {int(b): int(c) for b, c in zip(bucket[doc == i], count[doc == i], strict=True)}
        assert got == dict(expected), f"document {i}"
    assert 4 not in doc.tolist()  # "ab" is shorter than 3 bytes: no n-grams


def test_tfidf_projection_matches_a_dense_reference():
    emb = HashedNgramEmbedder(NgramConfig(dim=16, buckets=2**10)).fit(TEXTS)
    doc, bucket, count = hashed_ngrams(TEXTS, ngram_min=3, ngram_max=5, buckets=2**10)
    tfidf = np.zeros((len(TEXTS), 2**10))
    df = np.bincount(bucket, minlength=2**10)
    idf = np.log((1 + len(TEXTS)) / (1 + df)) + 1
    tfidf[doc, bucket] = (1 + np.log(count)) * idf[bucket]
    tfidf /= np.maximum(np.linalg.norm(tfidf, axis=1, keepdims=True), 1e-12)
    projected = tfidf @ emb.projection.numpy().astype(np.float64)
    reference = projected / np.maximum(np.linalg.norm(projected, axis=1, keepdims=True), 1e-12)
    np.testing.assert_allclose(emb.embed(TEXTS), reference, atol=1e-5)


def test_embeddings_are_unit_float32_seeded_and_put_similar_texts_closer():
    x = make_embedder(None, dim=32).embed(TEXTS)
    assert x.shape == (5, 32) and x.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(x[:4], axis=1), 1, atol=1e-5)
    assert np.all(x[4] == 0)  # no n-grams, no direction
    np.testing.assert_array_equal(x, make_embedder(None, dim=32).embed(TEXTS))
    assert x[0] @ x[1] > x[0] @ x[2] and x[0] @ x[1] > x[0] @ x[3]


def test_svd_projection_gives_the_requested_width():
    x = HashedNgramEmbedder(NgramConfig(dim=3, projection="svd")).embed(TEXTS[:4])
    assert x.shape == (4, 3)
    np.testing.assert_allclose(np.linalg.norm(x, axis=1), 1, atol=1e-5)


@pytest.mark.parametrize("bad", [dict(dim=0), dict(buckets=1000), dict(ngram_min=4, ngram_max=3),
                                 dict(projection="pca")])
def test_bad_ngram_settings_are_refused(bad):
    with pytest.raises(ValueError, match="NgramConfig"):
        NgramConfig(**bad)


@pytest.fixture(scope="module")
def tiny_sentence_model(tmp_path_factory):
    """A 1-layer BERT with a character WordPiece vocabulary, wrapped as a sentence-transformers folder."""
    transformers = pytest.importorskip("transformers")
    st = pytest.importorskip("sentence_transformers")
    modules = pytest.importorskip("sentence_transformers.sentence_transformer.modules",
                                  reason="sentence-transformers >= 6 module layout")
    root = tmp_path_factory.mktemp("st")
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *("##" + c for c in chars)]
    (root / "vocab.txt").write_text("\n".join(vocab))
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(root / "vocab.txt"))
    torch.manual_seed(0)
    bert = transformers.BertModel(transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=128)).eval()
    bert.save_pretrained(root / "bert")
    tokenizer.save_pretrained(root / "bert")
    word = modules.Transformer(str(root / "bert"), max_seq_length=64)
    pooling = modules.Pooling(word.get_embedding_dimension(), pooling_mode="mean")
    st.SentenceTransformer(modules=[word, pooling], device="cpu").save(str(root / "model"))
    return root / "model", bert, tokenizer


@pytest.mark.slow  # importing sentence-transformers and transformers
def test_sentence_transformers_backend_equals_mean_pooled_bert(tiny_sentence_model):
    folder, bert, tokenizer = tiny_sentence_model
    texts = ["hello world", "abc def 123", "a"]
    x = make_embedder(folder).embed(texts)
    enc = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = bert(**enc).last_hidden_state
    mask = enc["attention_mask"][..., None].float()
    reference = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    assert x.dtype == np.float32 and x.shape == (3, 32)
    np.testing.assert_allclose(x, reference, atol=1e-5)


def test_a_missing_sentence_model_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such model folder"):
        SentenceTransformerEmbedder(tmp_path / "missing")


def test_idf_weighs_rare_ngrams_more():
    emb = HashedNgramEmbedder(NgramConfig(dim=8, buckets=2**10)).fit(["aaa", "aaa", "aaa", "bbb"])
    common, rare = _bucket_of(b"aaa", 2**10), _bucket_of(b"bbb", 2**10)
    assert emb.idf[rare] > emb.idf[common]
    assert math.isclose(emb.idf[rare], math.log(5 / 2) + 1)
