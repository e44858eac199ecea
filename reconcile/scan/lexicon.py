"""Word lists scan uses, as data: English function words that say nothing about which fact an
amount states, and the morpheme tags of Korean words that do."""
from __future__ import annotations

# Function words, auxiliaries and reporting words common to any news text.
ENGLISH_STOPWORDS = frozenset("""
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
oct nov dec
""".split())

# Kiwi tags kept: common and proper nouns, noun roots, verb and adjective stems, Chinese
# characters. Particles, endings, numbers and units say nothing about the fact.
KOREAN_TAGS = frozenset({"NNG", "NNP", "XR", "VV", "VA", "SH"})
KOREAN_PROPER = frozenset({"NNP"})

# Korean nouns of time, quantity and reporting that every article uses.
KOREAN_STOPWORDS = frozenset("""
억 조 만 천 원 달러 약 최대 이상 이하 규모 정도 가량 당시 지난 올해 작년 지난해 내년 이번 현재 기자
밝히 말하 하 되 있 없 오 가 보 이 것 수 등 및 년 월 일 때 중 위 전 후 간 측 대 개 명 말 관련 통하 대하
""".split())

# What stands between a total and its parts in one sentence ("$350 billion, of which $200
# billion in cash"; "3500억 달러 중 2000억 달러는").
PART_MARKERS = ("of which", "including", "includes", "comprising", "consisting of", "중",
                "가운데", "중에서")

# Words that mark an amount as a running total (the schema's kind `cumulative`).
CUMULATIVE_WORDS = frozenset({"cumulative", "누적", "累計"})
