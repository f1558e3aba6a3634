"""The batch against hostile input and a hostile machine: odd ids and texts never block later
rows, two batches cannot write one file, and an output or cache that cannot be written ends in
one line and exit 5 (output) or 3 (cache), with every finished line kept whole.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.testing import FakeOpenAIServer, quoting_brief
from summarizer.testing.matrix import FAST, MODEL, SAMPLE_ARTICLE, cli_env


def batch_cli(input_path: Path, out: Path, url: str, *extra: str, preexec_fn=None, cache: Path | None = None):
    command = [sys.executable, "-m", "summarizer.cli", "batch", str(input_path), "-o", str(out), "--model", MODEL,
               "--base-url", url, "-j", "1", "-q", *extra]  # fmt: skip
    env = cli_env(SUMMARIZER_CACHE_DIR=str(cache or input_path.parent / "cache"))
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, preexec_fn=preexec_fn)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def articles(n: int) -> list[str]:
    return [SAMPLE_ARTICLE.replace("300", str(300 + i)) for i in range(n)]


def article_folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(articles(n)):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_lone_surrogates_in_ids_and_texts_do_not_block_later_rows(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    texts = articles(3)
    rows = [{"id": "bad\ud800id", "text": texts[0]}, {"id": "text", "text": texts[1] + "\udc80"}, {"id": "after", "text": texts[2]}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")  # \ud800 as a JSON escape
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = batch_cli(source, out, server.url)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode in (0, 2), stderr
    assert "Traceback" not in stderr and "unexpected" not in stderr
    records = {r["id"]: r for r in lines(out)}
    assert records["after"]["brief"] is not None
    assert records["text"]["error_type"] == "InputError" and "surrogate" in records["text"]["error"]
    (bad_id,) = [k for k in records if k.startswith("bad")]
    assert records[bad_id]["brief"] is not None  # the article is fine; its id is written escaped

    from summarizer import summarize_many

    with FakeOpenAIServer(reply=quoting_brief) as server:
        results = summarize_many([("x\ud800", texts[0]), ("y", texts[1] + "\ud800"), ("z", texts[2])],
                                 model=MODEL, base_url=server.url, cache_dir=tmp_path / "c2", **FAST)  # fmt: skip
    assert [r.error_type for r in results] == [None, "InputError", None]


def test_two_batches_cannot_write_the_same_output(tmp_path: Path) -> None:
    folder = article_folder(tmp_path, 3)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer("hang") as slow, FakeOpenAIServer(reply=quoting_brief) as fast:
        first = batch_cli(folder, out, slow.url)
        try:
            for _ in range(200):  # until the first batch holds the file
                if slow.requests:
                    break
                import time

                time.sleep(0.05)
            second = batch_cli(folder, out, fast.url)
            _, stderr = second.communicate(timeout=120)
        finally:
            first.kill()
            first.communicate()
    assert second.returncode == 5, stderr
    assert re.fullmatch(r"summarizer: OutputError: [^\n]*another batch[^\n]*\n", stderr), stderr
    assert fast.requests == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE_ARTICLE, encoding="utf-8")
    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = batch_cli(folder, Path("/dev/full"), server.url)
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 5, stderr
    assert re.fullmatch(r"summarizer: OutputError: [^\n]*regular file[^\n]*\n", stderr), stderr


def test_a_file_size_limit_mid_batch_keeps_whole_lines_and_exits_5(tmp_path: Path) -> None:
    import resource

    folder = article_folder(tmp_path, 6)
    out = tmp_path / "out.jsonl"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (5000, 5000))  # room for a line or two, not six

    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = batch_cli(folder, out, server.url, "--no-cache", preexec_fn=limit)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 5, stderr
    # -q prints its one summary line, then the error: one line, no traceback
    assert re.fullmatch(r"(batch: [^\n]+\n)?summarizer: OutputError: [^\n]*File too large[^\n]*\n", stderr), stderr
    data = out.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    assert all(json.loads(line)["id"] for line in complete.splitlines())


def test_a_cache_that_cannot_be_opened_is_a_config_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE_ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    (cache / "briefs" / "cache.db").mkdir(parents=True)  # sqlite cannot open its database file
    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = batch_cli(folder, tmp_path / "out.jsonl", server.url, cache=cache)
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 3, stderr
    assert re.fullmatch(r"summarizer: ConfigError: [^\n]*cache[^\n]*--no-cache[^\n]*\n", stderr), stderr


# Rows of the input matrix, as files of one batch: each ends in its brief or its InputError, and no
# row stops the others. The multi-megabyte rows are covered by the API and the CLI (test_bad_input).
BATCH_ROWS = [
    "empty file", "PDF bytes", "Latin-1 text", "UTF-16 with BOM", "HTML page", "200,000-character line, no sentence end",
    "50,000 tiny sentences", "NUL bytes inside the text", "NUL bytes at the start", "mixed CR, LF and CRLF",
    "emoji and combining marks before the evidence", "UTF-8-encoded lone surrogate", "2,000,001 characters",
]  # fmt: skip


def test_the_input_matrix_through_the_batch(tmp_path: Path) -> None:
    from summarizer.testing.matrix import INPUT_CASES

    cases = {name: (data, expect) for name, data, expect in INPUT_CASES if name in BATCH_ROWS}
    assert len(cases) == len(BATCH_ROWS)
    folder = tmp_path / "in"
    folder.mkdir()
    ids = {}
    for n, (name, (data, _)) in enumerate(cases.items()):
        ids[f"row{n:02d}"] = name
        (folder / f"row{n:02d}.txt").write_bytes(data)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(reply=quoting_brief) as server:
        proc = batch_cli(folder, out, server.url, "--no-cache")
        _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    records = {r["id"]: r for r in lines(out)}
    assert set(records) == set(ids)
    for row_id, name in ids.items():
        expect = cases[name][1]
        record = records[row_id]
        assert (record["error_type"] or "brief") == expect, (name, record.get("error"))
