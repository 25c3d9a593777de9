"""The ring as an engine of core's OpenAI-compatible server: rank 0 serves, the workers compute.

    head = launch.start_head(cfg)                       # rank 0 of a running ring
    serve(RingEngine(head, load_tokenizer(model_dir), "my-model"), port=8000)    # core.serve

prima.cpp serves its ring through `llama-server` on rank 0; this is the same idea over `core.serve`.
"""

from __future__ import annotations

from nanofrontier.core.chat import ChatTemplate
from nanofrontier.core.serve import first_row
from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.prima.ring import RingHead


class RingEngine:
    """prima's `RingHead` (rank 0 of a running ring); its workers serve in their own processes.

    `chat_template`: a built-in format ("llama3", "chatml") instead of the model's own template."""

    def __init__(self, ring_head: RingHead, tokenizer: Tokenizer, name: str, *,
                 chat_template: str | None = None) -> None:
        self.head, self.tokenizer, self.model_name = ring_head, tokenizer, name
        self.max_context = ring_head.config.max_position_embeddings
        self.chat = (ChatTemplate.builtin(chat_template) if chat_template else
                     ChatTemplate.for_tokenizer(tokenizer, model_type=ring_head.config.model_type))
        self.device = ring_head.device

    def stream(self, prompt_ids, cfg, generator):
        return first_row(self.head.stream([list(prompt_ids)], cfg, generator=generator))
