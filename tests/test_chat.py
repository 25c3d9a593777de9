"""Chat prompts (core/chat.py): the model's own Jinja template rendered as transformers renders it.

The templates under tests/data are the `chat_template` of released tokenizer_config.json files: Meta's
Llama 3 and Llama 3.1 Instruct, and Qwen2.5-Instruct (whose default system message is added when the
conversation has none)."""

from pathlib import Path

import pytest

from nanofrontier.core.chat import QWEN25_DEFAULT_SYSTEM, ChatTemplate, ChatTemplateError, format_chat
from nanofrontier.core.tokenizer import ByteTokenizer, HFTokenizer

DATA = Path(__file__).resolve().parent / "data"
LLAMA3 = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}"
    "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'"
    "+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}"
    "{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)  # Meta-Llama-3-8B-Instruct's, verbatim
TEMPLATES = {"llama3": LLAMA3, "llama3.1": (DATA / "llama31_chat_template.jinja").read_text(),
             "qwen2.5": (DATA / "qwen25_chat_template.jinja").read_text()}
MESSAGES = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "  What is 2+2?\n"},
    {"role": "assistant", "content": "4"},
    {"role": "user", "content": "And 3+3? 中文 🙂"},
]
CONVERSATIONS = {"with system": MESSAGES, "no system": MESSAGES[1:], "one turn": MESSAGES[1:2]}


def _tokenizer(template: str) -> HFTokenizer:
    rust = ByteTokenizer().to_hf().tokenizer
    return HFTokenizer(rust, bos_token="<|bos|>", eos_token="<|eos|>", chat_template=template)


@pytest.mark.parity
@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("conversation", sorted(CONVERSATIONS))
@pytest.mark.parametrize("generation_prompt", [True, False])
def test_rendering_equals_transformers_apply_chat_template(name, conversation, generation_prompt):
    transformers = pytest.importorskip("transformers")
    ours = _tokenizer(TEMPLATES[name])
    ref = transformers.PreTrainedTokenizerFast(tokenizer_object=ours.tokenizer, bos_token="<|bos|>",
                                               eos_token="<|eos|>", chat_template=TEMPLATES[name])
    messages = CONVERSATIONS[conversation]
    want = ref.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation_prompt)
    got = ChatTemplate.for_tokenizer(ours).render(messages, add_generation_prompt=generation_prompt)
    assert got == want


def test_system_prompt_defaults_of_the_released_templates():
    user = [{"role": "user", "content": "hi"}]
    qwen = ChatTemplate.for_tokenizer(_tokenizer(TEMPLATES["qwen2.5"])).render(user)
    assert qwen.startswith(f"<|im_start|>system\n{QWEN25_DEFAULT_SYSTEM}<|im_end|>\n")
    llama31 = ChatTemplate.for_tokenizer(_tokenizer(TEMPLATES["llama3.1"])).render(user)
    assert llama31.startswith("<|bos|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: "
                              "December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>")
    dated = ChatTemplate.for_tokenizer(_tokenizer(TEMPLATES["llama3.1"])).render(user, date_string="1 Jan 2026")
    assert "Today Date: 1 Jan 2026" in dated


def test_without_a_template_the_model_type_picks_a_builtin():
    plain = HFTokenizer(ByteTokenizer().to_hf().tokenizer)
    assert ChatTemplate.for_tokenizer(plain, model_type="llama").name == "built-in llama3"
    qwen = ChatTemplate.for_tokenizer(plain, model_type="qwen2")
    assert qwen.render([{"role": "user", "content": "hi"}]).startswith(f"<|im_start|>system\n{QWEN25_DEFAULT_SYSTEM}")
    assert ChatTemplate.for_tokenizer(plain, model_type="mistral") is None
    assert ChatTemplate.for_tokenizer(plain, model_type="mistral", fallback="chatml").name == "built-in chatml"


def test_builtin_formats_match_the_released_templates_they_stand_for():
    for builtin, released, kwargs in [("llama3", "llama3", {}), ("chatml", "qwen2.5",
                                                                {"default_system": QWEN25_DEFAULT_SYSTEM})]:
        model = ChatTemplate.for_tokenizer(_tokenizer(TEMPLATES[released]))
        for messages in CONVERSATIONS.values():
            want = model.render(messages).replace("<|bos|>", "<|begin_of_text|>")
            assert format_chat(messages, template=builtin, **kwargs) == want, (builtin, messages)


def test_bad_templates_and_messages_are_named():
    with pytest.raises(ChatTemplateError, match="does not compile"):
        ChatTemplate("{% for m in messages %}")
    with pytest.raises(ChatTemplateError, match="unknown built-in chat template 'vicuna'"):
        format_chat(MESSAGES, template="vicuna")
    with pytest.raises(ValueError, match=r"messages\[0\] must be an object with a string 'role'"):
        format_chat([{"content": "x"}], template="llama3")
    with pytest.raises(ValueError, match=r"messages\[1\] needs a 'content'"):
        format_chat([MESSAGES[0], {"role": "user"}], template="llama3")
    strict = ChatTemplate("{{ raise_exception('only user turns') }}", name="strict")
    with pytest.raises(ChatTemplateError, match="strict: only user turns"):
        strict.render(MESSAGES)


def test_the_sandbox_keeps_a_template_away_from_python_internals():
    evil = ChatTemplate("{{ messages.__class__.__mro__ }}", name="evil")
    with pytest.raises(ChatTemplateError):
        evil.render(MESSAGES)
