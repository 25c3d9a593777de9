"""Tokenizers: a byte tokenizer for tiny tests, a wrapper over HF `tokenizers`, BPE training.

    from nanofrontier.core.tokenizer import load_tokenizer, train_bpe
    tok = load_tokenizer("path/to/hf_model_dir")          # reads tokenizer.json + tokenizer_config.json
    ids = tok.encode(ChatTemplate.for_tokenizer(tok).render(messages))   # core.chat: the model's template
    tok = train_bpe(["some text", ...], vocab_size=512)    # byte-level BPE, specials get ids 0..n-1
    tok.save("out/")                                       # transformers.AutoTokenizer loads "out/" too

Both `ByteTokenizer` and `HFTokenizer` satisfy the `Tokenizer` protocol. A saved directory is a
real HF tokenizer directory (tokenizer.json + tokenizer_config.json) for either kind; a
`ByteTokenizer` marks its tokenizer_config.json so `load_tokenizer` gives a `ByteTokenizer` back.

`encode` never adds special tokens unless `add_bos=True`, so a chat prompt (whose template already
wrote its own `<|begin_of_text|>`) is encoded as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from tokenizers import Tokenizer as _RustTokenizer
from tokenizers import decoders, models, pre_tokenizers, processors, trainers

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.jsonio import read_json

# End-of-turn tokens of the Llama 3 and ChatML templates (and Llama 3.1's tool-call end): generation stops on
# them although the tokenizer's eos is the end-of-document token.
TEMPLATE_END_TOKENS = ("<|eot_id|>", "<|eom_id|>", "<|im_end|>")
_BYTE_MARKER = "nanofrontier_tokenizer"


class Tokenizer(Protocol):
    """What the rest of the library needs from a tokenizer."""

    vocab_size: int
    bos_id: int | None
    eos_id: int | None
    pad_id: int | None

    def encode(self, text: str, *, add_bos: bool = False) -> list[int]: ...

    def decode(self, ids: Sequence[int], *, skip_special: bool = True) -> str: ...

    def token_to_id(self, token: str) -> int | None: ...

    @property
    def stop_ids(self) -> list[int]: ...

    def save(self, directory: str | Path) -> None: ...


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's byte -> printable-character table, the alphabet of byte-level BPE vocabularies."""
    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    table, extra = {}, 0
    for b in range(256):
        if b in printable:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return table


def _dedup(ids: Iterable[int | None]) -> list[int]:
    out: list[int] = []
    for i in ids:
        if i is not None and i not in out:
            out.append(i)
    return out


class ByteTokenizer:
    """Ids 0..255 are the UTF-8 bytes of the text; then <|bos|>=256, <|eos|>=257, <|pad|>=258."""

    SPECIALS = ("<|bos|>", "<|eos|>", "<|pad|>")

    def __init__(self) -> None:
        self.vocab_size = 256 + len(self.SPECIALS)
        self.bos_id, self.eos_id, self.pad_id = 256, 257, 258
        self._vocab = {ch: b for b, ch in _bytes_to_unicode().items()}
        self._vocab.update({tok: 256 + i for i, tok in enumerate(self.SPECIALS)})

    def encode(self, text: str, *, add_bos: bool = False) -> list[int]:
        ids = list(text.encode("utf-8"))
        return [self.bos_id, *ids] if add_bos else ids

    def decode(self, ids: Sequence[int], *, skip_special: bool = True) -> str:
        out = bytearray()
        for i in ids:
            if 0 <= i < 256:
                out.append(i)
            elif 256 <= i < self.vocab_size:
                if not skip_special:
                    out += self.SPECIALS[i - 256].encode("utf-8")
            else:
                raise ValueError(f"ByteTokenizer.decode: id {i} outside [0, {self.vocab_size})")
        return out.decode("utf-8", errors="replace")

    def token_to_id(self, token: str) -> int | None:
        """Tokens are spelled as in the saved byte-level vocabulary: a space is "Ġ", "<|eos|>" is 257."""
        return self._vocab.get(token)

    @property
    def stop_ids(self) -> list[int]:
        return [self.eos_id]

    def to_hf(self) -> HFTokenizer:
        """The same tokenizer as a byte-level BPE without merges: identical ids, identical decoding."""
        tok = _RustTokenizer(models.BPE(vocab=dict(self._vocab), merges=[]))
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
        tok.decoder = decoders.ByteLevel()
        tok.add_special_tokens(list(self.SPECIALS))
        return HFTokenizer(
            tok, bos_token=self.SPECIALS[0], eos_token=self.SPECIALS[1], pad_token=self.SPECIALS[2]
        )

    def save(self, directory: str | Path) -> None:
        directory = Path(directory)
        self.to_hf().save(directory)
        config_path = directory / "tokenizer_config.json"
        write_json_atomic(config_path, {**read_json(config_path), _BYTE_MARKER: "ByteTokenizer"})


class HFTokenizer:
    """A `tokenizers.Tokenizer` plus the special tokens and chat template from the model directory."""

    def __init__(
        self,
        tokenizer: _RustTokenizer,
        *,
        bos_token: str | None = None,
        eos_token: str | None = None,
        pad_token: str | None = None,
        chat_template: str | None = None,
        extra_stop_ids: Sequence[int] = (),
    ) -> None:
        self.tokenizer = tokenizer
        self.bos_token, self.eos_token, self.pad_token = bos_token, eos_token, pad_token
        self.chat_template = chat_template
        self.vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
        self.bos_id = self._special_id(bos_token, "bos_token")
        self.eos_id = self._special_id(eos_token, "eos_token")
        self.pad_id = self._special_id(pad_token, "pad_token")
        if self.eos_id is None and extra_stop_ids:
            self.eos_id = extra_stop_ids[0]
        self._extra_stop_ids = list(extra_stop_ids)

    def _special_id(self, token: str | None, name: str) -> int | None:
        if token is None:
            return None
        i = self.tokenizer.token_to_id(token)
        if i is None:
            raise ValueError(f"{name} {token!r} is not in the tokenizer's vocabulary")
        return i

    @classmethod
    def from_dir(cls, directory: str | Path) -> HFTokenizer:
        """Reads tokenizer.json (required), tokenizer_config.json, special_tokens_map.json,
        generation_config.json and config.json (eos_token_id) when present."""
        directory = Path(directory)
        path = directory / "tokenizer.json"
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no tokenizer.json in {directory}")
        read_json(path)  # a JSON syntax error names the file and line before tokenizers sees it
        try:
            tokenizer = _RustTokenizer.from_file(str(path))
        except Exception as e:  # tokenizers raises a bare Exception on a malformed file
            raise ValueError(f"{path}: not a tokenizers tokenizer.json ({e})") from e
        specials = _special_tokens(directory)
        return cls(
            tokenizer,
            bos_token=specials.get("bos_token"),
            eos_token=specials.get("eos_token"),
            pad_token=specials.get("pad_token"),
            chat_template=_chat_template(directory),
            extra_stop_ids=_config_eos_ids(directory),
        )

    def encode(self, text: str, *, add_bos: bool = False) -> list[int]:
        """`add_bos` runs the post-processor (Llama 3's adds bos) and prepends bos only if it did not."""
        ids = self.tokenizer.encode(text, add_special_tokens=add_bos).ids
        if add_bos and self.bos_id is not None and ids[:1] != [self.bos_id]:
            ids = [self.bos_id, *ids]
        return ids

    def decode(self, ids: Sequence[int], *, skip_special: bool = True) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=skip_special)

    def token_to_id(self, token: str) -> int | None:
        return self.tokenizer.token_to_id(token)

    @property
    def stop_ids(self) -> list[int]:
        ends = [self.tokenizer.token_to_id(t) for t in TEMPLATE_END_TOKENS]
        return _dedup([self.eos_id, *self._extra_stop_ids, *ends])

    def save(self, directory: str | Path) -> None:
        """Writes tokenizer.json and tokenizer_config.json; `transformers.AutoTokenizer` loads them."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with atomic_path(directory / "tokenizer.json") as tmp:
            self.tokenizer.save(str(tmp))
        config: dict[str, Any] = {"tokenizer_class": "PreTrainedTokenizerFast"}
        for name in ("bos_token", "eos_token", "pad_token"):
            if getattr(self, name) is not None:
                config[name] = getattr(self, name)
        if self.chat_template is not None:
            config["chat_template"] = self.chat_template
        write_json_atomic(directory / "tokenizer_config.json", config)


def _token_content(value: Any) -> str | None:
    """tokenizer_config.json spells a special token as "<s>" or as {"content": "<s>", ...}."""
    if isinstance(value, dict):
        return value.get("content")
    return value if isinstance(value, str) else None


def _special_tokens(directory: Path) -> dict[str, str]:
    """bos/eos/pad token strings; special_tokens_map.json overrides tokenizer_config.json as in HF."""
    found: dict[str, str] = {}
    for name in ("tokenizer_config.json", "special_tokens_map.json"):
        path = directory / name
        if not path.is_file():
            continue
        data = read_json(path)
        for key in ("bos_token", "eos_token", "pad_token"):
            token = _token_content(data.get(key))
            if token is not None:
                found[key] = token
    return found


def _chat_template(directory: Path) -> str | None:
    """tokenizer_config.json's Jinja chat_template (a string or named list), else chat_template.jinja."""
    path = directory / "tokenizer_config.json"
    template = read_json(path).get("chat_template") if path.is_file() else None
    if isinstance(template, list):  # [{"name": "default", "template": ...}, {"name": "tool_use", ...}]
        named = {t.get("name"): t.get("template") for t in template}
        template = named.get("default")
    if template is None and (directory / "chat_template.jinja").is_file():
        template = (directory / "chat_template.jinja").read_text(encoding="utf-8")
    return template


def _config_eos_ids(directory: Path) -> list[int]:
    """eos_token_id of generation_config.json then config.json; each may be an int or a list of ints."""
    ids: list[int] = []
    for name in ("generation_config.json", "config.json"):
        path = directory / name
        if not path.is_file():
            continue
        value = read_json(path).get("eos_token_id")
        ids += value if isinstance(value, list) else [value]
    return _dedup(ids)


def load_tokenizer(directory: str | Path) -> Tokenizer:
    """A saved `ByteTokenizer` or any HF tokenizer directory (tokenizer.json required)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: tokenizer directory does not exist")
    config_path = directory / "tokenizer_config.json"
    if config_path.is_file() and read_json(config_path).get(_BYTE_MARKER) == "ByteTokenizer":
        return ByteTokenizer()
    return HFTokenizer.from_dir(directory)


def train_bpe(
    texts: Iterable[str],
    vocab_size: int,
    *,
    special_tokens: Sequence[str] = ("<|bos|>", "<|eos|>", "<|pad|>"),
) -> HFTokenizer:
    """A byte-level BPE (GPT-2 style) trained on `texts`; the special tokens get ids 0..n-1.

    The first three special tokens serve as bos, eos and pad, in that order (fewer: the rest None).
    """
    minimum = 256 + len(special_tokens)
    if vocab_size < minimum:
        raise ValueError(
            f"train_bpe: vocab_size {vocab_size} < {minimum} (256 bytes + {len(special_tokens)} specials)"
        )
    tok = _RustTokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(special_tokens),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    bos, eos, pad = (list(special_tokens) + [None] * 3)[:3]
    return HFTokenizer(tok, bos_token=bos, eos_token=eos, pad_token=pad)
