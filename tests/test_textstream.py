"""core/textstream.py: what a `generate` command prints while it generates."""

from __future__ import annotations

import sys

from nanofrontier.core.textstream import echo_tokens
from nanofrontier.core.tokenizer import ByteTokenizer


def test_echo_prints_as_tokens_come_and_holds_back_half_a_character(monkeypatch):
    tok = ByteTokenizer()
    ids = tok.encode("aé!")  # é is two bytes: two tokens
    chunks = []
    monkeypatch.setattr(sys.stdout, "write", lambda s: chunks.append(s) or len(s))
    new, seconds = echo_tokens(iter(ids), tok)
    assert new == ids and seconds >= 0
    assert chunks == ["a", "", "é", "!", "\n"]  # nothing printed on the first half of é


def test_echo_of_nothing_prints_a_newline(monkeypatch):
    chunks = []
    monkeypatch.setattr(sys.stdout, "write", lambda s: chunks.append(s) or len(s))
    assert echo_tokens(iter(()), ByteTokenizer())[0] == []
    assert chunks == ["\n"]
