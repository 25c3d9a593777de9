"""Fine-tune a judge model on VAR-format data, the way xVerify was trained (arXiv 2504.10481).

    out = finetune_judge("Qwen2.5-0.5B-Instruct/", "var_train.jsonl", "runs/judge")
    LocalJudge(out).judge(question, llm_output, reference)

Each training example is the chat-wrapped judge prompt of `xverify.prompt` followed by the label
word ("Correct" / "Incorrect") and the template's end-of-turn token; the loss covers only those
answer tokens (labels are -100 on the prompt and on padding), as in LLaMA-Factory's supervised
fine-tuning, which xVerify used.

The recipe (`xverify_recipe`) is xVerify's: learning rate 1e-4, one epoch, cosine schedule with 10%
warmup, effective batch 8 (micro-batches of 1 with 8 accumulation steps), no weight decay. xVerify
trained LoRA adapters (rank 8 on all linear layers) in bf16; here every weight is trained in fp32,
which is affordable at the scales we run and leaves nothing to merge afterwards.

Data: one JSON object per line (or a .json file holding a list) with `question`, `llm_output`,
`correct_answer` and a label in `human_judgment_result`, else `GPT_4o_final_judgment_result`, else
`label` (VAR's gold-label rule: the human label when present).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor, nn

from nanofrontier.core.checkpoint import load_pretrained, load_weights_into, save_pretrained
from nanofrontier.core.jsonio import iter_jsonl, read_json
from nanofrontier.core.tokenizer import Tokenizer, load_tokenizer
from nanofrontier.core.train import TrainConfig, train
from nanofrontier.xverify.prompt import ChatFormat, encode_prompt, parse_judgement

log = logging.getLogger(__name__)

LABEL_FIELDS = ("human_judgment_result", "GPT_4o_final_judgment_result", "label")
TEXT_FIELDS = {"question": "question", "llm_output": "output", "correct_answer": "reference"}
_SEED_MIX = 0x9E3779B97F4A7C15  # as in core.data: distinct (seed, epoch) pairs give distinct seeds


@dataclass(frozen=True, kw_only=True)
class JudgeExample:
    question: str
    output: str
    reference: str
    label: str  # "Correct" | "Incorrect"


def example_from_record(record: object, where: str) -> JudgeExample:
    """One VAR record -> JudgeExample; `where` ("file, line 3") prefixes every error."""
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(record).__name__}")
    fields = {}
    for key, name in TEXT_FIELDS.items():
        value = record.get(key)
        if value is None:
            raise ValueError(f"{where}: missing field {key!r}")
        if isinstance(value, int | float) and not isinstance(value, bool) and key == "correct_answer":
            value = str(value)  # a numeric reference written as a JSON number
        if not isinstance(value, str):
            raise ValueError(f"{where}: field {key!r} is {type(value).__name__}, expected a string")
        fields[name] = value
    key = next((k for k in LABEL_FIELDS if record.get(k) not in (None, "")), None)
    if key is None:
        raise ValueError(f"{where}: missing label (one of {', '.join(LABEL_FIELDS)})")
    value = record[key]
    label = ("Correct" if value else "Incorrect") if isinstance(value, bool) else (
        parse_judgement(value) if isinstance(value, str) else None)
    if label is None:
        raise ValueError(f"{where}: field {key!r} is {value!r}, expected 'Correct' or 'Incorrect'")
    return JudgeExample(**fields, label=label)


def read_examples(path: str | Path) -> list[JudgeExample]:
    """VAR-format examples from a .jsonl file (blank lines skipped) or a .json list."""
    path = Path(path)
    if path.suffix == ".json":
        records = read_json(path)
        if not isinstance(records, list):
            raise ValueError(f"{path}: expected a JSON list of records, got {type(records).__name__}")
        examples = [example_from_record(r, f"{path}, item {i}") for i, r in enumerate(records)]
    else:
        examples = [example_from_record(record, f"{path}, line {lineno}") for lineno, record in iter_jsonl(path)]
    if not examples:
        raise ValueError(f"{path}: no examples")
    return examples


def encode_example(tokenizer: Tokenizer, chat: ChatFormat, example: JudgeExample, *,
                   max_tokens: int) -> tuple[list[int], int]:
    """(token ids of prompt + label + end token, prompt length), at most `max_tokens` long.

    The label is encoded apart from the prompt, so the model learns exactly the tokens it is later
    asked to produce after `encode_prompt`'s ids.
    """
    answer = [*tokenizer.encode(example.label), chat.end_id(tokenizer)]
    prompt = encode_prompt(tokenizer, chat, example.question, example.output, example.reference,
                           max_tokens=max_tokens - len(answer))
    return prompt + answer, len(prompt)


@dataclass
class ChatBatches:
    """batches(i) -> {"input_ids": [B, T], "labels": [B, T]} over variable-length chat examples.

    Micro-batch i holds examples at slots i*B .. i*B+B-1 of an endless sequence of epochs, each a
    permutation of the examples drawn from (seed, epoch): a pure function of i, as core.train wants.
    Sequences are right-padded with `pad_id`; labels are shifted (labels[t] is token t+1, the
    core.data convention) and -100 on the prompt and the padding.
    """

    sequences: list[tuple[list[int], int]]  # (ids, prompt length)
    batch_size: int
    pad_id: int
    seed: int = 0

    def __post_init__(self) -> None:
        if not self.sequences or self.batch_size < 1:
            raise ValueError(f"ChatBatches: need examples and batch_size >= 1, got {len(self.sequences)} "
                             f"and {self.batch_size}")
        self._orders: dict[int, list[int]] = {}

    def order(self, epoch: int) -> list[int]:
        if epoch not in self._orders:
            gen = torch.Generator().manual_seed((self.seed * _SEED_MIX + epoch) % 2**64)
            self._orders[epoch] = torch.randperm(len(self.sequences), generator=gen).tolist()
        return self._orders[epoch]

    def __call__(self, i: int) -> dict[str, Tensor]:
        n = len(self.sequences)
        slots = range(i * self.batch_size, (i + 1) * self.batch_size)
        chosen = [self.sequences[self.order(s // n)[s % n]] for s in slots]
        T = max(len(ids) for ids, _ in chosen) - 1
        input_ids = torch.full((len(chosen), T), self.pad_id, dtype=torch.long)
        labels = torch.full((len(chosen), T), -100, dtype=torch.long)
        for b, (ids, prompt_len) in enumerate(chosen):
            seq = torch.tensor(ids, dtype=torch.long)
            input_ids[b, :len(ids) - 1] = seq[:-1]
            labels[b, prompt_len - 1:len(ids) - 1] = seq[prompt_len:]  # the answer tokens only
        return {"input_ids": input_ids, "labels": labels}


def answer_loss(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    """Cross-entropy on the answer tokens, and how many of them the model already predicts."""
    logits = model(batch["input_ids"])  # [B, T, V]
    loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1).float(), batch["labels"].flatten(),
                                             ignore_index=-100)
    scored = batch["labels"] != -100
    accuracy = (logits.argmax(-1) == batch["labels"])[scored].float().mean()
    return loss, {"answer_acc": float(accuracy)}


def xverify_recipe(n_examples: int, *, batch_size: int = 1) -> TrainConfig:
    """xVerify's schedule for one epoch over `n_examples`: lr 1e-4, cosine to 0, 10% warmup,
    effective batch 8 (8 // batch_size accumulation steps), no weight decay, AdamW's usual betas."""
    if batch_size < 1 or 8 % batch_size:
        raise ValueError(f"xverify_recipe: batch_size must divide the effective batch 8, got {batch_size}")
    steps = max(1, math.ceil(n_examples / 8))
    return TrainConfig(max_steps=steps, lr=1e-4, min_lr_ratio=0.0, warmup_steps=math.ceil(0.1 * steps),
                       weight_decay=0.0, betas=(0.9, 0.999), grad_accum=8 // batch_size,
                       log_every=max(1, steps // 50))


def finetune_judge(model_dir: str | Path, data_path: str | Path, out_dir: str | Path, *,
                   cfg: TrainConfig | None = None, max_tokens: int = 1024, progress: bool | None = None,
                   batch_size: int = 1, template: str | None = None,
                   device: str | torch.device = "cpu") -> Path:
    """Fine-tune the HF model in `model_dir` as a judge on `data_path`; returns `out_dir`, a HF model
    directory with the tokenizer that `LocalJudge` loads (plus core.train's metrics.jsonl, run.json
    and last checkpoint). `cfg` defaults to `xverify_recipe`; `max_tokens` caps prompt + answer
    (xVerify's cutoff was 2048); `batch_size` is the micro-batch (cfg.grad_accum multiplies it).
    """
    examples = read_examples(data_path)
    tokenizer = load_tokenizer(model_dir)
    model = load_pretrained(model_dir, device=device)
    chat = ChatFormat.for_model(model.config.model_type, tokenizer, template)
    cfg = cfg or xverify_recipe(len(examples), batch_size=batch_size)
    sequences = [encode_example(tokenizer, chat, ex, max_tokens=max_tokens) for ex in examples]
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else chat.end_id(tokenizer)
    batches = ChatBatches(sequences, batch_size=batch_size, pad_id=pad, seed=cfg.seed)
    counts = {label: sum(ex.label == label for ex in examples) for label in ("Correct", "Incorrect")}
    log.info("%d examples (%s), %d optimizer steps of %d examples", len(examples), counts, cfg.max_steps,
             batch_size * cfg.grad_accum)
    for p in model.parameters():
        p.requires_grad_(True)
    stored = model.config.torch_dtype
    save_dtype = getattr(torch, stored) if stored in ("bfloat16", "float16", "float32") else None
    train(model, answer_loss, batches, cfg, out_dir=out_dir, progress=progress,
          save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=tokenizer, dtype=save_dtype),
          load_fn=load_weights_into, run_info={"data": str(data_path), "base_model": str(model_dir)})
    model.eval()
    return Path(out_dir)
