"""Token ids -> text as it is generated, never cut inside a character or a possible stop string.

    new, seconds = echo_tokens(tokens, tokenizer)      # print them as they come, on stdout
    stream = TextStream(tokenizer, stops=["###"])
    for token in tokens: sys.stdout.write(stream.push(token))
    sys.stdout.write(stream.flush())

One implementation for every place that shows text while it is generated: the OpenAI-compatible server's
deltas (serve.py), the terminal echo of `generate` commands (cli.py) and BitNet's torch-free runtime (it
imports no torch).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence

from nanofrontier.core.tokenizer import Tokenizer


class TextStream:
    """Token ids -> text deltas that never end inside a UTF-8 character or a possible stop string.

    The whole sequence is decoded at each token: byte-level decoding is stable on a prefix that does
    not end in U+FFFD, so a trailing U+FFFD (maybe half a character) is held back until the next
    token, as is a suffix that may grow into a stop string. `flush` gives what was held."""

    def __init__(self, tokenizer: Tokenizer, stops: Sequence[str] = ()) -> None:
        self.tokenizer, self.stops = tokenizer, tuple(stops)
        self.ids: list[int] = []
        self.text, self.sent, self.stopped = "", 0, False

    def push(self, token: int) -> str:
        self.ids.append(token)
        text = self.tokenizer.decode(self.ids)
        hits = [i for i in (text.find(s) for s in self.stops) if i >= 0]
        if hits:
            self.text, self.stopped = text[:max(min(hits), self.sent)], True
            return self.flush()
        self.text = text
        ready = len(text.rstrip("\ufffd"))
        ready -= _stop_prefix_len(text[:ready], self.stops)
        return self._emit(max(ready, self.sent))

    def flush(self) -> str:
        return self._emit(len(self.text))

    def _emit(self, end: int) -> str:
        delta, self.sent = self.text[self.sent:end], end
        return delta


def _stop_prefix_len(text: str, stops: Sequence[str]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of a stop string."""
    best = 0
    for s in stops:
        for n in range(min(len(s) - 1, len(text)), best, -1):
            if text.endswith(s[:n]):
                best = n
                break
    return best


def echo_tokens(tokens: Iterable[int], tokenizer: Tokenizer) -> tuple[list[int], float]:
    """Print the text of `tokens` on stdout as they come (a half-decoded character waits for its end), then a
    newline; returns (the tokens, seconds spent)."""
    stream, new = TextStream(tokenizer), []
    start = time.perf_counter()
    for token in tokens:
        new.append(token)
        sys.stdout.write(stream.push(token))
        sys.stdout.flush()
    elapsed = time.perf_counter() - start
    sys.stdout.write(stream.flush() + "\n")
    return new, elapsed
