"""The xVerify judge prompt: one user turn asking for [Correct] or [Incorrect], and its reply parser.

The structure is xVerify's (arXiv 2504.10481; `judge_prompt.py` in IAAR-Shanghai/xVerify): a role
line, four rules, then the fields `Question: \"\"\"...\"\"\"`, `Output sentence: \"\"\"...\"\"\"`,
`Correct answer: ...`, ending with `Judgement:`. The wording here is our own.

    text = build_prompt("What is 2+2?", "... so the answer is 4.", "4")
    parse_judgement(" [Correct] ")                       # "Correct"; anything unexpected gives None
    chat = ChatFormat.for_model("qwen2", tokenizer)      # the ChatML turn Qwen2.5-Instruct expects
    ids = encode_prompt(tokenizer, chat, question, output, reference, max_tokens=2048)

Reasoning outputs can be far longer than a judge's context; `encode_prompt` cuts the middle of the
output (keeping its head and, mostly, its tail, where the final answer is) until the whole chat prompt
fits. xVerify itself trained with a 2048-token cutoff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nanofrontier.core.tokenizer import QWEN25_DEFAULT_SYSTEM, Tokenizer, format_chat
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
# What each chat template closes an assistant turn with (the token a fine-tuned judge ends on).
END_TOKENS = {"chatml": "<|im_end|>", "llama3": "<|eot_id|>"}
TEMPLATE_OF_MODEL = {"qwen2": "chatml", "llama": "llama3"}

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


@dataclass(frozen=True)
class ChatFormat:
    """How the judge's user turn is wrapped for a model: the chat template and its system message."""

    template: str  # "chatml" | "llama3" (core.tokenizer.format_chat)
    system: str | None = None  # prepended when the template adds a default system message

    @classmethod
    def for_model(cls, model_type: str, tokenizer: Tokenizer, template: str | None = None) -> ChatFormat:
        """ChatML for qwen2, Llama 3 for llama, unless `template` says otherwise. ChatML gets the
        default system message that the tokenizer's own Jinja template adds (Qwen2.5: "You are Qwen,
        ..."; Qwen2: "You are a helpful assistant."); with no Jinja template, Qwen2.5's, since the
        released xVerify-0.5B-I is a Qwen2.5-0.5B-Instruct fine-tune."""
        if template is None:
            if model_type not in TEMPLATE_OF_MODEL:
                raise ValueError(f"no chat template known for model_type {model_type!r}; pass template= "
                                 f"(one of {sorted(END_TOKENS)})")
            template = TEMPLATE_OF_MODEL[model_type]
        if template not in END_TOKENS:
            raise ValueError(f"unknown chat template {template!r}; expected one of {sorted(END_TOKENS)}")
        if template != "chatml":
            return cls(template)
        jinja = getattr(tokenizer, "chat_template", None)
        if jinja is None or QWEN25_DEFAULT_SYSTEM in jinja:
            return cls(template, QWEN25_DEFAULT_SYSTEM)
        qwen2_system = "You are a helpful assistant."
        return cls(template, qwen2_system if qwen2_system in jinja else None)

    def render(self, user: str) -> str:
        """The prompt string of one user turn, up to and including the assistant's header."""
        return format_chat([{"role": "user", "content": user}], template=self.template,
                           default_system=self.system)

    def end_id(self, tokenizer: Tokenizer) -> int:
        """The id that closes an assistant turn: the template's end token, else the tokenizer's eos."""
        end = tokenizer.token_to_id(END_TOKENS[self.template])
        end = end if end is not None else tokenizer.eos_id
        if end is None:
            raise ValueError(f"the tokenizer has neither {END_TOKENS[self.template]} nor an eos token")
        return end


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
