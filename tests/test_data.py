import json

import pytest
import torch

from nanofrontier.core.data import TokenBatches, eval_batches, load_texts, pack_tokens, split_tokens


def test_token_batches_are_a_pure_function_of_seed_and_index():
    tokens = torch.arange(1000)
    a, b = TokenBatches(tokens, batch_size=4, seq_len=16), TokenBatches(tokens, batch_size=4, seq_len=16)
    later_first = [b(i) for i in (7, 3, 0)][::-1]  # other order, other instance
    for got, want in zip(later_first, [a(0), a(3), a(7)], strict=True):
        assert torch.equal(got["input_ids"], want["input_ids"])
    assert not torch.equal(a(0)["input_ids"], a(1)["input_ids"])
    assert not torch.equal(a(0)["input_ids"], TokenBatches(tokens, batch_size=4, seq_len=16, seed=1)(0)["input_ids"])


def test_token_batches_labels_are_inputs_shifted_by_one():
    tokens = torch.arange(50) * 3  # token value says its position
    batch = TokenBatches(tokens, batch_size=8, seq_len=10)(5)
    assert batch["input_ids"].shape == batch["labels"].shape == (8, 10)
    assert batch["input_ids"].dtype == batch["labels"].dtype == torch.int64
    assert torch.equal(batch["labels"], batch["input_ids"] + 3)
    assert int(batch["labels"].max()) <= 49 * 3


def test_token_batches_reject_a_stream_shorter_than_seq_len_plus_one():
    TokenBatches(torch.arange(11), batch_size=2, seq_len=10)(0)  # exactly enough: one window
    with pytest.raises(ValueError, match=r"10 tokens.*seq_len \+ 1 = 11"):
        TokenBatches(torch.arange(10), batch_size=2, seq_len=10)
    with pytest.raises(ValueError, match=r"3 tokens.*= 5"):
        eval_batches(torch.arange(3), batch_size=1, seq_len=4)


def test_eval_batches_are_contiguous_non_overlapping_windows():
    batches = eval_batches(torch.arange(23), batch_size=2, seq_len=5)
    # 22 // 5 = 4 windows: inputs 0-4, 5-9, 10-14, 15-19 -> two batches of two
    assert [b["input_ids"].tolist() for b in batches] == [[list(range(0, 5)), list(range(5, 10))],
                                                          [list(range(10, 15)), list(range(15, 20))]]
    assert batches[1]["labels"][1].tolist() == list(range(16, 21))
    assert len(eval_batches(torch.arange(23), batch_size=3, seq_len=5)[-1]["input_ids"]) == 1
    assert len(eval_batches(torch.arange(23), batch_size=1, seq_len=5, max_batches=2)) == 2


def test_pack_tokens_puts_eos_between_documents_and_skips_empty_ones():
    packed = pack_tokens(iter([[1, 2], [], [3], [4, 5]]), eos_id=0)
    assert packed.dtype == torch.int64 and packed.tolist() == [1, 2, 0, 3, 0, 4, 5]
    assert pack_tokens([[1], [2]], eos_id=None).tolist() == [1, 2]
    assert pack_tokens([], eos_id=0).numel() == 0


def test_split_tokens_takes_validation_from_the_end():
    train, val = split_tokens(torch.arange(100), val_fraction=0.1)
    assert train.tolist() == list(range(90)) and val.tolist() == list(range(90, 100))
    with pytest.raises(ValueError, match="val_fraction"):
        split_tokens(torch.arange(100), val_fraction=1.0)


def test_load_texts_reads_txt_documents_separated_by_blank_lines(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("first doc\nstill first\n\n  \nsecond\n\n\n\nthird\n")
    assert load_texts(path) == ["first doc\nstill first", "second", "third"]


def test_load_texts_reads_jsonl_field(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"body": "a", "x": 1}) + "\n\n" + json.dumps({"body": "b"}) + "\n")
    assert load_texts(path, text_field="body") == ["a", "b"]


def test_load_texts_bad_jsonl_line_names_file_and_line_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "ok"}\n{"text": oops}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl, line 3: invalid JSON"):
        load_texts(path)
    path.write_text('{"text": "ok"}\n{"body": "no text"}\n')
    with pytest.raises(ValueError, match=r"line 2: no field 'text'"):
        load_texts(path)


def test_load_texts_rejects_empty_file_and_unknown_suffix(tmp_path):
    for name in ("empty.txt", "empty.jsonl"):
        (tmp_path / name).write_text("\n\n")
        with pytest.raises(ValueError, match=rf"{name}: no documents"):
            load_texts(tmp_path / name)
    (tmp_path / "c.csv").write_text("a")
    with pytest.raises(ValueError, match="'.csv'"):
        load_texts(tmp_path / "c.csv")
