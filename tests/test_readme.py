"""The library example of docs/library.md runs as written."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python_blocks(section: str) -> list[str]:
    text = (ROOT / "docs" / "library.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def test_the_library_example_runs(monkeypatch, capsys):
    blocks = python_blocks("Using figrecon from Python")
    assert len(blocks) == 1
    monkeypatch.chdir(ROOT)
    exec(compile(blocks[0], "docs/library.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\d+ findings, [1-9]\d* high", out[0])
    assert out[1] == "high"
    assert out[-1].startswith("currency: unknown currency 'DOLLARS'")
    assert any(line.startswith("10억 달러 USD 2019") for line in out)
