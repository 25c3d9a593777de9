"""OpenAI-compatible server (core/serve.py, core/openai_api.py), driven by the official `openai` client.

The model is a tiny Llama written here with `save_pretrained` and a `ByteTokenizer`; its answers are
compared with `core.sample.generate` run in this process. Scripted engines (fixed bytes, a failure
mid-generation, a slow one) check stop strings, UTF-8 streaming, errors, queueing, the API key, the body
cap and a client that goes away."""

import http.client
import json
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import openai
import pytest
import torch

from nanofrontier.core.chat import ChatTemplate
from nanofrontier.core.checkpoint import load_pretrained, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.openai_api import RequestError
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.serve import LocalEngine, TextStream, make_server
from nanofrontier.core.tokenizer import ByteTokenizer

from .serving import running

PROMPT = "Once upon a time"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny(vocab_size=ByteTokenizer().vocab_size))
    model.reset_parameters(std=0.15)  # well-separated greedy argmaxes
    return save_pretrained(model, tmp_path_factory.mktemp("server") / "tiny-llama", tokenizer=ByteTokenizer())


@pytest.fixture(scope="module")
def local(model_dir):
    engine = LocalEngine(model_dir)
    with running(engine) as client:
        yield engine, client


def reference(model_dir, prompt: str, max_tokens: int) -> tuple[str, int, str]:
    """(text, completion tokens, finish_reason) of core's greedy generate on the same prompt."""
    tok = ByteTokenizer()
    cfg = SampleConfig(max_new_tokens=max_tokens, temperature=0.0, stop_ids=tuple(tok.stop_ids))
    ids = generate(load_pretrained(model_dir), [tok.encode(prompt)], cfg)[0]
    stopped = ids[-1] in tok.stop_ids
    return tok.decode(ids), len(ids), "stop" if stopped else "length"


class ScriptedEngine:
    """Yields the UTF-8 bytes of `script` (then eos), one per token; optionally slow, or failing."""

    def __init__(self, script: str, *, delay: float = 0.0, fail_after: int | None = None) -> None:
        self.tokenizer, self.model_name, self.max_context = ByteTokenizer(), "scripted", 256
        self.chat, self.device = ChatTemplate.builtin("chatml"), torch.device("cpu")
        self.script, self.delay, self.fail_after = script.encode(), delay, fail_after
        self.active = self.most_active = self.calls = self.yielded = 0

    def stream(self, prompt_ids, cfg, generator):
        self.calls += 1
        fail = self.fail_after if self.calls == 1 else None  # only the first request fails
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        try:
            for i, token in enumerate([*self.script, self.tokenizer.eos_id][:cfg.max_new_tokens]):
                if i == fail:
                    raise RuntimeError("ring rank 2 did not answer (connection reset by peer)")
                time.sleep(self.delay)
                self.yielded += 1
                yield token
        finally:
            self.active -= 1


# -- parity with core.sample.generate --------------------------------------------------------------------
def test_models_lists_the_served_model_name(local):
    engine, client = local
    assert [m.id for m in client.models.list()] == [engine.model_name] == ["tiny-llama"]
    assert client.models.retrieve("tiny-llama").id == "tiny-llama"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4")


def test_completion_equals_core_greedy_generate(local, model_dir):
    _, client = local
    text, n, finish = reference(model_dir, PROMPT, 24)
    out = client.completions.create(model="tiny-llama", prompt=PROMPT, max_tokens=24, temperature=0)
    assert out.choices[0].text == text
    assert out.choices[0].finish_reason == finish
    assert (out.usage.prompt_tokens, out.usage.completion_tokens) == (len(PROMPT), n)
    assert out.usage.total_tokens == len(PROMPT) + n


def test_streamed_completion_equals_core_greedy_generate(local, model_dir):
    _, client = local
    text, n, finish = reference(model_dir, PROMPT, 24)
    chunks = list(client.completions.create(model="tiny-llama", prompt=[PROMPT], max_tokens=24, temperature=0,
                                            stream=True, stream_options={"include_usage": True}))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == text
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == finish
    assert chunks[-1].usage.completion_tokens == n


def test_chat_completion_uses_the_llama_fallback_template_and_equals_generate(local, model_dir):
    _, client = local  # the byte tokenizer has no chat_template: model_type llama falls back to Llama 3's
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi there"}]
    text, n, _ = reference(model_dir, ChatTemplate.builtin("llama3").render(messages), 12)
    out = client.chat.completions.create(model="tiny-llama", messages=messages, max_tokens=12, temperature=0)
    assert out.choices[0].message.role == "assistant"
    assert out.choices[0].message.content == text
    assert out.usage.completion_tokens == n
    chunks = list(client.chat.completions.create(model="tiny-llama", messages=messages, max_tokens=12,
                                                 temperature=0, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == text
    assert chunks[-1].choices[0].finish_reason == out.choices[0].finish_reason


def test_two_concurrent_streaming_clients_each_get_their_own_generation(local, model_dir):
    _, client = local
    prompts = [PROMPT, "The quick brown fox"]
    want = [reference(model_dir, p, 20)[0] for p in prompts]

    def stream(prompt):
        chunks = client.completions.create(model="tiny-llama", prompt=prompt, max_tokens=20, temperature=0,
                                           stream=True)
        return "".join(c.choices[0].text for c in chunks)

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(stream, prompts)) == want


def test_seeded_sampling_repeats(local):
    _, client = local
    args = dict(model="tiny-llama", prompt=PROMPT, max_tokens=16, temperature=1.0, top_p=0.9, seed=7,
                extra_body={"top_k": 50})
    first, second = (client.completions.create(**args).choices[0].text for _ in range(2))
    assert first == second


class BanningEngine(LocalEngine):
    """An engine with a request field of its own: `"ban": [ids]` forbids those tokens for that request."""

    def request_processors(self, body, cfg):
        ban = body.get("ban")
        if ban is None:
            return []
        if not isinstance(ban, list) or not all(isinstance(t, int) and 0 <= t < 259 for t in ban):
            raise RequestError(f"'ban' must be a list of token ids, got {json.dumps(ban)}", param="ban")

        def forbid(ids, logits):
            return logits.index_fill(-1, torch.tensor(ban), float("-inf"))

        return [forbid]


def test_an_engine_turns_its_own_request_field_into_processors_and_refuses_a_bad_one(model_dir):
    with running(BanningEngine(model_dir)) as client:
        args = dict(model="tiny-llama", prompt=PROMPT, max_tokens=12, temperature=0)
        plain = client.completions.create(**args).choices[0].text
        assert plain == reference(model_dir, PROMPT, 12)[0]  # no field: the plain generation
        tok = ByteTokenizer()
        first = generate(load_pretrained(model_dir), [tok.encode(PROMPT)], SampleConfig(max_new_tokens=1,
                                                                                       temperature=0))[0][0]
        banned = client.completions.create(**args, extra_body={"ban": [first]}).choices[0].text
        assert banned != plain and first not in tok.encode(banned)[:1]
        assert client.completions.create(**args).choices[0].text == plain  # the ban was for one request
        with pytest.raises(openai.BadRequestError) as e:
            client.completions.create(**args, extra_body={"ban": "all"})
        assert e.value.body["param"] == "ban" and "'ban' must be a list" in e.value.body["message"]


# -- text: stop strings, stop tokens, UTF-8 -------------------------------------------------------------
def test_stop_string_cuts_the_text_and_ends_generation():
    engine = ScriptedEngine("hello world. bye")
    with running(engine) as client:
        out = client.completions.create(model="scripted", prompt="x", max_tokens=50, stop=[".", "zzz"])
        assert (out.choices[0].text, out.choices[0].finish_reason) == ("hello world", "stop")
        assert out.usage.completion_tokens == len("hello world.")  # nothing generated after the stop
        chunks = list(client.completions.create(model="scripted", prompt="x", max_tokens=50, stop="wor", stream=True))
        deltas = [c.choices[0].text for c in chunks]
        assert "".join(deltas) == "hello " and not any("w" in d for d in deltas)  # "wo" was held, then cut


def test_stop_token_ends_with_stop_and_max_tokens_with_length():
    with running(ScriptedEngine("hi")) as client:
        out = client.completions.create(model="scripted", prompt="x", max_tokens=10)
        assert (out.choices[0].text, out.choices[0].finish_reason, out.usage.completion_tokens) == ("hi", "stop", 3)
        out = client.completions.create(model="scripted", prompt="x", max_tokens=1)
        assert (out.choices[0].text, out.choices[0].finish_reason) == ("h", "length")


def test_stream_never_emits_half_a_utf8_character():
    script = "héllo €uro 😀!"
    with running(ScriptedEngine(script)) as client:
        chunks = list(client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "x"}],
                                                     max_tokens=64, stream=True))
    deltas = [c.choices[0].delta.content for c in chunks if c.choices[0].delta.content]
    assert "".join(deltas) == script
    assert not any("\ufffd" in d for d in deltas)
    assert len(deltas) > 5  # streamed piece by piece, not in one block


def test_text_stream_flushes_an_incomplete_character_at_the_end():
    stream = TextStream(ByteTokenizer(), stops=["ab"])
    deltas = [stream.push(t) for t in [*b"xa", 0xE2, 0x82]]
    assert deltas == ["x", "", "", ""]  # "a" may start "ab"; E2 82 is two thirds of "€"
    assert stream.flush() == "a\ufffd"


# -- errors and concurrency -------------------------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (dict(max_tokens=0), "'max_tokens' must be > 0"),
    (dict(max_tokens=1000), "exceed the model's context of 256 tokens"),
    (dict(model="gpt-4"), "model 'gpt-4' is not served here"),
    (dict(temperature="hot"), "'temperature' must be int or float"),
    (dict(prompt=""), "the prompt encodes to no tokens"),
    (dict(stop=[""]), "'stop' must be a non-empty string"),
    (dict(prompt=None), "missing required field 'prompt'"),
])
def test_bad_request_answers_400_with_the_reason(local, args, message):
    _, client = local
    with pytest.raises(openai.BadRequestError) as e:
        client.completions.create(**{"model": "tiny-llama", "prompt": PROMPT, "max_tokens": 4, **args})
    assert message in e.value.body["message"]
    assert e.value.body["type"] == "invalid_request_error"


def test_bad_chat_request_and_malformed_json_answer_400(local):
    _, client = local
    for messages, message in [([], "'messages' must not be empty"), ([{"content": "x"}], "messages\\[0\\]")]:
        with pytest.raises(openai.BadRequestError, match=message):
            client.chat.completions.create(model="tiny-llama", messages=messages)
    request = urllib.request.Request(f"{client.base_url}completions", data=b"{not json", method="POST")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(request, timeout=10)
    assert e.value.code == 400 and "not valid JSON" in json.load(e.value)["error"]["message"]


def test_engine_failure_answers_500_naming_it_and_the_server_keeps_serving():
    with running(ScriptedEngine("hello", fail_after=2)) as client:
        with pytest.raises(openai.InternalServerError) as e:
            client.completions.create(model="scripted", prompt="x", max_tokens=10)
        assert "ring rank 2 did not answer" in e.value.body["message"]
        assert e.value.body["code"] == "generation_failed"
        assert client.completions.create(model="scripted", prompt="x", max_tokens=10).choices[0].text == "hello"
    with running(ScriptedEngine("hello", fail_after=2)) as client:
        with pytest.raises(openai.APIError, match="ring rank 2 did not answer"):
            list(client.completions.create(model="scripted", prompt="x", max_tokens=10, stream=True))
        assert client.completions.create(model="scripted", prompt="x", max_tokens=10).choices[0].text == "hello"


def test_concurrent_requests_queue_and_both_complete():
    engine = ScriptedEngine("abcdefgh", delay=0.02)
    with running(engine) as client, ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(lambda s=s: client.completions.create(model="scripted", prompt="x", max_tokens=20,
                                                                  stream=s)) for s in (False, True)]
        plain, streamed = (j.result(timeout=30) for j in jobs)
        assert plain.choices[0].text == "abcdefgh"
        assert "".join(c.choices[0].text for c in streamed) == "abcdefgh"
    assert engine.calls == 2 and engine.most_active == 1  # one generation at a time


# -- safe on a network: API key, body cap, context, a client that leaves --------------------------------------
def test_api_key_is_required_on_every_route_and_checked():
    with running(ScriptedEngine("ok"), api_key="s3cret", client_key="wrong") as client:
        with pytest.raises(openai.AuthenticationError) as e:
            client.completions.create(model="scripted", prompt="x", max_tokens=2)
        assert e.value.status_code == 401 and e.value.body["code"] == "invalid_api_key"
        with pytest.raises(openai.AuthenticationError):
            client.models.list()
        request = urllib.request.Request(f"{client.base_url}models")  # no Authorization header at all
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(request, timeout=10)
        assert e.value.code == 401 and e.value.headers["WWW-Authenticate"] == "Bearer"
        good = client.with_options(api_key="s3cret")
        assert good.completions.create(model="scripted", prompt="x", max_tokens=2).choices[0].text == "ok"


def test_an_empty_api_key_is_refused():
    with pytest.raises(ValueError, match="api_key"):
        make_server(ScriptedEngine("x"), "127.0.0.1", 0, api_key="")


def test_a_body_over_the_cap_answers_413_and_a_chunked_one_411():
    with running(ScriptedEngine("ok"), max_body_bytes=2000) as client:
        with pytest.raises(openai.APIStatusError) as e:
            client.completions.create(model="scripted", prompt="y" * 5000, max_tokens=2)
        assert e.value.status_code == 413 and "at most 2000" in e.value.body["message"]
        assert client.completions.create(model="scripted", prompt="x", max_tokens=2).choices[0].text == "ok"
        conn = http.client.HTTPConnection(client.base_url.host, client.base_url.port, timeout=10)
        conn.putrequest("POST", "/v1/completions")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        conn.send(b"2\r\n{}\r\n0\r\n\r\n")
        response = conn.getresponse()
        assert response.status == 411 and "Content-Length" in json.load(response)["error"]["message"]
        conn.close()


def test_a_prompt_longer_than_the_context_answers_400_naming_the_prompt():
    with running(ScriptedEngine("ok")) as client:  # max_context 256
        with pytest.raises(openai.BadRequestError) as e:
            client.completions.create(model="scripted", prompt="z" * 300, max_tokens=2)
        assert e.value.body["code"] == "context_length_exceeded" and e.value.body["param"] == "prompt"
        with pytest.raises(openai.BadRequestError) as e:
            client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": "z" * 300}])
        assert e.value.body["param"] == "messages"


def _post_and_leave(port: int, body: dict, *, read_first_event: bool) -> None:
    """Send a request on a raw socket, optionally wait for the first streamed bytes, then close the socket."""
    data = json.dumps(body).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data)
        if read_first_event:
            seen = b""
            while b"data: " not in seen:
                chunk = s.recv(4096)
                assert chunk, "the server closed the stream before its first event"
                seen += chunk
        else:
            time.sleep(0.2)  # the generation has started


@pytest.mark.parametrize("stream", [True, False])
def test_a_client_that_disconnects_frees_the_generation(stream):
    engine = ScriptedEngine("x" * 200, delay=0.02)  # 4 s if it ran to the end
    with running(engine) as client:
        port = client.base_url.port
        _post_and_leave(port, {"model": "scripted", "prompt": "x", "max_tokens": 200, "stream": stream},
                        read_first_event=stream)
        start = time.monotonic()
        out = client.completions.create(model="scripted", prompt="x", max_tokens=3)  # waits for the lock
        assert out.choices[0].text == "xxx"
        assert time.monotonic() - start < 2.0
        assert engine.yielded < 150  # the first generation stopped long before its 200 tokens
