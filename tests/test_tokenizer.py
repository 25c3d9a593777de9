"""nanofrontier.core.tokenizer: byte and BPE tokenizers, save/load, transformers parity (chat: test_chat.py)."""

import json

import pytest
from tokenizers import Tokenizer as RustTokenizer
from tokenizers import processors

from nanofrontier.core.tokenizer import ByteTokenizer, HFTokenizer, load_tokenizer, train_bpe

SAMPLES = [
    "Hello, world!",
    "  leading spaces and\ttabs\nnewlines  ",
    "中文分词测试，标点。",
    "emoji 🙂🚀 and ZWJ 👩‍💻, combining é, RTL שלום",
    "",
]

CORPUS = [
    "The quick brown fox jumps over the lazy dog. " * 3,
    "A tokenizer turns text into integers and the integers back into text.",
    "Byte pair encoding merges the most frequent pair of symbols, again and again.",
    "the the the then there their these those this that",
    "中文也可以被字节级的 BPE 编码。",
] * 20

# Meta-Llama-3-8B-Instruct's tokenizer_config.json chat_template, verbatim.
LLAMA3_JINJA = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}"
    "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'"
    "+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}"
    "{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)

# The generic ChatML template (no default system message).
CHATML_JINJA = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] "
    "+ '<|im_end|>' + '\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


@pytest.fixture(scope="module")
def bpe():
    return train_bpe(CORPUS, vocab_size=400)


def test_byte_tokenizer_round_trips_unicode():
    tok = ByteTokenizer()
    for text in SAMPLES:
        ids = tok.encode(text)
        assert ids == list(text.encode("utf-8"))
        assert tok.decode(ids) == text
    assert tok.encode("hi", add_bos=True) == [256, 104, 105]
    assert (tok.vocab_size, tok.bos_id, tok.eos_id, tok.pad_id, tok.stop_ids) == (259, 256, 257, 258, [257])


def test_byte_tokenizer_decode_replaces_invalid_utf8_and_skips_specials():
    tok = ByteTokenizer()
    assert tok.decode([104, 0xFF, 105]) == "h\ufffdi"
    assert tok.decode([256, 104, 105, 257, 258]) == "hi"
    assert tok.decode([256, 104, 105, 257], skip_special=False) == "<|bos|>hi<|eos|>"
    with pytest.raises(ValueError, match="259"):
        tok.decode([259])


def test_byte_tokenizer_save_load_round_trip_and_matches_its_hf_form(tmp_path):
    tok = ByteTokenizer()
    tok.save(tmp_path)
    loaded = load_tokenizer(tmp_path)
    assert isinstance(loaded, ByteTokenizer)
    hf = HFTokenizer.from_dir(tmp_path)  # the saved tokenizer.json is a real one with the same ids
    for text in SAMPLES:
        assert loaded.encode(text) == hf.encode(text) == tok.encode(text)
    for ids in ([104, 0xFF, 105], [0xF0, 0x9F, 0x99], [256, 104, 257]):
        assert hf.decode(ids) == tok.decode(ids)
        assert hf.decode(ids, skip_special=False) == tok.decode(ids, skip_special=False)
    assert (hf.vocab_size, hf.bos_id, hf.eos_id, hf.pad_id) == (259, 256, 257, 258)
    assert hf.token_to_id("Ġ") == tok.token_to_id("Ġ") == 32


def test_train_bpe_compresses_and_decodes_exactly(bpe):
    text = "The quick brown fox jumps over the lazy dog. Byte pair encoding merges the most frequent pair."
    ids = bpe.encode(text)
    assert len(ids) < len(text.encode("utf-8")) // 2
    assert bpe.vocab_size == 400
    for sample in [text, *SAMPLES]:  # unseen characters still round-trip through the byte alphabet
        assert bpe.decode(bpe.encode(sample)) == sample


def test_train_bpe_gives_special_tokens_the_first_ids(bpe):
    assert [bpe.token_to_id(t) for t in ("<|bos|>", "<|eos|>", "<|pad|>")] == [0, 1, 2]
    assert (bpe.bos_id, bpe.eos_id, bpe.pad_id, bpe.stop_ids) == (0, 1, 2, [1])
    custom = train_bpe(CORPUS[:5], 300, special_tokens=("<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>"))
    assert [custom.token_to_id(t) for t in ("<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>")] == [
        0,
        1,
        2,
    ]
    assert custom.stop_ids == [1, 2]  # <|eot_id|> ends a chat turn
    assert custom.encode("hi", add_bos=True)[0] == 0
    assert custom.decode([0, *custom.encode("hi"), 1]) == "hi"
    with pytest.raises(ValueError, match="vocab_size 100"):
        train_bpe(CORPUS, 100)


def test_hf_tokenizer_save_load_round_trip(bpe, tmp_path):
    bpe.chat_template = CHATML_JINJA
    bpe.save(tmp_path / "tok")
    loaded = load_tokenizer(tmp_path / "tok")
    assert isinstance(loaded, HFTokenizer)
    assert loaded.chat_template == CHATML_JINJA
    assert (loaded.vocab_size, loaded.bos_id, loaded.eos_id, loaded.pad_id) == (400, 0, 1, 2)
    for text in SAMPLES + CORPUS[:5]:
        assert loaded.encode(text, add_bos=True) == bpe.encode(text, add_bos=True)
    bpe.chat_template = None


def _llama_like_dir(path):
    """A Llama-3-shaped directory: a bos-adding post-processor, dict-spelled tokens, list eos ids."""
    base = train_bpe(CORPUS[:5], 300, special_tokens=("<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>"))
    rust: RustTokenizer = base.tokenizer
    rust.post_processor = processors.TemplateProcessing(
        single="<|begin_of_text|> $A", special_tokens=[("<|begin_of_text|>", 0)]
    )
    path.mkdir()
    rust.save(str(path / "tokenizer.json"))
    bos = {"__type": "AddedToken", "content": "<|begin_of_text|>", "lstrip": False, "rstrip": False}
    config = {"bos_token": bos, "eos_token": "<|eot_id|>"}
    (path / "tokenizer_config.json").write_text(json.dumps({**config, "chat_template": LLAMA3_JINJA}))
    (path / "special_tokens_map.json").write_text(json.dumps({"eos_token": {"content": "<|end_of_text|>"}}))
    (path / "generation_config.json").write_text(json.dumps({"eos_token_id": [1, 2]}))
    (path / "config.json").write_text(json.dumps({"eos_token_id": 1}))
    return path


def test_hf_tokenizer_reads_llama_style_config_and_adds_bos_once(tmp_path):
    tok = HFTokenizer.from_dir(_llama_like_dir(tmp_path / "llama"))
    assert (tok.bos_id, tok.eos_id, tok.pad_id) == (0, 1, None)  # special_tokens_map.json overrides
    assert tok.stop_ids == [1, 2]
    assert tok.chat_template == LLAMA3_JINJA
    plain = tok.encode("hello there")
    assert plain[0] != 0
    assert tok.encode("hello there", add_bos=True) == [0, *plain]


def test_transformers_autotokenizer_loads_saved_dir_and_encodes_identically(bpe, tmp_path):
    transformers = pytest.importorskip("transformers")
    bpe.save(tmp_path / "bpe")
    ByteTokenizer().save(tmp_path / "byte")
    for name, ours in [("bpe", bpe), ("byte", ByteTokenizer())]:
        ref = transformers.AutoTokenizer.from_pretrained(str(tmp_path / name))
        assert (ref.bos_token_id, ref.eos_token_id, ref.pad_token_id) == (
            ours.bos_id,
            ours.eos_id,
            ours.pad_id,
        )
        for text in SAMPLES + CORPUS[:5]:
            ids = ours.encode(text)
            assert ref(text, add_special_tokens=False)["input_ids"] == ids, (name, text)
            assert ref.decode(ids) == ours.decode(ids)
    llama = HFTokenizer.from_dir(_llama_like_dir(tmp_path / "llama"))
    ref = transformers.AutoTokenizer.from_pretrained(str(tmp_path / "llama"))
    for text in SAMPLES:
        assert ref(text)["input_ids"] == llama.encode(text, add_bos=True)


def test_load_tokenizer_missing_dir_or_file_names_the_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(FileNotFoundError, match="nope"):
        load_tokenizer(missing)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match=r"empty/tokenizer\.json"):
        load_tokenizer(tmp_path / "empty")


def test_load_tokenizer_corrupt_json_names_the_file(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "tokenizer.json").write_text('{"version": "1.0", "model": ')
    with pytest.raises(ValueError, match=r"bad/tokenizer\.json: not valid JSON"):
        load_tokenizer(bad)
    (bad / "tokenizer.json").write_text('{"version": "1.0", "model": {"type": "nonsense"}}')
    with pytest.raises(ValueError, match=r"bad/tokenizer\.json: not a tokenizers tokenizer\.json"):
        load_tokenizer(bad)
    ByteTokenizer().to_hf().tokenizer.save(str(bad / "tokenizer.json"))
    (bad / "tokenizer_config.json").write_text("{bos_token: <s>}")
    with pytest.raises(ValueError, match=r"bad/tokenizer_config\.json: not valid JSON"):
        load_tokenizer(bad)
