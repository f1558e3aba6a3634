"""Test helpers that are real parts, not mocks: a fault-injecting OpenAI-compatible HTTP server.

    from summarizer.testing import FakeOpenAIServer
    with FakeOpenAIServer("ok") as server:
        brief = summarize(text, model="openai-compatible/fake", base_url=server.url)

The failure matrix (`python -m summarizer.testing.matrix`) drives the library
through every behaviour of that server and prints the measured results.
"""

from summarizer.testing.openai_server import BEHAVIOURS, MINIMAL_BRIEF, FakeOpenAIServer, quoting_brief

__all__ = ["BEHAVIOURS", "MINIMAL_BRIEF", "FakeOpenAIServer", "quoting_brief"]
