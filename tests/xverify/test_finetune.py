"""Judge fine-tuning: VAR data reading and errors, answer-only labels, the recipe, and a tiny run that learns."""

import json
import math

import pytest
import torch

from nanofrontier.core.tokenizer import load_tokenizer
from nanofrontier.core.train import lr_at
from nanofrontier.xverify.finetune import (
    ChatBatches,
    JudgeExample,
    encode_example,
    read_examples,
    xverify_recipe,
)
from nanofrontier.xverify.judge import LocalJudge
from nanofrontier.xverify.prompt import TRUNCATION_MARKER, ChatFormat, encode_prompt

RECORD = {"question": "What is 2 + 2?", "llm_output": "2 + 2 = 4. The answer is 4.", "correct_answer": "4",
          "human_judgment_result": "Correct"}


def write_lines(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_finetuned_judge_loss_falls_and_it_judges_its_training_examples(finetuned_judge):
    out, data = finetuned_judge
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in records]
    assert len(losses) == 100
    assert sum(losses[-10:]) / 10 < 0.2 * sum(losses[:5]) / 5
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"} <= {
        p.name for p in out.iterdir()}
    examples = read_examples(data)
    judged = LocalJudge(out).judge_batch([(e.question, e.output, e.reference) for e in examples])
    right = sum(j == e.label for j, e in zip(judged, examples, strict=True))
    assert right >= 0.9 * len(examples), judged


def test_finetuned_directory_loads_in_transformers(finetuned_judge):
    transformers = pytest.importorskip("transformers")
    out, _ = finetuned_judge
    model = transformers.AutoModelForCausalLM.from_pretrained(out)
    tok = transformers.AutoTokenizer.from_pretrained(out)
    assert type(model).__name__ == "Qwen2ForCausalLM" and tok.eos_token == "<|im_end|>"


def test_read_examples_takes_the_human_label_first(tmp_path):
    rows = [RECORD,
            {**RECORD, "human_judgment_result": "", "GPT_4o_final_judgment_result": "Incorrect"},
            {**RECORD, "human_judgment_result": "Incorrect", "GPT_4o_final_judgment_result": "Correct"},
            {k: v for k, v in RECORD.items() if k != "human_judgment_result"} | {"label": "[correct]"},
            {**RECORD, "correct_answer": 4}, ""]
    examples = read_examples(write_lines(tmp_path / "d.jsonl", rows))
    assert [e.label for e in examples] == ["Correct", "Incorrect", "Incorrect", "Correct", "Correct"]
    assert examples[4].reference == "4" and examples[0].output == RECORD["llm_output"]
    (tmp_path / "d.json").write_text(json.dumps([RECORD]))
    assert read_examples(tmp_path / "d.json") == examples[:1]


@pytest.mark.parametrize("bad, message", [
    ({k: v for k, v in RECORD.items() if k != "llm_output"}, "missing field 'llm_output'"),
    ({**RECORD, "human_judgment_result": "Maybe"}, "'human_judgment_result' is 'Maybe'"),
    ({k: v for k, v in RECORD.items() if k != "human_judgment_result"}, "missing label"),
    ({**RECORD, "question": ["a"]}, "'question' is list"),
    ("{not json", "invalid JSON"),
    ([1, 2], "expected a JSON object"),
])
def test_bad_data_line_raises_naming_file_and_line(tmp_path, bad, message):
    path = write_lines(tmp_path / "var.jsonl", [RECORD, "", bad])
    with pytest.raises(ValueError, match="var.jsonl, line 3: ") as info:
        read_examples(path)
    assert message in str(info.value)


def test_encode_example_puts_label_and_end_token_after_the_judge_prompt(qwen_judge_dir):
    tok = load_tokenizer(qwen_judge_dir)
    chat = ChatFormat.for_model("qwen2", tok)
    example = JudgeExample(question="Q?", output="The answer is 4.", reference="4", label="Incorrect")
    ids, prompt_len = encode_example(tok, chat, example, max_tokens=1024)
    assert ids[:prompt_len] == encode_prompt(tok, chat, "Q?", "The answer is 4.", "4", max_tokens=1024)
    assert ids[prompt_len:] == tok.encode("Incorrect") + [tok.token_to_id("<|im_end|>")]
    long = JudgeExample(question="Q?", output="step " * 2000 + "The answer is 4.", reference="4", label="Correct")
    ids, prompt_len = encode_example(tok, chat, long, max_tokens=400)
    assert len(ids) <= 400 and TRUNCATION_MARKER in tok.decode(ids[:prompt_len], skip_special=False)
    assert tok.decode(ids[prompt_len:], skip_special=False) == "Correct<|im_end|>"


def test_chat_batches_pad_right_shift_and_mask_everything_but_the_answer():
    sequences = [([10, 11, 12, 13, 14], 3), ([20, 21, 22], 2), ([30, 31, 32, 33], 3)]
    batches = ChatBatches(sequences, batch_size=3, pad_id=0, seed=1)
    batch = batches(0)
    by_first = {int(row[0]): (row.tolist(), lab.tolist()) for row, lab in zip(batch["input_ids"], batch["labels"],
                                                                                 strict=True)}
    assert by_first[10] == ([10, 11, 12, 13], [-100, -100, 13, 14])
    assert by_first[20] == ([20, 21, 0, 0], [-100, 22, -100, -100])
    assert by_first[30] == ([30, 31, 32, 0], [-100, -100, 33, -100])
    assert torch.equal(batches(0)["labels"], ChatBatches(sequences, batch_size=3, pad_id=0, seed=1)(0)["labels"])


def test_chat_batches_are_a_pure_function_of_i_and_cover_each_epoch_once():
    sequences = [([i, i + 100], 1) for i in range(1, 8)]
    batches = ChatBatches(sequences, batch_size=2, pad_id=0, seed=3)
    later = [batches(i)["input_ids"][:, 0].tolist() for i in (6, 0, 1, 2, 3)]
    fresh = ChatBatches(sequences, batch_size=2, pad_id=0, seed=3)
    assert [fresh(i)["input_ids"][:, 0].tolist() for i in (6, 0, 1, 2, 3)] == later
    firsts = [x for i in range(7) for x in fresh(i)["input_ids"][:, 0].tolist()]  # 14 slots = 2 epochs
    assert sorted(firsts[:7]) == sorted(firsts[7:]) == list(range(1, 8)) and firsts[:7] != firsts[7:]


def test_xverify_recipe_is_lr_1e4_cosine_warmup_10pc_effective_batch_8():
    cfg = xverify_recipe(800)
    assert (cfg.lr, cfg.max_steps, cfg.warmup_steps, cfg.grad_accum, cfg.weight_decay) == (1e-4, 100, 10, 8, 0.0)
    assert lr_at(10, cfg) == pytest.approx(1e-4) and lr_at(100, cfg) == pytest.approx(0.0, abs=1e-12)
    assert lr_at(55, cfg) == pytest.approx(0.5e-4)  # the cosine's midpoint
    assert xverify_recipe(800, batch_size=4).grad_accum == 2 and xverify_recipe(3).max_steps == 1
    with pytest.raises(ValueError, match="divide"):
        xverify_recipe(800, batch_size=3)
    assert math.isclose(lr_at(5, cfg), 0.5e-4)
