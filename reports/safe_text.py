"""Text from files and arguments is shown, never obeyed: control characters appear escaped.

A quote holding `ESC[2J` would clear the screen, an OSC sequence would set the window title or
hide a link, and a right-to-left override would make a line read backwards. Every string a view
or an error line shows passes through `terminal_safe`; every rich console of the command line
is made by `console`, which applies it to all the text it renders.
"""
from __future__ import annotations

import re

# C0 and C1 control characters and DEL, and the bidirectional overrides and isolates that
# reorder what follows them (the "Trojan Source" characters).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# The first characters that make a spreadsheet read a cell's text as a formula, typed or opened.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(m: re.Match) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal_safe(text: str, keep_newlines: bool = False) -> str:
    """`text` with each control character written as its escape (`\\x1b`, `\\t`, `\\u202e`)."""
    pattern = _CONTROL_BUT_NEWLINE if keep_newlines else _CONTROL
    return pattern.sub(_escape, text) if pattern.search(text) else text


def has_control(text: str) -> bool:
    """Whether `text` holds a character `terminal_safe` would escape."""
    return _CONTROL.search(text) is not None


class _Escaped:
    """A renderable whose text segments are made terminal-safe; rich's own control segments
    (cursor moves of a progress display) and its line breaks pass unchanged."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __rich_console__(self, console, options):
        from rich.segment import Segment
        for seg in console.render(self.inner, options):
            if seg.control or not has_control(seg.text):
                yield seg
            else:
                yield Segment(terminal_safe(seg.text, keep_newlines=True), seg.style)


def console(**kwargs):
    """A rich Console that shows every control character in what it prints escaped."""
    from rich.console import Console, RenderHook

    class _Hook(RenderHook):
        def process_renderables(self, renderables):
            return [_Escaped(r) for r in renderables]

    out = Console(**kwargs)
    out.push_render_hook(_Hook())
    return out
