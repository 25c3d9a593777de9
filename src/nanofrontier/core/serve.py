"""An OpenAI-compatible HTTP API over one model: any engine that turns prompt ids into tokens.

    engine = LocalEngine("path/to/model_dir")               # a model in this process (core.sample)
    serve(engine, host="0.0.0.0", port=8000, api_key="s3cret")   # until Ctrl-C; `nanofrontier lm serve`
    # client: openai.OpenAI(base_url="http://host:8000/v1", api_key="s3cret")

Endpoints: `GET /v1/models`, `GET /v1/models/{id}`, `POST /v1/completions`, `POST /v1/chat/completions`
(streaming with server-sent events when `stream` is true). Chat prompts use the model's own chat template
(core.chat). Request bodies are validated by openai_api.py: a bad field answers 400 naming it, a failed
generation 500, both as `{"error": {"message", "type", "param", "code"}}`; a failure during a stream
arrives as one `data: {"error": ...}` event (the status is already sent).

Safe on a home network:
* `api_key`: every request must carry `Authorization: Bearer <key>` (401 otherwise), as llama-server and
  vLLM check it; compared in constant time.
* `max_body_bytes` (default 4 MiB): a larger Content-Length answers 413 before the body is read; a chunked
  body (no Content-Length) answers 411.
* A prompt longer than the model's context, or one whose max_tokens does not fit, answers 400.
* A client that disconnects stops its generation at the next token, so the model is free for the next.

An engine may take request fields of its own (beyond OpenAI's): `request_processors(body, cfg)` validates
them and returns logits processors for that request, which `stream` then receives as `processors=`; a
request that the method refuses answers 400 naming the field (openai_api.py).

Concurrency: the model holds one KV cache, so generations take turns behind one lock; requests are read,
validated and queued concurrently (`ThreadingHTTPServer`), and each waits for its turn.

The standard library serves here on purpose: the server is a thin shell over a generation that holds the
model for its whole length, so an async framework would add a dependency and no throughput (docs/core.md).
"""

from __future__ import annotations

import hmac
import json
import logging
import select
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import torch

from nanofrontier.core.chat import ChatTemplate
from nanofrontier.core.checkpoint import Checkpoint, load_pretrained, open_checkpoint
from nanofrontier.core.openai_api import Job, RequestError, choice, envelope, error_body, parse_request
from nanofrontier.core.sample import LogitsProcessor, SampleConfig, Step, stream_generate
from nanofrontier.core.textstream import TextStream
from nanofrontier.core.tokenizer import Tokenizer, load_tokenizer

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 4 << 20


# -- engines -----------------------------------------------------------------------------------------
class Engine(Protocol):
    """One model behind the server: tokens out of prompt ids, one sequence at a time."""

    tokenizer: Tokenizer
    model_name: str
    max_context: int  # prompt + new tokens
    chat: ChatTemplate | None  # None: /v1/chat/completions answers 400
    device: torch.device  # where the sampling generator lives

    def stream(self, prompt_ids: Sequence[int], cfg: SampleConfig,
               generator: torch.Generator | None) -> Iterator[int]: ...

    # Optional: `request_processors(body: dict, cfg: SampleConfig) -> Sequence[LogitsProcessor]` for request
    # fields of the engine's own; an engine that has it takes `processors=` in `stream`.


def first_row(steps: Iterator[Step]) -> Iterator[int]:
    """The tokens of row 0 of a `core.sample` step stream, until it finishes."""
    with closing(steps):
        for step in steps:
            yield int(step.tokens[0])
            if bool(step.finished[0]):
                return


class LocalEngine:
    """A HF model directory (weights and tokenizer) run in this process by `core.sample.stream_generate`.

    `chat_template`: a built-in format ("llama3", "chatml") instead of the model's own template."""

    def __init__(self, source: str | Path | Checkpoint, *, name: str | None = None, chat_template: str | None = None,
                 dtype: torch.dtype | None = None, device: str | torch.device = "cpu") -> None:
        ckpt = open_checkpoint(source)
        self.model = load_pretrained(ckpt, dtype=dtype, device=device)
        self.tokenizer = load_tokenizer(ckpt.directory)
        self.model_name = name or ckpt.directory.resolve().name
        self.max_context = self.model.config.max_position_embeddings
        self.chat = (ChatTemplate.builtin(chat_template) if chat_template else
                     ChatTemplate.for_tokenizer(self.tokenizer, model_type=self.model.config.model_type))
        self.device = torch.device(device)

    def stream(self, prompt_ids, cfg, generator, processors: Sequence[LogitsProcessor] = ()):
        return first_row(stream_generate(self.model, [list(prompt_ids)], cfg, generator=generator,
                                         processors=processors))


class GenerationError(RuntimeError):
    """The engine failed while generating (HTTP 500)."""


# -- generation -----------------------------------------------------------------------------------------
class Generation:
    """One request's run: iterate for text deltas (under the server's lock), then read the counts.

    `client_gone` is asked after every token; when it says the client left, the generation ends
    (finish_reason "cancelled") and the lock is released for the next request."""

    def __init__(self, engine: Engine, lock: threading.Lock, job: Job,
                 client_gone: Callable[[], bool] = lambda: False) -> None:
        self.engine, self.lock, self.job, self.client_gone = engine, lock, job, client_gone
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
            own = {"processors": job.processors} if job.processors else {}
            try:
                with closing(self.engine.stream(job.prompt_ids, job.cfg, generator, **own)) as tokens:
                    for token in tokens:
                        self.completion_tokens += 1
                        if token in stop_ids:
                            break
                        delta = text.push(token)
                        if delta:
                            yield delta
                        if text.stopped:
                            break
                        if self.client_gone():
                            finish = "cancelled"
                            log.info("client went away after %d token(s); generation stopped", self.completion_tokens)
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


# -- HTTP ------------------------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: OpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        path, engine = urlsplit(self.path).path.rstrip("/"), self.server.engine
        if not self._authorized():
            return
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
        if not self._authorized():
            return
        if path not in ("/v1/completions", "/v1/chat/completions"):
            self._not_found(path)
            return
        body = self._read_body()
        if body is None:
            return
        try:
            job = parse_request(_json(body), self.server.engine, chat=path == "/v1/chat/completions")
        except RequestError as e:
            self._send_json(400, error_body(str(e), "invalid_request_error", e.code, e.param))
            return
        gen = Generation(self.server.engine, self.server.lock, job, client_gone=self._client_gone)
        rid = ("chatcmpl-" if job.chat else "cmpl-") + uuid.uuid4().hex[:24]
        head = envelope(job, rid, int(time.time()), self.server.engine.model_name, chunk=job.stream)
        if job.stream:
            self._stream(gen, head)
            return
        try:
            text = "".join(gen)
        except GenerationError as e:
            self._send_json(500, error_body(str(e), "server_error", "generation_failed"))
            return
        if gen.finish_reason == "cancelled":
            self.close_connection = True
            return
        self._send_json(200, head | {"choices": [choice(job, text, gen.finish_reason, chunk=False)],
                                     "usage": gen.usage()})

    def _authorized(self) -> bool:
        key = self.server.api_key
        if key is None:
            return True
        given = self.headers.get("Authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), key.encode()):
            return True
        self.close_connection = True  # the unread body must not be taken for the next request
        self._send_json(401, error_body("missing or wrong API key: send 'Authorization: Bearer <key>'",
                                        "invalid_request_error", "invalid_api_key"),
                        headers={"WWW-Authenticate": "Bearer"})
        return False

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering 411/413/400 (the connection then closes)."""
        limit = self.server.max_body_bytes
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            self._send_json(411, error_body("send the body with a Content-Length (chunked bodies are not read)",
                                            "invalid_request_error", "length_required"))
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0:
                raise ValueError(length)
        except ValueError:
            self.close_connection = True
            self._send_json(400, error_body("bad Content-Length header", "invalid_request_error", "invalid_request"))
            return None
        if length > limit:
            self.close_connection = True
            self._send_json(413, error_body(f"the request body is {length} bytes; this server reads at most {limit}",
                                            "invalid_request_error", "request_too_large"))
            return None
        return self.rfile.read(length)

    def _client_gone(self) -> bool:
        """True when the client closed its end: the socket reads as ready but yields no bytes."""
        try:
            ready, _, _ = select.select([self.connection], [], [], 0)
            return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

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
                    self._event(head | {"choices": [choice(job, "", None, chunk=True, first=True)]})
                for delta in deltas:
                    self._event(head | {"choices": [choice(job, delta, None, chunk=True)]})
                if gen.finish_reason == "cancelled":
                    return
                self._event(head | {"choices": [choice(job, None, gen.finish_reason, chunk=True)]})
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

    def _not_found(self, path: str) -> None:
        self.close_connection = True  # an unread request body must not be taken for the next request
        self._send_json(404, error_body(f"no route {self.command} {path}", "invalid_request_error", "not_found"))

    def _send_json(self, status: int, obj: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)


def _json(body: bytes) -> Any:
    try:
        return json.loads(body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise RequestError(f"the request body is not valid JSON ({e})", code="invalid_json") from e


class OpenAIServer(ThreadingHTTPServer):
    """The HTTP server; the engine, the lock that makes generations take turns and the limits hang off it."""

    daemon_threads = True

    def __init__(self, engine: Engine, address: tuple[str, int], *, api_key: str | None = None,
                 max_body_bytes: int = MAX_BODY_BYTES) -> None:
        if api_key is not None and not api_key:
            raise ValueError("api_key must not be empty (pass None for no check)")
        super().__init__(address, _Handler)
        self.engine, self.lock, self.started = engine, threading.Lock(), int(time.time())
        self.api_key, self.max_body_bytes = api_key, max_body_bytes


def make_server(engine: Engine, host: str = "127.0.0.1", port: int = 8000, *, api_key: str | None = None,
                max_body_bytes: int = MAX_BODY_BYTES) -> OpenAIServer:
    """A bound server (port 0 picks a free one: read `server.server_address`); call `serve_forever`."""
    return OpenAIServer(engine, (host, port), api_key=api_key, max_body_bytes=max_body_bytes)


def serve(engine: Engine, host: str = "127.0.0.1", port: int = 8000, *, api_key: str | None = None,
          max_body_bytes: int = MAX_BODY_BYTES) -> None:
    """Serve until interrupted (Ctrl-C)."""
    with make_server(engine, host, port, api_key=api_key, max_body_bytes=max_body_bytes) as server:
        if api_key is None and host not in ("127.0.0.1", "localhost", "::1"):
            log.warning("serving on %s without an API key: anyone who reaches the port can use the model", host)
        log.info("serving %r on http://%s:%d/v1", engine.model_name, *server.server_address[:2])
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log.info("interrupted; shutting down")
