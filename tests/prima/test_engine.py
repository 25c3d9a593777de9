"""The ring as an engine of core's server (prima/engine.py): it serves what one process generates."""

import threading

import openai
import torch

from nanofrontier.core.checkpoint import save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.serve import make_server
from nanofrontier.core.tokenizer import ByteTokenizer
from nanofrontier.prima.engine import RingEngine
from nanofrontier.prima.ring import RingHead


def test_ring_engine_serves_what_core_generates(tmp_path):
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny(vocab_size=ByteTokenizer().vocab_size))
    model.reset_parameters(std=0.15)
    model_dir = save_pretrained(model, tmp_path / "tiny", tokenizer=ByteTokenizer())
    tok = ByteTokenizer()
    cfg = SampleConfig(max_new_tokens=16, temperature=0.0, stop_ids=tuple(tok.stop_ids))
    want = generate(model.eval(), [tok.encode("Once upon a time")], cfg)[0]
    with RingHead(model_dir, w=(2,)) as head:
        engine = RingEngine(head, tok, "ring")
        assert engine.chat is not None and engine.chat.name == "built-in llama3"
        server = make_server(engine, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{server.server_address[1]}/v1", api_key="x",
                               max_retries=0, timeout=30)
        try:
            out = client.completions.create(model="ring", prompt="Once upon a time", max_tokens=16, temperature=0)
        finally:
            client.close()
            server.shutdown()
            server.server_close()
    assert (out.choices[0].text, out.usage.completion_tokens) == (tok.decode(want), len(want))
