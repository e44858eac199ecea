"""Reading an article file: UTF-8, or a detected legacy encoding (CP949/EUC-KR), or a clear refusal."""
from __future__ import annotations

from currency.errors import InputError


class ArticleError(InputError):
    """A file that is not readable text; its one line names the file and the byte."""


# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf_32_le"), (b"\x00\x00\xfe\xff", "utf_32_be"),
         (b"\xff\xfe", "utf_16_le"), (b"\xfe\xff", "utf_16_be"))


def _bomless_utf16(data: bytes) -> str | None:
    """'UTF-16-LE' or 'UTF-16-BE' when NULs fill one byte of most pairs, as in mostly-ASCII UTF-16."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if not sample or len(sample) < 4:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "UTF-16-LE"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "UTF-16-BE"
    return None


def decode(data: bytes, name: str = "<stdin>", what: str = "an article") -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; ArticleError for binary or unknown,
    saying the file is not `what` it was given as."""
    if not data:
        return "", "utf-8"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding.replace("_", "-")
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: byte {exc.start + len(bom)}: starts with a "
                                   f"{encoding} byte-order mark but is not valid {encoding}") \
                    from None
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        guess = _bomless_utf16(data)
        if guess:
            raise ArticleError(f"{name}: byte {nul}: looks like {guess} without a byte-order "
                               "mark; save it as UTF-8 (or UTF-16 with a BOM)")
        raise ArticleError(f"{name}: byte {nul}: a NUL byte; this is a binary file, not {what}")
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
                           f"characters; this is not {what}")
    return text, best.encoding
