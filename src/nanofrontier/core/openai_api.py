"""The OpenAI API's request validation and response bodies, for the server in serve.py.

`parse_request(body, engine, chat=...)` turns a `/v1/completions` or `/v1/chat/completions` body into a
`Job` (prompt ids, a `SampleConfig`, stop strings, streaming options) or raises `RequestError` naming the
field, which the server answers with 400 and `{"error": {"message", "type", "param", "code"}}`. Chat
prompts are rendered by the engine's chat template (`core.chat`: the model's own Jinja template).
`top_k` is an extension field, as vLLM and llama-server accept it. An engine may accept fields of its own:
when it has `request_processors(body, cfg) -> logits processors`, that method validates them (raising
`RequestError` naming the field) and the processors it returns run for that request alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nanofrontier.core.chat import ChatTemplateError
from nanofrontier.core.sample import LogitsProcessor, SampleConfig

COMPLETIONS_DEFAULT_MAX_TOKENS = 16  # OpenAI's default for /v1/completions


class RequestError(ValueError):
    """A request the server refuses (HTTP 400); the message names the field."""

    def __init__(self, message: str, *, param: str | None = None, code: str = "invalid_request") -> None:
        super().__init__(message)
        self.param, self.code = param, code


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
    processors: Sequence[LogitsProcessor] = ()  # the engine's own, from fields it accepts (request_processors)


def parse_request(body: Any, engine, *, chat: bool) -> Job:
    """Validate a /v1/completions (chat=False) or /v1/chat/completions body against the engine."""
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    model = _field(body, "model", (str,))
    if model != engine.model_name:
        raise RequestError(f"model {model!r} is not served here; this server serves {engine.model_name!r}",
                           param="model", code="model_not_found")
    prompt_ids = _chat_prompt(body, engine) if chat else _completion_prompt(body, engine)
    where = "messages" if chat else "prompt"
    if not prompt_ids:
        raise RequestError("the prompt encodes to no tokens", param=where)
    room = engine.max_context - len(prompt_ids)
    if room <= 0:
        raise RequestError(f"the prompt is {len(prompt_ids)} tokens; the model's context is {engine.max_context}",
                           param=where, code="context_length_exceeded")
    max_tokens = _field(body, "max_completion_tokens", (int,), None) if chat else None
    default = room if chat else COMPLETIONS_DEFAULT_MAX_TOKENS
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
    own_fields = getattr(engine, "request_processors", None)
    return Job(chat=chat, prompt_ids=prompt_ids, cfg=cfg, seed=_field(body, "seed", (int,), None),
               stops=_stops(body), stream=_field(body, "stream", (bool,), False),
               include_usage=bool(options.get("include_usage")),
               processors=tuple(own_fields(body, cfg)) if own_fields is not None else ())


def _completion_prompt(body: dict, engine) -> list[int]:
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


def _chat_prompt(body: dict, engine) -> list[int]:
    if engine.chat is None:
        raise RequestError(f"model {engine.model_name!r} has no chat template (none in its tokenizer_config.json "
                           "and no built-in one for its model_type); start the server with --chat-template",
                           code="no_chat_template")
    messages = _field(body, "messages", (list,))
    if not messages:
        raise RequestError("'messages' must not be empty", param="messages")
    plain = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise RequestError(f"messages[{i}] must be an object with a string 'role'", param="messages")
        plain.append({"role": m["role"], "content": _content(m.get("content"), i)})
    try:
        return engine.tokenizer.encode(engine.chat.render(plain))
    except (ChatTemplateError, ValueError) as e:
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


# -- responses --------------------------------------------------------------------------------------------
def choice(job: Job, text: str | None, finish: str | None, *, chunk: bool, first: bool = False) -> dict:
    out: dict[str, Any] = {"index": 0, "logprobs": None, "finish_reason": finish}
    if not job.chat:
        out["text"] = text or ""
    elif chunk:
        out["delta"] = ({"role": "assistant"} if first else {}) | ({} if text is None else {"content": text})
    else:
        out["message"] = {"role": "assistant", "content": text}
    return out


def envelope(job: Job, rid: str, created: int, model: str, *, chunk: bool) -> dict:
    kind = ("chat.completion.chunk" if chunk else "chat.completion") if job.chat else "text_completion"
    return {"id": rid, "object": kind, "created": created, "model": model}


def error_body(message: str, kind: str, code: str, param: str | None = None) -> dict:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}
