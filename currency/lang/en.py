"""English news text: the words of money. Data only; what each list means is said in `currency.lang`."""

import re

from currency.lang.patterns import spaced
from currency.lang.stages import (
    ACTUAL,
    CLAIM,
    CLAIMED,
    CLOSE,
    DECIDED,
    HIGH,
    LOW,
    MARKETED,
    MOVED,
    OFFER,
    OPEN,
    OPENING,
    SESSION,
    TARGET,
    TRADING,
)

# The words of a dollar that name no country ("dollars", "bucks"): after "A$5 billion" they repeat
# the sign's dollar, not the US one; "US dollars" after "A$" names a second currency.
PLAIN_DOLLAR_WORDS = ("dollars", "dollar", "bucks", "buck")
# A currency word that is also a common verb ("Orvel's bid of $5 billion won, then lost"): after a
# sign of another currency it is read as that second currency only with the conversion a writer
# brackets after it ("$4.85 trillion won ($3.54 billion)"), where nothing follows it (a cell), or
# at its sentence's end, with the record of both currencies (the reader says why).
VERB_CURRENCY_WORDS = ("won",)

CURRENCY_AFTER = {
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD",
    # CLDR's name is "South Korean won"; English news in and about Korea drops "South".
    "Korean won": "KRW",
    "won": "KRW",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "cents": "USD",
    "cent": "USD",
    "rmb": "CNY",
    "RMB": "CNY",
    "roubles": "RUB",
    "rouble": "RUB",
    "lira": "TRY",
    "Euro": "EUR",
    "Euros": "EUR",
    "bucks": "USD",
    "buck": "USD",
    "quid": "GBP",
    "Emirati dirhams": "AED",
    "Emirati dirham": "AED",
    "Omani riyals": "OMR",
    "Omani riyal": "OMR",
}

COUNTRY_WORDS = {
    "AED": ("Emirati", "Abu Dhabi", "Dubai"),
}

# Capitals: a dateline ("Doha -") or "Doha-based" is often the only country word a story has, but
# a capital names where things happen as often as whose money it is (talks in Doha, a Riyadh
# summit), so it yields to a conversion beside the amount.
CAPITAL_WORDS = {
    "QAR": ("Doha",),
    "SAR": ("Riyadh",),
    "OMR": ("Muscat",),
    "YER": ("Sanaa",),
    "IRR": ("Tehran",),
    "BHD": ("Manama",),
    "JOD": ("Amman",),
    "KWD": ("Kuwait City",),
}

SUBUNIT = {
    "cents",
    "cent",
}

CENT_MARKS = (
    "c",
)

LETTER_PREFIX = {
    "Rs.": ("INR", False),
    "Rs": ("INR", False),
    "RM": ("MYR", False),
    # Qatar's press writes its riyal "QR" ("QR70bn"); a lone "QR 2" is as often a code's version
    "QR": ("QAR", True),
    "Won": ("KRW", True),
    "W": ("KRW", True),
}

CROWN_WORDS = (
    "crowns",
    "crown",
    "kroner",
    "krone",
    "kronor",
    "krona",
)

CROWN_NAMES = (
    "koruna",
    "korunas",
    "krone",
    "kroner",
    "krona",
    "kronor",
    "krónur",
    "króna",
)

ONE_OF = (
    "dollar",
    "buck",
    "euro",
    "cent",
    "penny",
    "rupee",
    "yuan",
)

AFTER_ONE_OF = (
    "a",
    "an",
    "per",
    "each",
    "apiece",
    "and",
    "or",
    "to",
    "for",
    "in",
    "of",
    "on",
    "at",
    "is",
    "was",
    "will",
    "would",
    "more",
    "less",
    "than",
    "from",
    "by",
    "with",
    "that",
    "when",
    "if",
    "but",
)

CURRENCY_BEFORE = {
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "S$": "SGD",
    "NZ$": "NZD",
    "R$": "BRL",
    "CN¥": "CNY",
    "RMB": "CNY",
}

LOCAL_DOLLAR = {
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
}

COUNTRY_DOMAINS = {
    "ca": "CA",
    "au": "AU",
    "nz": "NZ",
    "sg": "SG",
    "hk": "HK",
}

# A verb of passing a level that is also an adjective: after a determiner it modifies a noun
# ("the top 3 billion won bracket", "its top $5 billion deal") and bounds no amount. Not "that":
# "sales that top $5 billion" is a relative clause's verb.
HEDGE_VERB_ADJECTIVES = ("top",)
HEDGE_ADJECTIVE_AFTER = ("the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
                         "this", "these", "those")

# Verbs of passing a level: a lower bound on the amount after them ("may top 25 trillion won",
# "sales surpassed $5 billion"), and a link from a yearly noun to that amount (`PERIOD_LINKS`).
PASSING_VERBS = ("top", "tops", "topped", "exceed", "exceeds", "exceeded",
                 "surpass", "surpasses", "surpassed")
HEDGE_BEFORE = {
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "c.": "approx",
    "more than": "at_least",
    "over": "at_least",
    "at least": "at_least",
    "above": "at_least",
    "in excess of": "at_least",
    "upwards of": "at_least",
    "north of": "at_least",
    "exceeding": "at_least",
    **dict.fromkeys(PASSING_VERBS, "at_least"),
    "up to": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "below": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "as much as": "at_most",
    "as many as": "at_most",
    "nearly": "nearly",
    "near": "nearly",            # "a deal worth near $1bn", "a near-$1bn deal"
    "almost": "nearly",
    "just under": "nearly",
    "close to": "nearly",
    "a little less than": "nearly",
    "a little under": "nearly",
    "just shy of": "nearly",
    "shy of": "nearly",
    "slightly less than": "nearly",
    "a little more than": "at_least",
    "a little over": "at_least",
    "just over": "at_least",
    "slightly more than": "at_least",
    "just above": "at_least",
    "well over": "at_least",
    "not less than": "at_least",
    "no less than": "at_least",
    "not fewer than": "at_least",
    "no fewer than": "at_least",
    "not under": "at_least",
    "not below": "at_least",
    "not more than": "at_most",
    "no greater than": "at_most",
    "not over": "at_most",
    "not above": "at_most",
    "not exceeding": "at_most",
    "not greater than": "at_most",
}

HEDGE_AFTER = {
    "or so": "approx",
    "approximately": "approx",   # "$853 approximately"
    "or thereabouts": "approx",
    "or more": "at_least",
    "plus": "at_least",
    "-plus": "at_least",         # "a $1 billion-plus deal"
    "range": "approx",           # "in the $10 billion range": about that much
    "or less": "at_most",
    "or fewer": "at_most",
}

# Words of HEDGE_AFTER that add the amount after them when one follows: "$1 billion plus $200
# million in stock" is a sum, not "at least $1 billion".
HEDGE_AFTER_ADDING = ("plus",)
# Words of HEDGE_AFTER that, after a range's two ends, name that range and widen neither end
# (`RANGE_NAMED_AFTER` in `currency.lang`): "the 612,000 won-734,000 won range" is that band.
RANGE_NAMED_AFTER = ("range",)
# The words that may stand between such a word and the amount it adds (`ADDING_FILL` in
# `currency.lang`): "plus another $200 million", "plus about 200 million euros". Any other word makes
# the first amount's "plus" its hedge: "a $1 billion plus deal includes USD 200 million in debt".
ADDING_FILL = ("a", "an", "another", "additional", "further", "about", "around", "roughly",
               "some", "nearly", "almost", "up to", "over", "more than", "at least")

# Words right before an amount that make it one more sum than an amount of another number said
# before it in its sentence ("$12.4 million at signing and another $12.6 million next spring"):
# however close in value, the two are two sums. An equal number is the same sum again ("$3
# billion ..., another $3 billion bet"), so they do not part it (`ANOTHER_AMOUNT_BEFORE` in
# `currency.lang`).
ANOTHER_AMOUNT_BEFORE = ("another", "a further", "an additional")

PER_BEFORE = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
}

# Words after a PER_AFTER that make it a time, not a rate: "9.9 trillion won a year earlier".
PER_AFTER_NOT_BEFORE = ("earlier", "ago", "before", "later")
# Read only right after the amount ("$125 million every year", "$2 million daily"), never as a
# word elsewhere in the sentence ("the Daily Orvel"); lowercase only. "a day" and "a week" are
# left out: after an amount they open a time as often as a rate ("$3 billion a day after the
# deal", "a week after its listing", "a day and a half"), which "a year" seldom does.
PER_AFTER = {
    "a year": "year",
    "per year": "year",
    "annually": "year",
    "yearly": "year",
    "each year": "year",
    "every year": "year",
    "/year": "year",
    "/yr": "year",
    "a yr": "year",
    "per annum": "year",
    "per quarter": "quarter",
    "each quarter": "quarter",
    "every quarter": "quarter",
    "quarterly": "quarter",
    "a month": "month",
    "per month": "month",
    "each month": "month",
    "every month": "month",
    "monthly": "month",
    "/month": "month",
    "/mo": "month",
    "per week": "week",
    "each week": "week",
    "every week": "week",
    "weekly": "week",
    "per day": "day",
    "each day": "day",
    "every day": "day",
    "daily": "day",
}

# Currency words that are also ordinary nouns of weight or of a threshold ("a two-million-pound
# load limit", "passed the one-million-mark"): in a spelled hyphenated compound such a word does
# not make the amount money by itself, so the compound is read at low confidence (a
# "two-million-pound transfer fee" stays readable, flagged). Written apart or with a sign
# ("two million pounds", "£2 million") the amount is read as before.
COMPOUND_NOUN_CURRENCY_WORDS = ("mark", "marks", "pound", "pounds")

# A period word that modifies the noun an amount is the value of, in the amount's own clause:
# "an annual cap set at $20 billion", "quarterly revenue came in at $94.9 billion" (the reader's
# noun periods, `NOUN_PERIOD_FORMS` in `currency.lang`). Not "annual meeting", "annual report":
# the noun must name money that flows per period.
PERIOD_WORDS = {"annual": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month"}
PERIOD_NOUNS = (
    "revenue", "sales", "turnover", "income", "profit", "earnings", "loss", "deficit", "surplus",
    "budget", "spending", "expenditure", "outlay", "cost", "expense", "fee", "rent", "salary",
    "pay", "wage", "payment", "dividend", "subsidy", "grant", "aid", "funding", "contribution",
    "investment", "cap", "limit", "ceiling", "quota", "premium", "interest", "bill", "exports",
    "imports", "output", "production", "allowance", "pension", "benefit", "royalty", "levy", "tax",
)
# What joins such a noun to its amount, written last before it ("budget of", "cap set at",
# "revenue came in at").
PERIOD_LINKS = (
    "of", "at", "to", "was", "were", "is", "are", "be", "reached", "hit", "totaled",
    "totalled", "came in at", "came to", "stood at", "amounted to", "of up to", *PASSING_VERBS,
)
# The period word, at most one modifier, the noun, at most three words, and a link written last
# before the amount ("annual defence budget reached", "annual cap set at").
NOUN_PERIOD_FORMS = (
    r"(?i:(?P<p>" + "|".join(PERIOD_WORDS) + r")\s+(?:[a-z][\w&-]*\s+)??(?:"
    + "|".join(PERIOD_NOUNS) + r")(?:e?s)?(?:\s+[a-z][\w-]*){0,3}?\s+(?:"
    + "|".join(sorted(PERIOD_LINKS, key=len, reverse=True)) + r")\s*)",
)
# The words of a comparison: what follows one is the comparison's other term ("$1.1 billion lower
# than the offer made in April", "up 5% versus 2023"), wherever a date, a period or "at the time"
# stands after it. Written once; each use below adds only the words it alone needs, and says why.
COMPARISON = ("than", "versus", "vs.", "compared")
# ... and the words right before a date that make it that other term: the comparison's own words
# and the prepositions that lead its other term ("up 5% from a year earlier", "compared with the
# previous quarter", "growth over 2023").
COMPARED_BEFORE = COMPARISON + ("from", "over", "with", "to")
# Between the period word and the amount: a word that joins another clause, compares, makes the
# amount a total or a span, or names a period of its own; the amount is then not the noun's rate.
# A comparison's words are whole words here ("vs" with its period or without), with "from" and
# "over" of `COMPARED_BEFORE`; not "to", a noun's link to its amount ("amounted to"), nor "with".
NOUN_PERIOD_STOP = (
    r"(?i:\b(?:and|but|or|while|which|that|who|when|where|after|before|as|because|whereas|although"
    r"|though|if|" + "|".join(w.rstrip(".") for w in (*COMPARISON, "from", "over"))
    + r"|since|earlier|ago|previous|prior|total|totals"
    r"|combined|cumulative|cumulatively|overall|years|quarters?|months|weeks?|half|decades?"
    r"|annual|yearly|quarterly|monthly)\b)"
)
# Right after the amount: the same, or a span it was counted over ("$20 billion over five
# years", "in total", "a year earlier").
NOUN_PERIOD_AFTER = (
    r"(?i:\s*,?\s*(?:(?:over|across|during|in|for|within)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+"
    r"|coming\s+|first\s+)?(?:[\w-]+\s+)?(?:years|months|quarters|decades)\b|in total\b|in all\b"
    r"|combined\b|altogether\b|(?:a|one) year (?:earlier|ago|before)\b|compared\b|from a year\b))"
)

COUNTERS = {
    "percent": "percent",
    "per cent": "percent",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
    "hours": "hour",
    "hour": "hour",
    "people": "person",
    "persons": "person",
    "users": "person",
    "user": "person",
    "employees": "person",
    "workers": "person",
    "times": "occurrence",
}

ENGLISH_PLACES = {
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "quadrillion": 15,
    "k": 3,
    "K": 3,
    "m": 6,
    "M": 6,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "MM": 6,
    "b": 9,
    "B": 9,
    "bn": 9,
    "bln": 9,
    "bil": 9,
    "t": 12,
    "T": 12,
    "tn": 12,
    "trn": 12,
    "tln": 12,     # wire copy: "1 tln-won"
    "tr": 12,      # headlines: "W1tr"
    "tril": 12,
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
}
# The short-scale words above (thousand, million, billion, trillion and their short forms) each
# stand a thousand times the one below (a power step of 3); lakh and crore stand off that ladder.
PLACE_STEP = 3

ENGLISH_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}

ENGLISH_DIGITS = {"zero": 0, "oh": 0, **{w: n for w, n in ENGLISH_UNITS.items() if n < 10}}

ENGLISH_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

ENGLISH_VAGUE = {
    "several": (1.5, 9.5),
    "a few": (1.5, 9.5),
    "tens of": (15, 95),
    "hundreds of": (150, 950),
    "multi": (1.5, 9.5),
    "multi-": (1.5, 9.5),
}

# How a wire's photo caption opens its line ("In this file photo, Orvel's chairman speaks in Seoul
# on May 2. (Yonhap)"): the caption dates the photograph, not the news.
CAPTION_OPENERS = ("in this file photo", "in this photo", "this file photo", "this photo",
                   "file photo", "in this handout photo", "this handout photo")
# ... and what follows the opener there: a comma or colon, or one of these verbs ("This photo
# provided by Orvel shows ..."); a hyphen or another word makes it prose ("This photo-sharing app
# maker", "File photo sharing service").
CAPTION_VERBS = ("taken", "shows", "provided", "released")
# A stamp's label before its date on a line of its own ("Posted on: May 4, 2023, 09:10h.").
STAMP_LABELS = ("posted", "posted on", "updated", "updated on", "last updated", "last updated on",
                "published", "published on", "first published", "modified")
# A stamp's weekday written short before its date ("Updated: Fri, March 14, 2025, 9:30 a.m."),
# and its time zone after the clock ("9:30 a.m. ET").
STAMP_WEEKDAYS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
STAMP_TIME_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST",
                    "CET", "CEST", "KST", "JST", "HKT", "SGT", "AEST", "AEDT")

# A copyright notice's start ("Copyright 2025 Orvel Daily", "All rights reserved."): a line of the
# page's head over the lead.
PAGE_HEAD_STARTS = ("copyright", "all rights reserved")

# A related stories box's label opening a line ("Related stories"): see `ko.RELATED_LABELS`.
RELATED_LABELS = ("related articles", "related stories")

FURNITURE_LINES = (
    "advertisement",
    "ad",
    "sponsored",
    "story continues below advertisement",
    "continue reading",
)

# The states of the United States: one opening a capitalised name of several words ("Nevada
# Steel Works") is a word of that name, not the place of the story (scan's words; the names of
# countries are CLDR's, by babel).
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)

# Function words, auxiliaries and reporting words common to any English news text: they say
# nothing about which fact an amount states (scan's grouping).
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our ours out over own same she should so some such
than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
said says say told according per cent percent us dollar dollars won usd krw eur billion million
trillion thousand hundred bn mn tn mil year years month months day days week weeks new one two
three four five six seven eight nine ten first second third last next around approximately
nearly almost roughly some over up more than less least including include includes included
mr ms mrs monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec today yesterday tomorrow shy
""".split())

PART_MARKERS = ("of which", "including", "includes", "comprising", "consisting of")
# Words between two amounts that add the second to the first ("$665m plus $120m"): the two are
# parts of one sum whatever else the sentence says.
SUM_JOINERS = (*HEDGE_AFTER_ADDING, "along with", "together with", "in addition to")
# Words that only list amounts ("$5m and $2m"): parts of a sum only where words of a whole stand
# between the last of them and the total (`WHOLE_MARKERS`: "$5m and $2m, a total of $7m").
LIST_JOINERS = ("and",)
# Words saying the amounts before them are the whole of the total after ("..., bringing the total
# to $7m", "a total of"), or, just after a total, that the parts that follow make it up ("$7m in
# total: ..."). Words that need the sentence to say what is brought or combined ("brought",
# "combined", "in all") are not among them: beside two facts they join nothing.
WHOLE_MARKERS = ("bringing", "a total of", "in total", "totaling", "totalling", "altogether")
# Words saying the amount after them is the rest of a total ("$5m in cash and the rest, $2m"):
# with it, the parts are all of it.
REST_MARKERS = ("the rest", "the remainder", "the remaining")
CUMULATIVE_WORDS = {"cumulative"}
# Words (whole, or plural) that make a percentage beside them a share of ownership: "a 12%
# stake", "stake of 12%" (scan: the stake an amount is the value of).
STAKE_WORDS = ("stake", "shareholding", "ownership")
# Words of a price a buyer sets for a company's shares (`OFFER_WORDS` in `currency.lang`): a tender
# offer, a bid, a buyback, matched as whole words in the amount's own clause. Scan: such a price,
# naming no session's stage, is no price the market gave that day.
# Of them, the words that name a buyer's offer alone: "offer price" is also the usual name of the
# price of new shares in a rights issue or an IPO.
_BUYER_OFFER_NAMES = ("tender offer", "takeover bid")
OFFER_WORDS = _BUYER_OFFER_NAMES + ("offer price", "bid price", "buyback offer", "repurchase price",
                                    "buyback price")
# Words that name a buyer's offer alone (`BUYER_OFFER_WORDS` in `currency.lang`): those above, and
# "buyback" as a whole word (in "buyback offer", "buyback price", or alone).
BUYER_OFFER_WORDS = _BUYER_OFFER_NAMES + ("buyback",)
# Words before an amount, in its own words, that name it the price the market gives
# (`MARKET_PRICE_BEFORE` in `currency.lang`): "Kestrel's stock price of $74 is above the tender
# offer price" compares the market's price with an offer, and is no offer itself.
# A share's price by its noun, written once for the market's price, a price word and the subject
# of a share's move.
_SHARE_PRICE = ("share price", "stock price")
MARKET_PRICE_BEFORE = (r"(?i:\b(?:" + "|".join(
    w.replace(" ", r"\s+") for w in (*_SHARE_PRICE, "market price", "trading price",
                                     "closing price")) + r")\b)|\w['\u2019]s\s+price\b")
# Words that make an amount money a firm raises (`RAISED_BEFORE`, `RAISED_AFTER` in
# `currency.lang`), only with the amount as their object: "raising up to $315 million", "aims to
# raise $315 million", "proceeds of $315 million", "the proceeds of the listing were $315 million",
# "$315 million in proceeds". Not the verb with another object before the amount ("raised prices",
# "raised its offer for Vega to $315 million", "raised its dividend, paying out $320 million"), nor
# "proceed" ("the deal will proceed at $315 million").
# A hedge may stand between those words and the amount ("raising up to $315 million").
_ABOUT = spaced(HEDGE_BEFORE) + r"\s+"
_PROCEEDS_TIE = (r"(?:of|were|was|are|is|totaled|totalled|totaling|reached|came\s+to|amounted\s+to"
                 r"|amounting\s+to)\s+")
RAISED_BEFORE = (r"(?i:(?:\brais(?:e|es|ed|ing)\s+|\bproceeds\s+(?:of\s+|(?:of|from)\s+"
                 r"(?:[a-z'\u2019-]+\s+){1,5}?" + _PROCEEDS_TIE + r"))(?:" + _ABOUT + r")?$)")
RAISED_AFTER = r"(?i:\s+in\s+(?:gross\s+|net\s+)?proceeds\b)"
SHARE_COUNT_WORDS = ("shares", "ADSs")
SHARE_CLASS_WORDS = ("new", "class a", "class b", "class c", "common", "preferred", "additional",
                     "ordinary", "existing", "treasury", "voting", "non-voting", "American",
                     "depositary")
PER_SHARE_AFTER = ("per share", "a share", "each share", "per common share")
# Words before an amount (in its own words) or right after it that make it an amount per head
# (`PER_HEAD_BEFORE`, `PER_HEAD_AFTER` in `currency.lang`): "ARPU rose to $11.20", "$11.20 per
# user", "$2,000 per person".
PER_HEAD_BEFORE = {"ARPU": "user", "ARPPU": "user", "average revenue per user": "user",
                   "average revenue per paying user": "user", "revenue per user": "user",
                   "per capita": "person"}
# The verbs of a level after a subject ("ARPU was", "revenue totaled") and of a move to one ("rose
# 4% to"), written once for a per-head word's and a results line's subject.
LEVEL_VERBS = ("of", "was", "were", "is", "are", "stood at", "came in at", "totaled", "totalled",
               "reached")
MOVE_VERBS = ("rose", "fell", "grew", "increased", "decreased", "declined", "climbed", "jumped",
              "dropped", "slipped")
_LEVEL, _MOVE = "|".join(LEVEL_VERBS), "|".join(MOVE_VERBS)
# Letter prefixes as often an abbreviation as a currency ("the QR 2bn upgrade", "QR2 billion
# users"): money only after a hedge ("over QR70bn") or one of these words, which put an amount
# where they stand ("at a cost of QR 1.2 billion", "worth QR5bn"): a verb of level or a link of a
# noun to its amount, or a word of price, cost or payment.
LETTER_PREFIX_MONEY_BEFORE = {
    "QR": tuple(dict.fromkeys((*LEVEL_VERBS, *PERIOD_LINKS, "for", "worth", "from", "than", "by",
                               "cost", "costs", "costing", "valued at", "priced at", "totaling",
                               "totalling", "raised", "spent", "invested", "paid", "pay"))),
}
# What may stand between a per-head word and its amount (`PER_HEAD_TO_AMOUNT` in
# `currency.lang`): "of" or a verb of level ("ARPU of $11.20", "ARPU rose 4% to $11.20"), a
# bracket before ("average revenue per user (ARPU) was $11.20").
PER_HEAD_TO_AMOUNT = (r"(?:\s*\([^()]*\))?\s+(?:" + _LEVEL + r"|(?:" + _MOVE + r")"
                      r"(?:\s+[\d.]+\s?(?:%|percent))?\s+to)\s+(?:about\s+|around\s+|nearly\s+)?")
# Words in an amount's own words that make it a price, never an average per head (`PRICE_WORDS`
# in `currency.lang`; whole words).
PRICE_WORDS = ("closed", "close", *_SHARE_PRICE, "shares")
# A results line that is an amount's subject, "X of / X was / X rose to" (`LINE_SUBJECT_AFTER` in
# `currency.lang`), and the words before a cost line that make it a cause or a concession, never
# the amount's line ("hit by higher operating costs", "despite higher SG&A"; `LINE_CAUSE_BEFORE`).
LINE_SUBJECT_AFTER = r"\s*(?:\([^()]*\)\s*)?(?:" + _LEVEL + "|" + _MOVE + r")\b"
LINE_CAUSE_BEFORE = (r"(?i:\b(?:(?:hit|hurt|weighed|dragged|squeezed|pressured)(?:\s+down)?\s+by|"
                     r"despite|due to|because of|amid|on)\s+(?:\S+\s+){0,2})$")
PER_HEAD_AFTER = {"per user": "user", "per paying user": "user", "per subscriber": "user",
                  "per customer": "user", "per person": "person", "per head": "person",
                  "a head": "person", "per capita": "person"}
# Words before an amount, or right after it, that make it an exchange rate (`FX_RATE_BEFORE`,
# `FX_RATE_AFTER` in `currency.lang`): "an exchange rate of 1,337 won", "1,337 won to the dollar".
FX_RATE_BEFORE = r"exchange rates?(?:\s+(?:of|at|was|is|stood at|closed at))?"
# Right before a rate, what makes it the basis of a conversion (`FX_BASIS_BEFORE` in
# `currency.lang`): "292 billion won at an exchange rate of 1,351 won", not "closed at".
FX_BASIS_BEFORE = r"(?:at|using|based on)\s+(?:an|the)\s+exchange\s+rate\s+of"
FX_RATE_AFTER = ("to the dollar", "per dollar", "against the dollar", "to the U.S. dollar",
                 "per U.S. dollar")
# A word pricing by one share, then a share word, with up to three words between, anywhere in
# an amount's own clause (`PER_WORDS`, `SHARE_WORDS` in `currency.lang`; whole words): the wire's
# wording of a takeover, "$20 in cash for each Pellston share", "$20 per class A share".
PER_WORDS = ("per", "for each", "for every", "each")
SHARE_WORDS = ("share", "shares")
# ... or an article right before the share word ("$20 in cash a share"; `PER_WORDS_BESIDE`): with
# words between it is a portion, not a price ("a bigger share of the market").
PER_WORDS_BESIDE = ("a", "an")
# Words (as scan's words: lower case, a plural cut) that name what an amount beside them is the
# value of (`AMOUNT_ROLES` in `currency.lang`): a worth (a market capitalization is one), a gain,
# a borrowing, the money bid to subscribe to shares; a line of a firm's results (a revenue, an
# operating profit, a net income, EBITDA, the operating or administrative expenses: a revenue is
# never a net income), two words one space apart looked up as one ("net income"). Not "profit"
# alone: an operating profit is no gain on a holding, and which line a bare "profit" is the words
# do not say. Not "sales" (scan cuts the plural, and a "sale" is a deal's). Not "subscription"
# ("the subscription price" is a share's price).
AMOUNT_ROLES = {"worth": "worth", "valued": "worth", "value": "worth", "valuation": "worth",
                "capitalization": "worth", "capitalisation": "worth", "gain": "gain",
                "borrowing": "borrowing", "subscribe": "subscription",
                "revenue": "revenue", "net sale": "revenue",
                "operating profit": "operating profit", "operating income": "operating profit",
                "net income": "net income", "net profit": "net income", "ebitda": "ebitda",
                # the same two lines as a loss: an operating loss and a net loss are two lines
                "operating loss": "operating profit", "net loss": "net income",
                "operating expense": "expenses", "administrative expense": "expenses",
                "operating cost": "expenses", "total expense": "expenses", "sg&a": "expenses",
                # a company selling new shares to its holders ("rights offering", "rights
                # issue", as scan's words: the plural cut): the role SHARE_ISSUE, as 증자
                "right offering": "share issue", "right issue": "share issue"}
# Multipliers, as scan's words ("times" cut to "time"; "threefold"), and the word opening a
# clause of another subject (`MULTIPLIER_WORDS`, `OTHER_SUBJECT_BEFORE` in `currency.lang`).
MULTIPLIER_WORDS = ("time", "multiple")
MULTIPLIER_ENDINGS = ("fold",)
OTHER_SUBJECT_BEFORE = ("whose",)
# Words that put a level ahead, before a verb of the level ("expected to reach", "set to amount
# to"): a target's stage before "reach" (`STAGE_WORDS`), a forecast before "amount to"
# (`AMOUNT_TO_FORECAST_BEFORE`).
# The modal verbs that put what follows ahead ("will reach", "could climb").
FORECAST_MODALS = ("will", "would", "should", "could", "may", "might")
PROJECTING = ("expected to", "projected to", "forecast to", "forecasted to", "likely to", "set to",
              "estimated to")
# Words of a plan: its amount a target (`STAGE_WORDS`), a day after them ahead (`FUTURE_BEFORE`).
PLAN_WORDS = ("plans to", "plan to", "planning to", "intends to", "intend to", "aims to", "aim to")
# A second predicate of the amount's subject joined by "and" ("will invest $2 billion in the plant
# and plans to start production in 2025"): a date ahead of the news after it is that deed's, not
# the amount's, which is the plan as stated then. Only a plan word, "will" and "expected to": the
# other modals ("may", "could") add nothing measured, and "may" would also be the month.
SECOND_DEED_OPENS = tuple(f"and {w}" for w in (*PLAN_WORDS, "will", "expected to"))
# ... unless the second deed's object is the amount itself ("and will book it in 2025", "and
# expected to spend the money in 2025"): then its date is the amount's.
SECOND_DEED_REFERS_BACK = ("it", "them", "the money", "the funds", "the sum", "the payment",
                           "the amount", "the proceeds", "the cash")
# Words naming the stage of a figure, as (kind, stage): a budget proposed or passed, a result
# given as guidance or as final, a market's price at the open or the close, a target or the
# price reached. Two amounts whose sentences name different stages of one kind are two facts.
# Matched as whole words; a close price is also the actual one a target is set against. Not
# "estimate" or "final" alone: "an estimated 2.6%", "a final agreement" name no result's stage.
STAGE_WORDS = {
    "proposed": (("bill", "proposed"),), "proposal": (("bill", "proposed"),),
    "approved": (("bill", "passed"),), "passed": (("bill", "passed"),),
    "preliminary": (("result", "preliminary"),), "guidance": (("result", "preliminary"),),
    "final results": (("result", "final"),), "final figures": (("result", "final"),),
    "at the open": ((SESSION, OPEN),), "opened at": ((SESSION, OPEN),),
    "opening price": ((SESSION, OPEN),),
    "began trade at": ((SESSION, OPEN),), "began trading at": ((SESSION, OPEN),),
    "started trading at": ((SESSION, OPEN),), "opened trading at": ((SESSION, OPEN),),
    "debuted at": ((SESSION, OPEN),),
    "closed at": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "closed trading at": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "closing price": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "at the close": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "finished the day": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "ended the day": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "target price": ((TARGET, TARGET),), "price target": ((TARGET, TARGET),),
    # what a court, a jury or a tribunal decided, against what a party asked of it (STAGE_BEFORE):
    # two facts, however close ("the jury awarded $62 million; Orbit had sought $58 million")
    "awarded": ((CLAIM, DECIDED),), "verdict": ((CLAIM, DECIDED),),
    # an offer's price or band, and the offer's sums and valuation, against a price the listing
    # day's trade gave. "IPO" alone is not the offer: an "IPO debut" or a "post-IPO" value is
    # the listing day's trade, so only the offer's own phrases name it.
    "price band": ((SESSION, OFFER),), "price range": ((SESSION, OFFER),),
    "priced its ipo": ((SESSION, OFFER),),
    "in its ipo": ((SESSION, OFFER),), "the ipo valued": ((SESSION, OFFER),),
    "ipo valuation": ((SESSION, OFFER),),
    # "opened for trading at" is the listing day's common idiom for "opened at"
    "opened for trading at": ((SESSION, OPEN),), "first day of trading": ((SESSION, TRADING),),
    # A value a session gave ("at its intraday low") is no forecast of it.
    "intraday": ((TARGET, ACTUAL),),
    # A goal a company names ("is targeting a $3 billion IPO", "targeting $10 billion in sales")
    # is no value a session gave: apart from a close's market value however close.
    "targeting": ((TARGET, TARGET),),
    # A level projected ("is expected to reach $25 billion", "is set to reach") is no value a
    # session gave, as Korean 것으로 예상 says: apart from a close's value ("closed at"). Only
    # verbs that project a level: not "expected to" alone ("the deal, valued at $3 billion, is
    # expected to close in May" states a value now).
    **{f"{w} reach": ((TARGET, TARGET),) for w in PROJECTING},
    "expected to be valued at": ((TARGET, TARGET),),
    # A plan ("plans to offer 12 million shares, raising $240 million") is a target too: apart
    # from what the deal came to (`STAGE_BEFORE`'s "upsized") and from a close's value.
    **{w: ((TARGET, TARGET),) for w in PLAN_WORDS},
    # Not "was trading at" for a price while the session goes on (Korean 거래되고 있): "shares
    # are trading at a discount to the $30 offer price" would give the offer price that stage.
}
# What may stand before the last word "at" of a stage word: a move's size and direction ("closed
# 3.1 percent higher at", "opened up 3% at", "closed 1,500 won higher at", "closed sharply higher
# at"), which leaves the stage the words name as it is (`STAGE_MOVE_FILL` in `currency.lang`): its
# words, and a number with a sign of money before it or a unit of a move after it. The date
# layer reads the same words and units between a close's word and the price it dates (CLOSE_GLUE).
STAGE_MOVE_WORDS = ("up", "down", "higher", "lower", "sharply", "slightly", "steeply", "marginally",
                    "modestly", "nearly", "almost", "about", "flat", "unchanged", "little changed",
                    "weaker", "stronger")
# ... besides the percent words of COUNTERS ("3.1 percent higher at").
STAGE_MOVE_UNITS = ("%", "won", "dollars", "cents", "points")
_MOVE_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# A sign of money before its number, a prefixed dollar's (CURRENCY_BEFORE: "US$", "HK$") or a bare
# one; longer signs first so "US$" is not read as "US" and "$".
MONEY_SIGN = "(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(
    CURRENCY_BEFORE, key=len, reverse=True)) + r"|[$€£¥₩])"
# Where and when, before a stage word's last word "at" (`STAGE_WHERE_FILL` in `currency.lang`): a
# place or a day named by capitalised words after "in" or "on", a date in parentheses after it
# ("opened trading in Chicago on Tuesday (June 4) at"), which leaves the stage the words name
# as it is; read only when an amount follows "at", as `STAGE_MOVE_FILL` is.
STAGE_WHERE_FILL = (r"(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z0-9][\w.'&-]*(?:\s+[A-Z0-9][\w.'&-]*){0,3}"
                    r"(?:\s*\([^()]{1,24}\))?)+")
# Where an amount starts: a hedge's word ("about"), then a sign of money or a digit.
STAGE_AMOUNT_AHEAD = (r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in HEDGE_BEFORE)
                      + r")\s+)?(?:" + MONEY_SIGN + r"|\d)")
STAGE_MOVE_FILL = (r"(?:\s+(?:" + "|".join(STAGE_MOVE_WORDS) + "|" + MONEY_SIGN + r"\s?" + _MOVE_NUMBER
                   + "|" + _MOVE_NUMBER + r"\s*(?:" + "|".join(
                       w.replace(" ", r"\s+") for w in STAGE_MOVE_UNITS
                       + tuple(w for w, unit in COUNTERS.items() if unit == "percent"))
                   + r"))(?!\w))+")
# The time of day a price is quoted at ("as of 10:35 a.m.", "at 2 p.m.", "10:35 AM ET";
# `QUOTE_CLOCK` in `currency.lang`): a clock after "as of" or "at", with its half of the day, as a
# bare "10:35" may be a ratio or a score, and "said at 4:30 p.m." an event's time, not a quote's.
QUOTE_CLOCK = (r"(?i:\b(?:as\s+of|at)\s+(?P<en_hour>\d{1,2})(?::(?P<en_minute>\d{2}))?\s*"
               r"(?P<en_half>[ap])\.?\s?m\b\.?)")
CLOCK_AFTERNOON = ("p",)
# Words naming the stage of only the amount right after them (`STAGE_BESIDE` in `currency.lang`):
# a session's extremes, said by words that name one ("rose as high as 81,500 won", "an intraday
# low of $12.40"), not its open or close however close in value. Only beside: "With an offer price
# of $20, shares traded as high as" names no stage of the offer price. "hit", "rose to", "fell to"
# name no extreme: a level reached or forecast ("to hit $90 billion by 2030"), and wires write
# a close so ("fell 3% to 50,000 won"). A move names one thing whatever the sentence: the level
# it reached is not the open it started from (kind "opening": "opened at 412,000 won" and "hit
# 413,000 won in a minute" are two readings, however close).
STAGE_BESIDE = {
    "as high as": ((SESSION, HIGH),), "peaked at": ((SESSION, HIGH),),
    "intraday high of": ((SESSION, HIGH),),
    "as low as": ((SESSION, LOW),), "plunged to": ((SESSION, LOW), (OPENING, MOVED)),
    "intraday low of": ((SESSION, LOW),),
    **{w: ((OPENING, MOVED),) for w in (
        "hit", "rose to", "fell to", "climbed to", "jumped to", "surged to", "soared to",
        "dropped to", "slid to", "sank to", "tumbled to")},
    # a close said by the verb's -ing form after a move ("rose to $34 before closing at $31"); only
    # beside, as "a deal closing at year-end" names no close of an amount further on, and only
    # after "before" or "after": "was closing at $33 when trading halted" and "a deal closing at
    # $30 a share" name no close
    **{w: ((SESSION, CLOSE), (TARGET, ACTUAL)) for w in ("before closing at", "after closing at")},
}
# A share's move said with its size, right before the amount: to a session's extreme
# (`STAGE_SIZED_MOVE` in `currency.lang`: "shares rose as much as 4.3% to 388,500 won", "fell as
# much as 3 percent to $41", the wires' words for an intraday extreme, not the close, "rose 4.3%
# to"), a low after a word of a fall in the amount's clause (`STAGE_DOWN_WORDS`); or to the close
# (`STAGE_CLOSE_MOVE`: "climbed 5.2 percent to close at 412,000 won"). Only when a share is what
# moved (`STAGE_MOVE_SUBJECT`, before the amount in its clause) and nothing there puts the move
# ahead (`STAGE_MOVE_AHEAD`): "expects revenue to rise as much as 10% to $5 billion", "shares are
# expected to close at $50" and "the deal is due to close at $30 a share" are no session's price.
STAGE_SIZED_MOVE = (r"\bas\s+much\s+as\s+\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+to\s+$")
STAGE_CLOSE_MOVE = r"\bto\s+close\s+at\s+$"
STAGE_DOWN_WORDS = ("fell", "fall", "falls", "dropped", "drop", "drops", "slid", "slide", "slides",
                    "slipped", "slip", "slips", "eased", "ease", "eases", "sank", "sink", "sinks",
                    "lost", "lose", "loses", "declined", "decline", "declines", "tumbled",
                    "tumble", "plunged", "plunge", "slumped", "slump", "retreated", "down", "lower")
STAGE_MOVE_SUBJECT = ("shares", "stock", "stocks", *_SHARE_PRICE)
STAGE_MOVE_AHEAD = ("expect", "expects", "due", "scheduled", "aims", "aim",
                    *dict.fromkeys(p.split()[0] for p in PROJECTING), *FORECAST_MODALS)
# Words naming the stage of only the amount written right after them (`STAGE_BEFORE` in
# `currency.lang`; between them only `STAGE_GLUE`): an offer price in apposition ("an IPO price of
# $20") is neither the open nor the close its sentence goes on to give ("shares opened at $38").
# Before its amount only: "closed 68% above its offer price" names no stage of the close.
STAGE_BEFORE = {
    "ipo price": ((SESSION, OFFER),), "offer price": ((SESSION, OFFER),),
    # a buyer's offer for a share in apposition ("a buyback offer of 52,000 won per share", "the
    # final offer of $31"): no close its sentence names ("shares ended well above")
    "offer of": ((SESSION, OFFER),),
    "offering price": ((SESSION, OFFER),), "issue price": ((SESSION, OFFER),),
    # what a party asked of a court or a tribunal, said right before the amount: only beside it,
    # as an award's sentence often names the claim too ("awarded $53 million of the $770 million
    # it sought")
    "sought": ((CLAIM, CLAIMED),), "had sought": ((CLAIM, CLAIMED),),
    # an amount moved from the one planned ("its upsized $1.4 billion IPO"): neither the plan
    # nor a forecast of it, only beside it ("the upsized deal drew $1.4 billion of orders")
    "upsized": ((TARGET, MOVED),), "downsized": ((TARGET, MOVED),),
    # the range an offer is marketed at ("after marketing them for $41 to $43"): not the price
    # it is priced at, however close
    **{w: ((SESSION, MARKETED),) for w in (
        "marketed at", "marketed for", "marketing them for", "marketing the shares for",
        "marketing shares for", "marketed the shares at", "marketed the shares for")},
}
# An offer's price set at the number a band's end names, said before that number in its clause
# (`OFFER_SET_BEFORE` in `currency.lang`): "priced its IPO at the top of the range, at $44".
OFFER_SET_BEFORE = r"\b(?:priced|set|fixed)\b[^.;]*\bat\s*$"
# Words of a pricing still to come (`OFFER_SET_AHEAD`): "ahead of setting the offer price, ... the
# top of the range, $44" names the band, not the price.
OFFER_SET_AHEAD = ("ahead of", "before", "prior to", "yet to")
# A level a raise or a revision reached, said in the amount's own clause (`REVISED_BEFORE` in
# `currency.lang`): a raise's verb, then "to" right before the amount and no other "to" between
# ("raised its offer price to 830,000 won", "lifting the deal's cost to about $2 billion", "costs
# rose to $2 billion"; not "raised prices to lift revenue to $2 billion"), or the raised offer
# named in apposition ("its sweetened offer of $52"). A new round of the offer, not an earlier one
# told plainly ("a $48 offer"). The raise's forms of `CHANGE_BEFORE` (transitive and intransitive,
# as Korean's 올렸다 and 늘었다), and the words of a raise or a revision it lacks.
RAISE_FORMS = ("grow", "grows", "grew", "grown", "rise", "rises", "rose", "risen", "increase",
               "increases", "increased", "raise", "raises", "raised")
# A revision may go either way (`REVISED_EITHER_WAY` in `currency.lang`): a level revised to may
# be above or below the one it replaces; every other word here is a raise's.
REVISED_EITHER_WAY = ("revised", "revises", "revise", "revising")
_REVISION_VERBS = RAISE_FORMS + REVISED_EITHER_WAY + (
    "raising", "increasing", "rising", "growing", "sweetened", "sweetens", "sweeten",
    "sweetening", "lifted", "lifts", "hiked", "hikes", "boosted", "boosts", "upped")
# What a raise or a revision is of, named in the amount's clause (`REVISED_OBJECTS`), as Korean's
# list: a price, an offer, a bid, its cost or budget, a forecast. "The sum Orvel has collected so
# far climbed to $9 billion" and "its spending may grow to $1.5 billion" name none: money raised, a
# level that may come.
REVISED_OBJECTS = ("price", "offer", "bid", "cost", "budget", "consideration", "target",
                   "forecast", "guidance", "estimate", "outlook", "valuation")
# The object stands between the verb and its "to" ("raised its offer price to"), or before the
# verb, its subject ("costs rose to", "the offer was raised to"); a share word between them says
# the level is a share's price ("the raised bid lifted Kestrel shares 3.9% to 431,000 won"),
# unless, after the verb, it names what the offer is for ("its offer price for Kestrel shares
# to"). A subject is a share's price with a share or stock word right before it or naming it
# ("Kestrel's share price rose to", "the price of Kestrel shares rose to"): a quote's move, no
# raise. Or the raised object in apposition: a verb's past participle before it ("sweetened offer
# of"). A hedge ("to about $2 billion") is inside the amount's span, so "to" ends the text before it.
_REVISED_OBJECT = r"\b(?:" + "|".join(REVISED_OBJECTS) + r")s?\b"
_SHARE_WORD = r"\b(?:" + "|".join(SHARE_WORDS) + r")\b"
_SHARE_PRICE_WORDS = (*SHARE_WORDS, "stock", "stocks")
_SHARE_PRICE_WORD = r"\b(?:" + "|".join(_SHARE_PRICE_WORDS) + r")\b"
_NOT_A_SHARES = "".join(rf"(?<!\b{w}\s)" for w in _SHARE_PRICE_WORDS)
_UP_TO_ITS_TO = (r"(?:\b(?:for|of)\s+(?:[\w'.-]+\s+){0,3}?" + _SHARE_WORD
                 + r"|(?!\bto\b|" + _SHARE_WORD + r")[^,;])*")
_UP_TO_ITS_VERB = r"(?:(?!\bto\b|" + _SHARE_PRICE_WORD + r")[^,;])*"
_REVISION_VERB = r"\b(?:" + "|".join(_REVISION_VERBS) + r")\b"
REVISED_BEFORE = (r"(?i:" + _REVISION_VERB + _UP_TO_ITS_TO + _REVISED_OBJECT + _UP_TO_ITS_TO
                  + r"\bto\s+$|" + _NOT_A_SHARES + _REVISED_OBJECT + _UP_TO_ITS_VERB
                  + _REVISION_VERB + r"\s+to\s+$"
                  r"|\b(?:" + "|".join(v for v in _REVISION_VERBS if v.endswith("ed"))
                  + r")\s+(?:[a-z-]+\s+){0,3}?" + _REVISED_OBJECT + r"\s+(?:of|at)\s+$)")
# Verbs and words before "if" that make it an indirect question, no condition ("analysts asked if
# demand would hold"): what follows supposes nothing.
QUESTION_BEFORE_IF = ("asked", "ask", "asks", "asking", "wondered", "wonder", "wonders", "know",
                      "knows", "see", "unclear", "uncertain", "sure", "decide", "decides")
# A condition whose consequence is still to come (`SUPPOSING_CLAUSE` in `currency.lang`): "if"
# with "would" later in the sentence ("If priced at $21, the offering would raise $1.3 billion"),
# the consequence's word its pattern's only group. Its amounts are a computation, the target
# stage, not what was done: only those of the clauses from the condition's to the consequence's
# (`CLAUSE_BREAK`), none before "if" in another clause nor after a semicolon.
SUPPOSING_CLAUSE = (r"(?i:" + "".join(rf"(?<!\b{w}\s)" for w in QUESTION_BEFORE_IF)
                    + r"\bif\b)(?=[^.;]*?\b(would)\b)")
# What may stand between a stage word and the amount it names (`STAGE_GLUE` in `currency.lang`),
# besides spaces and an opening parenthesis: "an IPO price of $20", "the offer price was $20",
# "IPO price set at $20".
STAGE_GLUE = r"\s+(?:of|was|is|at|(?:(?:was|is|been|being)\s+)?(?:set|fixed|confirmed)\s+at)"
# Words between the amount a stage word names (one right before it) and a later amount that carry
# the stage on to it (`STAGE_CARRY` in `currency.lang`): a list ("closed at $30 and $31", "on Monday
# and at $31 on Tuesday") or the level a move came from ("closed at $50, up from $48"). Without
# one, a later amount is another figure: "began trading at $59, twice the $30 set in the IPO".
STAGE_CARRY = ("and", "or", "from")
# What else such a list may hold between the two amounts: `STAGE_LIST_FILL`, after the months.
# What ends a clause (`CLAUSE_BREAK` in `currency.lang`): a comma or semicolon before a space, a
# word joining another clause ("rose as high as ... before it closed at ...").
CLAUSE_BREAK = r"[,;]\s|(?i:\b(?:and|but|while|after|before|then|whereas)\b)"
# Between two members of a list of amounts (`LIST_JOIN` in `currency.lang`), and what makes two
# amounts no list (`LIST_NOT`): "rose to $56 million in September from $40 million" is a change.
LIST_JOIN = r"[,;]|(?i:\b(?:and|plus)\b)"
LIST_NOT = r"(?i:\b(?:from|than|versus|vs|compared|against)\b)"
# Stock exchanges by name, as written (`STOCK_EXCHANGES` in `currency.lang`): a share listed on two
# trades at two prices, so a price on one and a price on another are two facts, however close.
STOCK_EXCHANGES = {
    "BSE": "bse", "Bombay Stock Exchange": "bse", "NSE": "nse",
    "National Stock Exchange of India": "nse", "National Stock Exchange": "nse",
    "NYSE": "nyse", "New York Stock Exchange": "nyse", "Nasdaq": "nasdaq", "NASDAQ": "nasdaq",
    "London Stock Exchange": "lse", "Hong Kong Stock Exchange": "hkex", "HKEX": "hkex",
    "Tokyo Stock Exchange": "tse", "KOSDAQ": "kosdaq", "Kosdaq": "kosdaq",
}
# Words that make an exchange's name an index's ("the BSE Sensex", "the Nasdaq Composite"): not
# where an amount traded (`INDEX_AFTER_EXCHANGE` in `currency.lang`).
INDEX_AFTER_EXCHANGE = ("Sensex", "Nifty", "Composite", "index", "indices", "indexes")
# Words naming a market value (`MARKET_QUOTE` in `currency.lang`): it moves day by day, so two
# days' values are two facts. Whole words. Not share prices ("closed at", "share price"): an IPO
# price beside a close is restated on many days (docs/holdout.md, stop 39).
MARKET_QUOTE = ("market value", "market cap", "market capitalization", "market capitalisation")
# Words saying a market value is of a recent day the text does not name (`RECENT_DAY` in
# `currency.lang`): "a market value of $250 million recently" is no day's value another article
# names ("at Monday's halt"); a quantity that moves daily, read at two times, is no discrepancy.
# Not "in recent days, weeks or months": a stretch of time, as "최근 3개월" is (`ko.RECENT_SPAN_AFTER`).
RECENT_DAY = ("recently", "lately", "of late")
# "recent" as an adjective of a market word (`RECENT_BEFORE_MARKET` in `currency.lang`): "its
# recent market value of $X". Not "recent" alone: "in recent years" is a span, no day.
RECENT_BEFORE_MARKET = ("recent",)
# A deed its own clause tells as recent, in the past tense, with no day named (`recent_past` of
# `DATE_FORMS`): "Orvel recently signed a $120 million deal", "was recently awarded". A past verb
# is a regular one's -ed, one of `PAST_DEEDS`, or one of these simple pasts; an auxiliary before
# "recently" makes it the past too ("has recently", "was recently"). Not "recently" before a
# present verb ("recently trades at"), nor "in recent years" (a span of its own).
RECENT_PAST_VERBS = ("struck", "got", "took", "began", "became", "sought", "wrote", "drew",
                     "gave", "grew", "rose", "fell", "chose", "led", "bid")
RECENT_PAST_AUXILIARIES = ("has", "have", "had", "was", "were")
# Words before "recently" that make its participle describe a noun ("the recently listed Orvel
# is valued at", "Norden's recently completed plant"): the amount is then a present value, not
# the recent deed's (`recent_past`).
RECENT_NOUN_LEAD = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "these")
RECENT_NOUN_POSSESSIVE = ("'s", "\u2019s")
# Words after an auxiliary's "recently" that tell a state, not a deed ("has recently seen its
# revenue reach", "has recently been trading at $12", as is any -ing form), the second unless a
# past participle follows it ("has recently been awarded" is a deed).
RECENT_STATE_AFTER = ("seen",)
RECENT_STATE_UNLESS_PASSIVE = ("been",)
# Words for the few days just before a report (`recent_past`), no day named.
RECENT_PAST_WORDS = ("in the past few days", "in the last few days", "over the past few days",
                     "over the last few days")
# Words for the days of the report's own week before it (`week_early`).
WEEK_EARLY_WORDS = ("earlier this week",)
# A word that makes the date after it a point of comparison ("the largest listing since Brill's
# debut in 2015"): that date does not date an amount written before the word.
DATE_ANCHOR_BEFORE = ("since",)
# Words that liken an amount to a level of another time, the term likened written after them
# ("$5 billion, similar to its 2021 valuation"; `ko.LIKENED_TERM_BEFORE`): a date of that term
# dates the level, not the amount.
LIKENED_TERM_AFTER = ("similar to", "in line with", "on par with", "comparable to",
                      # a multiple of the other term ("$6 billion, three times as much as it got
                      # for the unit in 2009"): a date of that term dates what it got
                      "times as much as", "twice as much as", "times what", "twice what")
# A ranking's words and the word that then leads its other term ("the biggest IPO on record after
# Kestrel raised $2 billion in 2022", "the second biggest deal after ..."): a date past that word is
# the other term's when its amount is nearer. Only a superlative or an ordinal makes "after" a
# ranking's: alone it tells a time as often ("$5 billion after a $2 billion writedown in 2024"),
# and "first", "most", "top" and the ordinals open a time, a period or a round as often ("the
# first listing after", "in the second half after a loss in the first half of 2023"); "second
# biggest" is caught by its superlative.
RANKING = ("biggest", "largest", "greatest", "highest", "lowest", "smallest", "best", "worst")
RANKED_AGAINST = ("after",)
# Words after an amount that say what a dispute arose from ("ordered to pay $5 million in a case
# stemming from the 2011 spin-off"): a year naming that earlier event as its noun's ("the 2011
# spin-off", "its disputed 2011 spin-off") dates the event, not the amount before the words.
# Only right after a noun of `DATE_ORIGIN_NOUNS` that a word of `MODIFIED_NOUN_OPENS` opens ("a
# lawsuit over"): alone, "over" and "in connection with" also say when or for what the amount was
# ("earned $5 million over the 2020 season", "tied to its 2021 results", "over the 2019 takeover
# of Norden", when the payment is the takeover), and so does the amount's own noun ("$3 billion
# in claims over the 2021 floods" are the floods' claims).
DATE_ORIGIN_BEFORE = ("stemming from", "stems from", "stemmed from", "arising from", "arising out of",
                      "arose from", "resulting from", "in connection with", "related to",
                      "relating to", "linked to", "tied to", "involving", "over")
# Nouns of a dispute or a case (`DATE_ORIGIN_NOUNS` in `currency.lang`): what a year after
# "a lawsuit over ..." names is the event it is about, earlier than the dispute's amounts.
DATE_ORIGIN_NOUNS = ("lawsuit", "lawsuits", "suit", "suits", "case", "cases", "dispute", "disputes",
                     "claim", "claims", "arbitration", "litigation", "damages", "complaint")
# A word before a date that makes it the start of a span ("since November 2009, sales of $38
# billion"): the span's amount is of its end, not of that start (`ko.SPAN_START_AFTER`).
SPAN_START_BEFORE = ("since",)
# A word that pairs a sentence's dates with its amounts in order ("bought A in 2014 and B last
# year for $2.5 billion and $7.5 billion, respectively"): the n-th date is the n-th amount's.
RESPECTIVELY = ("respectively",)
# ... but not when a date has one of these words right before it: its dates are then a range's two
# ends ("from 2020 to 2023", "between 2020 and 2023") or a comparison's ("up from 2023",
# "compared with 2023", "than in 2023"), not a list of the amounts' own dates.
NOT_LISTED_BEFORE = COMPARED_BEFORE + ("between", "through", "until", "since", "than in")
# Words before a date that make it a deadline ("to invest $1 billion by 2030"): a plan's amount,
# due by a date still ahead, is the amount as planned when stated, not as of the deadline.
DEADLINE_BEFORE = ("by", "by the end of", "until", "through")
# Words between an amount and a date right after it that make the date the period the amount is
# of ("$286 million for the first half of the year", "a loss of $2 billion for 2020").
PERIOD_FOR = ("for",)
# Words that point a sentence naming no date of its own at the time the sentence before names
# ("It agreed to buy Norden on March 2. At the time, that was $1.2 billion"): that date is one of
# its amounts', when that sentence names only one (`currency.text.dating`). Set off by
# punctuation: "at the time it went up for sale" or "at the time of the listing" names a time of
# its own.
AT_THE_TIME = r"\b[Aa]t (?:the|that) time(?=\s*[,.;:)]|\s*$)"
# "At the time of" an event named by its noun ("At the time of the acquisition, its debt was $2
# billion"): the time an earlier sentence of the article gives that noun, in the noun's own clause
# (`_at_the_time_of` in `currency.text.dating`); its noun is the group "deed".
# Only after one of these nouns (see `ko.AT_THE_TIME_OF_EVENTS`): "at the time of writing" or
# "of publication" is the writer's time, which no earlier sentence dates.
AT_THE_TIME_OF_EVENTS = ("acquisition", "merger", "deal", "sale", "listing", "IPO", "offering",
                         "purchase", "takeover", "signing", "agreement", "investment", "buyout",
                         "spin-off", "spinoff", "split", "launch", "debut", "founding")
AT_THE_TIME_OF = (r"\b[Aa]t the time of (?:(?:the|its|their|his|her|our|this|that) )?"
                  r"(?P<deed>" + "|".join(AT_THE_TIME_OF_EVENTS) + r")\b")
# ... but a sentence that also speaks of now, or compares with then (these, and `COMPARISON`:
# `currency.text.dating`), holds amounts of today ("Norden is now worth $5 billion, twice its
# value at the time"; "up from $10 at the time").
AT_THE_TIME_NOT = ("now", "today", "currently", "since then", "from")
# ... and it dates no amount after one of these, which sets another time against then ("At the
# time, it lost money, but it made $2 billion last year").
AT_THE_TIME_UNTIL = ("but", "while", "whereas", "although", "though", "yet", "since")
# ... and the sentence before points at no one time when one of these moves on from its date
# ("joined in 2019 and left two years later").
AT_THE_TIME_MOVED = ("later", "afterwards", "thereafter")
# The year after the one a sentence names earlier, between that year and an amount (see
# `ko.YEAR_AFTER`): "sold in 2016 for $3 million and, the following year, for $11.5 million".
# Not "the next year" (also a span ahead: "will pay $5 million over the next year"), nor "a year
# later" (a time since, not a calendar year: "a year later than planned", "half a year later").
YEAR_AFTER = ("the following year",)
# Words that join the named year to the year after as the two ends of one span ("between 2016
# and the following year", "in 2016 and the following year"): the amount is not the later year's.
YEAR_AFTER_SPAN = ("and", "to", "through", "until")
# Words of a deal being made, in the past: an undated sentence that states a deal's terms with
# them ("Orbit agreed to pay $2 billion in cash") restates the deal as made when the nearest
# earlier sentence with such words dates it, if that date is older than the article's news ("The
# deal was announced 12 months ago"): the terms are of the signing, not of a later step.
DEAL_MADE = ("agreed to", "agreed on", "was agreed", "was announced", "was signed",
             "were signed", "signed a", "struck a")
# A board meeting's day, in a sentence that writes the later day its decision was made public
# ("지난 3일 이사회를 열고 인수를 결의했다고 5일 밝혔다"), is a step toward the news: a deal is
# dated by its announcement, so neither its amounts nor the article's news date take that day.
BOARD_MEETING = ("board meeting", "board of directors")
# Words before a date that make it the time of a deed ("will pay $2 billion in March 2025", "an
# offering scheduled for Jan. 27"): a deed still ahead of the news is planned, its sum the plan
# as stated then, as before a deadline.
# Before a month or a day only: a year or a quarter is as often the period a sum is of ("expects
# sales of $9 billion in 2027") ... "date of" names the day a deed is set for ("the rest is due
# on the closing date of June 17", "a record date of June 3, 2024"), read only when that day
# resolves ahead of the news: a yearless day resolved into a past year still dates its sum.
# "around" sets a deed for about that time ("to close around March 2027, when it pays $2 billion").
SCHEDULED_BEFORE = ("in", "on", "for", "date of", "around")
# ... unless a point of it is named ("at the end of 2021"), or a project's completion is set for it
# ("a $5 billion plant, to be completed in 2025": the sum is the plan as stated, not that year's).
SCHEDULED_POINT_BEFORE = ("at the end of", "at the start of", "in early", "in late", "in mid",
                          "complete in", "completed in", "completion in")
# ... unless the sentence says a level grows to the amount ("a market expected to grow to $100
# billion by 2025"): a forecast of that year's level, dated by it.
# "amount to" after a modal or a forecast's word says the level a market comes to ("should
# amount to $520 million by 2025"); "amounts to" alone is a level now, a due year no date of it
# ("its debt amounts to $520 million and must be repaid by 2025").
AMOUNT_TO_FORECAST_BEFORE = (*FORECAST_MODALS, *PROJECTING)
GROWS_TO = ("grow to", "grows to", "growing to", "expand to", "expands to", "rise to",
            "rises to", "climb to", "increase to", "reach", "reaches", "hit",
            *(f"{w} amount to" for w in AMOUNT_TO_FORECAST_BEFORE))
# A verb of a goal met ("aims to achieve $4 billion in sales by 2031"): the level the company
# sets for that year, dated by it as a forecast's level is. Only its own amount: "to achieve net
# zero by 2050, it will invest $5 billion by 2030" still plans a sum as stated then
# (`currency.text.dating._goal_met`).
TARGET_MET = ("achieve", "achieves", "achieving", "attain", "attains", "attaining")
# A goal's verb, English writes before its own amount, past a few words at most ("achieve sales
# of $4 billion"): an amount further on is another clause's ("achieve net zero and invest $2
# billion").
GOAL_BEFORE_OWN = TARGET_MET
GOAL_OWN_AFTER = r"\s+(?:[^\W\d_]+\s+){0,3}"
# A deadline right before a purpose's goal verb is the goal's ("invest $3 billion by 2031 to
# achieve $9 billion in sales"): the year the goal is set for.
DEADLINE_TO_GOAL = r",?\s+(?:in\s+order\s+)?to\s+"
# What opens another clause between a goal's amount and a deadline after it: a semicolon, a
# comma and "while" ("achieve $4 billion in sales, while Norden plans to invest $2 billion by
# 2031"), or a comma and "and" before a new subject, a name or a pronoun ("..., and Norden will
# build a plant by 2031"): the deadline is that clause's deed's, not the goal's year.
GOAL_CLAUSE_SUBJECTS = ("it", "they", "he", "she", "we")
GOAL_CLAUSE_OPENS = (r";|,\s+(?:while|whereas)\s|,\s+and\s+(?:[A-Z]|(?:"
                     + "|".join(GOAL_CLAUSE_SUBJECTS) + r")\s)")
# ... or another amount, past a verb word of its own ("achieve $4 billion in sales and will spend
# $2 billion by 2031"); a later item of the goal's own list has none ("achieve $2 billion in
# revenue and a market value of $9 billion by 2030").
GOAL_OTHER_VERBS = (*FORECAST_MODALS, *PLAN_WORDS)
# A growth verb with "from" and an amount right after it names the level it grows to as well:
# "to grow from $10 million last year to $15 million by 2030" forecasts 2030's level as "grow to
# $15 million by 2030" does. Only with that amount: "expand from batteries into chips" and "rise
# from younger shoppers" forecast no level. Not "increase from", as often a noun's ("an increase
# from $2 billion in its old plan") as a verb's.
GROWS_FROM = ("grow from", "grows from", "growing from", "expand from", "expands from",
              "rise from", "rises from", "climb from", "climbs from")
# Words before "X to Y" that make X a change and Y the level it reaches ("rose by a net $2 billion
# to $9 billion"): two amounts, not a range.
CHANGE_BY_BEFORE = ("by", "by a net", "by a further", "by another", "by an additional")
# Words right before an amount that make it a change when the word "to" and a level follow
# ("would grow 16.9 trillion won to 242.9 trillion won"; `CHANGE_BEFORE` in `currency.lang`).
# Not "from": "from $5 billion to $6 billion" names two levels and no change.
CHANGE_BEFORE = CHANGE_BY_BEFORE + RAISE_FORMS + (
    "decline", "declines", "declined", "fall", "falls", "fell", "fallen", "drop",
    "drops", "dropped", "climb", "climbs", "climbed", "jump", "jumps", "jumped", "gain", "gains",
    "gained", "shrink", "shrinks", "shrank", "expand", "expands", "expanded", "cut", "cuts",
    "reduce", "reduces", "reduced", "up", "down",
)
# The word between a change and the level it reaches ("fell $2 billion to $9 billion").
CHANGE_LEVEL_BETWEEN = ("to",)
# Comparatives written right after an amount (a parenthesised conversion aside) that make it a
# difference, a change between two levels, never a level (`DIFFERENCE_AFTER` in `currency.lang`):
# "the award is $2.3 billion smaller than the first", "$2 a share higher than the offer", "closed
# $2 lower". Whole words; a bound's words stand before its amount ("more than $5 billion").
DIFFERENCE_AFTER = ("smaller", "larger", "bigger", "greater", "less", "more", "fewer", "lower",
                    "higher", "cheaper", "short of")
# ... those of them that set the amount against another value (`COMPARED_AFTER` in
# `currency.lang`): "$2 billion more than its rival", "$1 billion short of the target"; not "$1.2
# billion more on its plant", a change of one quantity.
COMPARED_AFTER = (*(w + " than" for w in DIFFERENCE_AFTER if w != "short of"), "short of")
# Nouns naming a gap between two values ("the gap between them widened to $2.4 billion"): the
# same gap a comparison's words state ("$2.4 billion larger than"), written as a noun.
GAP_NOUNS = ("gap", "difference", "lead over")
GAP_NOUN = r"(?i:\b(?:" + "|".join(w.replace(" ", r"\s+") for w in GAP_NOUNS) + r")\b)"
# Words before the first of two levels joined by "to": "from $5 billion to $6 billion" (the
# level before a change and the level after it).
CHANGE_FROM_BEFORE = ("from",)
# Words between a change's starting level and the date right after it that make the date that
# level's ("up from $3 billion in 2019"): the other term's time.
CHANGE_FROM_WHEN = ("in", "on")
# Words before "from" that make "from X to Y" one uncertain amount, a range ("estimates range
# from $5 billion to $6 billion", "anywhere from $10 to $20"), not a level and the next level.
RANGE_FROM_BEFORE = ("range", "ranges", "ranged", "ranging", "anywhere", "vary", "varies",
                     "varied", "varying", "somewhere")

# Words that name a sum the same as another: before a conversion (`CONVERSION_BEFORE`) and
# between an amount and its conversion after a comma (`CONVERSION_EQUALS`).
_EQUIVALENT = ("equivalent to", "the equivalent of")
# Words that say an amount is a conversion the writer made (`currency.text.conversion_words`).
CONVERSION_BEFORE = (
    "converted into",
    "converted to",
    *_EQUIVALENT,
    "equivalent of",
)
# Written after a comma between an amount and its conversion: "1 trillion won, or about $760
# million" (broadcast and wire copy).
CONVERSION_JOIN = ("or",)
# Words between an amount and the same sum in another currency, after a comma ("224.9 billion
# won, equivalent to $168 million"): they join a conversion as a parenthesis does.
CONVERSION_EQUALS = (*_EQUIVALENT, "equal to")
# Written right after an amount, before the parenthesis of its conversion: the unit the amount is
# paid per ("$200,000 per day (about 279 million won)", "30,000 won a share ($22)", "$30 million a
# season (about 40 billion won)"). The reader's own period words (`PER_AFTER`: "a year",
# "annually") stand there too. A pair across such a word must show a rate the market's day
# allows (`conversions.py`): "$5 a share (1 trillion won in all)" is no conversion.
CONVERSION_PER_UNIT = (
    *PER_SHARE_AFTER, *PER_HEAD_AFTER, "each", "apiece", "a person",
    "per day", "a day", "each day", "daily", "per week", "a week", "weekly", "per night",
    "a night", "per hour", "an hour", "per unit", "a unit", "per barrel",
    "a barrel", "per ton", "a ton", "per tonne", "a tonne", "per season", "a season",
    "per game", "a game", "an ounce", "per ounce", "a gallon", "per gallon", "per litre",
    "per liter", "a litre", "a liter", "per kg", "a kg", "per kilogram", "a kilogram", "per dose",
    "a dose", "per square meter", "per square metre", "a square meter", "a square metre",
    "per pyeong", "a pyeong",
)
# Inside the parenthesis of a conversion, words that call its amount a whole: "$1 billion each
# (2.6 trillion won in total)" is a unit's amount and the whole, never one figure in two currencies.
CONVERSION_TOTAL = ("in total", "combined", "altogether", "in all", "a total of")
# Written before the first of amounts joined by "or" when they are a choice, not one amount in two
# currencies: "either 2 trillion won or $3 billion", "whether it pays 2 trillion won or $3 billion".
CHOICE_BEFORE = ("either", "whether")
# Written after the second of amounts joined by "or" when they are a choice: "500 million won or
# $1 million, whichever is greater", "10,000 won or $10, depending on the ticket".
CHOICE_AFTER = ("whichever", "depending on")
CONVERSION_BETWEEN = (
    "about",
    "approximately",
    "roughly",
    "around",
    "some",
    "nearly",
)
# Words naming the rate a conversion used; written after its amount, they may also open its
# parenthesis (`CONVERSION_RATE` in `currency.lang`).
# Those that name a rate ("at current rates"): they may open a sentence that restates the amount
# before it (`CONVERSION_RATE_NAMED` in `currency.lang`); "at the time" alone opens as many
# sentences of other news.
CONVERSION_RATE_NAMED = (
    "at today's exchange rate",
    "at today's rates",
    "at current exchange rates",
    "at current rates",
    "at the current exchange rate",
    "at the prevailing exchange rate",
    "at the then exchange rate",
    "at then exchange rates",
    "at the exchange rate",
)
CONVERSION_RATE = ("at the time", *CONVERSION_RATE_NAMED)
CONVERSION_AFTER = (
    *CONVERSION_RATE,
    "in today's money",
)
# A conversion written as the next sentence ("Halvard put $1.5 billion into the venture. In won
# terms, that is about 2 trillion won."): what may open that sentence before its amount
# (`currency.text.conversions`): a joining word, the words naming the currency it is reckoned
# in ("terms" may follow them), and what says the amount is the one before ("that's", a comma
# may follow), each optional but one of the last two.
CONVERSION_NEXT_OPEN = ("but", "and", "so")
CONVERSION_NEXT_LEAD = (
    "in won",
    "in korean won",
    "in korean currency",
    "in dollar",
    "in dollars",
    "in u.s. dollar",
    "in u.s. dollars",
    "in us dollar",
    "in us dollars",
)
CONVERSION_NEXT_SAY = (
    "that is",
    "that's",
    "that’s",
    "that would be",
    "that comes to",
    "this is",
    "it is",
    "it's",
    "it’s",
    "it would be",
    "it comes to",
)
# Words after the amount of that sentence, in its clause, that make it a difference, not the
# conversion ("That is 2 trillion won more than ...", "It is 4 trillion won short of its goal"):
# the comparison's words and those of a gap.
CONVERSION_NEXT_NOT = (*COMPARISON, "short of", "shy of", "above", "below")

# What begins the word after a period that ends an abbreviation, not a sentence: an English
# sentence starts with a capital, so "Harman International Industries Inc. for $8 billion" and
# "the U.S. semiconductor giant" go on (`currency.text.layout`'s sentences).
SENTENCE_GOES_ON = r"[a-z]"
# The months, January first: a month named in a date is the month of its place here.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Months as news style abbreviates them before a day ("Dec. 28", "Sept. 5"), and their number.
MONTH_ABBREVIATIONS = {"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7,
                       "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
# Abbreviations whose period goes on when a number follows: a date ("Sept. 5", "Oct. 20, 2021")
# or a numbered thing ("No. 2", "Vol. 3"). Case as written: "no. 2023 was" ends a sentence.
ABBREVIATIONS_BEFORE_NUMBER = tuple(a.rstrip(".") for a in MONTH_ABBREVIATIONS) + (
    "No", "Nos", "Vol", "Art", "Sec", "Fig", "p", "pp")
# A month's name or its abbreviation, as a pattern's alternatives.
_MONTH_WORDS = "|".join(MONTH_NAMES + tuple(a.replace(".", r"\.") for a in MONTH_ABBREVIATIONS))
# The days of the week (a list carrying a stage repeats them: "closed at $30 on Monday and at $31").
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The words that put a weekday right after them in the past ("last Thursday", "this past
# Friday"): a day no word can put ahead, as a bare weekday's may be ("is selling notes on Thursday").
# Not "previous" (`WEEKDAY_PAST_BEFORE` has it for a close): "the previous Friday" counts back
# from another day of the story, not from publication.
WEEKDAY_PAST_WORDS = ("last", "this past")
# ... not after these, which make it one of a series ("the last Friday of the month", "every
# last Friday"); a span's end or start and a comparison's base ("by last Friday", "since last
# Friday", "compared with last Friday") are the reader's to read, as for a date named whole
WEEKDAY_PAST_NOT_BEFORE = ("the", "The", "every", "each")
# ... nor before these ("last Friday of the month", "last Friday each month").
WEEKDAY_PAST_NOT_AFTER = ("of", "each", "every")
# What else a list carrying a stage may repeat between its two amounts (`STAGE_LIST_FILL` in
# `currency.lang`): a preposition, a day or a date, a move before its start ("up 4% from"). Any other
# word is another clause: "closed at $50 and the company is valued at $20 billion" names no close.
STAGE_LIST_FILL = (r"at|on|(?:up|down)(?:\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))?"
                   r"(?=\s+from\b)|today|yesterday|" + "|".join(WEEKDAYS) + "|" + _MONTH_WORDS
                   + r"|\d{1,2}(?:st|nd|rd|th)?|\d{4}")
# Words that put a day named without its year after them, in its clause, ahead of the news
# ("will pay on July 2", "is due to close on Dec. 5") when its past day is older than the news
# ("expected to grow ... from $100 billion on May 14" is of the news's days).
FUTURE_BEFORE = ("will", "would", "is to", "are to", "due to", "set to", "scheduled to",
                 "expected to", *PLAN_WORDS, "to be held", "going to", "expects to", "expect to",
                 "payable")
# Words that put a day named without its year after them, in its clause, ahead of publication
# ("must repay it by March 31", "due Nov. 15"), as `DEADLINE_BEFORE` does right before it: the
# next day of that name; any other such day is the past one ("Its Nov. 15 payment").
DAY_AHEAD_BEFORE = ("must", "due", "deadline", "expires", "expire", "starting", "scheduled",
                    "slated", "planned")
# Words that put a day or a month named without its year after them, in its clause, in the past
# whatever deadline's word leads it ("had repaid $2 billion by March 31", "was due by Nov. 15"): a
# deadline already met or missed, the latest one up to publication.
PAST_BEFORE = ("had", "was", "were", "did", "has been", "have been")
# ... only when the verb it leads is a deed done: a past participle (a word in "-ed" or one of
# these) right after it, maybe after an adverb ("had fully repaid", "was due by Nov. 15"); "was
# told it must repay" or "were promised $3 billion" lead no deed of the date's.
# The prepositions between a participle or a relative clause's words and the date they end on
# ("founded in 2011", "which opened on May 2"): the date is that deed's.
DEED_DATE_PREPOSITIONS = ("in", "on", "at", "during")
PAST_DEEDS = ("paid", "repaid", "sold", "made", "spent", "lent", "bought", "won", "given", "taken",
              "done", "met", "cut", "held", "kept", "lost", "brought", "sent", "built", "due",
              "owed", "raised", "set")
# Words between a past's word and the verb it leads: "had already repaid", "had been repaid".
PAST_DEED_LEAD = ("already", "not", "been", "being", "also", "fully", "partly")
# ... and unless one of these words follows it there: the deed was then still to be done ("was
# required to sell it by Aug. 2", "was approved on Monday and must be repaid by", "has been
# delayed until March 31"), or a present verb leads the date's phrase after it ("the $2 billion it
# had borrowed is due by June 30": "had borrowed" is a relative clause's).
PAST_UNDONE = ("to", "must", "will", "would", "shall", "should", "can", "could", "may", "might",
               "until", "is", "are")
# A date in a phrase of a past participle that describes a noun ("a band proposed in its filing
# in March", "the offer made in April", "Founded in 2009, Norden") is that
# noun's, not the time of the clause's amounts outside the phrase (`currency.text.dating`):
# the words that open such a noun, and the nouns of a period whose own date it is, anywhere in
# the phrase ("the quarter ended in June", "the three months that ended in June": the revenue's).
MODIFIED_NOUN_OPENS = ("a", "an", "the", "its", "their", "his", "her")
# ... as is a date in a relative clause set off by a comma after the amount's noun ("a $2 billion
# mill, which opened in May 2011"): the words that open such a clause.
RELATIVE_OPENS = ("which",)
# ... and the words that end the amount's noun's phrase before that comma ("$3 billion for the
# unit, which"): the clause may then be of the phrase or of the whole deed, not the amount's noun.
RELATIVE_NOUN_NOT = ("in", "of", "on", "for", "to", "from", "with", "at", "by", "over", "and", "or",
                     "last", "this", "next", "that", "it")
# ... nor a noun right after one of these, which open a clause whose subject it is ("Orbit said
# its sales peaked in 2021, at $5 billion", "but its debt ballooned in 2020, to $5 billion").
MODIFIED_NOUN_AFTER_OPENER = ("said", "says", "say", "showed", "shows", "reported", "reports",
                              "added", "noted", "that", "but", "and", "as", "while")
# ... but a noun one of these opens right after a comma is set beside the name before it (an
# appositive, "Halvard, a UK label bought in 2019, has secured"), which it describes: an
# indefinite noun is not the subject of a past deed dated in its clause.
MODIFIED_NOUN_APPOSITIVE = ("a", "an")
# ... and the capitalised words before such a comma that are no name: a sentence's adverbs and
# connectives ("Still, a rival listed in 2018, raised" opens a clause with its subject).
MODIFIED_NOUN_NOT_NAMES = ("still", "however", "meanwhile", "also", "instead", "then", "now",
                           "yet", "moreover", "separately", "further", "furthermore", "besides",
                           "thus", "again", "later", "earlier", "finally", "overall", "indeed",
                           "today", "yesterday", "previously", "since", "so", "and", "but",
                           "similarly", "likewise", "additionally", "first", "second", "third")
MODIFIED_NOUN_KEEPS = ("year", "years", "quarter", "quarters", "month", "months", "period",
                       "half", "week", "weeks")
# ... and up to two words between that opening word and the noun ("an investor-state dispute
# over"), none of these, which end the opened noun's phrase ("the victims in claims over").
DATE_ORIGIN_GAP_NOT = ("in", "of", "on", "for", "to", "from", "with", "at", "by", "over", "and", "or")
# Nouns of a stretch of time a year before dates the amount even after a dispute's origin words
# ("a claim over the 2020 season" is of 2020), as the nouns above do (`DATE_ORIGIN_KEEPS`).
DATE_ORIGIN_KEEPS = ("season", "seasons", "campaign", "campaigns", "harvest", "harvests", "term",
                     "tenure", "session", "semester")
# ... and the words of a comparison that set such a phrase off from an amount before it ("$1.1
# billion lower than the offer made in April"); a plain preposition does not ("raised
# $3 billion from the bonds sold in March" is of March).
MODIFIED_NOUN_COMPARED = COMPARISON
# Words right after a day named without its year that put it in the year after publication's.
NEXT_YEAR_AFTER = ("next year",)
# ... and the words that do so after it, in its clause ("On Jan. 5, the company will pay"),
# when its past day would be older than the news ("would" is as often reported speech).
DAY_AHEAD_AFTER = ("will", "is to", "are to", "is due", "are due", "is set to", "are set to",
                   "is scheduled", "are scheduled")
# A wire dateline opening an article's first sentence ("SEOUL, April 13 (Yonhap) --"): the city
# before its date, the agency and the dash after it. Its date is the story's, which the article's
# news date reads, not a date the sentence gives its amounts.
# Its parts, in order: the city in capitals, as wires set it, one or more ("SAN FRANCISCO/SEOUL";
# "In Seoul, May 14 — the day of the verdict — ..." is prose); a country or its initials ("SEOUL,
# South Korea (AP) —", "WASHINGTON, D.C., Dec. 3 (AP) —"); a day ("May 14", "Dec 3, 2024", "13 December"); a release wire between slashes
# ("/PRNewswire/"); the agency in parentheses, a capitalised name with no colon or digit, so
# "POSCO (NYSE: PKX) -" and "LG (003550) –" are a firm and its ticker; then the dash, a hyphen
# between spaces (Reuters) or right after the agency or wire ("(Reuters)-Orbit"), not inside
# a word ("KDB-backed"). `currency.text.datelines` reads a city and dash alone as one only
# with a long dash that no second one follows (an aside: "KDB — the state lender — said"), and
# a country only with a day, a wire or an agency ("LG, Samsung — both said" lists names).
# A city in capitals and small letters ("Seoul, Oct. 10, 2022 (Yonhap) -", "Shillong, June 17:")
# is one only with its day and an agency, a wire or a colon right after the day: alone, a
# capitalised word, a comma and a date open prose as often ("In Seoul, May 14 — the day ...").
# Words that open a line as a dateline's city would, titled, but are no place: a weekday of a
# timeline ("Monday, March 4: Orbit agrees ..."), a note's label ("Update, May 2:") or a
# preposition of prose ("In Seoul, May 14 (local time) ...").
DATELINE_NOT_CITY = WEEKDAYS + ("Update", "Updated", "Correction", "Clarification", "Editor",
                                "In", "On", "At", "By", "From", "For", "As", "Since", "Until",
                                "After", "Before", "Through", "Last", "Next", "This")
_DATELINE_MONTHS = "|".join(MONTH_NAMES + tuple(a.rstrip(".") for a in MONTH_ABBREVIATIONS))
DATELINE = (r"^\s*(?:(?P<city>[A-Z][A-Z.'/]+(?: [A-Z][A-Z.'/]+)*)"
            r"|(?P<city_titled>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
            r"(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]\.(?:[A-Z]\.)+))?"
            r"(?:,\s*(?P<day>(?:(?:" + _DATELINE_MONTHS + r")\.?\s?\d{1,2}(?:st|nd|rd|th)?"
            r"|\d{1,2}\s+(?:" + "|".join(MONTH_NAMES) + r"))(?:,?\s+(?:19|20)\d{2})?))?"
            r"(?:\s*(?P<wire>/[A-Z][A-Za-z ]{1,30}/))?"
            r"(?:\s*\((?P<agency>[A-Z][A-Za-z.&' -]{0,30})\))?"
            r"\s*(?P<dash>--|—|–|-(?=\s)|(?<=[)/])-|(?<=[\d)]):(?=\s))")
# The dashes that may follow a city alone ("SEOUL —", "SEOUL --"); a hyphen there opens an aside
# as often ("SK - the group - said").
DATELINE_LONE_DASHES = ("—", "--")
# Quarters written as ordinals ("the fourth quarter").
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                 "4th": 4}
# ... and halves of a year ("the first half", "second-half sales").
HALF_WORDS = {"first": 1, "second": 2, "1st": 1, "2nd": 2}
# Counts of years written as words ("three years ago").
YEAR_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                    "nine": 9, "ten": 10}
# A contract's length in years written as the amount's own words (`TERM_BEFORE`/`TERM_AFTER` in
# `currency.lang`, the count as `n`), in the forms that name a length outright: right before it
# ("a six-year, $59 million deal") or right after it ("$14 million over two years"). Two deals of
# one size and different lengths are two deals.
TERM_COUNT_WORDS = {"one": 1, **YEAR_COUNT_WORDS}
_TERM_COUNT = r"(?P<n>\d{1,2}|(?i:" + "|".join(TERM_COUNT_WORDS) + r"))"
TERM_BEFORE = (r"\b" + _TERM_COUNT + r"-year,?\s+$",)
TERM_AFTER = (r"^\s+over\s+(?:the\s+next\s+)?" + _TERM_COUNT + r"\s+years\b",)
# A bare count of years before the amount ("four years and $80 million") is time spent as often
# ("It took them two years and $2 billion", "10 years and $2 billion into its push"): read as a
# length only with a word of a contract in the same clause (`TERM_DEAL_WORDS`).
TERM_BARE_BEFORE = (r"\b" + _TERM_COUNT + r"\s+years?\s+and\s+$",)
TERM_DEAL_WORDS = ("contract", "deal", "extension")
# Words right before the count that make it time already spent, never a length ahead ("the last
# five years and $2 billion", "since ...").
TERM_NOT_AFTER = ("last", "past", "since")
# Counts of months or weeks written as words ("a month ago", "two weeks ago").
PERIOD_COUNT_WORDS = {"a": 1, "an": 1, **ENGLISH_UNITS}
_PERIOD_COUNT = (r"\b(?P<n>\d{1,2}|(?i:" + "|".join(sorted(PERIOD_COUNT_WORDS, key=len, reverse=True))
                 + r"))")
# The nouns of the news a story tells ("a day before the announcement", "the day before its
# debut": the day before the story's own day, the one its news date tells). Not an event often
# set ahead or beside the news ("vote", "meeting", "hearing"): the day before it is no day a word
# gives.
STORY_NEWS_NOUNS = ("announcement", "announcements", "deal", "agreement", "signing", "listing",
                    "debut", "IPO", "offering", "ruling", "verdict", "decision", "disclosure",
                    "filing")
# Dates in English news (`currency.text.dating.date_expressions`): (kind, pattern).
# Words after which a date is the other term of a comparison ("up 5% from a year earlier",
# "compared with the previous quarter"): such a date dates no amount by itself.
_NOT_COMPARED = "".join(f"(?<!{re.escape(w)} )" for w in COMPARED_BEFORE)
_NOT_COMPARED_THE = "".join(f"(?<!{re.escape(w)} the )" for w in COMPARED_BEFORE)

# The year a quarter or a half is "of", when written: a year, this year's, last year's, or "the
# year" (the one the text is about, no more than the quarter alone says).
_YEAR_OF = (r"\s+of\s+(?:(?P<y>(?:19|20)\d{2})|(?P<ty>this)\s+year|(?P<ly>last)\s+year"
            r"|(?P<ny>next)\s+year|the\s+year)\b")
_OF_YEAR = "(?:" + _YEAR_OF + r")?\b"

# A half written alone ("the first half", "first-half") is a year's only with a sum that flows per
# period in its own phrase: else it is as often a match's ("a first-half goal", "the striker, whose
# pay is $1 million a week, scored in the first half"). The sum's noun follows it, maybe past its
# comma and one word ("first-half sales", "first half net profit", "In the first half, revenue"),
# or leads it in its clause, a few words back ("sales in the first half", "revenue of $2 billion
# in the second half"); matched right after the half, and searched ending right before it.
_PERIOD_NOUN = r"\b(?:" + "|".join(PERIOD_NOUNS) + r")(?:e?s)?\b"
HALF_SUM_AFTER = r"(?i:,?(?:\s+[\w'’-]+)?\s+" + _PERIOD_NOUN + ")"
HALF_SUM_BEFORE = r"(?i:" + _PERIOD_NOUN + r"(?:\s+[^\s,;:()—–]+){0,5}\s+$)"

# The words before "year" that make a month named before them last year's ("July last year"; "in
# June past year", as rewritten copy says it): after a month no other year is meant.
LAST_YEAR_AFTER_MONTH = ("last", "past")
# The words before a bare "past year" that make it the last twelve months or a noun's modifier, not
# last year ("over the past year", "over past year", "in each past year", "its past year peak").
PAST_YEAR_NOT_AFTER = ("the", "this", "a", "over", "in", "each", "every", "its", "their", "our",
                       "for", "during", "throughout", "within")


def _not_after_words(words) -> str:
    """Lookbehinds refusing a match right after any of `words` and a space, in any case."""
    return "".join(rf"(?<!(?i:\b{w})\s)" for w in words)


_PAST_YEAR_NOT = _not_after_words(PAST_YEAR_NOT_AFTER)
# The words of the year a sentence named before ("in March 2021 ... later in the same year"); a
# bare "that year" is as often a year no sentence names ("that year's plan" of a forecast).
SAME_YEAR_WORDS = ("the same year", "that same year")
_SAME_YEAR = "|".join(w.replace(" ", r"\s+") for w in SAME_YEAR_WORDS)

# A past verb after "recently" (`recent_past`): a regular one's -ed, `PAST_DEEDS`, `RECENT_PAST_VERBS`.
_PAST_VERB = r"[a-z]+ed|" + "|".join(PAST_DEEDS + RECENT_PAST_VERBS)
# No "recently" whose participle describes a noun (`RECENT_NOUN_LEAD`, `RECENT_NOUN_POSSESSIVE`).
_RECENT_NOT_NOUNS = _not_after_words(RECENT_NOUN_LEAD) + "".join(
    rf"(?<!{w}\s)" for w in RECENT_NOUN_POSSESSIVE)
DATE_FORMS = (
    # ... also opening a sentence ("Last year, ...")
    ("last_year", r"\b[Ll]ast year\b"),
    # ... and a bare "past year" closing its clause, as rewritten copy says "last year" ("was bought
    # past year, when ..."); after a preposition or determiner, or before a noun, it is not read
    ("last_year", _PAST_YEAR_NOT + r"\bpast year(?=\s*[,.;:]|\s*$)"),
    ("this_year", r"\b[Tt]his year\b"),
    # "this summer": a season of the publication's year, dated by the year (winter spans two;
    # "this fall" may be a decline); a last resort, as often the time of the saying as of the
    # amount: any other date in its sentence dates the amount instead
    ("season", r"\b[Tt]his (?:spring|summer|autumn)\b"),
    ("last_month", r"\b[Ll]ast month\b"),
    # "last Thursday", "this past Friday": the latest day of its name before publication (the
    # week before when it is publication's own); not one of a series ("the last Friday of the
    # month")
    ("weekday_past", r"(?<![\w-])(?<!" + r" )(?<!".join(WEEKDAY_PAST_NOT_BEFORE) + r" )(?:"
     + "|".join(w + "|" + w.capitalize() for w in WEEKDAY_PAST_WORDS) + r")\s+(?P<wd>"
     + "|".join(WEEKDAYS) + r")\b(?!\s+(?:" + "|".join(WEEKDAY_PAST_NOT_AFTER) + r")\b)"),
    # "November 26, 2025", "March 2019": a month named with its year is of that year
    # (its month also abbreviated: "Dec. 28, 2022", "Sept. 2021")
    ("named_ymd", r"\b(" + _MONTH_WORDS + r")\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b"),
    ("named_ym", r"\b(" + _MONTH_WORDS + r"),?\s+((?:19|20)\d{2})\b"),
    # "the fourth quarter", "Q1 2017", "first quarter of 2018", "of this year": dated by the
    # quarter's last month ("of the year" says no more than the quarter alone)
    ("quarter", r"\b(?P<q>(?i:" + "|".join(QUARTER_WORDS) + r"))[- ](?i:quarter)"
     + _OF_YEAR),
    # "Q1" only with its year: alone it is as often a model's name (Audi Q3)
    ("quarter", r"\bQ(?P<q>[1-4])\s?(?P<y>(?:19|20)\d{2})\b"),
    # "the first half of 2021", "second-half sales", "H1 2021": dated by the half's last month;
    # not the half of anything else ("of the match", "of the decade"), and a half alone only
    # beside a sum per period (`HALF_SUM_AFTER`, `HALF_SUM_BEFORE`)
    ("half", r"\b(?P<h>(?i:" + "|".join(HALF_WORDS) + r"))[- ](?i:half)(?:" + _YEAR_OF
     + r"|\b(?P<alone>)(?!\s+of\b))"),
    ("half", r"\bH(?P<h>[12])\s?(?P<y>(?:19|20)\d{2})\b"),
    # ... not when compared with ("rose 10% from the previous quarter to $22 billion")
    ("prev_quarter", _NOT_COMPARED_THE + r"\b(?:previous|prior|preceding) quarter\b"
     r"|\ba quarter (?:earlier|ago|before)\b"),
    # "compared with 9.9 trillion won a year earlier", "the same period last year": the quarter a
    # year before the reported one ... not when compared with ("up 5% from a year earlier")
    ("year_ago_quarter", _NOT_COMPARED
     + r"\b(?:a year (?:earlier|ago|before)|(?:in |for )?the same (?:period|quarter) "
     r"(?:of |a )?(?:last|the previous|the prior|a) year(?: earlier| ago| before)?)\b"),
    # "three years ago": the year that many years before publication, never a day ... not when
    # compared with ("up 40% from three years ago")
    ("years_ago", _NOT_COMPARED
     + r"\b(?P<n>\d{1,2}|(?i:" + "|".join(YEAR_COUNT_WORDS) + r"))[- ]years?[- ]ago\b"),
    # "two months ago", "a week ago": the month of the day that long before publication, the day
    # itself unknown ... not when compared with ("up 5% from a month ago")
    ("months_ago", _NOT_COMPARED + _PERIOD_COUNT + r"[- ]months?[- ]ago\b"),
    ("weeks_ago", _NOT_COMPARED + _PERIOD_COUNT + r"[- ]weeks?[- ]ago\b"),
    # "last week": the week before publication's, Monday to Sunday, dated by the month its
    # Thursday falls in (as a week belongs to the month holding most of its days) ... not when
    # compared with ("up 5% from last week"), nor "the last week", the seven days to publication
    # ("rose 5% over the last week")
    ("last_week", _NOT_COMPARED + r"(?<![Tt]he )\b[Ll]ast week\b"),
    # "recently signed", "has recently", "in the past few days": a span of the days before
    # publication (`RECENT_PAST_VERBS`); "earlier this week": its week's days before it
    ("recent_past", _RECENT_NOT_NOUNS + r"(?i:\brecently)(?=\s+(?:" + _PAST_VERB + r")\b)"
     r"|(?i:\b(?:" + "|".join(RECENT_PAST_AUXILIARIES) + r")\s+recently\b)"
     r"(?!(?i:\s+(?:" + "|".join(RECENT_STATE_AFTER) + r"|[a-z]+ing)\b|\s+(?:"
     + "|".join(RECENT_STATE_UNLESS_PASSIVE) + r")\b(?!\s+(?:" + _PAST_VERB + r")\b)))"
     r"|(?i:\b(?:" + "|".join(w.replace(" ", r"\s+") for w in RECENT_PAST_WORDS) + r")\b)"),
    ("week_early", r"(?i:\b(?:" + "|".join(w.replace(" ", r"\s+") for w in WEEK_EARLY_WORDS)
     + r")\b)"),
    # "two years earlier": the same, when the sentence names no other date to count back from
    ("years_earlier", _NOT_COMPARED
     + r"\b(?P<n>\d{1,2}|(?i:" + "|".join(YEAR_COUNT_WORDS) + r")) years? (?:earlier|before)\b"),
    # ... and one year, uncounted ("$9 billion in 2019 against $6.4 billion the year before"),
    # read only from a year its sentence names before it; not a comparison's other term ("up 8
    # percent on the previous year"), nor a possessive, which dates the noun after it, nor "the
    # year before last" (two years back, a count this form does not hold)
    ("years_earlier", _NOT_COMPARED + r"(?<!\bon )"
     r"\b(?i:the (?:year before|previous year|prior year|preceding year))\b(?![-‐]|['’]s|\s+last\b)"),
    # "yesterday": the day before publication; "on the previous day": the day before the one the
    # story tells ... neither when compared with
    ("day_before", _NOT_COMPARED + r"(?i:\byesterday\b)"),
    ("previous_day", _NOT_COMPARED + r"(?i:\b(?:the|a) (?:previous|prior|preceding) "
     r"(?:day|session|trading day)\b)"),
    # ... and "the day before" ending its clause, or before the story's own news
    # (`STORY_NEWS_NOUNS`: "a day before the announcement"): the day before the one the story
    # tells, read only where a news date tells it (so never a news date itself); not before
    # another event ("the day before the vote" counts back from a day no word gives)
    ("story_day_before", _NOT_COMPARED + r"(?i:\b(?:the|a) day (?:before|earlier)\b)(?=\s*(?:[,.;:)]|$)"
     r"|\s+(?i:the|its|this) (?i:" + "|".join(STORY_NEWS_NOUNS) + r")\b)"),
    # "the January-March period": a span of months, dated by its last month
    ("month_span", r"\b(?:" + "|".join(MONTH_NAMES) + r")\s?[-–]\s?(" + "|".join(MONTH_NAMES)
     + r")\b"),
    # "July last year", "July of this year": that month of the year the words name, one date
    # (so "since July last year" is a span's start whole, not its "last year" a date of its own);
    # not a possessive's "last year's", which dates the noun after it ("booked in July last
    # year's deferred revenue": the month and the year are two dates)
    ("month_of_year_said", r"\b(" + "|".join(MONTH_NAMES)
     + r")\s+(?:of\s+)?(?P<yw>(?i:" + "|".join(LAST_YEAR_AFTER_MONTH) + r")|[Tt]his)\s+year\b(?!['’]s)"),
    # "in November of the same year", "November that same year": that month of the year its
    # sentence named before it (read by `currency.text.dating`; with no year before it, not read)
    ("same_year_m", r"\b(" + "|".join(MONTH_NAMES) + r")\s+(?:of\s+)?(?:" + _SAME_YEAR + r")\b(?![-‐])"),
    # "the same year", "that same year": the year its sentence named before it; not "the same
    # year-ago quarter", a year-on-year comparison's
    ("same_year", r"\b(?:" + _SAME_YEAR + r")\b(?![-‐]|['’]s)"),
    ("month_name", r"\b(" + "|".join(MONTH_NAMES) + r")\b"),
    # "On May 14", "Dec. 28", "13 April": a day named with its month and no year, the latest up
    # to publication unless said ahead (a month named with its year is read above); no name's
    # number ("May 5G subscribers")
    ("named_md", r"\b(?P<mon>" + _MONTH_WORDS + r")\s?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
     r"(?![\d.,]?\d|[A-Za-z])"),
    ("named_md", r"\b(?P<day>\d{1,2})\s+(?P<mon>" + "|".join(MONTH_NAMES)
     + r")\b(?![.,]?\s+(?:19|20)\d{2})"),
    # "on the 6th": a day of the month written alone, as reports translated from Korean write it
    # ("said on the 3rd that", "at the closing price on the 5th)"), only before a clause's end or
    # "that": "on the 6th floor", "on the 3rd anniversary" are ordinals; the coming one when a
    # future's or a deadline's word leads it, as a month named alone ("will pay $2 million on the
    # 20th"), else the latest up to publication, last month's only when its clause marks a past
    ("d_said", r"(?<=\b[Oo]n the )(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[).,;:]|$)|\s+that\b)"),
    # A weekday ("on Friday") is read only as the day a market closed (`CLOSED_ON_WEEKDAY`), or
    # after a word that puts it past ("last Friday", `weekday_past` above): "bracing for Friday's
    # auction", "is selling notes on Thursday" are days ahead no word marks, and a wrong day is
    # worse than none.
    ("weekday_closed", r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b"),
)
# Words that make a weekday in their clause the day a price closed, the latest day of its name up
# to publication ("closed at $41.30 on Friday", "Friday's closing price of $41.30"): a close is
# never ahead. Past tense or a price only; "close" alone may be a deal's closing still to come.
CLOSED_ON_WEEKDAY = ("closing price", "closing prices", "closed at", "closed up", "closed down",
                     "closed higher", "closed lower", "closing level")
# The words that may stand between a close's word and the price it dates, besides weekdays
# ("closing price on Friday of $28") and the move it closed by, in STAGE_MOVE_WORDS ("closed up 5%
# at $220"); any other word may start another deed ("bought at Monday's closing price of $30 lost $2 billion").
CLOSE_GLUE = ("at", "of", "on", "was", "were", "by", "to", "a", "its", "the", "this", "record",
              "high", "low", "share") + STAGE_MOVE_WORDS
# ... and an amount opening the clause right after the close's with one of these, the day's
# change ("closed at $41.30, up $1.20 from the day before"); "up from $20 on Friday" is another
# price.
CLOSE_CHANGE = ("up", "down")
# A wire's past report verb right before its weekday ("the company said Friday", "announced on
# Monday") or right after it ("Kakao on Tuesday announced"): near an article's top, the day its
# story tells (its news date), the latest day of that name up to publication. Past verbs only:
# "will announce on Friday" is ahead.
REPORTED_ON_WEEKDAY = ("said", "announced", "reported", "disclosed")
# ... the medium a report verb may name before its weekday ("said in an exchange filing on Monday",
# "announced in a statement on Monday"): still the saying's day, the news date's.
REPORTED_VIA = ("statement", "filing", "regulatory filing", "stock exchange filing",
                "exchange filing", "press release", "release", "disclosure", "notice")
# The words before an amount in a sentence that only restates a deed's sum ("The deal is worth
# $8 billion."), with no verb of a deed of its own: the sentence right after a lead dating its deed
# apart tells the same deed, so its amount takes the lead's deed day.
RESTATED_SUM_LEADS = ("is worth", "was worth", "is valued at", "was valued at", "amounts to",
                      "amounted to", "totals", "totaled", "totalled")
# Words that make the amount after them a value computed at the amount before them ("if the
# offering price of $42 is applied, the stake is worth $7 billion"): the value is of that amount's
# time, which its fact's texts write (`reconcile.scan.propose._computed_at`).
COMPUTED_AT = ("is applied", "are applied")
# A weekday right after a deed its clause tells in the simple past ("committed $4 billion Monday",
# "signed the deal on Friday", "sold its stake Monday"): the deed's own day, the latest day of that
# name up to publication, as a close's is. The past is a verb's "-ed" form or one of `PAST_DEEDS`,
# not a report verb's (`REPORTED_ON_WEEKDAY`: the day of the saying, the news date's rule's) nor a
# forecast's (`WEEKDAY_AHEAD_IN_CLAUSE`), and not after one of `WEEKDAY_DEED_NOT_AFTER` right
# before it or with one between it and the weekday ("is priced Friday", "agreed to pay $2
# billion on Friday"): a present passive's or an infinitive's day may be ahead. Words that put a
# day ahead in its clause (`FUTURE_BEFORE`, `DAY_AHEAD_BEFORE`, "scheduled for") keep it unread
# as they keep a close's.
# Those of `PAST_UNDONE` that are verbs or an infinitive's "to" (not "until", which leads a date).
WEEKDAY_DEED_NOT_AFTER = ("be", "being", "am", *(w for w in PAST_UNDONE if w != "until"))
# A noun's determiners and possessives: an "-ed" form after one is a modifier of its noun, no
# verb ("the proposed $4 billion deal", "its delayed bond sale"), and "to" before one a
# preposition, no infinitive ("sold Kestrel to the fund").
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
               "those")
# A year written right after a capitalised word, far from the publication's year, is part of a
# name ("the Kestrel 1915 bridge"), not a date, unless that word is one a date is written after
# (lower case here, compared ignoring case, without a final "."): a determiner or a preposition
# opening a sentence ("The 2018 deal", "In 2015", "By 2030"); a period's word ("Fiscal 2004",
# "FY 2004", "Q3 2004", "Spring 2004"); a part of a period ("Late 2001"). Months and weekdays
# are dates of their own.
NAME_YEAR_NOT_AFTER = DETERMINERS + (
    "in", "on", "at", "by", "for", "from", "to", "through", "thru", "until", "till", "since",
    "before", "after", "during", "of", "as", "and", "or", "nor", "than", "between", "around",
    "about", "circa", "ca", "c", "within", "throughout", "over", "into", "toward", "towards",
    "via", "per", "versus", "vs", "beyond", "past", "ending", "ended", "starting", "beginning",
    "effective", "my", "your", "whose", "every", "each", "last", "next", "early", "late", "mid",
    "end", "year", "years", "fiscal", "fy", "fye", "cy", "calendar", "quarter", "half", "q1",
    "q2", "q3", "q4", "h1", "h2", "ytd", "spring", "summer", "autumn", "fall", "winter", "season",
)
# ... and with them, the words that open a past verb's object or its adverb's phrase ("signed it
# Monday", "agreed on Monday"): an "-ed" form right before another lowercase word modifies it
# ("delayed offering").
VERB_OBJECT_OPENERS = ("it", "them", "him", "us", "some", "all", "about", "more", "up", "down",
                       "out", "off", "back", "in", "on", "for", "of", "at", "from", "with", "into",
                       "over", "to", "by", "and", "late", "early", "last")
# ... and the words after a weekday that say it is the local day where its event happened ("held
# Friday local time", "on Thursday (local time)"), read as such a weekday is, unless a future's
# word or others put it ahead, as they do a close's weekday ("will be held Friday local time",
# "is set for Friday local time").
LOCAL_TIME = ("local time",)
# ... and the words after a day that name Korea's clock, the home clock of a report from Seoul ("on
# Dec. 13 (Korean time)", "Dec. 13 KST"), not the event's: where the event happened, that moment
# may be the day before it (Korea's clock is ahead of nearly every other).
HOME_TIME = ("Korean time", "Korea time", "KST", "Seoul time")
# ... the preposition that may stand between them ("announced on Monday", "on Tuesday announced").
REPORTED_WEEKDAY_PREPOSITION = ("on",)
# ... not after one of these, maybe past an adverb (`ADVERB`), which make the verb a passive's
# still ahead ("the results will be announced Friday", "will be formally announced Friday").
REPORTED_AHEAD_BEFORE = ("be",)
# ... nor a weekday its clause's subject, one of these right after it ("said Friday will be the
# last trading day", "said Friday was the deadline"): that day may be ahead or long past.
REPORTED_WEEKDAY_SUBJECT_BEFORE = ("will", "would", "is", "was", "could", "can", "may", "might",
                                   "should", "must", "has", "had", "marks", "marked")
# ... nor a verb in a relative clause, one of these opening it ("Acme, which said Friday it would
# cut jobs, on Monday reported ...", "Acme, whose chief said Friday ...") or right before the verb
# as its subject, maybe past an adverb ("Acme, the chipmaker that said Friday ..."): background to
# the story its main clause tells.
REPORTED_RELATIVE_OPENERS = ("which", "who", "whose")
# Words that open a clause of a verb of its own inside another ("the unit it bought in 2019",
# "a plant which opened in 2015"): a date after one of them is that verb's, not the amount's
# before it.
CLAUSE_SUBJECTS = ("it", "they", "he", "she", "we", "which", "who", "whom", "whose",
                   "that", "when")
REPORTED_RELATIVE_SUBJECTS = ("which", "who", "that")
# Words that join a second object of one verb, a determiner after them opening its noun phrase
# ("signed a deal with Orvel last year and a contract worth $2 billion with Kestrel in October"):
# each object has its own time, the date before the joint is the first object's.
CONJUNCT_JOINS = ("and",)
# ... nor, after a weekday opening a sentence, a verb past one of these words: it opens a clause
# of time ("On Monday, the day after Orvel announced ..."), whose verb is another day's deed, not
# the saying of the day that opens the sentence.
REPORTED_OPENING_TIME_CLAUSE = ("after", "before", "since", "until", "when", "following")
# Words opening an amount's clause that make it a clause of time under another (`dated_in_own_clause`
# in `reconcile.scan.mentions`): in "In January 2020, after Orvel agreed to pay $3 billion, it sold
# ..." the opening date is the later clause's, not the amount's.
FRONTED_CLAUSE_NOT = (*REPORTED_OPENING_TIME_CLAUSE, "while", "once")
# An English adverb of manner, as most are written ("formally", "officially"), where one may stand
# between a verb and the word leading it ("will be formally announced", "had quickly repaid"). It
# also takes "only" and "early", adverbs there too, and nouns ending so ("July", "supply"), which
# do not stand there.
ADVERB = r"[A-Za-z]+ly"
# A possessive's ending ("Friday's sales": the weekday names another noun's day).
POSSESSIVE = ("'s", "’s")
# What marks a name, right after it, the holder of the amount its list member states ("Orvel's
# $5 billion, Kestrel's $3 billion": scan's lists).
HOLDER_MARKS = POSSESSIVE + ("'", "’")   # the bare mark after a name ending in s ("Pellas’")
# What opens an amount written right after its holder's name, past a possessive if any: the name
# holds it ("Orvel ($6.6 billion) and Kestrel ($6.1 billion)", "Orvel's ($6.6 billion)").
HOLDER_OPENS = ("(",)
# ... unless one of these leads the weekday ("next Friday's closing price", "this Friday's") or
# stands in its clause ("Analysts expect Friday's closing price to be above $30"): it is ahead.
WEEKDAY_AHEAD_BEFORE = ("next", "this", "coming")
# ... or these right before it (with the "on" or "the" listed): its event is set for that day
# ("set for Friday", "takes place on Friday", "ahead of the Friday vote").
WEEKDAY_SET_BEFORE = ("takes place", "take place", "set for", "ahead of", "falls on",
                      "takes place on", "ahead of the")
# ... and these as well, but only before a weekday that owns no noun: "The ceremony is Friday",
# "talks are on Friday" are set for it, "The offer price is Friday's closing price" names a
# close gone by.
WEEKDAY_SET_IS = ("is", "are", "is on", "are on")
WEEKDAY_AHEAD_IN_CLAUSE = ("expect", "expects", "expected", "forecast", "forecasts", "predict",
                           "predicts", "estimate", "estimates")
# ... and these lead a weekday a week back when it is publication's own ("last Friday" in a
# Friday's story is the one before).
WEEKDAY_PAST_BEFORE = ("last", "past", "previous")
# A weekday is part of a name, not a day, after one of these ("Good Friday", "Super Tuesday",
# "The Mail on Sunday"), before a capitalized word ("Tuesday Morning", "The Sunday Times") or
# glued to a dot and letters ("Monday.com").
WEEKDAY_NAME_BEFORE = ("Black", "Cyber", "Good", "Holy", "Easter", "Super", "Ash", "Fat",
                       "Giving", "Mail on", "Bloody", "Manic", "Blue", "Small Business")
# ... and before what follows it here: a dot glued to it ("Monday.com") or a capitalized word
# ("Tuesday Morning", "The Sunday Times"), not a time zone's capitals ("Friday ET") nor a
# place's time ("Friday New York time"), which say when the day was.
WEEKDAY_NAMING_AFTER = r"\.\w|\s+(?![A-Z]{1,4}\b|(?:[A-Z][\w.]*\s+){1,3}[Tt]ime\b)[A-Z]"

# Words that make an amount one period's or one payment's of a recurring series ("an annual
# dividend", "this year's royalty"): the same pair stated again with them is the next period's
# amount, not an earlier statement's figures repeated (`reconcile.scan.grouping`).
RECURRING_WORDS = ("this year", "every year", "royalty", "royalties")

# Words right after a period's date that make it a results event's, not an amount's period
# ("at its second-quarter results, ... full-year revenue was $6.2 billion"): the event dates the
# saying, and the amount told there may be of another period (`RESULTS_EVENT_AFTER` in
# `currency.lang`).
RESULTS_EVENT_AFTER = (r"[\s-]*(?:results|earnings(?:\s+(?:call|report|release))?|report"
                       r"|(?:conference|earnings)\s+call)\b")
# Words that mark a results line as a whole year's ("full-year revenue", "annual sales"), a space
# in them a space or a hyphen: a quarter or a half their sentence names is then not the line's
# period (`YEAR_LINE_MARK` in `currency.lang`). The year's own period words ("annual", "yearly").
YEAR_WHOLE = ("full year", "whole year", *(w for w, p in PERIOD_WORDS.items() if p == "year"))
# Nouns after them that name a yearly event or paper, not a line ("annual meeting", "annual
# general meeting", "annual report").
YEAR_WHOLE_NOT_BEFORE = ("meeting", "general", "report")
