"""Judge models: an xVerify-style checkpoint run in-process, or any OpenAI-compatible server.

    judge = LocalJudge("path/to/xVerify-0.5B-I")        # a HF Qwen2 / Llama directory
    judge.judge(question, llm_output, reference)        # "Correct" | "Incorrect" | None (invalid reply)
    judge.judge_batch([(q, o, r), ...])                 # left-padded batches, greedy

    judge = OpenAIJudge("http://localhost:8000", model="xVerify")   # vLLM, llama.cpp server, ...

Both send the prompt of `xverify.prompt` as one user turn and parse the reply with
`parse_judgement`. The local judge decodes greedily; the remote one uses xVerify's client defaults
(temperature 0.1, top_p 0.7) unless told otherwise.
"""

from __future__ import annotations

import http.client
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import torch

from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tokenizer import load_tokenizer
from nanofrontier.xverify.prompt import ChatFormat, build_prompt, encode_prompt, parse_judgement, truncate_middle

log = logging.getLogger(__name__)


class JudgeError(RuntimeError):
    """A judge could not be asked: unreachable server, HTTP error, malformed response."""


class Judge(Protocol):
    def judge(self, question: str, output: str, reference: str) -> str | None: ...


class LocalJudge:
    """A judge checkpoint (e.g. xVerify-0.5B-I, a Qwen2.5-0.5B-Instruct fine-tune) run with core."""

    def __init__(self, model_dir: str | Path, *, max_prompt_tokens: int = 2048, template: str | None = None,
                 max_new_tokens: int = 8, batch_size: int = 16, device: str | torch.device = "cpu",
                 dtype: torch.dtype | None = None) -> None:
        self.model = load_pretrained(model_dir, device=device, dtype=dtype)
        self.tokenizer = load_tokenizer(model_dir)
        self.chat = ChatFormat.for_model(self.model.config.model_type, self.tokenizer, template)
        self.max_prompt_tokens = max_prompt_tokens
        self.batch_size = batch_size
        stops = [*self.tokenizer.stop_ids, self.chat.end_id(self.tokenizer)]
        self.sample = SampleConfig(max_new_tokens=max_new_tokens, temperature=0.0,
                                   stop_ids=tuple(dict.fromkeys(stops)))
        pad = self.tokenizer.pad_id if self.tokenizer.pad_id is not None else self.tokenizer.eos_id
        self.pad_id = pad if pad is not None else 0

    def prompt_ids(self, question: str, output: str, reference: str) -> list[int]:
        """The token ids the model is fed: the chat-wrapped prompt, cut to max_prompt_tokens."""
        return encode_prompt(self.tokenizer, self.chat, question, output, reference,
                             max_tokens=self.max_prompt_tokens)

    def replies(self, items: Sequence[tuple[str, str, str]]) -> list[str]:
        """The raw decoded replies, in order. Prompts are sorted by length so a batch pads little."""
        prompts = [self.prompt_ids(*item) for item in items]
        order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
        out: list[str] = [""] * len(prompts)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            new = generate(self.model, [prompts[i] for i in chunk], self.sample, pad_id=self.pad_id)
            for i, tokens in zip(chunk, new, strict=True):
                out[i] = self.tokenizer.decode(tokens, skip_special=True)
        return out

    def judge(self, question: str, output: str, reference: str) -> str | None:
        return self.judge_batch([(question, output, reference)])[0]

    def judge_batch(self, items: Sequence[tuple[str, str, str]]) -> list[str | None]:
        return [parse_judgement(reply) for reply in self.replies(items)]


class OpenAIJudge:
    """A judge served behind POST {url}/v1/chat/completions (stdlib HTTP; no openai package needed).

    Connection errors, 429 and 5xx answers are retried `retries` times with exponential backoff;
    anything else, or the last failure, raises `JudgeError` naming the URL. A long output's middle is
    cut to `max_output_chars` characters (the server's tokenizer is not known here).
    """

    RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

    def __init__(self, url: str, *, model: str = "xVerify", api_key: str | None = None, timeout: float = 60.0,
                 retries: int = 2, temperature: float = 0.1, top_p: float = 0.7, max_tokens: int = 8,
                 backoff: float = 0.5, max_output_chars: int | None = None, workers: int = 1) -> None:
        if retries < 0 or timeout <= 0:
            raise ValueError(f"OpenAIJudge: retries must be >= 0 and timeout > 0, got {retries} and {timeout}")
        base = url.rstrip("/")
        self.endpoint = base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")
        self.model, self.api_key, self.timeout, self.retries = model, api_key, timeout, retries
        self.temperature, self.top_p, self.max_tokens = temperature, top_p, max_tokens
        self.backoff, self.max_output_chars, self.workers = backoff, max_output_chars, workers

    def request_body(self, question: str, output: str, reference: str) -> dict:
        if self.max_output_chars is not None:
            output = truncate_middle(output, self.max_output_chars)
        messages = [{"role": "user", "content": build_prompt(question, output, reference)}]
        return {"model": self.model, "messages": messages,
                "temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens}

    def reply(self, question: str, output: str, reference: str) -> str:
        """The raw reply text of the server."""
        return self._content(self._post(self.request_body(question, output, reference)))

    def judge(self, question: str, output: str, reference: str) -> str | None:
        return parse_judgement(self.reply(question, output, reference))

    def judge_batch(self, items: Sequence[tuple[str, str, str]]) -> list[str | None]:
        """One request per item, `workers` at a time (servers such as vLLM batch them together)."""
        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            return list(pool.map(lambda item: self.judge(*item), items))

    def _post(self, body: dict) -> bytes:
        data = json.dumps(body).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(self.endpoint, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as e:
                detail = e.read()[:300].decode("utf-8", errors="replace")
                error = JudgeError(f"{self.endpoint}: HTTP {e.code} {e.reason}: {detail}")
                if e.code not in self.RETRY_STATUS:
                    raise error from None
            except (urllib.error.URLError, http.client.HTTPException, TimeoutError, ConnectionError) as e:
                reason = getattr(e, "reason", e)
                error = JudgeError(f"{self.endpoint}: cannot connect ({reason})")
            if attempt < self.retries:
                log.warning("%s; retry %d of %d", error, attempt + 1, self.retries)
                time.sleep(self.backoff * 2**attempt)
        raise error

    def _content(self, raw: bytes) -> str:
        try:
            content = json.loads(raw)["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as e:
            raise JudgeError(f"{self.endpoint}: malformed response ({type(e).__name__}: {e}): "
                             f"{raw[:200].decode('utf-8', errors='replace')!r}") from None
        if not isinstance(content, str):
            raise JudgeError(f"{self.endpoint}: malformed response: message content is "
                             f"{type(content).__name__}, expected a string")
        return content

