"""The test harness for core's OpenAI-compatible server: a server on a free loopback port in a background
thread and an `openai` client for it (tests of core's server and of engines that plug into it)."""

import threading
from contextlib import contextmanager

import openai

from nanofrontier.core.serve import make_server


@contextmanager
def running(engine, *, api_key=None, client_key="x", timeout=30, **limits):
    """A server on a free loopback port in a background thread, and an openai client for it."""
    server = make_server(engine, "127.0.0.1", 0, api_key=api_key, **limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=client_key, max_retries=0,
                           timeout=timeout)
    try:
        yield client
    finally:
        client.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
