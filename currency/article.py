"""Reading an article file: UTF-8, or a detected legacy encoding (CP949/EUC-KR), or a clear refusal."""
from __future__ import annotations

from currency.errors import InputError


class ArticleError(InputError):
    """A file that is not readable text; its one line names the file and the byte."""


def decode(data: bytes, name: str = "<stdin>") -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; ArticleError for binary or unknown."""
    if not data:
        return "", "utf-8"
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise ArticleError(f"{name}: byte {nul}: a NUL byte; this is a binary file, not an article")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=["cp949", "euc_kr", "utf_8", "cp1252", "latin_1",
                                          "shift_jis", "gb18030", "big5", "utf_16"]).best()
    if best is None or best.encoding in ("ascii",):
        raise ArticleError(f"{name}: byte {first_bad}: not UTF-8, and no other encoding reads it")
    text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if controls > len(text) // 100 + 1:
        raise ArticleError(f"{name}: read as {best.encoding}, the text is mostly control "
                           "characters; this is not an article")
    return text, best.encoding
