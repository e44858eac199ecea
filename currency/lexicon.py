"""The words of money: currency names and signs, hedges, counters, per-period markers.

These are surface forms of Korean and English news text; no library carries them. ISO codes are
not listed here: they come from the bundled ECB data (see `currency.data.rates.known_currencies`).
"""

# A currency written after the number, Korean and English. Longer forms first where one is a prefix
# of another, so the scanner's alternation prefers them.
CURRENCY_AFTER = {
    "미국 달러": "USD", "미국달러": "USD", "미 달러": "USD", "미달러": "USD",
    "호주 달러": "AUD", "호주달러": "AUD", "캐나다 달러": "CAD", "캐나다달러": "CAD",
    "홍콩 달러": "HKD", "홍콩달러": "HKD", "싱가포르 달러": "SGD", "싱가포르달러": "SGD",
    "뉴질랜드 달러": "NZD", "뉴질랜드달러": "NZD",
    "달러화": "USD", "달러": "USD", "불": "USD", "센트": "USD",
    "원화": "KRW", "원": "KRW", "엔화": "JPY", "엔": "JPY", "円": "JPY",
    "위안화": "CNY", "위안": "CNY", "유로화": "EUR", "유로": "EUR", "파운드": "GBP",
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "Australian dollars": "AUD", "Canadian dollars": "CAD", "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD", "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP",
    "cents": "USD", "cent": "USD", "弗": "USD", "인민폐": "CNY", "rmb": "CNY", "RMB": "CNY",
    "roubles": "RUB", "rouble": "RUB", "리라": "TRY", "lira": "TRY", "동": "VND",
    "Euro": "EUR", "Euros": "EUR",
    # Nicknames news uses: "42 bucks", "5 quid".
    "bucks": "USD", "buck": "USD", "quid": "GBP",
}
# Currency words of one syllable: read only as a whole word or with a particle ("3원칙" is not
# money), and 동 only after a place word ("5억 동", not "3동 건물").
SHORT_CURRENCY = {"원", "엔", "불", "동", "弗", "円", "전"}
# Words worth a hundredth of their currency.
SUBUNIT = {"센트", "cents", "cent"}
# Cent marks written glued after a number ("10¢", "$20 and 43c"): a hundredth of the currency
# named before them, or of the dollar when none is.
CENT_MARKS = ("¢", "c")

# Currencies written in letters before the number ("Rs 20", "RM 42", "W7.4trn"): letters, the code,
# and whether a place word must follow (a lone "W7" is a model name, "W7.4trn" is won).
LETTER_PREFIX = {"Rs.": ("INR", False), "Rs": ("INR", False), "RM": ("MYR", False),
                 "W": ("KRW", True)}

# Names that the crown currencies share: Korean news writes 크로네 or 크로나 for any of them, and
# English writes "crowns" for koruna, krone and krona alike. Read as a crown of unknown country.
CROWN_WORDS = ("크로네", "크로나", "crowns", "crown", "kroner", "krone", "kronor", "krona")
CROWN_NAMES = ("koruna", "korunas", "krone", "kroner", "krona", "kronor", "krónur", "króna")

# "a dollar", "a buck": the article stands for one of the currency.
ONE_OF = ("dollar", "buck", "euro", "cent", "penny", "rupee", "yuan")
# What may follow "a dollar" for it to be an amount: the end of a clause, or one of these words.
# Anything else makes the currency word a modifier ("a dollar store", "a euro-zone bond").
AFTER_ONE_OF = ("a", "an", "per", "each", "apiece", "and", "or", "to", "for", "in", "of", "on",
                "at", "is", "was", "will", "would", "more", "less", "than", "from", "by",
                "with", "that", "when", "if", "but")

# A Hangul number with no place word ("이", "일쩜이삼") is money only glued to one of these
# ("이달러"); never to a short name, where the syllables are a word ("사원", "이유로").
HANGUL_NUMBER_CURRENCIES = ("달러", "센트", "위안", "파운드")
# The colloquial decimal point, as in "일쩜오".
DECIMAL_POINTS = ("점", "쩜")

# A currency sign written before the number.
CURRENCY_BEFORE = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "U.S. $": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "CN¥": "CNY", "RMB": "CNY",
    "$": "USD", "₩": "KRW", "￦": "KRW", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY",
}

# What a bare "$" names in an article published in a country whose press writes its own dollar
# as "$" and the US dollar as "US$" (region code of the locale or the web address: en-CA, .ca).
# Elsewhere, and in wire copy that writes the local dollar's own sign (C$), "$" is the US dollar.
LOCAL_DOLLAR = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
# A web address's country-code ending that names a country of LOCAL_DOLLAR ("cbc.ca",
# "smh.com.au"); generic endings (.com) say nothing.
COUNTRY_DOMAINS = {"ca": "CA", "au": "AU", "nz": "NZ", "sg": "SG", "hk": "HK"}

# Nouns that name a sum of money in Korean business news. A bare 억/조 number right after one
# ("기업가치 3.1조", "매출은 2조") is money in the one currency the article states its money in;
# after any other word ("조회수 3억", "인구 1억") it stays a number.
MONEY_NOUNS = ("가치", "기업가치", "시가총액", "시총", "몸값", "매출", "매출액", "영업이익", "순이익",
               "이익", "손실", "적자", "흑자", "투자", "투자액", "투자금", "규모", "가격", "금액",
               "인수가", "인수가격", "대금", "비용", "예산", "자산", "부채", "자본", "수익",
               "배당", "지분가치", "평가액", "거래액", "계약액", "수주액", "사업비")

# Hedges and the bound they give. `approx` widens both sides, `at_least` opens the upper side,
# `at_most` opens the lower side, `nearly` widens only the lower side (a little under the figure).
HEDGE_BEFORE = {
    "약": "approx", "대략": "approx", "어림잡아": "approx", "about": "approx", "around": "approx",
    "approximately": "approx", "approx.": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "~": "approx", "≈": "approx", "c.": "approx",
    "최소": "at_least", "적어도": "at_least", "more than": "at_least", "over": "at_least",
    "at least": "at_least", "above": "at_least", "in excess of": "at_least",
    "upwards of": "at_least", "north of": "at_least", "exceeding": "at_least", ">": "at_least",
    "≥": "at_least", "최대": "at_most", "up to": "at_most", "less than": "at_most",
    "under": "at_most", "below": "at_most", "at most": "at_most", "no more than": "at_most",
    "as much as": "at_most", "as many as": "at_most", "<": "at_most", "≤": "at_most",
    "거의": "nearly", "nearly": "nearly", "almost": "nearly", "just under": "nearly",
    "close to": "nearly", "a little less than": "nearly", "a little under": "nearly",
    "just shy of": "nearly", "shy of": "nearly", "slightly less than": "nearly",
    "a little more than": "at_least", "a little over": "at_least", "just over": "at_least",
    "slightly more than": "at_least", "just above": "at_least", "well over": "at_least",
    # Negated hedges: "not less than" is at least, never at most.
    "not less than": "at_least", "no less than": "at_least", "not fewer than": "at_least",
    "no fewer than": "at_least", "not under": "at_least", "not below": "at_least",
    "not more than": "at_most", "no greater than": "at_most", "not over": "at_most",
    "not above": "at_most", "not exceeding": "at_most", "not greater than": "at_most",
    # "원화 약 1조 원", "한화 약", "우리 돈 약": the won equivalent, about.
    "원화 약": "approx", "한화 약": "approx", "우리 돈 약": "approx", "원화로 약": "approx",
    "한화로 약": "approx", "우리 돈으로 약": "approx",
}
HEDGE_AFTER = {
    "가량": "approx", "정도": "approx", "안팎": "approx", "내외": "approx", "or so": "approx",
    "이상": "at_least", "초과": "at_least", "넘는": "at_least", "넘어": "at_least",
    "넘게": "at_least", "넘은": "at_least", "넘을": "at_least", "남짓": "at_least",
    "or more": "at_least", "plus": "at_least", "+": "at_least",
    "미만": "at_most", "이하": "at_most", "이내": "at_most", "or less": "at_most",
    "넘지 않는": "at_most", "넘지 않은": "at_most", "넘지 않을": "at_most", "넘지 않게": "at_most",
    "보다 적지 않은": "at_least", "적지 않은": "at_least", "보다 많지 않은": "at_most",
    "웃도는": "at_least", "상회하는": "at_least", "밑도는": "at_most", "하회하는": "at_most",
    "or fewer": "at_most", "가까이": "nearly", "가까운": "nearly", "에 가까운": "nearly",
    "에 육박하는": "nearly", "에 육박": "nearly",
}
# Particles and suffixes a unit may carry glued ("12조원이", "1억원어치"), and a band's 대.
PARTICLES = ("이", "가", "을", "를", "은", "는", "의", "에", "로", "으로", "와", "과", "도", "만",
             "까지", "씩", "어치", "짜리", "이나", "이며", "이고", "인", "에서", "부터", "보다",
             "밖에", "정도", "가량", "규모", "선", "대", "간", "째", "여", "이상", "이하", "미만",
             "초과", "안팎", "내외", "남짓", "씩", "당", "이라", "였", "이었", "이던", "뿐",
             "동안", "만에", "이내", "내", "전", "후", "뒤", "께", "쯤", "경", "마다", "치",
             "다")   # "다": the copula after a vowel ("3만 페소다")

# Markers that make an amount a rate per period ("연간 50억 달러", "$5B a year").
PER_BEFORE = {
    "연간": "year", "매년": "year", "한 해": "year", "한해": "year", "해마다": "year",
    "年": "year", "연": "year", "annual": "year", "yearly": "year",
    "매월": "month", "매달": "month", "월간": "month", "monthly": "month",
}
PER_AFTER = {
    "a year": "year", "per year": "year", "annually": "year", "each year": "year",
    "/year": "year", "/yr": "year", "a yr": "year", "per annum": "year",
    "a month": "month", "per month": "month", "/month": "month", "/mo": "month",
}

# Counters: what a number counts or how long it lasts, as a pint unit name.
COUNTERS = {
    "개월": "month", "달": "month", "일": "day", "주일": "week", "주간": "week", "년": "year", "시간": "hour",
    "분": "minute", "명": "person", "번": "occurrence", "회": "occurrence",
    "차례": "occurrence", "개": "item", "곳": "item", "대": "item", "배": "multiple",
    "%": "percent", "％": "percent", "퍼센트": "percent", "프로": "percent",
    "percent": "percent", "per cent": "percent",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "hours": "hour", "hour": "hour",
    "people": "person", "persons": "person", "users": "person", "user": "person",
    "employees": "person", "workers": "person", "times": "occurrence",
}
# Counters that native Korean numbers take ("두 달", "세 번").
NATIVE_COUNTERS = ("달", "번", "명", "개", "시간", "가지", "차례", "살", "곳", "주")
NATIVE_NUMBERS = {
    "열아홉": 19, "열여덟": 18, "열일곱": 17, "열여섯": 16, "열다섯": 15, "열네": 14,
    "열세": 13, "열두": 12, "열한": 11, "스무": 20, "다섯": 5, "여섯": 6, "일곱": 7,
    "여덟": 8, "아홉": 9, "한": 1, "두": 2, "세": 3, "네": 4, "열": 10,
}

# The grammar of numerals: place values (powers of ten), not units of measure.
BIG_PLACES = {"만": 4, "억": 8, "조": 12, "경": 16, "萬": 4, "億": 8, "兆": 12, "京": 16}
SMALL_PLACES = {"천": 3, "백": 2, "십": 1, "千": 3, "百": 2, "十": 1}
HANGUL_DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6,
                 "칠": 7, "팔": 8, "구": 9}
ENGLISH_PLACES = {
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    "k": 3, "K": 3, "m": 6, "M": 6, "mn": 6, "mln": 6, "mil": 6, "MM": 6,
    "b": 9, "B": 9, "bn": 9, "bln": 9, "bil": 9, "t": 12, "T": 12, "tn": 12, "trn": 12,
    "tril": 12, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}
# Vague English quantities: (lowest, highest) in units of the place that follows.
# English number words.
ENGLISH_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# Digits as broadcast transcripts spell the decimals ("17-point-three billion").
ENGLISH_DIGITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7, "eight": 8, "nine": 9}
ENGLISH_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}
ENGLISH_VAGUE = {
    "several": (1.5, 9.5), "a few": (1.5, 9.5), "tens of": (15, 95), "hundreds of": (150, 950),
    "multi": (1.5, 9.5), "multi-": (1.5, 9.5),
}

# Page furniture a site puts on a line of its own inside an article ("Advertisement", "광고",
# "[사진]", "▶ 관련기사 ..."): skipped where article prose follows, not taken as the body's end.
FURNITURE_LINES = ("advertisement", "ad", "sponsored", "광고", "[광고]", "[사진]", "사진",
                   "story continues below advertisement", "continue reading")
FURNITURE_STARTS = ("▶ 관련기사", "▶관련기사", "▶ 관련 기사", "[사진=", "[사진 =", "(사진=",
                    "[광고]")
