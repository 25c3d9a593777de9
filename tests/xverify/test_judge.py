"""The judge prompt and parser, LocalJudge on tiny Qwen2.5-layout checkpoints, OpenAIJudge on a stub server."""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from tokenizers import Tokenizer, models

from nanofrontier.core.chat import QWEN25_DEFAULT_SYSTEM, format_chat
from nanofrontier.core.tokenizer import HFTokenizer, load_tokenizer
from nanofrontier.xverify.judge import JudgeError, LocalJudge, OpenAIJudge
from nanofrontier.xverify.prompt import (
    TRUNCATION_MARKER,
    ChatFormat,
    build_prompt,
    encode_prompt,
    parse_judgement,
    truncate_middle,
)

Q, OUT, REF = "What is 3 + 4?", "Adding 3 and 4 carefully gives 7. The answer is 7.", "7"


# ---- prompt ----------------------------------------------------------------------------------------


def test_build_prompt_has_role_line_four_rules_and_fields_in_xverify_order():
    text = build_prompt("Q?", "long reasoning", "42")
    role = text.splitlines()[0]
    assert "[Correct]" in role and "[Incorrect]" in role
    rules = [text.index(f"\n{i}. ") for i in range(1, 5)]
    fields = [text.index('Question: """Q?"""'), text.index('Output sentence: """long reasoning"""'),
              text.index("Correct answer: 42")]
    assert rules == sorted(rules) and fields == sorted(fields) and rules[-1] < fields[0]
    assert text.endswith("Judgement:")
    assert "later" in text and "equivalent" in text and "option" in text and "meaning" in text


@pytest.mark.parametrize("reply, expected", [
    ("Correct", "Correct"), (" [Correct] ", "Correct"), ("incorrect.", "Incorrect"), ("**Incorrect**", "Incorrect"),
    ("INCORRECT\n", "Incorrect"), ("The answer is correct", None), ("Correct Incorrect", None), ("", None),
    ("Corr", None), ("yes", None),
])
def test_parse_judgement_accepts_the_label_word_alone(reply, expected):
    assert parse_judgement(reply) == expected


def test_truncate_middle_by_characters_keeps_head_and_tail():
    text = "HEAD " + "x" * 500 + " the answer is 42"
    cut = truncate_middle(text, 120)
    assert len(cut) <= 120 and TRUNCATION_MARKER in cut
    assert cut.startswith("HEAD") and cut.endswith("the answer is 42")
    assert truncate_middle("short", 120) == "short"


def test_chat_format_renders_the_tokenizers_own_template_else_a_builtin(qwen25_jinja):
    user = build_prompt(Q, OUT, REF)
    tok = HFTokenizer(Tokenizer(models.BPE()), chat_template=qwen25_jinja)
    assert ChatFormat.for_model("qwen2", tok).render(user) == format_chat(
        [{"role": "user", "content": user}], template="chatml", default_system=QWEN25_DEFAULT_SYSTEM)
    tok.chat_template = "{% for m in messages %}{{'[' + m['role'] + ']' + m['content'] }}{% endfor %}"
    assert ChatFormat.for_model("qwen2", tok).render("hi") == "[user]hi"  # the model's template wins
    tok.chat_template = None
    assert ChatFormat.for_model("llama", tok).template.name == "built-in llama3"
    assert ChatFormat.for_model("mistral", tok, template="chatml").template.name == "built-in chatml"
    with pytest.raises(ValueError, match="mistral"):
        ChatFormat.for_model("mistral", tok)


# ---- LocalJudge ------------------------------------------------------------------------------------


def test_local_judge_feeds_the_chatml_prompt_that_transformers_renders(qwen_judge_dir, monkeypatch):
    transformers = pytest.importorskip("transformers")
    judge = LocalJudge(qwen_judge_dir)
    fed = []
    forward = judge.model.forward
    monkeypatch.setattr(judge.model, "forward", lambda ids, **kw: fed.append(ids) or forward(ids, **kw))
    judge.judge(Q, OUT, REF)
    messages = [{"role": "user", "content": build_prompt(Q, OUT, REF)}]
    ref_tok = transformers.AutoTokenizer.from_pretrained(qwen_judge_dir)
    text = ref_tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert text == format_chat(messages, template="chatml", default_system=QWEN25_DEFAULT_SYSTEM)
    assert text.startswith("<|im_start|>system\nYou are Qwen") and text.endswith("<|im_start|>assistant\n")
    assert fed[0][0].tolist() == ref_tok(text, add_special_tokens=False)["input_ids"]
    assert judge.sample.temperature == 0 and judge.sample.max_new_tokens == 8
    assert ref_tok.convert_tokens_to_ids("<|im_end|>") in judge.sample.stop_ids


def test_long_output_is_cut_in_the_middle_to_fit_max_prompt_tokens(qwen_judge_dir):
    judge = LocalJudge(qwen_judge_dir, max_prompt_tokens=330)
    output = "First I restate the problem. " + "Then I add more numbers. " * 300 + "The answer is 42."
    ids = judge.prompt_ids(Q, output, "42")
    assert 320 <= len(ids) <= 330  # cut to the budget, not far below it
    text = judge.tokenizer.decode(ids, skip_special=False)
    assert TRUNCATION_MARKER in text and "First I restate" in text
    assert 'The answer is 42."""\n\nCorrect answer: 42\n\nJudgement:<|im_end|>\n<|im_start|>assistant\n' in text


def test_long_question_is_cut_too_so_the_output_keeps_its_floor(qwen_judge_dir):
    tok = load_tokenizer(qwen_judge_dir)
    chat = ChatFormat.for_model("qwen2", tok)
    question = "Consider the following long story. " * 200 + "What is 3 + 4?"
    ids = encode_prompt(tok, chat, question, OUT, REF, max_tokens=330)
    text = tok.decode(ids, skip_special=False)
    assert len(ids) <= 330 and TRUNCATION_MARKER in text and f'"""{OUT}"""' in text
    with pytest.raises(ValueError, match="cannot fit in 330 tokens"):
        encode_prompt(tok, chat, Q, OUT, "7 " * 400, max_tokens=330)


def test_finetuned_local_judge_replies_with_the_label_and_stops(finetuned_judge, synthetic):
    out, _ = finetuned_judge
    judge = LocalJudge(out)
    correct, incorrect = synthetic[0], synthetic[1]
    assert judge.replies([(correct["question"], correct["llm_output"], correct["correct_answer"])]) == ["Correct"]
    assert judge.judge(incorrect["question"], incorrect["llm_output"], incorrect["correct_answer"]) == "Incorrect"


def test_judge_batch_left_padding_gives_the_single_prompt_replies(finetuned_judge, synthetic):
    judge = LocalJudge(finetuned_judge[0], batch_size=3)
    items = [(r["question"], r["llm_output"] + " Really." * k, r["correct_answer"])
             for k, r in enumerate(synthetic[:6])]
    assert len({len(judge.prompt_ids(*it)) for it in items}) > 1
    assert judge.replies(items) == [judge.replies([it])[0] for it in items]
    assert judge.judge_batch(items) == [parse_judgement(r) for r in judge.replies(items)]


def test_random_model_reply_that_is_no_label_is_invalid(qwen_judge_dir):
    judge = LocalJudge(qwen_judge_dir)
    (reply,) = judge.replies([(Q, OUT, REF)])
    assert parse_judgement(reply) is None and judge.judge(Q, OUT, REF) is None


# ---- OpenAIJudge -----------------------------------------------------------------------------------


class Stub:
    """A chat-completions server on 127.0.0.1: answers from `replies` in turn, records requests."""

    def __init__(self):
        self.requests, self.replies = [], []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
                status, payload = stub.replies.pop(0)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()


def completion(text):
    return 200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}


@pytest.fixture
def stub():
    s = Stub()
    yield s
    s.server.shutdown()
    s.server.server_close()


def test_openai_judge_posts_the_xverify_request_and_parses_the_reply(stub):
    stub.replies = [completion("[Correct]"), completion(" incorrect ")]
    judge = OpenAIJudge(stub.url, model="xVerify-0.5B-I", api_key="k123")
    assert judge.judge(Q, OUT, REF) == "Correct"
    req = stub.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"]["Authorization"] == "Bearer k123"
    messages = [{"role": "user", "content": build_prompt(Q, OUT, REF)}]
    assert req["body"] == {"model": "xVerify-0.5B-I", "messages": messages, "temperature": 0.1, "top_p": 0.7,
                           "max_tokens": 8}
    assert OpenAIJudge(stub.url + "/v1/", temperature=0.0).judge(Q, OUT, REF) == "Incorrect"
    assert stub.requests[1]["path"] == "/v1/chat/completions" and stub.requests[1]["body"]["temperature"] == 0.0


def test_openai_judge_retries_a_server_error_then_succeeds(stub):
    stub.replies = [(500, b"overloaded"), (503, b"busy"), completion("Correct")]
    assert OpenAIJudge(stub.url, retries=2, backoff=0.0).judge(Q, OUT, REF) == "Correct"
    assert len(stub.requests) == 3


def test_openai_judge_error_names_url_and_status_after_retries(stub):
    stub.replies = [(500, b"boom"), (500, b"boom")]
    with pytest.raises(JudgeError, match=rf"{stub.url}/v1/chat/completions: HTTP 500.*boom"):
        OpenAIJudge(stub.url, retries=1, backoff=0.0).judge(Q, OUT, REF)
    stub.replies = [(400, b"bad request")]
    with pytest.raises(JudgeError, match="HTTP 400"):
        OpenAIJudge(stub.url, retries=3, backoff=0.0).judge(Q, OUT, REF)
    assert len(stub.requests) == 3  # a client error is not retried


def test_openai_judge_unreachable_server_raises_judge_error_naming_the_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(JudgeError, match=rf"{url}/v1/chat/completions: cannot connect"):
        OpenAIJudge(url, retries=1, backoff=0.0, timeout=2.0).judge(Q, OUT, REF)


@pytest.mark.parametrize("payload", [b"not json", {"choices": []}, {"error": "x"},
                                     {"choices": [{"message": {"content": None}}]}])
def test_openai_judge_malformed_body_raises_judge_error(stub, payload):
    stub.replies = [(200, payload)]
    with pytest.raises(JudgeError, match="malformed response"):
        OpenAIJudge(stub.url).judge(Q, OUT, REF)


def test_openai_judge_batch_keeps_order_and_cuts_long_outputs(stub):
    stub.replies = [completion("Correct"), completion("Incorrect"), completion("maybe")]
    judge = OpenAIJudge(stub.url, max_output_chars=200)
    long = "start " + "blah " * 200 + "The answer is 7."
    assert judge.judge_batch([(Q, OUT, REF), (Q, long, REF), (Q, OUT, REF)]) == ["Correct", "Incorrect", None]
    sent = stub.requests[1]["body"]["messages"][0]["content"]
    assert TRUNCATION_MARKER in sent and 'The answer is 7."""' in sent and len(sent) < len(build_prompt(Q, long, REF))
