"""The article text of a file's decoded contents: a saved HTML page's article body (trafilatura),
Markdown without its markup (markdown-it, which rich already brings), plain text as it is."""
from __future__ import annotations

import re
from pathlib import Path

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".mhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text", ""}
ARTICLE_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES
# A page saved with another name still starts like one (after a BOM or blank lines).
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.I | re.S)


def kind_of(path: Path, text: str) -> str:
    """"html", "markdown" or "text": by the file's suffix, and HTML also by how it starts."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or _HTML_START.match(text[:2000]):
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


# trafilatura falls back to any text a page has (a menu, a caption); an article has at least
# one paragraph as long as a sentence of news.
MIN_PARAGRAPH = 60


def html_text(html: str) -> str:
    """The article body of a saved page (title and paragraphs), '' when it has none."""
    import trafilatura
    body = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False) or ""
    if max((len(line.strip()) for line in body.splitlines()), default=0) < MIN_PARAGRAPH:
        return ""
    return body


# Markdown's front matter (Jekyll, Hugo): "---", then "key: value" lines, then "---".
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
FRONT_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "date_published")
_DAY = re.compile(r"^['\"]?(\d{4}-\d{2}-\d{2})")


def front_matter(source: str) -> tuple[dict[str, str], str]:
    """Markdown's front-matter fields (keys lower case, quotes taken off) and the text after
    it; ({}, source) when it has none."""
    m = _FRONT.match(source)
    if not m:
        return {}, source
    fields = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return fields, source[m.end():]


def front_matter_day(fields: dict[str, str]) -> str | None:
    """The day a front matter dates its page by (`date: 2024-03-27T09:00:00+09:00` -> the
    day as written), or the value as written when it is not one, or None."""
    for key in FRONT_DATE_KEYS:
        if fields.get(key):
            m = _DAY.match(fields[key])
            return m.group(1) if m else fields[key]
    return None


def markdown_text(source: str) -> str:
    """Markdown's words without its markup: headings, emphasis and link targets dropped, one
    block per paragraph (so that the text around an amount reads as the author wrote it)."""
    from markdown_it import MarkdownIt
    blocks: list[str] = []
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "inline":
            blocks.append("".join(_inline_text(child) for child in token.children or []))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(b for b in blocks if b.strip())


def _inline_text(token) -> str:
    if token.type in ("text", "code_inline"):     # inline HTML is markup, not words
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    if token.type == "image":
        return "".join(_inline_text(c) for c in token.children or [])
    return ""
