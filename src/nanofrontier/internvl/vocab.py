"""The word-level tokenizer of the synthetic tasks: one id per word, InternVL's special tokens, a chat template.

It is a real `tokenizers` WordLevel model wrapped in core's `HFTokenizer`, so it saves as tokenizer.json +
tokenizer_config.json (with the chat template) and `core.tokenizer.load_tokenizer` reads it back.

    tok = word_tokenizer()
    tok.encode("<|im_start|>user\\nwhat colour is the circle ?<|im_end|>")
    tok.token_to_id("<IMG_CONTEXT>")
"""

from __future__ import annotations

from tokenizers import Tokenizer, decoders, models, pre_tokenizers

from nanofrontier.core.tokenizer import HFTokenizer
from nanofrontier.internvl.config import IMG_CONTEXT, IMG_END, IMG_START
from nanofrontier.internvl.prompt import TEMPLATE_SOURCES
from nanofrontier.internvl.tasks import vocabulary

PAD, UNK, IM_START, IM_END = "<pad>", "<unk>", "<|im_start|>", "<|im_end|>"
SPECIALS = (PAD, UNK, IM_START, IM_END, IMG_START, IMG_END, IMG_CONTEXT)


def word_tokenizer(words: list[str] | None = None, *, template: str = "chatml") -> HFTokenizer:
    """Specials first (ids 0..6), then the task vocabulary; eos is `<|im_end|>`, pad is `<pad>`."""
    words = vocabulary() if words is None else words
    vocab = {tok: i for i, tok in enumerate([*SPECIALS, *words])}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token=UNK))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.decoder = decoders.WordPiece(prefix="##", cleanup=False)  # words joined by spaces
    tok.add_special_tokens(list(SPECIALS))
    return HFTokenizer(tok, eos_token=IM_END, pad_token=PAD, chat_template=TEMPLATE_SOURCES[template])
