"""Chat prompts from the model's own template: the Jinja `chat_template` of its tokenizer_config.json,
rendered as transformers renders it, with two built-in formats as the fallback.

    chat = ChatTemplate.for_tokenizer(tokenizer, model_type="qwen2")   # the model's template, else ChatML
    prompt = chat.render([{"role": "user", "content": "hi"}])          # ends with the assistant's header
    ids = tokenizer.encode(prompt)                                      # the template wrote the specials

Rendering follows `transformers`' `apply_chat_template`: a sandboxed Jinja environment with `trim_blocks`
and `lstrip_blocks`, the `loopcontrols` extension, a `tojson` filter that does not escape HTML,
`raise_exception` and `strftime_now`, and the tokenizer's special tokens (`bos_token`, `eos_token`,
`pad_token`, `unk_token`) as variables. A template is untrusted text from a model folder: the sandbox is
immutable, so it can read what it is given and nothing else.

The built-in formats are for folders without a template: "llama3" (Meta's Llama 3 Instruct template) and
"chatml" (Qwen2's `<|im_start|>role ... <|im_end|>`, optionally with a default system message, as Qwen2.5's
template adds "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

QWEN25_DEFAULT_SYSTEM = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."
BUILTIN_TEMPLATES = ("llama3", "chatml")
FALLBACK_OF_MODEL_TYPE = {"llama": "llama3", "qwen2": "chatml", "bitnet": "llama3"}
SPECIAL_TOKEN_NAMES = ("bos_token", "eos_token", "pad_token", "unk_token")

# Meta's Llama 3 Instruct template: bos, then each message's header, trimmed content and <|eot_id|>.
_LLAMA3 = ("{{ bos_token }}{% for message in messages %}<|start_header_id|>{{ message['role'] }}<|end_header_id|>\n\n"
           "{{ message['content'] | trim }}<|eot_id|>{% endfor %}"
           "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}")
# ChatML; `default_system` is prepended when the first message is not a system message.
_CHATML = ("{% if default_system and (not messages or messages[0]['role'] != 'system') %}"
           "<|im_start|>system\n{{ default_system }}<|im_end|>\n{% endif %}"
           "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
           "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
_BUILTIN_SOURCE = {"llama3": _LLAMA3, "chatml": _CHATML}
_BUILTIN_SPECIALS = {"llama3": {"bos_token": "<|begin_of_text|>"}, "chatml": {}}


class ChatTemplateError(ValueError):
    """A template that does not compile or refuses the messages; the message names the template."""


def _tojson(x: Any, ensure_ascii: bool = False, indent: int | None = None, separators=None,
            sort_keys: bool = False) -> str:
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _raise_exception(message: str) -> None:
    raise jinja2.exceptions.TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


@lru_cache(maxsize=16)
def _compile(source: str) -> jinja2.Template:
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols])
    env.filters["tojson"] = _tojson
    env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
    return env.from_string(source)


def check_messages(messages: Sequence[Any]) -> list[dict[str, Any]]:
    """Plain dicts with a string `role` and a string (or null) `content`; the error names the message."""
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise ValueError(f"messages must be a list of {{'role', 'content'}} objects, got {type(messages).__name__}")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise ValueError(f"messages[{i}] must be an object with a string 'role'")
        if "content" not in m or not (m["content"] is None or isinstance(m["content"], str)):
            raise ValueError(f"messages[{i}] needs a 'content' string (or null), got keys {sorted(m)}")
        out.append(dict(m))
    return out


class ChatTemplate:
    """One chat format: a Jinja source, its name (for errors) and the variables it renders with."""

    def __init__(self, source: str, *, name: str = "chat_template",
                 variables: dict[str, Any] | None = None) -> None:
        self.source, self.name = source, name
        self.variables = dict(variables or {})
        try:
            self._template = _compile(source)
        except jinja2.TemplateSyntaxError as e:
            raise ChatTemplateError(f"{name}: the chat template does not compile (line {e.lineno}: {e.message})") \
                from e

    @classmethod
    def builtin(cls, name: str, *, default_system: str | None = None) -> ChatTemplate:
        """"llama3" or "chatml" (with `default_system`, as Qwen2.5's template adds one)."""
        if name not in BUILTIN_TEMPLATES:
            raise ChatTemplateError(f"unknown built-in chat template {name!r}; expected one of {BUILTIN_TEMPLATES}")
        return cls(_BUILTIN_SOURCE[name], name=f"built-in {name}",
                   variables={**_BUILTIN_SPECIALS[name], "default_system": default_system})

    @classmethod
    def for_tokenizer(cls, tokenizer: Any, *, model_type: str | None = None,
                      fallback: str | None = None) -> ChatTemplate | None:
        """The tokenizer's own Jinja template (`tokenizer.chat_template`) with its special tokens; else the
        built-in `fallback`, else the built-in for `model_type` (llama -> llama3, qwen2 -> chatml); else None."""
        source = getattr(tokenizer, "chat_template", None)
        specials = {n: getattr(tokenizer, n, None) for n in SPECIAL_TOKEN_NAMES}
        if source:
            return cls(source, name="tokenizer_config.json chat_template",
                       variables={k: v for k, v in specials.items() if v is not None})
        name = fallback or FALLBACK_OF_MODEL_TYPE.get(model_type or "")
        if name is None:
            return None
        if name == "chatml" and model_type == "qwen2":
            return cls.builtin(name, default_system=QWEN25_DEFAULT_SYSTEM)
        return cls.builtin(name)

    def render(self, messages: Sequence[dict[str, Any]], *, add_generation_prompt: bool = True,
               **variables: Any) -> str:
        """The prompt string; `variables` reach the template too (e.g. `date_string`, `tools`)."""
        plain = check_messages(messages)
        context = {"tools": None, "documents": None, **self.variables, **variables}
        try:
            return self._template.render(messages=plain, add_generation_prompt=add_generation_prompt, **context)
        except jinja2.TemplateError as e:
            raise ChatTemplateError(f"{self.name}: {e}") from e
        except (TypeError, AttributeError, KeyError, IndexError) as e:  # a template reading a field it lacks
            raise ChatTemplateError(f"{self.name}: cannot render these messages ({type(e).__name__}: {e})") from e


def format_chat(messages: Sequence[dict[str, Any]], *, template: str, add_generation_prompt: bool = True,
                default_system: str | None = None) -> str:
    """`messages` under a built-in format ("llama3" or "chatml"); see `ChatTemplate.builtin`."""
    return ChatTemplate.builtin(template, default_system=default_system).render(
        messages, add_generation_prompt=add_generation_prompt)


def chat_prompt(tokenizer, model_type: str, user: str, template: str) -> str:
    """One user turn under the model's own chat template (`template` "model"), or a built-in one: what a
    command's `--chat` flag renders."""
    chat = (ChatTemplate.for_tokenizer(tokenizer, model_type=model_type) if template == "model"
            else ChatTemplate.builtin(template))
    if chat is None:
        raise ValueError(f"--chat: the model has no chat template (model_type {model_type!r}); "
                         f"name a built-in one: --chat {'|'.join(BUILTIN_TEMPLATES)}")
    return chat.render([{"role": "user", "content": user}])
