"""Prompts as the released InternVL builds them: `<image>` placeholders, the image-token splice, the chat template.

- A question about one image is `"<image>\\n" + question`; about several, `"Image-1: <image>\\nImage-2: <image>\\n"
  + question` (the model card's multi-image form).
- Each `<image>` becomes `<img>` + `<IMG_CONTEXT>` x (tokens per tile x tiles) + `</img>`; the model overwrites
  the `<IMG_CONTEXT>` embeddings with visual tokens.
- The chat template is the release's `internvl2_5` conversation: ChatML (`<|im_start|>role\\n...<|im_end|>\\n`)
  with InternVL's default system message. `chatml` is the same without a system message (the tiny word-level
  models of the reproduction, whose vocabulary has no Chinese).

    query = image_query("what colour is the square ?", n_images=2)
    text = chat_prompt(query, template="internvl2_5")
    text = expand_images(text, tiles_per_image=[7, 1], tokens_per_tile=256)
    ids = tokenizer.encode(text)
"""

from __future__ import annotations

from collections.abc import Sequence

from nanofrontier.core.chat import ChatTemplate
from nanofrontier.internvl.config import IMG_CONTEXT, IMG_END, IMG_START

IMAGE_PLACEHOLDER = "<image>"
INTERNVL_SYSTEM = ("你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的"
                   "多模态大语言模型。")
_CHATML_TURNS = ("{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
                 "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
# Jinja sources, as a tokenizer_config.json `chat_template` holds them.
TEMPLATE_SOURCES = {
    "internvl2_5": ("{% if not messages or messages[0]['role'] != 'system' %}<|im_start|>system\n"
                    + INTERNVL_SYSTEM + "<|im_end|>\n{% endif %}" + _CHATML_TURNS),
    "chatml": _CHATML_TURNS,
}
TEMPLATES = tuple(TEMPLATE_SOURCES)


def image_tokens(n_tiles: int, tokens_per_tile: int) -> str:
    """`<img>` + `<IMG_CONTEXT>` x n_tiles * tokens_per_tile + `</img>`."""
    return IMG_START + IMG_CONTEXT * (n_tiles * tokens_per_tile) + IMG_END


def image_query(question: str, n_images: int, *, labelled: bool = True) -> str:
    """The user turn with one `<image>` placeholder per image (kept as is when the question has them); several
    images are labelled "Image-k: " as the released models expect (`labelled=False`: one placeholder per line)."""
    if n_images == 0 or IMAGE_PLACEHOLDER in question:
        return question
    if n_images == 1 or not labelled:
        return f"{IMAGE_PLACEHOLDER}\n" * n_images + question
    return "".join(f"Image-{i}: {IMAGE_PLACEHOLDER}\n" for i in range(1, n_images + 1)) + question


def labels_images(template: str) -> bool:
    """Whether prompts under `template` label each of several images ("Image-k: "): the released template does;
    the tiny word-level models ("chatml") are trained on unlabelled galleries."""
    return template != "chatml"


def expand_images(text: str, tiles_per_image: Sequence[int], tokens_per_tile: int) -> str:
    """Replace the `<image>` placeholders, in order, by each image's token run."""
    pieces = text.split(IMAGE_PLACEHOLDER)
    if len(pieces) - 1 != len(tiles_per_image):
        raise ValueError(f"the prompt has {len(pieces) - 1} {IMAGE_PLACEHOLDER} placeholder(s) but "
                         f"{len(tiles_per_image)} image(s) were given")
    out = [pieces[0]]
    for tiles, rest in zip(tiles_per_image, pieces[1:], strict=True):
        out += [image_tokens(tiles, tokens_per_tile), rest]
    return "".join(out)


def chat_template(name: str) -> ChatTemplate:
    """The conversation template a config's `template` names."""
    if name not in TEMPLATE_SOURCES:
        raise ValueError(f"unknown InternVL chat template {name!r} (known: {', '.join(TEMPLATES)})")
    return ChatTemplate(TEMPLATE_SOURCES[name], name=f"InternVL template {name}")


def chat_prompt(query: str, *, template: str = "internvl2_5", system: str | None = None,
                history: Sequence[tuple[str, str]] = ()) -> str:
    """A rendered prompt that ends with the assistant's header: earlier (user, assistant) turns, then `query`."""
    messages = [{"role": "system", "content": system}] if system is not None else []
    for user, assistant in history:
        messages += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    messages.append({"role": "user", "content": query})
    return chat_template(template).render(messages)
