"""Signs and marks any language writes: currency signs, hedging symbols. Data only; what each list means is said in `currency.lang`."""

CENT_MARKS = (
    "¢",
)

CURRENCY_BEFORE = {
    "$": "USD",
    "₩": "KRW",
    "￦": "KRW",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
}

HEDGE_BEFORE = {
    "~": "approx",
    "≈": "approx",
    ">": "at_least",
    "≥": "at_least",
    "<": "at_most",
    "≤": "at_most",
}

HEDGE_AFTER = {
    "+": "at_least",
}

# "5억원 + 3억원" is a sum: "+" before another amount adds it (`en.HEDGE_AFTER_ADDING`).
HEDGE_AFTER_ADDING = ("+",)
# The same "+" joins two amounts as parts of one sum (`en.SUM_JOINERS`).
SUM_JOINERS = HEDGE_AFTER_ADDING

# Between one unit of a currency and its price in another, the rate a wire story prints after its
# text: "($1 = 6.8420 Danish crowns)" (`currency.text.conversions`' pairs).
RATE_EQUALS = ("=", "＝")

# Between an amount and its conversion, the signs that join them as a comma does: before the
# conversion's marker ("12억 달러·우리돈 약 1조6000억원"), or alone between the two when they alone
# fill one parenthesis ("(40억달러·5조3000억원)", "(60억 달러, 약 8조1000억원)";
# `currency.text.conversions`).
CONVERSION_JOINER_SIGNS = (",", "·", "ㆍ")
# A dash between two amounts of two currencies that alone fill one parenthesis joins an amount and
# its conversion only at the rate the article's own conversions imply ("(€80 million-$90 million)");
# otherwise it may join two sums ("two offers ($5 billion-€9 billion)"; `currency.text.conversions`).
CONVERSION_DASH_SIGNS = ("-", "‐", "–", "—")

COUNTERS = {
    "%": "percent",
    "％": "percent",
}

# Dates any language writes (`currency.text.dating.date_expressions`): (kind, pattern).
DATE_FORMS = (
    ("ymd", r"(\d{4})-(\d{2})-(\d{2})"),
)

# A copyright sign opening a line ("ⓒ 카파경제", "© Kestrel Wire"): a line of the page's head over
# the lead.
PAGE_HEAD_STARTS = ("ⓒ", "©")

# Host prefixes a publisher serves one site under alike ("www.", "m."): the rest of the host
# names the publisher (`reconcile.scan.editions`).
HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")

# News portals and aggregators: their hosts (and any host under them, "n.news.naver.com") carry
# many publishers' articles, so a host of theirs names no publisher.
PORTAL_HOSTS = ("naver.com", "daum.net", "nate.com", "zum.com", "msn.com", "yahoo.com",
                "news.google.com", "flipboard.com", "smartnews.com", "newsbreak.com", "aol.com")
