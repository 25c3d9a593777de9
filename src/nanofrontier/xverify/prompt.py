"""The xVerify judge prompt: one user turn asking for [Correct] or [Incorrect], and its reply parser.

The structure is xVerify's (arXiv 2504.10481; `judge_prompt.py` in IAAR-Shanghai/xVerify): a role
line, four rules, then the fields `Question: \"\"\"...\"\"\"`, `Output sentence: \"\"\"...\"\"\"`,
`Correct answer: ...`, ending with `Judgement:`. The wording here is our own.

    text = build_prompt("What is 2+2?", "... so the answer is 4.", "4")
    parse_judgement(" [Correct] ")                       # "Correct"; anything unexpected gives None
    chat = ChatFormat.for_model("qwen2", tokenizer)      # the model's own chat template (Qwen2.5's ChatML)
    ids = encode_prompt(tokenizer, chat, question, output, reference, max_tokens=2048)

Reasoning outputs can be far longer than a judge's context; `encode_prompt` cuts the middle of the
output (keeping its head and, mostly, its tail, where the final answer is) until the whole chat prompt
fits. xVerify itself trained with a 2048-token cutoff.
"""

from __future__ import annotations

import re

from nanofrontier.core.chat import QWEN25_DEFAULT_SYSTEM, ChatTemplate
from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.xverify.verdict import CORRECT, INCORRECT

ROLE_AND_RULES = """\
You will be given a question, an output sentence written in reply to it, and the correct answer. \
Decide whether the output sentence answers the question correctly, and reply with [Correct] or \
[Incorrect] only.
Judge by these rules:
1. If the output sentence gives more than one answer, a later answer replaces an earlier one; judge \
the final answer alone, and if the final answer is unclear or wrong, reply [Incorrect].
2. A mathematical answer counts as correct when it is mathematically equivalent to the correct \
answer, whatever its notation or format.
3. When the question lists options, either the option's code or the option's content is an \
acceptable answer.
4. When the question lists no options, the final answer must match the correct answer in content \
and meaning."""

TRUNCATION_MARKER = "\n[... the middle of the output is omitted ...]\n"
HEAD_SHARE = 0.25  # of a truncated output's kept tokens; the rest is its tail, which holds the answer
MIN_OUTPUT_TOKENS = 64  # the question is cut too before the output gets fewer tokens than this
# What each chat format closes an assistant turn with (the token a fine-tuned judge ends on).
END_TOKENS = {"chatml": "<|im_end|>", "llama3": "<|eot_id|>"}

_PUNCTUATION = re.compile(r"[^\w\s]")


def build_prompt(question: str, output: str, reference: str) -> str:
    """The judge's user turn for one (question, model output, reference answer) triple."""
    return (f'{ROLE_AND_RULES}\n\nQuestion: """{question}"""\n\nOutput sentence: """{output}"""\n\n'
            f"Correct answer: {reference}\n\nJudgement:")


def parse_judgement(reply: str) -> str | None:
    """"Correct" / "Incorrect" from a judge's reply, else None (xVerify counts such replies invalid).

    Brackets and punctuation are dropped and case ignored ("[Correct]", "Incorrect." are fine), but
    the reply must be that one word: "The answer is correct" is invalid, as in xVerify's evaluator.
    """
    word = " ".join(_PUNCTUATION.sub("", reply).split()).lower()
    return {"correct": CORRECT, "incorrect": INCORRECT}.get(word)


def truncate_middle(text: str, limit: int, tokenizer: Tokenizer | None = None) -> str:
    """`text` cut to at most `limit` tokens (characters without a tokenizer), marker included, by
    dropping its middle: a quarter of what is kept comes from the head, the rest from the tail."""
    encode = tokenizer.encode if tokenizer is not None else list
    pieces = encode(text)
    if len(pieces) <= limit:
        return text
    keep = max(0, limit - len(encode(TRUNCATION_MARKER)))
    head = int(keep * HEAD_SHARE)
    tail = keep - head
    if tokenizer is None:
        return text[:head] + TRUNCATION_MARKER + (text[-tail:] if tail else "")
    # a cut inside a multi-byte character decodes to U+FFFD; the judge still reads the rest
    return (tokenizer.decode(pieces[:head], skip_special=False) + TRUNCATION_MARKER
            + (tokenizer.decode(pieces[-tail:], skip_special=False) if tail else ""))


class ChatFormat:
    """How the judge's user turn is wrapped for a model: its chat template and the token that ends a turn."""

    def __init__(self, template: ChatTemplate) -> None:
        self.template = template

    @classmethod
    def for_model(cls, model_type: str, tokenizer: Tokenizer, template: str | None = None) -> ChatFormat:
        """The tokenizer's own Jinja template (as transformers renders it), unless `template` names a
        built-in ("chatml", "llama3"); without one, the built-in of the model_type (qwen2: ChatML with
        Qwen2.5's default system message, since the released xVerify-0.5B-I is a Qwen2.5-0.5B-Instruct
        fine-tune; llama: Llama 3)."""
        if template is not None:
            return cls(ChatTemplate.builtin(template, default_system=QWEN25_DEFAULT_SYSTEM if template == "chatml"
                                            and model_type == "qwen2" else None))
        chat = ChatTemplate.for_tokenizer(tokenizer, model_type=model_type)
        if chat is None:
            raise ValueError(f"no chat template for model_type {model_type!r}: the tokenizer has none; pass "
                             f"template= (one of {sorted(END_TOKENS)})")
        return cls(chat)

    def render(self, user: str) -> str:
        """The prompt string of one user turn, up to and including the assistant's header."""
        return self.template.render([{"role": "user", "content": user}])

    def end_id(self, tokenizer: Tokenizer) -> int:
        """The id that closes an assistant turn: the template's end token (<|im_end|>, <|eot_id|>) when the
        template writes one, else the tokenizer's eos."""
        for token in END_TOKENS.values():
            end = tokenizer.token_to_id(token)
            if end is not None and token in self.template.source:
                return end
        if tokenizer.eos_id is None:
            raise ValueError(f"the tokenizer has none of {sorted(END_TOKENS.values())} and no eos token")
        return tokenizer.eos_id


def encode_prompt(tokenizer: Tokenizer, chat: ChatFormat, question: str, output: str, reference: str,
                  *, max_tokens: int) -> list[int]:
    """Token ids of the chat-wrapped judge prompt, at most `max_tokens` long.

    When too long, the output's middle is cut; if that would leave the output fewer than
    MIN_OUTPUT_TOKENS, the question's middle is cut as well. Token counts are not exactly additive
    across a cut, so the fit is re-checked on the final string.
    """
    def encode(q: str, o: str) -> list[int]:
        return tokenizer.encode(chat.render(build_prompt(q, o, reference)))

    ids = encode(question, output)
    if len(ids) <= max_tokens:
        return ids
    output_tokens = len(tokenizer.encode(output))
    floor = min(MIN_OUTPUT_TOKENS, output_tokens)
    budget = max_tokens - len(encode(question, ""))
    if budget < floor:  # the question alone nearly fills the window
        question = truncate_middle(question, len(tokenizer.encode(question)) - (floor - budget), tokenizer)
        budget = max_tokens - len(encode(question, ""))
    for _ in range(8):
        if budget <= 0:
            break
        ids = encode(question, truncate_middle(output, budget, tokenizer))
        if len(ids) <= max_tokens:
            return ids
        budget -= len(ids) - max_tokens
    raise ValueError(f"the judge prompt cannot fit in {max_tokens} tokens: the reference answer and the "
                     "prompt's fixed text alone are longer")
