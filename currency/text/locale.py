"""What a bare "$" names in an article: the US dollar, unless the article is published in a
country whose press writes its own dollar as "$" (a Canadian site's "$763 million" is CAD).

The country comes from general evidence about the page, never from a list of sites: a locale tag
(`<html lang="en-CA">`, `og:locale` `en_CA`, an index's locale) or the web address's country-code
ending (`.ca`, `.com.au`). The table of those countries is `currency.lang.LOCAL_DOLLAR`.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import currency.lang as L

# "en-CA", "en_CA", "fr-CA", "zh-Hant-HK": the region is the two-letter part after the language.
_REGION = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b")
# The locale a saved page declares: <html lang="en-CA">, <meta property="og:locale" content=...>.
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.I)
_OG_LOCALE = re.compile(
    r"<meta\b(?=[^>]*\bproperty\s*=\s*[\"']og:locale[\"'])[^>]*\bcontent\s*=\s*[\"']([A-Za-z_-]+)",
    re.I)
# A bare "$": not the end of a longer sign (US$, C$, A$, HK$, R$, "US $"), and an amount that
# does not name the US dollar in words ("$600 million USD", "$5 U.S. dollars").
_SIGN_BEFORE = re.compile(r"(?:[A-Za-z.]|\bUS |\bU\.S\. )$")
_US_WORDS = re.compile(r"\bUSD\b|\bU\.?S\.?(?:\s|$)|\bUS dollars?\b|\bAmerican\b", re.I)


def page_locale(html: str) -> str | None:
    """The locale a saved HTML page declares (<html lang> first: og:locale is often a plugin's
    default en_US), or None."""
    head = html[:20000]
    for pattern in (_HTML_LANG, _OG_LOCALE):
        m = pattern.search(head)
        if m:
            return m.group(1)
    return None


def url_host(url: str) -> str:
    """The host of a web address, with or without its scheme ("//host/..." and "host/..." as
    "https://host/..."); "" when none. Raises ValueError on a malformed one ("http://[host")."""
    return urlsplit(url if "//" in url else f"//{url}").hostname or ""


def region(locale: str | None = None, url: str | None = None) -> tuple[str, str] | None:
    """(country code, what said so) for an article: its locale tag's region, else its web
    address's country-code ending; None when neither names a country."""
    if locale:
        m = _REGION.match(locale.strip())
        if m:
            return m.group(1).upper(), f"its locale {locale.strip()!r}"
    if url:
        host = url_host(url)
        code = L.COUNTRY_DOMAINS.get(host.rsplit(".", 1)[-1].lower()) if "." in host else None
        if code:
            return code, f"its web address {host!r}"
    return None


def local_dollar(text: str, locale: str | None = None, url: str | None = None) \
        -> tuple[str, str] | None:
    """(currency, why) a bare "$" names in this article when it is not the US dollar; None when
    it is. An article that writes the local dollar's own sign (C$) keeps "$" for US dollars."""
    where = region(locale, url)
    code = L.LOCAL_DOLLAR.get(where[0]) if where else None
    if code is None:
        return None
    own = [s for s, c in L.CURRENCY_BEFORE.items() if c == code]
    if any(re.search(r"(?<![A-Za-z])" + re.escape(s) + r"\s?\d", text) for s in own):
        return None
    return code, f"a bare '$' in an article published in {where[0]} ({where[1]})"


def bare_dollar(span: str, before: str = "") -> bool:
    """True when an amount's text writes its currency as a bare "$" (`before`: the text just
    before the amount, where a longer sign may begin)."""
    i = span.find("$")
    if i < 0 or _US_WORDS.search(span):
        return False
    return not _SIGN_BEFORE.search((before + span[:i])[-6:])


def names_which_dollar(amount, code: str | None) -> bool:
    """True when a figure's currency cell `code` says which dollar the amount's bare "$" is (a
    Canadian site's "$763 million" with CAD): the cell completes the amount, not contradicts it."""
    return bool(code) and code in L.LOCAL_DOLLAR.values() and amount.currency == "USD" \
        and bare_dollar(amount.span)


def home_currencies(text: str) -> frozenset[str]:
    """The currencies of the newsrooms whose letters `text` is written in ("약 9조6000억달러":
    KRW), from `currency.lang.HOME_CURRENCY`."""
    return frozenset(code for code, letters in L.HOME_CURRENCY.items()
                     if re.search(f"[{letters}]", text))
