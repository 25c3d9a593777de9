"""An OpenAI-compatible HTTP API over one model: the piped ring's head or a single process.

prima.cpp serves its ring through `llama-server` on rank 0 (research/prima.md §1.6). This is the
same idea on the standard library: `http.server.ThreadingHTTPServer`, one generation at a time
behind a lock (the model holds one KV cache, so concurrent requests queue), server-sent events for
`stream=true`. Endpoints: `GET /v1/models`, `GET /v1/models/{id}`, `POST /v1/completions`,
`POST /v1/chat/completions` (the chat prompt is `core.tokenizer.format_chat` under the template of
the config's model_type: llama -> "llama3", qwen2 -> "chatml"). `top_k` is an extension field.

    engine = LocalEngine("path/to/model_dir")              # or RingEngine(head, tokenizer, "name")
    serve(engine, host="127.0.0.1", port=8000)             # until Ctrl-C
    # client: openai.OpenAI(base_url="http://127.0.0.1:8000/v1", api_key="x")

Bad requests answer 400, a failed generation 500, both as `{"error": {"message", "type", "code"}}`;
a failure during a stream arrives as one `data: {"error": ...}` event (the status is already sent).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import torch

from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.sample import SampleConfig, Step, stream_generate
from nanofrontier.core.tokenizer import Tokenizer, format_chat, load_tokenizer

log = logging.getLogger(__name__)

CHAT_TEMPLATE_OF_MODEL_TYPE = {"llama": "llama3", "qwen2": "chatml"}
COMPLETIONS_DEFAULT_MAX_TOKENS = 16  # OpenAI's default for /v1/completions


# -- engines -----------------------------------------------------------------------------------------
class Engine(Protocol):
    """One model behind the server: tokens out of prompt ids, one sequence at a time."""

    tokenizer: Tokenizer
    model_name: str
    max_context: int  # prompt + new tokens
    chat_template: str | None  # a `format_chat` template, or None: /v1/chat/completions answers 400
    device: torch.device  # where the sampling generator lives

    def stream(self, prompt_ids: Sequence[int], cfg: SampleConfig,
               generator: torch.Generator | None) -> Iterator[int]: ...


def chat_template_for(model_type: str) -> str | None:
    return CHAT_TEMPLATE_OF_MODEL_TYPE.get(model_type)


def _first_row(steps: Iterator[Step]) -> Iterator[int]:
    with closing(steps):
        for step in steps:
            yield int(step.tokens[0])
            if bool(step.finished[0]):
                return


class LocalEngine:
    """A HF model directory (weights and tokenizer) run in this process by `core.sample.stream_generate`."""

    def __init__(self, model_dir: str | Path, *, name: str | None = None, chat_template: str | None = None,
                 dtype: torch.dtype | None = None, device: str | torch.device = "cpu") -> None:
        self.model = load_pretrained(model_dir, dtype=dtype, device=device)
        self.tokenizer = load_tokenizer(model_dir)
        self.model_name = name or Path(model_dir).resolve().name
        self.max_context = self.model.config.max_position_embeddings
        self.chat_template = chat_template or chat_template_for(self.model.config.model_type)
        self.device = torch.device(device)

    def stream(self, prompt_ids, cfg, generator):
        return _first_row(stream_generate(self.model, [list(prompt_ids)], cfg, generator=generator))


class RingEngine:
    """prima's `RingHead` (rank 0 of a running ring); its workers serve in their own processes."""

    def __init__(self, ring_head, tokenizer: Tokenizer, name: str, *, chat_template: str | None = None) -> None:
        self.head, self.tokenizer, self.model_name = ring_head, tokenizer, name
        self.max_context = ring_head.config.max_position_embeddings
        self.chat_template = chat_template or chat_template_for(ring_head.config.model_type)
        self.device = ring_head.device

    def stream(self, prompt_ids, cfg, generator):
        return _first_row(self.head.stream([list(prompt_ids)], cfg, generator=generator))


# -- requests ------------------------------------------------------------------------------------------
class RequestError(ValueError):
    """A request the server refuses (HTTP 400); the message names the field."""

    def __init__(self, message: str, *, param: str | None = None, code: str = "invalid_request") -> None:
        super().__init__(message)
        self.param, self.code = param, code


class GenerationError(RuntimeError):
    """The engine failed while generating (HTTP 500)."""


_MISSING = object()


def _field(body: dict, name: str, types: tuple[type, ...], default: Any = _MISSING) -> Any:
    value = body.get(name)
    if value is None:
        if default is _MISSING:
            raise RequestError(f"missing required field {name!r}", param=name, code="missing_field")
        return default
    if isinstance(value, bool) and bool not in types or not isinstance(value, types):
        want = " or ".join(t.__name__ for t in types)
        raise RequestError(f"{name!r} must be {want}, got {json.dumps(value)}", param=name, code="invalid_type")
    return value


def _in_range(name: str, value: float, ok: bool, expected: str) -> None:
    if not ok:
        raise RequestError(f"{name!r} must be {expected}, got {value!r}", param=name, code="invalid_value")


@dataclass(frozen=True)
class Job:
    chat: bool
    prompt_ids: list[int]
    cfg: SampleConfig
    seed: int | None
    stops: tuple[str, ...]
    stream: bool
    include_usage: bool


def parse_request(body: Any, engine: Engine, *, chat: bool) -> Job:
    """Validate a /v1/completions (chat=False) or /v1/chat/completions body against the engine."""
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    model = _field(body, "model", (str,))
    if model != engine.model_name:
        raise RequestError(f"model {model!r} is not served here; this server serves {engine.model_name!r}",
                           param="model", code="model_not_found")
    prompt_ids = _chat_prompt(body, engine) if chat else _completion_prompt(body, engine)
    if not prompt_ids:
        raise RequestError("the prompt encodes to no tokens", param="messages" if chat else "prompt")
    room = engine.max_context - len(prompt_ids)
    default = max(room, 1) if chat else COMPLETIONS_DEFAULT_MAX_TOKENS
    max_tokens = _field(body, "max_completion_tokens", (int,), None) if chat else None
    max_tokens = max_tokens if max_tokens is not None else _field(body, "max_tokens", (int,), default)
    _in_range("max_tokens", max_tokens, max_tokens > 0, "> 0")
    if max_tokens > room:
        raise RequestError(f"the prompt ({len(prompt_ids)} tokens) + max_tokens ({max_tokens}) exceed the "
                           f"model's context of {engine.max_context} tokens", param="max_tokens",
                           code="context_length_exceeded")
    temperature = float(_field(body, "temperature", (int, float), 1.0))
    _in_range("temperature", temperature, 0 <= temperature <= 2, "in [0, 2]")
    top_p = float(_field(body, "top_p", (int, float), 1.0))
    _in_range("top_p", top_p, 0 < top_p <= 1, "in (0, 1]")
    top_k = _field(body, "top_k", (int,), 0)
    _in_range("top_k", top_k, top_k >= -1, ">= 0 (0 or -1: off)")
    n = _field(body, "n", (int,), 1)
    _in_range("n", n, n == 1, "1 (one sequence at a time)")
    options = _field(body, "stream_options", (dict,), {})
    cfg = SampleConfig(max_new_tokens=max_tokens, temperature=temperature, top_p=top_p, top_k=max(top_k, 0),
                       stop_ids=tuple(engine.tokenizer.stop_ids))
    return Job(chat=chat, prompt_ids=prompt_ids, cfg=cfg, seed=_field(body, "seed", (int,), None),
               stops=_stops(body), stream=_field(body, "stream", (bool,), False),
               include_usage=bool(options.get("include_usage")))


def _completion_prompt(body: dict, engine: Engine) -> list[int]:
    prompt = _field(body, "prompt", (str, list))
    if isinstance(prompt, list):  # ["text"] or one prompt as token ids
        if len(prompt) == 1 and isinstance(prompt[0], str):
            prompt = prompt[0]
        elif not all(isinstance(t, int) and not isinstance(t, bool) for t in prompt):
            raise RequestError("'prompt' must be a string, a list of one string or a list of token ids "
                               "(one prompt per request)", param="prompt", code="invalid_type")
        elif any(not 0 <= t < engine.tokenizer.vocab_size for t in prompt):
            raise RequestError(f"'prompt' has token ids outside [0, {engine.tokenizer.vocab_size})", param="prompt")
        else:
            return list(prompt)
    return engine.tokenizer.encode(prompt)


def _chat_prompt(body: dict, engine: Engine) -> list[int]:
    if engine.chat_template is None:
        raise RequestError(f"model {engine.model_name!r} has no chat template; start the server with one "
                           "(chat_template='llama3' or 'chatml')", code="no_chat_template")
    messages = _field(body, "messages", (list,))
    if not messages:
        raise RequestError("'messages' must not be empty", param="messages")
    plain = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise RequestError(f"messages[{i}] must be an object with a string 'role'", param="messages")
        plain.append({"role": m["role"], "content": _content(m.get("content"), i)})
    try:
        return engine.tokenizer.encode(format_chat(plain, template=engine.chat_template))
    except ValueError as e:
        raise RequestError(str(e), param="messages") from e


def _content(content: Any, i: int) -> str:
    """A message's content: a string, null (an assistant turn with none) or a list of text parts."""
    if content is None or isinstance(content, str):
        return content or ""
    if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == "text"
                                         and isinstance(p.get("text"), str) for p in content):
        return "".join(p["text"] for p in content)
    raise RequestError(f"messages[{i}].content must be a string or a list of text parts", param="messages")


def _stops(body: dict) -> tuple[str, ...]:
    stop = _field(body, "stop", (str, list), [])
    stops = [stop] if isinstance(stop, str) else stop
    if not all(isinstance(s, str) and s for s in stops):
        raise RequestError("'stop' must be a non-empty string or a list of them", param="stop", code="invalid_type")
    return tuple(stops)


# -- generation -----------------------------------------------------------------------------------------
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


class Generation:
    """One request's run: iterate for text deltas (under the server's lock), then read the counts."""

    def __init__(self, engine: Engine, lock: threading.Lock, job: Job) -> None:
        self.engine, self.lock, self.job = engine, lock, job
        self.finish_reason: str | None = None
        self.completion_tokens = 0

    def __iter__(self) -> Iterator[str]:
        job, stop_ids = self.job, set(self.job.cfg.stop_ids)
        with self.lock:
            generator = None
            if job.seed is not None:
                generator = torch.Generator(device=self.engine.device).manual_seed(job.seed)
            text = TextStream(self.engine.tokenizer, job.stops)
            finish = "stop"
            try:
                with closing(self.engine.stream(job.prompt_ids, job.cfg, generator)) as tokens:
                    for token in tokens:
                        self.completion_tokens += 1
                        if token in stop_ids:
                            break
                        delta = text.push(token)
                        if delta:
                            yield delta
                        if text.stopped:
                            break
                    else:
                        finish = "length" if self.completion_tokens >= job.cfg.max_new_tokens else "stop"
            except Exception as e:  # the engine's failure, whatever it is, becomes a 500 naming it
                log.exception("generation failed")
                raise GenerationError(f"generation failed after {self.completion_tokens} token(s): "
                                      f"{type(e).__name__}: {e}") from e
            self.finish_reason = finish
        tail = text.flush()
        if tail:
            yield tail

    def usage(self) -> dict[str, int]:
        prompt = len(self.job.prompt_ids)
        return {"prompt_tokens": prompt, "completion_tokens": self.completion_tokens,
                "total_tokens": prompt + self.completion_tokens}


# -- responses -------------------------------------------------------------------------------------------
def _choice(job: Job, text: str | None, finish: str | None, *, chunk: bool, first: bool = False) -> dict:
    choice: dict[str, Any] = {"index": 0, "logprobs": None, "finish_reason": finish}
    if not job.chat:
        choice["text"] = text or ""
    elif chunk:
        choice["delta"] = ({"role": "assistant"} if first else {}) | ({} if text is None else {"content": text})
    else:
        choice["message"] = {"role": "assistant", "content": text}
    return choice


def _envelope(job: Job, rid: str, created: int, model: str, *, chunk: bool) -> dict:
    kind = ("chat.completion.chunk" if chunk else "chat.completion") if job.chat else "text_completion"
    return {"id": rid, "object": kind, "created": created, "model": model}


def error_body(message: str, kind: str, code: str, param: str | None = None) -> dict:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: OpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        path, engine = urlsplit(self.path).path.rstrip("/"), self.server.engine
        card = {"id": engine.model_name, "object": "model", "created": self.server.started, "owned_by": "nanofrontier"}
        if path == "/v1/models":
            self._send_json(200, {"object": "list", "data": [card]})
        elif path == f"/v1/models/{engine.model_name}":
            self._send_json(200, card)
        elif path.startswith("/v1/models/"):
            self._send_json(404, error_body(f"model {path[11:]!r} is not served here", "invalid_request_error",
                                            "model_not_found"))
        else:
            self._not_found(path)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path.rstrip("/")
        if path not in ("/v1/completions", "/v1/chat/completions"):
            self._not_found(path)
            return
        try:
            job = parse_request(self._read_json(), self.server.engine, chat=path == "/v1/chat/completions")
        except RequestError as e:
            self._send_json(400, error_body(str(e), "invalid_request_error", e.code, e.param))
            return
        gen = Generation(self.server.engine, self.server.lock, job)
        rid = ("chatcmpl-" if job.chat else "cmpl-") + uuid.uuid4().hex[:24]
        head = _envelope(job, rid, int(time.time()), self.server.engine.model_name, chunk=job.stream)
        if job.stream:
            self._stream(gen, head)
            return
        try:
            text = "".join(gen)
        except GenerationError as e:
            self._send_json(500, error_body(str(e), "server_error", "generation_failed"))
            return
        self._send_json(200, head | {"choices": [_choice(job, text, gen.finish_reason, chunk=False)],
                                     "usage": gen.usage()})

    def _stream(self, gen: Generation, head: dict) -> None:
        job = gen.job
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")  # the body ends when the connection does
        self.end_headers()
        self.close_connection = True
        try:
            with closing(iter(gen)) as deltas:
                if job.chat:
                    self._event(head | {"choices": [_choice(job, "", None, chunk=True, first=True)]})
                for delta in deltas:
                    self._event(head | {"choices": [_choice(job, delta, None, chunk=True)]})
                self._event(head | {"choices": [_choice(job, None, gen.finish_reason, chunk=True)]})
                if job.include_usage:
                    self._event(head | {"choices": [], "usage": gen.usage()})
                self.wfile.write(b"data: [DONE]\n\n")
        except GenerationError as e:
            self._event(error_body(str(e), "server_error", "generation_failed"))
        except (BrokenPipeError, ConnectionResetError):
            log.info("client went away during a stream; generation stopped")

    def _event(self, obj: dict) -> None:
        self.wfile.write(b"data: " + json.dumps(obj).encode() + b"\n\n")
        self.wfile.flush()

    def _read_json(self) -> Any:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as e:
            raise RequestError("bad Content-Length header") from e
        try:
            return json.loads(self.rfile.read(length) or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise RequestError(f"the request body is not valid JSON ({e})", code="invalid_json") from e

    def _not_found(self, path: str) -> None:
        self.close_connection = True  # an unread request body must not be taken for the next request
        self._send_json(404, error_body(f"no route {self.command} {path}", "invalid_request_error", "not_found"))

    def _send_json(self, status: int, obj: dict) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class OpenAIServer(ThreadingHTTPServer):
    """The HTTP server; `engine` and the lock that makes generations take turns hang off it."""

    daemon_threads = True

    def __init__(self, engine: Engine, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self.engine, self.lock, self.started = engine, threading.Lock(), int(time.time())


def make_server(engine: Engine, host: str = "127.0.0.1", port: int = 8000) -> OpenAIServer:
    """A bound server (port 0 picks a free one: read `server.server_address`); call `serve_forever`."""
    return OpenAIServer(engine, (host, port))


def serve(engine: Engine, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (Ctrl-C)."""
    with make_server(engine, host, port) as server:
        log.info("serving %r on http://%s:%d/v1", engine.model_name, *server.server_address[:2])
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log.info("interrupted; shutting down")
