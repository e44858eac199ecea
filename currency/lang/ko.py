"""Korean news text (and the Chinese characters it writes): the words of money. Data only; what each list means is said in `currency.lang`."""

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

CURRENCY_AFTER = {
    "미국 달러": "USD",
    "미국달러": "USD",
    "미 달러": "USD",
    "미달러": "USD",
    "호주 달러": "AUD",
    "호주달러": "AUD",
    "캐나다 달러": "CAD",
    "캐나다달러": "CAD",
    "홍콩 달러": "HKD",
    "홍콩달러": "HKD",
    "싱가포르 달러": "SGD",
    "싱가포르달러": "SGD",
    "뉴질랜드 달러": "NZD",
    "뉴질랜드달러": "NZD",
    "달러화": "USD",
    "달러": "USD",
    "불": "USD",
    "센트": "USD",
    "원화": "KRW",
    "원": "KRW",
    "엔화": "JPY",
    "엔": "JPY",
    "円": "JPY",
    "위안화": "CNY",
    "위안": "CNY",
    "유로화": "EUR",
    "유로": "EUR",
    "파운드": "GBP",
    "弗": "USD",
    "인민폐": "CNY",
    "리라": "TRY",
    "동": "VND",
    "사우디 리얄": "SAR",
    "사우디리얄": "SAR",
    "오만 리얄": "OMR",
    "오만리얄": "OMR",
}

COUNTRY_WORDS = {
    "AED": ("아부다비", "두바이"),
    "SAR": ("사우디",),
}

# Capitals that begin no common Korean word (not 사나, 암만, 테헤란 (Seoul's 테헤란로), nor 도하,
# which begins 도하 훈련, river crossing, and 도하 각 신문, the capital's papers).
CAPITAL_WORDS = {
    "SAR": ("리야드",),
    "OMR": ("무스카트",),
    "BHD": ("마나마",),
    "KWD": ("쿠웨이트시티",),
}

SHORT_CURRENCY = {
    "円",
    "弗",
    "동",
    "불",
    "엔",
    "원",
    "전",
}

SUBUNIT = {
    "센트",
}

CROWN_WORDS = (
    "크로네",
    "크로나",
)

HANGUL_NUMBER_CURRENCIES = (
    "달러",
    "센트",
    "위안",
    "파운드",
)

DECIMAL_POINTS = (
    "점",
    "쩜",
)

# 대 after a number this large is a band ("1조대": [1조, 2조)), not the counter of machines and
# vehicles ("160만대", "3억대 스마트폰" of phones), which never run to the trillions. A band says
# nothing of what it measures (won, parameters, tokens): it is money only as a bare amount is.
BAND_NOT_COUNT_FROM = 10 ** 12

# Words after a day, in its own clause and each starting a word, that make it the day a thing
# was said, not done ("체결했다고 10일 밝혔다"): a report's day, not its deed's ("10일 ... 계약을
# 체결했다" dates the signing; "10일 발전했다" holds "전했" inside a word).
SAID_AFTER_DAY = ("밝혔", "밝혀", "발표했", "공시했", "전했", "말했")
# Words that make the amount after them a value computed at the amount before them ("공모가
# 42달러를 적용하면 창업자 지분 가치는 70억 달러"): the value is of that amount's time (see
# `en.COMPUTED_AT`).
COMPUTED_AT = ("적용하면", "적용할 경우", "적용 시")
# ... and "에 따르면" after its source ("10일 업계에 따르면", "10일 국토교통부에 따르면": any
# office or company names one, so no list of sources), unless the noun before it is a deed's
# own terms, which are no source ("10일 체결된 계약에 따르면" dates the signing).
SAID_BY_SOURCE_AFTER = ("에 따르면",)
SAID_BY_NOT_SOURCE = ("계약", "계약서", "합의", "합의서", "협약", "약정", "조건", "조항", "규정", "계획")
# A quoted clause's ending ("... 80억 달러라고 전했다", "...했다고 밝혔다"): a day before it is the
# quoted deed's, so a saying's word past it does not date that day.
QUOTED_CLAUSE_ENDS = ("라고", "다고")
# The currency Korean news leaves unsaid: it names every other currency it writes ("11억
# 유로"), so a bare "매출 8400억" is won.
UNSAID_CURRENCY = "KRW"

# What a company's results and values are: the money nouns they share (MONEY_NOUNS) and the
# measures a month written before them dates (SCHEDULED_BARE_MEASURES).
MEASURE_NOUNS = (
    "기업가치",
    "시가총액",
    "시총",
    "매출",
    "영업이익",
    "영업익",     # a headline's short forms
    "순이익",
    "순익",
    "예산",
    "자산",
    "부채",
)
MONEY_NOUNS = (
    *MEASURE_NOUNS,
    "가치",
    "수주",       # an order won: "수주 23조" is its sum
    "수주액",
    "몸값",
    "매출액",
    "이익",
    "손실",
    "적자",
    "흑자",
    "투자",
    "투자액",
    "투자금",
    "규모",
    "가격",
    "금액",
    "인수가",
    "인수가격",
    "대금",
    "비용",
    "자본",
    "수익",
    "배당",
    "지분가치",
    "평가액",
    "거래액",
    "계약액",
    "수주액",
    "사업비",
    "과징금",     # sums a ruling sets: penalty, fine, damages, settlement
    "벌금",
    "과태료",
    "위약금",
    "배상금",
    "합의금",
)
# Written right after a bare 억/조 number ("5.6조 과징금", "기업당 최대 200억 지원"), a headline's
# money noun, or a noun of money given or lent, names the number a sum as MONEY_NOUNS before it
# does. A count keeps its own word ("200억 명", "1억 주") and stays a number.
# An order placed (발주: "4.9조 발주") is a sum as an order won (수주) is; a ship or a machine
# ordered keeps its counter ("10척 발주"). 밸류 is the loanword for a valuation ("11.3조 밸류").
ORDER_WORDS = ("발주",)
MONEY_WORDS_AFTER = (*MONEY_NOUNS, "지원", "지원금", "보조금", "출자", "출연", "대출", "융자",
                     *ORDER_WORDS, "밸류")
# ... but an order counts the goods ordered as often as it sums them, and a headline drops their
# counter ("부품 1억 발주", "백신 1억 발주 계획"): after a noun of goods made by the hundred
# million written right before the number (or a noun of things counted, COUNT_NOUNS), an order
# word makes no sum. Goods no one orders 1억 of ("선박 3조 발주") stay out: there it is money.
GOODS_NOUNS = (
    "부품", "마스크", "백신", "반도체", "칩", "배터리", "셀", "모듈", "웨이퍼", "패널", "단말기",
    "스마트폰", "주사기", "진단키트", "키트", "탄약", "포탄", "알약", "캡슐",
)
# ... counted by the hundred million only: a number from this up is no count of goods ordered
# ("부품 5000억 발주", "반도체 1조 발주" are sums), so there the order word makes money again.
GOODS_COUNT_CEILING = 100e8     # 100억

# ... and so does the verb of spending on it ("6000억 들여 인수", "100억을 더 들여서"): 들이다 spends
# money, or time and effort, which keep their counters ("3년을 들여"), so a bare 억/조 number it
# spends is a sum. Only the endings that spend: 들여 and 들여서 as whole words (SPENT_WORDS), and
# 들인, 들였, 들일 with any ending after (SPENT_STEMS); 들여오다, 들여왔다, 들여놨다, 들여보내다
# bring goods or people in, and carry a count.
SPENT_WORDS = ("들여", "들여서")
SPENT_STEMS = ("들인", "들였", "들일")
SPENT_MORE = ("더", "추가로")   # "100억 더 들여": a word of adding between the sum and its verb
# ... or the price a thing changes hands at ("5000억에 인수했다", "2조에 팔렸다"): a count of
# people or views is never what a company is bought or sold for. Not a longer noun the verb
# begins (PRICE_AT_NOT_NEXT): "1억에 인수위", "인수인계".
PRICE_AT_AFTER = ("인수", "매각", "매입", "사들", "팔았", "팔린", "팔렸", "낙찰")
PRICE_AT_NOT_NEXT = ("위", "인계")
# ... or the money noun it is the genitive of ("4000억의 매출"): only nouns that name a sum and
# nothing else, so MONEY_NOUNS less those a count has too ("이용자 3억의 규모", "조회수 1억의
# 가치", "다운로드 2억의 수익": GENITIVE_COUNT_NOUNS), and the two losses a result names.
GENITIVE_COUNT_NOUNS = (
    "가치", "규모", "수익", "이익", "투자", "자산", "가격", "금액", "손실",
    # a balance, an order or a short form no article has yet written after a bare number's 의:
    # left out until one does, so the genitive reads no wider than it was measured
    "수주", "배당", "적자", "흑자", "부채", "자본", "시총", "지분가치",
)
GENITIVE_MONEY_NOUNS = (
    *(w for w in MONEY_NOUNS if w not in GENITIVE_COUNT_NOUNS), "영업손실", "순손실",
)
# A noun of things counted written right before a bare number ("조회수 1억", "이용자 3억의"): the
# number counts them, and no verb or noun after it (spent, paid, genitive) makes it a sum.
COUNT_NOUNS = (
    "이용자", "사용자", "가입자", "회원", "구독자", "시청자", "관객", "관람객", "방문객", "방문자",
    "인구", "조회수", "다운로드", "팔로워", "판매량",
)

HEDGE_BEFORE = {
    "약": "approx",
    "대략": "approx",
    "어림잡아": "approx",
    "최소": "at_least",
    "적어도": "at_least",
    "최대": "at_most",
    "거의": "nearly",
    "원화 약": "approx",
    "한화 약": "approx",
    "우리 돈 약": "approx",
    "원화로 약": "approx",
    "한화로 약": "approx",
    "우리 돈으로 약": "approx",
}

# A scope of record before a hedge word makes it a superlative, not a bound: "역대 최대
# 1조원" is the largest ever, and that is 1조원 ("최대 1조원" alone is up to 1조원). One word may
# stand between ("역대 분기 최대"); a period alone is no scope ("올해 최대", "연간 최대" are caps).
HEDGE_NOT_AFTER = (
    "역대",
    "사상",
)

# ... and these only right before the hedge word: they are places and a trade too, and a headline
# drops its particles ("국내 기업 최대 1조원 지원" is up to 1조원 for them; "국내 최대 1조원 투자"
# reads as a record).
HEDGE_NOT_RIGHT_AFTER = (
    "국내",
    "국내외",
    "업계",
    "세계",
    "단일",       # "단일 최대 3조원 계약": the largest single contract, as in "단일 최대 주주"
)

# ... and so does any word these end ("출범 이래", "통계 작성 이래": since X, whatever X is).
HEDGE_NOT_AFTER_SUFFIX = (
    "이래",
)

# The word between a scope and its hedge is no part of the scope when it ends in a particle that
# makes it the cap's own object or place: "사상 처음으로 최대 1조원" is up to 1조원, for the first time.
HEDGE_NOT_AFTER_BREAK = (
    "에",
    "에게",
    "에서",
    "을",
    "를",
    "로",
    "으로",
    "와",
    "과",
)

# Falls short of: 미치다 in each syllable its endings make (미치는, 미칠, 미친, 미쳐, 미쳤다). An upper
# bound of the amount when the amount is the fact ("매출이 1조원에 못 미쳤다"); none when a word
# names the amount a benchmark another figure falls short of (`BENCHMARK_BEFORE`).
_FALL_SHORT = tuple(f"{no}{stem}" for no in ("못 ", "못") for stem in ("미치", "미칠", "미친", "미쳐", "미쳤"))
FALLS_SHORT = tuple(f"에 {verb}" for verb in _FALL_SHORT) + ("에 미치지 못",)
# Words naming a benchmark right before its amount ("시장 예상치 1조원", "목표치인 1조원", "전년
# 1조원"): what falls short of it is another figure, so the amount stays as stated.
BENCHMARK_BEFORE = ("예상치", "전망치", "목표", "목표치", "컨센서스", "전년", "시장 기대", "기대치")

HEDGE_AFTER = {
    "가량": "approx",
    "정도": "approx",
    "안팎": "approx",
    "내외": "approx",
    "수준": "approx",       # "3000억 원 수준": at the level of, a round figure
    "이상": "at_least",
    "초과": "at_least",
    "넘는": "at_least",
    "넘어": "at_least",
    "넘게": "at_least",
    "넘은": "at_least",
    "넘을": "at_least",
    "넘었": "at_least",      # 넘었다, 넘었는데: passed, in the past tense
    "넘겼": "at_least",
    "돌파": "at_least",
    "남짓": "at_least",
    "미만": "at_most",
    "이하": "at_most",
    "이내": "at_most",
    "넘지 않는": "at_most",
    "넘지 않은": "at_most",
    "넘지 않을": "at_most",
    "넘지 않게": "at_most",
    "보다 적지 않은": "at_least",
    "적지 않은": "at_least",
    "보다 많지 않은": "at_most",
    "웃도는": "at_least",
    "웃돌": "at_least",      # the verb's stem: 웃돌았고, 웃돌아, 웃돌며
    "상회하는": "at_least",
    "상회했": "at_least",
    "상회한": "at_least",
    "밑도는": "at_most",
    "밑돌": "at_most",
    "하회하는": "at_most",
    "하회했": "at_most",
    "하회한": "at_most",
    "가까이": "nearly",
    "가까운": "nearly",
    "에 가까운": "nearly",
    "에 육박하는": "nearly",
    "에 육박": "nearly",
    **{w: "at_most" for w in FALLS_SHORT},
}

# Words after a range that say it bounds the value on both sides ("1억에서 2억 달러 사이"): read
# with the range, never after one amount.
RANGE_AFTER = ("사이",)

# Particles that may end a band's 대 written apart from its currency ("3조원 대를", "3조원 대의"):
# fewer than `PARTICLES`, since a spaced 대 starts words of its own; with 만 or 가 it is 대만
# (Taiwan) or 대가 (a price).
SPACED_BAND_PARTICLES = ("를", "을", "의", "에", "로", "으로", "은", "는", "도", "까지")

PARTICLES = (
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "의",
    "에",
    "로",
    "으로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "씩",
    "어치",
    "짜리",
    "이나",
    "이며",
    "이고",
    "인",
    "에서",
    "부터",
    "보다",
    "보단",
    "으론",
    "론",
    "밖에",
    "정도",
    "가량",
    "규모",
    "선",
    "대",
    "간",
    "째",
    "여",
    "이상",
    "이하",
    "미만",
    "초과",
    "안팎",
    "내외",
    "남짓",
    "씩",
    "당",
    "이라",
    "였",
    "이었",
    "이던",
    "뿐",
    "동안",
    "만에",
    "이내",
    "내",
    "전",
    "후",
    "뒤",
    "께",
    "쯤",
    "경",
    "마다",
    "치",
    "다",
)

PER_BEFORE = {
    "연간": "year",
    "매년": "year",
    "한 해": "year",
    "한해": "year",
    "해마다": "year",
    "年": "year",
    "연": "year",
    "매월": "month",
    "매달": "month",
    "월간": "month",
    "분기마다": "quarter",
    "매 분기": "quarter",
    "매분기": "quarter",
    "매주": "week",
    "매일": "day",
    "하루": "day",
}

# A period word before the noun an amount is the value of, in the amount's own clause: "연간
# 수익이 130억 달러", "연 매출은 5조원", "분기 영업이익이 2조원" (`NOUN_PERIOD_FORMS` in
# `currency.lang`). Not 연례 (an annual event), nor a named quarter or month (1분기, 3월: the
# reader reads no period word after a digit).
PERIOD_WORDS = {
    "연간": "year", "연": "year", "매년": "year", "해마다": "year", "분기": "quarter",
    "매 분기": "quarter", "분기별": "quarter", "월간": "month", "월": "month", "매월": "month",
    "매달": "month",
}
PERIOD_NOUNS = MONEY_NOUNS + (
    "상한", "한도", "지출", "수입", "수출", "수출액", "수입액", "세수", "급여", "임대료", "이자",
    "보조금", "지원금", "배당금", "생산액", "판매액", "순손실", "영업손실", "당기순이익", "예산액",
)
# The period word (glued to the noun, or spaced with at most two words between), the noun, and
# the amount: right after the noun, or after its particle and at most two words ("연 매출은 지난해
# 5조원"; not "연간 투자 계획에 따라 5조원", where the noun heads no phrase of its own).
NOUN_PERIOD_FORMS = (
    r"(?P<p>" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")(?:\s(?:[가-힣]+\s){0,2})?(?:"
    + "|".join(sorted(PERIOD_NOUNS, key=len, reverse=True))
    + r")(?:(?:이|가|은|는|을|를|도|만|으로|로)(?:\s+[가-힣\w]+){0,2}?)?\s*",
)
# The words of a comparison, right after its other term ("당시보다", "전년 대비", "전년에 비해",
# "당시와 비교하면", "前年比"): see `en.COMPARISON`. Written once; a space in them may be left out
# ("전년에비해", "당시에비해"), which `_COMPARED` here and "당시"'s reading in
# `currency.text.dating` allow.
COMPARISON = ("대비", "보다", "에 비해", "와 비교", "과 비교", "比")
# Words that liken an amount to a level of another time, the term likened written before them
# ("2020년 상장 때 평가액과 비슷한 300억원"; see `en.LIKENED_TERM_AFTER`): a date of that term
# dates the level, not the amount.
LIKENED_TERM_BEFORE = ("와 비슷한", "과 비슷한", "와 유사한", "과 유사한", "에 맞먹는", "와 같은 수준",
                       "과 같은 수준")
# All that stands between a comparison's date and the amount after it when the date describes that
# amount (`DATE_OF_NEXT` in `currency.lang`, which adds a results line's word): a genitive or an
# adnominal copula, alone or after 기준 or 수준, or 기준 alone ("전년 동기의 3조원", "전년 동기인
# 3조원", "전년 동기 기준인 3조원", "전년 동기였던 3조원", "전년 동기 기준 3조원"), however near the
# amount before.
DATE_OF_NEXT = r"\s*(?:(?:(?:기준|수준)\s?)?(?:의|인|이던|였던)|기준)\s*"
_COMPARED = "|".join(w.replace(" ", r"\s?") for w in COMPARISON)
# A word that ends its clause by its ending (했다, 늘었고, 밝히며, 인수했으며, 적자였지만).
CLAUSE_END = r"[가-힣](?:다|고|며|면|서|데|지만|니)(?:\s|$)"
# Between the period word and the amount: a comparison (전년 대비), a total or a span (누적,
# 5년간), another period, or a word that ends a clause.
NOUN_PERIOD_STOP = (
    _COMPARED + r"|누적|累計|합계|합산|(?<![가-힣])총|동안|[년월]간|분기|반기|개월|전년|" + CLAUSE_END
)
COUNTERS = {
    "개월": "month",
    "달": "month",
    "일": "day",
    "주일": "week",
    "주간": "week",
    "년": "year",
    "시간": "hour",
    "분": "minute",
    "명": "person",
    "번": "occurrence",
    "회": "occurrence",
    "차례": "occurrence",
    "개": "item",
    "곳": "item",
    "대": "item",
    "배": "multiple",
    "퍼센트": "percent",
    "프로": "percent",
}

NATIVE_COUNTERS = (
    "달",
    "번",
    "명",
    "개",
    "시간",
    "가지",
    "차례",
    "살",
    "곳",
    "주",
)

NATIVE_NUMBERS = {
    "열아홉": 19,
    "열여덟": 18,
    "열일곱": 17,
    "열여섯": 16,
    "열다섯": 15,
    "열네": 14,
    "열세": 13,
    "열두": 12,
    "열한": 11,
    "스무": 20,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "열": 10,
}

BIG_PLACES = {
    "만": 4,
    "억": 8,
    "조": 12,
    "경": 16,
    "萬": 4,
    "億": 8,
    "兆": 12,
    "京": 16,
}
# Each of the place words above stands ten thousand times the one below it (a power step of 4).
PLACE_STEP = 4
# The currencies whose own writing counts in the place words above (만 억 조, 萬 億 兆): Korean won,
# Japanese yen, Chinese yuan, and the Taiwan and Hong Kong dollars, written with 萬 and 億 in
# Chinese. A slip of 10**4 there is one place word for the next (억 for 조).
MYRIAD_CURRENCIES = ("KRW", "JPY", "CNY", "TWD", "HKD")

# A place word left out inside an amount: the group after 조 or 억 stands where the next place word
# down belongs ("47조4800원" for 47조4800억원, "4조7000만원" for 4조7000억원, "3억2500원" for
# 3억2500만원). (pattern over the amount's text, the place word its last group most likely lost,
# the place word written after that group, if any, which the lost one replaces.) After 억 the gap
# is one empty 만 group, which an amount exact to the won may have ("2억 3,457원"): only a group
# ending in 00, rounded as a 만 group is and an exact won amount seldom is, counts there.
PLACE_GAPS = (
    (r"(?<![\d.,])[\d.,]+조\s?(?P<rest>\d,?\d{3})(?=\s?(?:원|달러|엔|유로|위안))", "억", ""),
    (r"(?<![\d.,])[\d.,]+조\s?(?P<rest>\d{1,4}|\d,\d{3})만(?=\s?(?:원|달러|엔|유로|위안))", "억", "만"),
    (r"(?<![\d.,])[\d.,]+억\s?(?P<rest>\d,?\d00)(?=\s?(?:원|달러|엔|유로|위안))", "만", ""),
)

SMALL_PLACES = {
    "천": 3,
    "백": 2,
    "십": 1,
    "千": 3,
    "百": 2,
    "十": 1,
}

HANGUL_DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}

# A stamp's label before its date ("입력 2016.11.14, 21:41"): see `en.STAMP_LABELS`.
# The words both a stamp's label and a stamp's word on its line.
_STAMP_WORDS = ("입력", "수정", "송고")
STAMP_LABELS = _STAMP_WORDS + ("기사입력", "최종수정", "등록", "승인", "업데이트")
# A stamp's own words anywhere on the line of a date whose clock is in words ("표출된 기사",
# "입력"): without one, a zero-padded day and hour is prose's ("09시 30분 공시를 통해"), an
# event's day.
STAMP_LINE_WORDS = _STAMP_WORDS + ("기사", "표출")

FURNITURE_LINES = (
    "광고",
    "[광고]",
    "[사진]",
    "사진",
)

# The label of a line naming where an article came from ("출처: 한빛뉴스").
SOURCE_LABELS = ("출처",)
# A copyright notice's start ("무단 전재 및 재배포 금지", its space optional: `currency.text.layout`):
# a line of the page's head over the lead.
PAGE_HEAD_STARTS = ("무단 전재",)

# What marks a name the holder of the amount after it ("센가의 5년 7500만달러"): see `en.HOLDER_MARKS`.
HOLDER_MARKS = ("의",)

# A related stories box's label on a line of its own ("관련기사"): between two paragraphs of the
# body, a box the page set inside it; under the headline, other stories follow it.
RELATED_LABELS = ("관련기사", "관련 기사")

FURNITURE_STARTS = (
    # a link to one related story ("▶ 관련기사 ..."), the arrow's space optional
    *(arrow + label for label in RELATED_LABELS for arrow in ("▶ ", "▶")),
    "[사진=",
    "[사진 =",
    "(사진=",
    "[광고]",
    "이미지 확대",   # a photo viewer's button before its caption ("이미지 확대 오르벨 공장 전경.")
)

# A Korean wire's dateline opening an article's first paragraph: the city and agency in brackets,
# then the reporter's byline ending in "=" ("(서울=연합뉴스) 홍길동 기자 =", "【서울=뉴시스】").
# Its groups are named apart from another language's (`currency.text.datelines` reads any
# group named city... as the city), so every language's form joins in one pattern.
# A credit's label in the same brackets ("[사진=연합뉴스]") is no city, and a paper's name with
# its reporter's ("[오르빗경제=홍길동 기자]") is a byline, no dateline.
DATELINE_CREDITS = ("사진", "자료", "그래픽", "영상", "출처", "제공")
DATELINE = (r"^\s*[(\[【〔]\s*(?!(?:" + "|".join(DATELINE_CREDITS) + r")\s*=)"
            r"(?P<city_ko>[가-힣]{1,10})\s*=\s*"
            r"(?P<agency_ko>[가-힣A-Za-z][가-힣A-Za-z ]{0,14}?)(?<!기자)(?<!특파원)\s*[)\]】〕]"
            r"(?:\s*(?P<byline_ko>[가-힣]{2,4}(?:[ ·,][가-힣]{2,4}){0,3}\s*(?:기자|특파원|통신원))"
            r"\s*(?:=|(?=\S)))?")

# Korean nouns of time, quantity and reporting that every article uses (scan's grouping).
STOPWORDS = frozenset("""
억 조 만 천 원 달러 약 최대 이상 이하 규모 정도 가량 당시 지난 올해 작년 지난해 내년 이번 현재 기자
밝히 말하 하 되 있 없 오 가 보 이 것 수 등 및 년 월 일 때 중 위 전 후 간 측 대 개 명 말 관련 통하 대하
""".split())
# Kiwi (kiwipiepy) morpheme tags that carry a fact's words: common and proper nouns, noun roots,
# verb and adjective stems, Chinese characters. Particles, endings, numbers and units do not.
KIWI_TAGS = frozenset({"NNG", "NNP", "XR", "VV", "VA", "SH"})
KIWI_PROPER = frozenset({"NNP"})
# Morphemes that may follow a Latin name in one Korean word without making it part of a longer
# name ("GS는", "DH의", "DH社는", "GS측"): particles and endings (tags J..., E...), the copula, a
# dependent noun, a noun suffix, one Chinese character (社, company).
KIWI_AFTER_NAME_PREFIXES = ("J", "E")
KIWI_AFTER_NAME = frozenset({"VCP", "NNB", "XSN"})
KIWI_AFTER_NAME_ONE_CHAR = frozenset({"SH"})

# English words for the Korean nouns of business news, read by scan's metric keys (a fact-checker
# reading `czech_nuclear_plant_order`, not `cheko_wonjeon_suju`). Morphemes as Kiwi cuts them, or
# two or more written together (기업가치 is 기업 + 가치); the longest run glossed wins. Names of
# companies are not here: they stay romanised. Words whose sense turns on context (공사: works or
# a public corporation; 수입: imports or income) are left out.
KEY_WORDS = {
    # deals
    "인수": "acquisition", "합병": "merger", "인수합병": "m_and_a", "매각": "sale",
    "매입": "purchase", "구매": "purchase", "구입": "purchase", "투자": "investment",
    "출자": "investment", "투자금": "investment", "거래": "deal", "계약": "contract",
    "수주": "order", "입찰": "bid", "합의": "agreement", "협약": "agreement", "제안": "offer",
    "대금": "payment", "인수가": "purchase_price", "매각가": "sale_price", "지분": "stake",
    "주식": "shares", "주가": "share_price", "주당": "per_share", "배당": "dividend",
    "배당금": "dividend", "유상증자": "rights_issue", "증자": "share_issue", "상장": "listing",
    "기업공개": "ipo", "공모": "offering", "공모가": "offer_price", "청약": "subscription",
    "자사주": "treasury_shares", "자기주식": "treasury_shares", "펀드": "fund", "기금": "fund",
    "채권": "bond", "회사채": "corporate_bond", "대출": "loan", "차입": "borrowing",
    "차입금": "borrowings", "부채": "debt", "빚": "debt", "자본": "capital", "자산": "assets",
    "현금": "cash", "보조금": "subsidy", "지원금": "subsidy", "세금": "tax", "관세": "tariff",
    # value and size
    "기업가치": "valuation", "몸값": "valuation", "가치": "value", "시가총액": "market_value",
    "시총": "market_value", "가격": "price", "금액": "amount", "총액": "total", "합계": "total",
    "비용": "cost", "사업비": "project_cost", "예산": "budget", "자금": "funds",
    "평가": "appraisal", "차익": "gain",
    # results
    "매출": "revenue", "매출액": "revenue", "영업이익": "operating_profit", "영업익": "operating_profit",
    "순이익": "net_profit", "당기순이익": "net_profit", "이익": "profit",
    "영업손실": "operating_loss", "순손실": "net_loss", "손실": "loss", "적자": "deficit",
    "흑자": "surplus", "실적": "earnings", "분기": "quarter", "상반기": "first_half",
    "하반기": "second_half", "연간": "annual", "누적": "cumulative", "거래액": "sales_volume",
    "판매": "sales", "판매량": "sales_volume", "수출": "exports", "생산": "production",
    # penalties and courts
    "과징금": "fine", "벌금": "fine", "배상": "damages", "배상금": "damages",
    "소송": "lawsuit", "합의금": "settlement", "제재": "sanction",
    # plants and industry
    "공장": "plant", "원전": "nuclear_plant", "원자력": "nuclear", "발전소": "power_plant",
    "원자로": "reactor", "건설": "construction", "설비": "facility", "부지": "site",
    "개발": "development", "연구": "research", "배터리": "battery", "반도체": "chip",
    "전기차": "ev", "자동차": "car", "로봇": "robot", "전차": "tank", "자주포": "howitzer",
    "방산": "defence", "무기": "weapons", "배달": "delivery", "쇼핑": "shopping",
    "플랫폼": "platform", "매장": "store", "점포": "store", "부동산": "real_estate",
    # people and markets
    "시장": "market", "점유율": "market_share", "주주": "shareholder", "이사회": "board",
    "회장": "chairman", "총리": "pm", "대통령": "president", "정부": "government",
    "직원": "staff", "임금": "wages", "연봉": "salary", "일자리": "jobs", "고용": "hiring",
    "이용자": "users", "가입자": "subscribers", "환율": "exchange_rate", "금리": "interest_rate",
    "목표": "target", "전망": "forecast", "추정": "estimate", "계획": "plan",
    "최소": "minimum", "한도": "cap", "기업": "company", "회사": "company", "부과": "imposed",
    # public bodies Kiwi reads as common nouns
    "공정위": "kftc", "공정거래위원회": "kftc", "금융위": "fsc", "금융위원회": "fsc",
    "금감원": "fss", "금융감독원": "fss", "국세청": "nts", "국회": "parliament", "액": "amount",
    "승인": "approval", "지급": "payment",
    "무역": "trade", "회계": "accounting", "자기자본": "equity", "외부": "external",
    "현지": "local", "단계": "stage", "기록": "record", "역대": "record", "발표": "announced",
    "조달": "funding", "기준": "basis", "비중": "proportion", "신문": "newspaper",
    # time and movement
    "이날": "that_day", "전날": "day_before", "전년": "prior_year", "이후": "after",
    "대비": "vs", "오르": "rise",
    "상승": "rise", "하락": "fall", "내리": "fall", "떨어지": "fall", "증가": "increase",
    "감소": "decrease", "달하": "reach",
}
# English names of the places (and public bodies) Korean news writes, glossed in keys when Kiwi
# reads them as names (인도 as a name is India; as a common noun, handing over).
KEY_NAMES = {
    "한국은행": "bank_of_korea", "한은": "bank_of_korea",
    "한국": "korea", "미국": "us", "중국": "china", "일본": "japan", "체코": "czech",
    "폴란드": "poland", "독일": "germany", "프랑스": "france", "영국": "uk", "인도": "india",
    "베트남": "vietnam", "대만": "taiwan", "캐나다": "canada", "호주": "australia",
    "러시아": "russia", "우크라이나": "ukraine", "사우디": "saudi", "사우디아라비아": "saudi_arabia",
    "아랍에미리트": "uae", "이집트": "egypt", "튀르키예": "turkey", "터키": "turkey",
    "브라질": "brazil", "멕시코": "mexico", "인도네시아": "indonesia", "싱가포르": "singapore",
    "홍콩": "hong_kong", "유럽": "europe", "유럽연합": "eu", "네덜란드": "netherlands",
    "스웨덴": "sweden", "노르웨이": "norway", "이탈리아": "italy", "스페인": "spain",
    "북한": "north_korea", "태국": "thailand", "필리핀": "philippines",
    "말레이시아": "malaysia", "이스라엘": "israel", "카타르": "qatar", "서울": "seoul",
    "워싱턴": "washington", "뉴욕": "new_york", "도쿄": "tokyo", "베이징": "beijing",
    "프라하": "prague", "바르샤바": "warsaw",
}

PART_MARKERS = ("가운데", "중에서", "중")
SUM_JOINERS = ("플러스",)
# The particles that list amounts ("12억달러와 5억달러를"), read as words of their own after an
# amount: listed amounts are parts only with words of a whole before the total (`WHOLE_MARKERS`).
# Not 에 or 하고: "매출 9500억원에 순이익 3700억원" lists two facts, and 에 also ends a price.
LIST_JOINERS = ("와", "과", "및")
# Not 모두: it says "all of them", not that they make one sum.
WHOLE_MARKERS = ("합쳐", "합친", "합하면", "합해", "더해", "더한", "더하면", "합계", "총")
REST_MARKERS = ("나머지",)
CUMULATIVE_WORDS = {"누적", "累計"}
STAKE_WORDS = ("지분",)
# Words of a price a buyer sets for a company's shares (`OFFER_WORDS` in `currency.lang`), matched
# with what is glued to them: 공개매수 (가격), 매수 가격, 매입 가격. Not a bare 매수가 or 매입가:
# "외국인 매수가 몰리며" is buying on the market.
# Of them, 공개매수 names a buyer's offer alone (`BUYER_OFFER_WORDS` in `currency.lang`).
BUYER_OFFER_WORDS = ("공개매수", "공개 매수")
OFFER_WORDS = BUYER_OFFER_WORDS + ("매수 가격", "매입 가격")
# Words before an amount, in its own words, that name it the market's price (`MARKET_PRICE_BEFORE`
# in `currency.lang`; see `en.MARKET_PRICE_BEFORE`).
_MARKET_PRICE = ("주가", "종가")
MARKET_PRICE_BEFORE = "|".join(_MARKET_PRICE)
# Inside the parenthesis of a conversion, words that call its amount a whole ("10억 달러씩(합계 약
# 2조6000억원)"): never the conversion of an amount paid per unit. English: `en.CONVERSION_TOTAL`.
CONVERSION_TOTAL = ("합계", "총", "모두")
# Words that make an amount money a firm raises (`RAISED_BEFORE`, `RAISED_AFTER` in
# `currency.lang`; see `en.RAISED_BEFORE`), only with the amount as their object: before it, 자금
# 조달 (규모), 공모자금, 공모 금액 as its subject ("공모자금은 3억달러"); after it, the amount taken
# by 조달 ("3억달러를 조달", "3억달러 조달", "3억달러의 자금을 조달"). Not 조달 of goods
# ("원재료 조달 비용", "공공 조달 규모": no amount its object), nor a cost of funding (조달 비용).
# A hedge or a total's word may stand between those words and the amount ("공모자금은 최대 3억달러").
_ABOUT = spaced((*HEDGE_BEFORE, *CONVERSION_TOTAL)) + r"\s?"
RAISED_BEFORE = (r"(?:(?:자금\s?조달(?:\s?(?:규모|금액|액))?|공모\s?자금|공모\s?금액)"
                 r"(?:은|는|이|가|으로|로)?\s?(?:" + _ABOUT + r")?$)")
RAISED_AFTER = r"(?:\s?(?:을|를|의\s?(?:공모\s?)?자금을)?\s?조달(?!\s?(?:비용|금리|원가)))"
PER_SHARE_BEFORE = ("주당",)
# Words before an amount, in its own words, that make it an amount per head (`PER_HEAD_BEFORE` in
# `currency.lang`): "유료이용자당평균매출(ARPPU)은 7.5달러", "1인당 25만원". Korean words with what
# is glued before them (유료이용자당); the acronyms as whole words.
PER_HEAD_BEFORE = {"ARPU": "user", "ARPPU": "user", "사용자당": "user", "이용자당": "user",
                   "가입자당": "user", "인당": "person", "가입자당 평균 매출": "user",
                   "이용자당 평균 매출": "user", "사용자당 평균 매출": "user",
                   "가입자당 평균 매출액": "user", "이용자당 평균 매출액": "user",
                   "가입자당 월평균 매출": "user", "이용자당 월평균 매출": "user"}
PER_HEAD_AFTER: dict[str, str] = {}
# Endings of a word that stop the reading of a per-head word's subject before its amount: another
# topic (은, 는), an object (을, 를: "ARPU가 오르자 루멘을 32억달러에"), or a clause's end (-자,
# -면서, -고).
PER_HEAD_STOP = ("은", "는", "을", "를", "자", "면서", "고")
# A topic's or a subject's particle, written once for the patterns that read a subject before its
# amount (a per-head word's, a results line's, an exchange rate's, a stage word's).
SUBJECT_PARTICLES = ("은", "는", "이", "가")
_SUBJECT = "|".join(SUBJECT_PARTICLES)
# What ends a term before a likening word (`LIKENED_TERM_BEFORE`), besides a clause's break: a
# topic's or a subject's particle ("2021년 매출은 노르덴과 비슷한 300억원": the year is the
# sales', not the other term's).
LIKENED_TERM_STOP = r"(?<=[가-힣])(?:" + _SUBJECT + r")\s"
# What may stand between a per-head word and its amount (`PER_HEAD_TO_AMOUNT` in `currency.lang`):
# nothing but a bracket ("1인당 25만원"; the word's own may close it: "(ARPPU)은"), or a
# subject's particle and up to three words, none ending in a PER_HEAD_STOP ("ARPU는 2분기
# 3만5000원", "(ARPPU)은 4% 늘어난 9.8달러"); "ARPU 개선 기대감에 ..." is no subject.
PER_HEAD_TO_AMOUNT = (r"(?:\)|\([^()]*\))?(?:\s*|(?:" + _SUBJECT + r"|도)\s+(?:(?!\S*(?:"
                      + "|".join(PER_HEAD_STOP) + r")\s)\S+\s+){0,3})")
# Words in an amount's own words that make it a price, never an average per head (`PRICE_WORDS`
# in `currency.lang`): a share's price or close.
PRICE_WORDS = (*_MARKET_PRICE, "마감", "장중")
# A results line that is an amount's subject: its word followed by a topic's or a subject's
# particle ("영업이익은 판관비 증가로 X"; `LINE_SUBJECT_AFTER` in `currency.lang`), and a cost
# line's words that make it a cause or a concession, never the amount's line ("판관비 증가로",
# "판관비 부담에도", "판관비를 줄인 덕에"; `LINE_CAUSE_AFTER`, read up to the next line or amount).
LINE_SUBJECT_AFTER = r"(?:" + _SUBJECT + r")(?=\s|$)"
LINE_CAUSE_AFTER = (r"\S*(?:에도|탓에|덕에|덕분에|때문에|인해|힘입어)(?=\s|$)|"
                    r"(?:증가|감소|상승|하락|확대|축소|부담|영향|여파|절감|효과)(?:으로|로)(?=\s|$)")
# Right before an amount, what makes it an exchange rate (`FX_RATE_BEFORE` in `currency.lang`):
# "환율 1350원 기준", "환율은 1337원", "환율 종가 1337원 기준"; not "환율 상승으로 2900억원" (a loss),
# nor "현재 환율 기준 2925억원" (a conversion).
FX_RATE_BEFORE = r"환율(?:" + _SUBJECT + r"|도)?(?:\s+(?:종가|시가|평균|고시)\S*)?"
# Right after a rate, what makes it the basis of a conversion (`FX_BASIS_AFTER` in
# `currency.lang`): "환율 1350원 기준", not a market's close ("환율 종가는 1337원이었다").
FX_BASIS_AFTER = ("기준",)
# Words pricing an amount by one share anywhere in its own clause (`PER_SHARE_WORDS` in
# `currency.lang`; with what is glued to them): "주식 1주에 2만원을 지급", "1주당 2만원".
PER_SHARE_WORDS = ("주당", "1주에", "1주마다")
# ... and "한 주에" (one share; also "a week": "한 주에 두 번"), only after a share word at most two
# words before it (`ONE_SHARE_WORDS`, `ONE_SHARE_AFTER` in `currency.lang`): "보통주 한 주에 2만원".
ONE_SHARE_WORDS = ("한 주에", "한 주마다")
ONE_SHARE_AFTER = ("주식", "주")
SHARE_COUNT_WORDS = ("주",)   # "2억주", "850만주를": a number of shares      # 1주당, 한 주당 end with it
SHARE_CLASS_WORDS = ("보통", "우선", "신", "신규", "구")   # "850만 보통주", "1억 신주를"
# Morphemes, or two written together (시가총액, cut by Kiwi as 시가 + 총액), that name what an amount
# beside them is the value of (`AMOUNT_ROLES` in `currency.lang`): 기업가치, 지분 가치, 시가총액; 차익,
# 평가차익; 원화 차입; 유상증자; 청약 증거금; a line of a firm's results: 매출(액), 영업이익 (cut as
# 영업 + 이익) and a headline's 영업익, (당기)순이익, 순익, and the same two lines as a loss (영업손실,
# 영업적자, (당기)순손실: an operating loss and a net loss of one quarter are two lines; 당기순손실 as
# written, Kiwi at times dropping its 순); the costs reported, 판매관리비, 판관비 (판관 + 비), 일반관리비,
# 관리비용 (관리 + 비용), 영업비용. Not 비용 alone (인수 비용 is a deal's cost). Not 이익 alone
# (영업이익 is a profit, not a gain), nor 청약 alone (an IPO story writes it beside its prices and
# its market value), nor 차입금 (차입금 상환 is a use), nor 시가 or 증거 alone (an opening price;
# evidence).
AMOUNT_ROLES = {"가치": "worth", "시가총액": "worth", "시총": "worth", "차익": "gain",
                "차입": "borrowing", "증자": "share issue", "증거금": "subscription",
                "매출": "revenue", "매출액": "revenue", "영업이익": "operating profit",
                "순이익": "net income", "순익": "net income", "영업익": "operating profit",
                "영업손실": "operating profit", "영업적자": "operating profit",
                "순손실": "net income", "당기순손실": "net income",
                "관리비": "expenses",
                "관리비용": "expenses", "판관비": "expenses", "영업비용": "expenses"}
# A multiplier (`MULTIPLIER_WORDS` in `currency.lang`): "매출의 3배인", "배에", "두 배로 늘어난".
MULTIPLIER_WORDS = ("배",)
# Words naming the stage of a figure, as (kind, stage) (`STAGE_WORDS` in `currency.lang`);
# matched with what is glued to them. Not 추정치 ("부채 추정치에 근거해": an input, not a stage).
STAGE_WORDS = {
    "정부안": (("bill", "proposed"),), "통과": (("bill", "passed"),),
    "문턱을 넘": (("bill", "passed"),),      # 국회 문턱을 넘었다: passed
    "의결": (("bill", "passed"),), "확정": (("bill", "passed"),),
    "확정 실적": (("result", "final"),), "잠정": (("result", "preliminary"),),
    "가이던스": (("result", "preliminary"),),
    "시초가": ((SESSION, OPEN),), "개장": ((SESSION, OPEN),),
    "종가": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "거래를 마쳤": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "거래를 마감": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "장을 마쳤": ((SESSION, CLOSE), (TARGET, ACTUAL)), "장을 마감": ((SESSION, CLOSE), (TARGET, ACTUAL)),
    "목표가": ((TARGET, TARGET),), "목표주가": ((TARGET, TARGET),),
    "적정주가": ((TARGET, TARGET),), "적정 주가": ((TARGET, TARGET),),  # a broker's fair price
    # A value expected, 예상 as a modifier ("예상 시가총액") or a verb ("12조원을 넘을 것으로
    # 예상된다"), is a projection, not the value a day's close gave. Not 예상 밖 (an actual value
    # came out unexpected: the entries name no stage), 예상 외로 (the same), nor 예상치를 웃돌았다,
    # 예상치 못한, 예상을 웃돈 or 예상을 깨고.
    "예상 ": ((TARGET, TARGET),), "예상 밖": (), "예상 외": (),
    "것으로 예상": ((TARGET, TARGET),), "으로 예상된": ((TARGET, TARGET),),
    "으로 예상되": ((TARGET, TARGET),), "으로 예상돼": ((TARGET, TARGET),),
    "으로 예상하": ((TARGET, TARGET),), "으로 예상했": ((TARGET, TARGET),),
    "으로 예상한": ((TARGET, TARGET),),
    "장중": ((TARGET, ACTUAL),),      # a value a session gave is no forecast of it
    "장 중": ((TARGET, ACTUAL),),     # ... as often written with a space ("장 중 한때")
    # Not 계획이다 or 예정이다 for a plan: a deal's terms are said so ("주당 9만2000원에 사들인다는 계획이다")
    # and are the terms the deal kept, one fact with the offer written plainly.
    # the session's extremes named, and a reading soon after the open or at one moment of the
    # session: a value it gave, none of them the open ("개장 직후 18달러까지 올랐다" is no open)
    "장중 최고": ((SESSION, HIGH), (TARGET, ACTUAL)), "장중 최저": ((SESSION, LOW), (TARGET, ACTUAL)),
    "장중 고점": ((SESSION, HIGH), (TARGET, ACTUAL)), "장중 저점": ((SESSION, LOW), (TARGET, ACTUAL)),
    "개장 직후": ((TARGET, ACTUAL),), "개장 초반": ((TARGET, ACTUAL),), "한때": ((TARGET, ACTUAL),),
    # what a jury decided (평결), against what a party asked of it (STAGE_BEFORE). Not 판정 or
    # 판결: an award's news names the case by them ("3억달러 규모의 중재 사건에 대한 판정")
    "평결": ((CLAIM, DECIDED),),
    # a price the session is trading at ("오전 10시 현재 ... 5만1000원에 거래되고 있다"): a
    # reading while it goes on, not the day's close
    "거래되고 있": ((SESSION, TRADING), (TARGET, ACTUAL)),
    # ... and its short form ("6만원에 거래 중이다"); not 거래 중단 or 거래 중지 (a halt)
    "거래 중이": ((SESSION, TRADING), (TARGET, ACTUAL)),
}
# The time of day a price is quoted at ("오후 1시 37분 현재", "오전 9시49분 기준"; `QUOTE_CLOCK` in
# `currency.lang`): a clock then 현재 or 기준. Its groups: the half of the day, the hour, the minute.
# Without 오전 or 오후 ("2시 현재") the clock is read but its time is unknown (`clock_of`).
QUOTE_CLOCK = (r"(?:(?P<ko_half>오전|오후)\s*)?(?P<ko_hour>\d{1,2})\s?시(?:\s*(?P<ko_minute>\d{1,2})\s?분)?"
               r"\s*(?:현재|기준)")
CLOCK_AFTERNOON = ("오후",)        # the half of the day 12 hours are added for (`CLOCK_AFTERNOON`)
# Right after an amount: what makes the sentence suppose it (`SUPPOSING_AFTER` in `currency.lang`):
# "주가가 7만원이면 시가총액은 약 9조원이 된다", "100달러라면", "1,000엔이면"; not 이면서 (while
# being). Its amounts are then a computation, the target stage, not a value a day gave.
SUPPOSING_AFTER = r"(?:이|이라|라)?면(?![가-힣])"
# A condition anywhere in a sentence whose consequence is still to come (`SUPPOSING_CLAUSE` in
# `currency.lang`): a deed's verb ending in 되면 or 하면 before a space, a future's ending later
# ("공모가가 상단에서 결정되면 ... 12억 달러를 조달하게 된다", "... 확정되면 ... 늘어날 것"). Its amounts
# are a computation, not what was done: only those of the clauses from the condition's to the
# consequence's (the future's ending, the pattern's only group; `CLAUSE_BREAK`), none of a clause
# before ("4000억원을 조달했으며 상장하면 ..." supposes no 4000억원). Not a noun's 이면 ("회원이면
# 1만원 할인된다" says who gets the amount, no amount supposed), nor 반면 or 측면, nor 하면서 (no
# space after 면), nor a verb of reckoning, which opens a conversion told as a fact ("우리 돈으로
# 환산하면 약 4조 원이 된다"; `CONVERSION_NEXT_VERB`).
RECKONING_VERBS = ("환산하면", "계산하면")
SUPPOSING_CLAUSE = ("".join(f"(?<!{v[:-2]})" for v in RECKONING_VERBS)
                    + r"(?<=[가-힣])(?:되|하)면\s(?=[^.]*?(된다|될\s?것|하게\s?된|할\s?것"
                    r"|할\s?수\s?있|날\s?것))")

# Words naming the stage of only the amount written right after them (`STAGE_BEFORE` in
# `currency.lang`; between them only a particle of `STAGE_GLUE`): an offer price in apposition
# ("공모가 3만원", "공모가인 3만원") is not the open its sentence names ("시초가는 공모가 3만원의
# 2배인 6만원이었다"). Before its amount only: "종가는 공모가 대비 68% 오른 5만500원" is a close.
STAGE_BEFORE = {
    "공모가격": ((SESSION, OFFER),), "공모 가격": ((SESSION, OFFER),),
    "공모가": ((SESSION, OFFER),),
    # the range an offer is marketed at and its ends ("희망 공모가 2만~2만4000원", "밴드 상단인 3만원"):
    # not the price it is priced at, however close
    "희망 공모가": ((SESSION, MARKETED),), "공모 희망가": ((SESSION, MARKETED),),
    "희망 공모가격": ((SESSION, MARKETED),), "공모가 밴드": ((SESSION, MARKETED),),
    "밴드 상단": ((SESSION, MARKETED),), "밴드 하단": ((SESSION, MARKETED),),
    "밴드 최상단": ((SESSION, MARKETED),), "밴드 최하단": ((SESSION, MARKETED),),
    # an amount moved from the one planned ("증액된 14억달러"): neither the plan nor a forecast
    "증액된": ((TARGET, MOVED),), "감액된": ((TARGET, MOVED),),
    # what a party asked of a court ("청구액인 3억8000만달러", "요구 금액인"): only right before its
    # amount, as a verdict's sentence often names the claim too
    "청구액": ((CLAIM, CLAIMED),), "요구 금액": ((CLAIM, CLAIMED),),
}
# An offer's price set at the number a band's end names, said right after that number
# (`OFFER_SET_AFTER` in `currency.lang`): (으)로 and a verb of setting ("공모가가 밴드 상단인 3만원으로
# 확정됐다"), or the number made the price ("밴드 최상단인 3만원을 공모가로 정했다"). Only then is the
# end the price itself; an end the price is measured against is still the band.
OFFER_SET_AFTER = (r"(?:으)?로\s*(?:최종\s*)?(?:확정|결정|정해|정했|정하|책정)"
                   r"|[을를]\s*(?:최종\s*)?공모\s?가격?으?로")
# Words of a pricing still to come (`OFFER_SET_AHEAD`): a band's end named before the price is set
# ("공모가 확정을 앞두고 밴드 상단인 3만원에", "밴드 상단을 넘어설지") is the band, not the price.
OFFER_SET_AHEAD = ("앞두고", "앞둔", "결정 전", "확정 전", "결정되기 전", "확정되기 전", "결정 이전",
                   "확정 이전", "넘어설지", "넘을지", "웃돌지", "넘길지", "정해질지", "결정될지", "확정될지")
# A level a raise reached, said in the amount's own clause: right after it (`REVISED_AFTER` in
# `currency.lang`), 으로 or 로 and a raise's verb, a word or two of its object between ("6만원으로
# 상향했다", "6만원으로 매수 가격을 올렸다", "3조원으로 늘었다"); or right before it
# (`REVISED_BEFORE`: "12% 높아진 6만원"). A new round of the offer, not an earlier one told plainly.
# What the raise is of, named in the amount's clause (`REVISED_OBJECTS`), as English's list: a
# price (가격, 매수가, 공모가), an offer's or a tender's sum (제시가, 대금), its cost or budget (비용,
# 사업비, 예산), a target, a forecast, a valuation. "총 투자액은 31억달러로 늘어날 수 있다" names none.
REVISED_OBJECTS = ("가격", "매수가", "공모가", "인수가", "제시가", "대금", "비용", "사업비", "예산",
                   "목표가", "전망치", "추정치", "가이던스", "기업가치", "밸류에이션")
# A raise's forms that are also a change's (`CHANGE_AFTER`), as English's `RAISE_FORMS`
RAISE_FORMS = ("인상", "올린", "늘었", "늘어", "늘려", "늘린", "증액")
_RAISE_VERBS = RAISE_FORMS + ("상향", "올려", "올렸", "올리", "높여", "높였", "높인", "늘렸")
# A word between the amount and the verb: any but another object, a word ending 을/를 that names
# none of REVISED_OBJECTS ("2조원으로 설비를 늘렸다" raised the plant, not the sum)
_BETWEEN = (r"(?:[^\s,.]*(?:" + "|".join(REVISED_OBJECTS) + r")(?:을|를)|[^\s,.]*[^\s,.을를])\s+")
REVISED_AFTER = (r"\s*\)?\s*(?:으로|로)\s+(?:" + _BETWEEN + r"){0,2}?(?:" + "|".join(_RAISE_VERBS)
                 + ")")
# Right before the amount, the object its raise is of: another object ("매출을 2조원으로 늘렸다")
# says the raise is not of a price of the clause (`REVISED_NOT_BEFORE`)
REVISED_NOT_BEFORE = (r"(?:^|\s)(?![^\s,.]*(?:" + "|".join(REVISED_OBJECTS)
                      + r")(?:을|를)(?:\s|$))[^\s,.]+(?:을|를)\s*(?:주당\s*|총\s*)?$")
REVISED_BEFORE = r"(?:인상된|상향된|상향 조정된|높아진|늘어난)\s*$"
# The particles that may stand between a stage word and the amount it names (`STAGE_GLUE` in
# `currency.lang`): 종가는 5만원, 공모가인 3만원, 시초가가 6만원, 공모가를 주당 3만원으로.
STAGE_GLUE = r"(?:(?:" + _SUBJECT + r"|을|를|인)(?:\s*주당)?|\s*주당)"
# Right after a stage word, what makes the stage a change's point of comparison (`STAGE_BASE_AFTER`
# in `currency.lang`): "시초가 대비 9000원 내린 5만원에 거래를 마쳤다" names no open of the 9000원, the
# change from it, which has no stage at all (nor the close). Its own amount in apposition is still
# the open: "시초가(6만원) 대비".
STAGE_BASE_AFTER = ("대비", "보다")

# Words naming the stage of only the amount right before them (`STAGE_BESIDE` in `currency.lang`),
# with what is glued to them: a session's extremes, said by the verb that reached them with 까지
# ("8만1500원까지 올랐다가", "3만원까지 급락"), not its open or close. (으)로 올랐다 names no
# extreme (a close is written so too), only a move: every move, 까지 or (으)로, names one thing
# whatever the sentence, the level it reached is not the open it started from (kind "opening":
# "시초가 41만2000원" and "41만3000원으로 올랐다").
STAGE_BESIDE = {
    **{w: ((SESSION, HIGH), (OPENING, MOVED)) for w in (
        "까지 올랐", "까지 오르", "까지 치솟", "까지 급등", "까지 상승")},
    **{w: ((SESSION, LOW), (OPENING, MOVED)) for w in (
        "까지 내렸", "까지 내려", "까지 떨어", "까지 하락", "까지 급락", "까지 밀", "까지 추락")},
    **{w: ((OPENING, MOVED),) for w in (
        "으로 올랐", "으로 상승", "으로 치솟", "으로 급등", "으로 뛰", "로 올랐", "로 상승",
        "으로 내렸", "으로 떨어", "으로 하락", "으로 급락", "으로 밀", "로 떨어", "로 하락")},
    # a price the session is trading at, in the active form ("5만1000원에 거래하고 있다": the
    # stock "is trading at"), as 거래되고 있 in STAGE_WORDS. Only right after its amount: elsewhere
    # in a sentence 거래하고 있 is doing business with someone ("A사와 거래하고 있는 협력사"); and
    # only of a price (a share's, or read at a time of day), never a period's volume of business
    # ("연간 2000억원에 거래하고 있다"; `reconcile.scan.mentions._a_reading`).
    "에 거래하고 있": ((SESSION, TRADING), (TARGET, ACTUAL)),
}
# What may stand between such a word's 까지 or (으)로 and its verb (`STAGE_BESIDE_SUBJECT` in
# `currency.lang`): the subject that moved, a noun with 이 or 가 ("18달러까지 주가가 올랐다").
STAGE_BESIDE_SUBJECT = r"\s[가-힣]{1,6}[이가](?=\s)"
# What ends a clause (`CLAUSE_BREAK` in `currency.lang`): a comma, or a verb's joining ending
# before a space (올랐다가, 하락했고, 기록하며, 오르면서, 올랐지만, 떨어졌는데); 고 and 며 only
# after a verb's stem or past (재고, 최고 are nouns).
CLAUSE_BREAK = (r",\s|(?<=[가-힣])(?:다가|[았었였했됐]고|하고|되고|[았었였했됐]으며|하며|되며|면서|지만"
                r"|는데)\s")

# Between two members of a list of amounts (`LIST_JOIN`, `LIST_NOT`; see `en.LIST_JOIN`): "과"/"와"
# glued to the first amount, a comma, 및; a change's "에서 ... 로" or a comparison's 보다/대비 is none.
LIST_JOIN = r"^[과와]\s|,|및|그리고"
LIST_NOT = r"에서|보다|대비|^으?로\s"
# Stock exchanges by name (`STOCK_EXCHANGES` in `currency.lang`; see `en.STOCK_EXCHANGES`). Not 코스피
# (an index as often as the market).
STOCK_EXCHANGES = {
    "뉴욕증권거래소": "nyse", "나스닥": "nasdaq", "코스닥": "kosdaq", "유가증권시장": "kospi",
    "홍콩증권거래소": "hkex", "도쿄증권거래소": "tse", "봄베이증권거래소": "bse",
    "인도국립증권거래소": "nse",
}
# Words naming a market value (`MARKET_QUOTE` in `currency.lang`), with what is glued to them. Not
# 주가 or 종가: an offer price beside a close is restated on many days.
MARKET_QUOTE = ("시가총액", "시총")
# Words saying a market value is of a recent day the text does not name (see `en.RECENT_DAY`):
# "시가총액은 최근 2억 달러".
RECENT_DAY = ("최근", "근래", "요즘")
# A count of a period after a recent word makes it a span, no day (`RECENT_SPAN_AFTER` in
# `currency.lang`): "최근 1년 새 두 배", "최근 3년간", "최근 6개월".
RECENT_SPAN_AFTER = r"\s*(?:\d+|[한두세네]|몇)\s*(?:년|개월|달|주|거래일|일|분기)"
# A verb's past ending (`recent_past` of `DATE_FORMS`): a syllable closed by the past tense's ㅆ
# (었, 았, 했, 랐, 냈: a Hangul syllable whose final consonant is ㅆ, the 20th of 28) and an
# ending ("체결했다", "따냈고", "맺었으며", "올랐다"). A present or future state ("늘고 있다",
# "할 예정이다") has none. Not 있 ("검토하고 있다" is a present state) nor 겠 ("하겠다", a
# coming or a guessed one). Not an adnominal's 한, 된 or 던: it ends 대한, 위한, 관한 as well as
# a deed's modifier ("발표된", "체결했던"), and a modifier describes a noun, not the amount's own
# verb.
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4)
                          if (c - 0xAC00) % 28 == 20 and chr(c) not in "있겠")
PAST_ENDING = r"[" + _PAST_SYLLABLES + r"](?:다|고|으며|는데|지만|습니다)"
# How far past a recent word its clause's past verb may lie, in characters: a deed's object and
# its amount between ("최근 1억 달러 규모의 공급 계약을 체결했다").
RECENT_PAST_REACH = 40
# Where a recent word's clause ends before its past verb (`recent_past`): a clause break
# (`CLAUSE_BREAK`) or a copula's ending ("3억 달러이고", "수준인데"): a past verb after it is
# another clause's, of another subject ("최근 매출은 3억 달러이고 노르덴은 적자를 냈다").
# ... or a past modifier before its noun ("최근 상장한 오르벨의", "최근 인수했던 케스트렐은"):
# the recent word tells that noun's deed, not the amount's own verb after it.
RECENT_MODIFIER = r"(?<=[가-힣])(?:한|된|던)\s"
RECENT_PAST_STOP = CLAUSE_BREAK + r"|(?<=[가-힣\d])(?:이고|이며|인데|이다)|" + RECENT_MODIFIER
# The recent words a past verb makes a deed's recent day (`recent_past`): not 요즘, "these days",
# a present state's.
RECENT_PAST_HEAD = ("최근", "근래")
# Words for the few days just before a report (`recent_past`), no day named.
RECENT_PAST_WORDS = ("지난 며칠", "최근 며칠", "요 며칠")
# Words for the days of the report's own week before it (`week_early`).
WEEK_EARLY_WORDS = ("이번 주 초", "이번주 초", "금주 초")

# Words that make the amount before them a change, matched as a word's start (`CHANGE_AFTER` in
# `currency.lang`): "4000억원 감소한 1195조8000억원" (a change, then the level it reached), "91조6000억원으로
# 4000억원 개선됐다" (a level, 으로, the change that reached it). Not 올 alone (올해).
CHANGE_AFTER = RAISE_FORMS + (
    "증가", "감소", "줄어", "줄었", "줄인", "줄여", "개선", "악화", "확대", "축소", "감액", "삭감",
    "상승", "하락", "인하", "급증", "급감", "올라", "올랐", "오른", "떨어", "내려", "내린", "내렸",
)
# Words right after an amount (a space or none between, a parenthesised conversion aside) that make
# it a difference, a change between two levels, never a level (`DIFFERENCE_AFTER` in
# `currency.lang`): the change words ("4000억원 감소한", "3조원 늘어난") and a comparison's
# ("보다 1조원 많다", "1조원 적은", "2달러 높은", "5만원 싼", "1조원 앞질렀다": a lead over another),
# matched as a word's start. Not 적 alone (적자, a deficit, is a level), nor 앞서 (also "earlier").
# The words of more and less among them, a difference's after a conversion too
# (`CONVERSION_NEXT_NOT`).
MORE_OR_LESS_AFTER = ("많", "적은", "적다", "적었", "적어", "적게", "모자라", "모자란", "부족")
# The comparison's words alone, not the change words (`COMPARED_AFTER` in `currency.lang`): a gap
# between two values ("보다 1조원 많다", "1조원 앞질렀다"), not a change of one quantity ("1조원 늘린다").
COMPARED_AFTER = MORE_OR_LESS_AFTER + ("높", "낮", "싼", "싸게", "싸다", "쌌", "비싸", "비싼", "앞질",
                                       "앞지르", "앞지른")
DIFFERENCE_AFTER = CHANGE_AFTER + COMPARED_AFTER
# Nouns naming a gap between two values ("시가총액 격차는 3조원"): the same gap a comparison's
# words state ("보다 3조원 많다"), written as a noun.
# A word of its own, a particle at most after it ("차이나" is no gap).
GAP_NOUNS = ("격차", "차이", "차액")
GAP_NOUN = (r"(?<![가-힣])(?:" + "|".join(GAP_NOUNS) + r")(?:" + "|".join(PARTICLES)
            + r")?(?![가-힣])")
# Right after a noun's amount (`NOUN_PERIOD_FORMS`): a change (130억 달러 늘었다) or a total.
NOUN_PERIOD_AFTER = r"\s*(?:이|가|을|를|은|는)?\s*(?:" + "|".join(CHANGE_AFTER) + r"|누적)"
# What joins a level to the change after it ("91조6000억원으로 4000억원 개선됐다").
CHANGE_LEVEL_BETWEEN = ("으로", "로")
# What joins the level before a change to the level after it, which 으로 or 로 follows:
# "정부안(1196조2천억원)에서 1195조8천억원으로".
# A tilde or a dash joins a range's ends whatever follows ("60조~70조원으로 늘었다" is a range);
# only these make "A에서 B로" a change (the reader, and scan's level before a change).
CHANGE_FROM_BETWEEN = ("에서", "부터")

# Words naming the rate a conversion used; they may also open its parenthesis (`CONVERSION_RATE`
# in `currency.lang`).
CONVERSION_RATE = (
    "당시 환율로",
    "당시 환율 기준",
    "당시 환율 기준으로",
    "당시 환율을 기준으로",
    "현재 환율로",
    "현재 환율 기준",
    "현 환율로",
    "오늘 환율로",
    "환율로 환산하면",
)
# Each of them names the rate (환율): any may open a sentence that restates the amount before it.
CONVERSION_RATE_NAMED = CONVERSION_RATE
# Words that say an amount is a conversion the writer made (`currency.text.conversion_words`).
# The words naming the won a conversion is reckoned in, and the verbs of reckoning: each opens a
# conversion beside its amount, and the sentence after it (`CONVERSION_NEXT_LEAD`). "우리나라 돈"
# (our country's money) is how broadcast news often says "우리 돈" ("12억 달러, 우리나라 돈으로 1조6000억원").
CONVERSION_IN_WON = ("한화로", "원화로", "우리 돈", "우리돈", "우리 돈으로", "우리나라 돈",
                     "우리나라 돈으로")
# Right before an amount's conversion beside it, the currency's name alone says so too ("(한화
# 1조원)", "·원화 1조원"), as does each word of `CONVERSION_IN_WON` with its particle ("12억 달러,
# 우리 돈으로 1조6000억원"): the words the conversion gap reads (`currency.text.conversions`).
CONVERSION_IN_WON_BESIDE = (*CONVERSION_IN_WON, "한화", "원화")
CONVERSION_RECKON = ("환산하면", "환산 시")
CONVERSION_BEFORE = (
    *CONVERSION_RATE,
    "(한화",
    "（한화",
    ", 한화",
    "한화 약",
    *CONVERSION_IN_WON,
    *CONVERSION_RECKON,
)
# Conversion words that are also names written inside other words (한화 is a company: 대한화재,
# 한화그룹): a marker opening with one counts only with no letter glued before it. The others
# count glued too, as Korean writes them ("원화환산시").
CONVERSION_NAMES = ("한화",)
CONVERSION_BETWEEN = (
    "약",
    "대략",
)
CONVERSION_AFTER = (
    "당시 환율",
    "환율 기준",
    "으로 환산",
)
# A conversion written as the next sentence, after the sentence of its original ("브리사는 올해
# 30억 달러를 벌었다. 우리 돈으로 환산하면 약 4조 원이다."): a joining word, the words naming the
# currency it is reckoned in (the won's as beside an amount, and the dollar's), then a verb of
# reckoning, open the sentence before its amount (`currency.text.conversions`; the English in
# `en`). The topic particle 는 may follow the currency's words, but not a name's
# (`CONVERSION_NAMES`: "한화로는" is also "to Hanwha"). A verb alone ("치면", "하면") says no
# conversion: only after the currency's words.
CONVERSION_NEXT_OPEN = ("이는", "이를")
CONVERSION_NEXT_LEAD = (*CONVERSION_IN_WON, "원화 기준으로", "달러로", "달러 기준으로")
CONVERSION_NEXT_VERB = (*CONVERSION_RECKON, *RECKONING_VERBS, "따지면", "치면", "하면")
# Words after the amount of that sentence, in its clause, that make it a difference, not the
# conversion ("원화로 환산하면 2조 원보다 많다", "목표에 2조 원 못 미친다"): the comparison's words
# and those of more and less, and of falling short.
CONVERSION_NEXT_NOT = (*COMPARISON, *MORE_OR_LESS_AFTER, *_FALL_SHORT)

# Korean writes a date before what it dates: a date after an amount, past a Korean word of its
# own, and before another amount ("1300억 달러에 진행된다면 이는 지난 2000년 ... 1720억 달러에
# 매입한") is the later amount's (`currency.text.dating`); past a particle only ("5000억원을
# 2027년에 지급하고, 잔금 2000억원은") it is still the amount's. English writes "$7 billion of sales
# in the year ended September 30, 2016 and a backlog of $24 billion", the date after its amount.
LATER_CLAUSE = r"\s[가-힣]"
# Words that pair dates with amounts in order ("2014년 A를, 지난해엔 B를 각 25억 달러와 75억 달러에"): see
# `en.RESPECTIVELY`.
RESPECTIVELY = ("각각", "각")
# ... but not when a date has one of these words right after it: see `en.NOT_LISTED_BEFORE`
# ("2020년부터 2023년까지", "2023년 대비", "2023년보다").
NOT_LISTED_AFTER = ("부터", "까지", *COMPARISON)
# Words after a date that make it a deadline ("2028년까지 210억 달러를 투자"): see `en.DEADLINE_BEFORE`.
DEADLINE_AFTER = ("까지", "말까지", "안에", "내에")
# Words after a date that make it the start of a span ("2009년 11월 이후 약 7년 ... 38조원", "올 9월부터
# 2027년 9월까지 2조원을 들여"): see `en.SPAN_START_BEFORE`.
SPAN_START_AFTER = ("이후", "이래", "부터")
# A length of time spread over after a date, in its clause, makes that date a span's start too
# ("2016년 착공해 약 3년에 걸쳐 2조원을 들였다": the sum is of the span, not of its first year).
SPAN_OVER_AFTER = r"(?:약\s?)?\d+\s?(?:년|개월|달)\s?(?:간에|에)\s?걸쳐"
# A contract's length in years right before its amount, in the forms that name a length outright
# ("5년간 3조원", "4년 총액 8000만 달러"; `en.TERM_BEFORE`). Not a year ("2019년", "'24년", "24년
# 매출"): one to twelve, no digit or apostrophe before it.
_TERM_COUNT = r"(?<![\d.,'’‘])(?P<n>1[0-2]|[1-9])년"
TERM_BEFORE = (_TERM_COUNT + r"(?:간|\s*총액)\s*$",)
# A bare "N년" before the amount ("4년 8000만 달러") is a length only with a word of a contract in
# its clause (`en.TERM_BARE_BEFORE`): else an age or time spent ("창사 5년 2조원 매출").
TERM_BARE_BEFORE = (_TERM_COUNT + r"\s*$",)
TERM_DEAL_WORDS = ("계약", "연장")
# Words right before the count that make it an age or time already spent (`en.TERM_NOT_AFTER`).
TERM_NOT_AFTER = ("창립", "창사", "창업", "설립", "출범", "지난")
# A span's length after its start ("2021년부터 3년간", "5년 동안", "3년에 걸쳐"): a start still ahead
# with it, or with its end ("2027년까지"), begins a sum over the whole span, not a rate from then.
SPAN_LENGTH_AFTER = r"\d+\s?(?:년|개월|달|주)\s?(?:간|동안)|" + SPAN_OVER_AFTER
# Words after a date that make it the time of a deed ("2025년 3월에 잔금을 지급", "2021년 말에"): see
# `en.SCHEDULED_BEFORE`.
SCHEDULED_AFTER = ("에", "께")
# ... and before a day, naming the day a deed is set for ("처분 예정일자는 2025년 3월 31일이다"),
# as `en.SCHEDULED_BEFORE`'s "date of": a sale's price stated beside its closing day ahead is the
# price agreed now.
SCHEDULED_BEFORE = ("예정일은", "예정일자는", "예정일인", "예정일자인", "예정일이", "예정일자가")
# ... and a project's completion set for a date ("2027년 완공 예정인 공장에 5조원을 투자").
SCHEDULED_POINT_AFTER = ("말에", "초에", "중순에", "상반기에", "하반기에", "완공", "준공")
# ... or a month written bare, Korean leaving out its "에" as often as it writes it ("2027년 3월 잔금
# 20억 달러를 치르고", "2027년 3월 말 2조원을 지급할 예정"): a space after the month's own word, maybe a
# point of the month first, and then no word that makes the month what a sum is measured at or
# compared with ("2027년 3월 기준", "2027년 3월 대비") or a span's start. A bare day ahead ("오는 3일
# 5억 달러를 낸다") is left dated: a day is as often the news's own event, a few days on.
SCHEDULED_BARE_NOT = ("기준", "현재", *COMPARISON, *SPAN_START_AFTER)
# ... nor the word of what a sum measures right after the month, with or without its particle
# ("2027년 3월 예산 3조원", "2027년 3월 매출 5조원을 목표로", "3월 말 잔액은"): the month is the
# measure's own time, not a deed's set ahead. The point of the month is read whole (possessive),
# so that "3월 말 기준" does not leave "말 기준" for the words after the month.
SCHEDULED_BARE_MEASURES = (*MEASURE_NOUNS, "영업손실", "순손실", "잔액", "실적")
SCHEDULED_BARE = (r"(?<=월)(?:\s?(?:초|중순|말))?+\s+(?!" + spaced(SCHEDULED_BARE_NOT) + r"(?![가-힣])|"
                  + spaced(SCHEDULED_BARE_MEASURES) + ")")
GROWS_TO = ("로 성장", "으로 성장", "로 커질", "로 확대될", "로 늘어날", "로 증가할")
# A verb of a goal met ("2030년까지 매출 1조원을 달성"): see `en.TARGET_MET`.
TARGET_MET = ("달성",)
# A goal's verb, Korean writes right after its own amount, past its particle only ("매출 3조원을
# 달성", "3조원 달성"), or past the other items of a list of goals, two words each ("매출 3조원,
# 영업이익률 20%, 기업가치 9조원 달성"): an amount with a verb of its own between is another deed's
# ("5조원을 투자해 탄소중립을 달성").
GOAL_AFTER_OWN = TARGET_MET
GOAL_OWN_BEFORE = r"\)?(?:,\s*[^\s,]+\s+[^\s,]+)*\s*(?:[을를]\s*)?"
# What opens another clause between a deadline and a goal's amount after it: a verb's joining
# ending, 고 before a comma or 며/으며 ("2031년까지 2조원을 투자하고, 카파전자는 매출 4조원을 달성"):
# the deadline is the first clause's deed's, not the goal's year. Not 해 ("5조원을 투자해 매출
# 20조원을 달성"): a means to the goal, its deadline the goal's too.
GOAL_CLAUSE_OPENS = r"(?<=[가-힣])(?:고,|으?며\s)"
# Words of a deal being made (past): see `en.DEAL_MADE`.
DEAL_MADE = ("하기로 했", "하기로 결정", "키로 했", "키로 결정", "하기로 합의", "합의했", "계약을 체결",
             "계약 체결", "결의했", "의결했")
# A meeting whose day is a step before the day its decision is made public: see `en.BOARD_MEETING`.
BOARD_MEETING = ("이사회",)
# "당시" pointing at the time the sentence before names (see `en.AT_THE_TIME`): alone, as "그
# 당시" or after a topic's particle ("가치는 당시"), not after another word, which names the time
# of its own event ("상장 당시" is the listing's, "인수하던 당시" its clause's).
AT_THE_TIME = r"(?<![가-힣A-Za-z0-9])(?:그\s당시|(?<=[는은]\s)당시|(?<![가-힣A-Za-z0-9]\s)당시)"
# ... and "시점" or "당시" after an event's noun ("인수 시점 기준", "계약 당시"): the time of that event,
# as an earlier sentence of the article gives it (see `en.AT_THE_TIME_OF`); only after one of
# these nouns ("같은 시점", "현 시점", "그 당시" name no event).
AT_THE_TIME_OF_EVENTS = ("인수", "합병", "상장", "계약", "매각", "매입", "투자", "출자", "취득",
                         "체결", "발행", "공모", "설립", "분사", "분할", "출범", "착공", "수주")
AT_THE_TIME_OF = (r"(?<![가-힣])(?P<deed_ko>" + "|".join(AT_THE_TIME_OF_EVENTS)
                  + r")\s?(?:시점|당시)(?![가-힣])")
# ... and a sentence that sets that time against now is no sentence of then (see
# `en.AT_THE_TIME_NOT`; a comparison's words, `COMPARISON`, too): "현재 가치는 당시보다 두 배",
# "당시 대비 2.5배".
AT_THE_TIME_NOT = ("현재", "지금", "오늘", "이후")
# ... and it dates no amount after one of these (see `en.AT_THE_TIME_UNTIL`): "당시 가치는 2조원이었지만
# 최근 5조원으로 불어났다".
AT_THE_TIME_UNTIL = ("지만", "반면", "최근", "이제")
AT_THE_TIME_MOVED = ("년 뒤", "년 후", "달 뒤", "달 후", "이듬해")
# The year after the one a sentence names earlier, between that year and an amount: the amount
# is of that next year ("2016년 A를 300만 달러에 보냈고, 이듬해 B로 1150만 달러를 받았다": the
# 1150만 달러 is 2017's). Only one year on: "2년 뒤" and the like are not read.
YEAR_AFTER = ("이듬해", "그 이듬해", "다음 해", "그다음 해")
# The particles the year-after word may carry ("이듬해에", "이듬해인 2017년"); any other Hangul
# after it makes another word ("다음 해당 사업", "다음 해외 진출").
YEAR_AFTER_PARTICLES = ("에는", "에도", "에", "엔", "인", "의", "는", "도")
# See `en.YEAR_AFTER_SPAN`: "2016년과 이듬해", "2016년부터 이듬해까지", "2016~이듬해".
YEAR_AFTER_SPAN = ("과", "와", "부터", "~")
# A plan's words after a verb in its prospective form ("인수할 계획이다", "지을 예정이다", "늘어날
# 전망이다"): a date before them in their clause is still to come (see `en.FUTURE_BEFORE`). After
# a noun they name a plan made then ("2020년 인수 계획을 밝혔다", "진출 계획", "매출 전망").
PLAN_AFTER = ("계획", "예정", "방침", "전망")
# ... that form as Kiwi tags it: an adnominal ending, prospective ("인수하+ᆯ", "짓+을").
KIWI_ADNOMINAL = "ETM"
KIWI_PROSPECTIVE = frozenset({"ᆯ", "을"})
# A clause of its own time ends at a connective or final ending right after a tense's marker
# ("짓+었+고", "늘리+었+으며"); one with none shares the tense of the verb it joins ("짓+고 증설할
# 계획" is one plan), and a noun ending in 고 or 서 ("최고", "신고서") ends nothing.
KIWI_TENSE = "EP"
KIWI_CLAUSE_ENDINGS = frozenset({"EC", "EF"})

# The halves of a year, by their first syllable ("상반기", "하반기").
HALF_WORDS = {"상": 1, "하": 2}
# The days of the week, Monday first.
WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
# Words for last year, this year and next year ("지난해", "올해"); "올" too, before a month, a
# quarter or a half ("올 상반기").
LAST_YEAR_WORDS = ("지난해", "작년")
# "지난 한 해" (the past year) is last year, as "지난해" is, except in December, when a year-end
# review ("지난 한 해를 돌아보면") means the year then ending: there it is left unread; not a span up
# to now ("지난 한 해 동안 주가는 30% 올랐다"), as "지난 2년간" is not read.
PAST_YEAR_WORDS = (r"지난\s?한\s?해(?!\s?(?:동안|간|사이|새))",)
THIS_YEAR_WORDS = ("올해", "금년")
NEXT_YEAR_WORDS = ("내년",)
# Words after a quarter or a half that make it a count of them, not one ("3분기 연속", "2분기
# 만에", "상반기 내").
PART_COUNT_AFTER = ("연속", "째", "만", "동안", "간", "이내", "내", "새")
# Counts of months or weeks written in native numbers ("두 달 전"), and "일주일" (one week).
PERIOD_COUNT_WORDS = {**NATIVE_NUMBERS, "일": 1}
_NATIVE = "|".join(sorted(NATIVE_NUMBERS, key=len, reverse=True))
# What may follow "N년 전" when it dates a deed: an ending or a particle, not "전보다" or "전망".
_AGO_END = r"(?=$|[\s,.]|에|의|인|까지|만\s?해도)"
# The "-ㄴ 지" of time since a deed, its space often dropped ("투자한지"): a syllable ending in ㄴ.
_N_FINAL = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 4)
_SINCE = r"(?:(?<=[가-힣])\s|(?<=[" + _N_FINAL + r"]))지\s+(?:[가-힣]{1,3}\s+)?"
_PASSED = r"이?\s*(?:지났|흘렀|지난)"
# After an amount in its clause: words that make that clause one of time under the next ("30억
# 달러에 인수한 지 2년 만에", "인수한 뒤", "인수한 후", "인수할 당시"), whose deed a date opening the
# sentence does not date (see `en.FRONTED_CLAUSE_NOT`).
FRONTED_CLAUSE_NOT_AFTER = _SINCE + r"\S+\s?만에|(?<=[가-힣])\s(?:뒤|후|당시)(?![가-힣])"

# What after "N일" makes it a count of days, not a day ("5일 만에", "3일간", "2일 연속", a span of
# counts "15일~최대 6개월").
_NOT_A_DAY = (r"(?!\s?(?:간|동안|만|째|이내|내|안|뒤|후|전|가량|정도|이상|이하|미만|넘|남짓|연속|사이|치|분"
              r"|씩|새)|\s?[~∼][^\d일]{0,4}\d+\s?(?:개월|년|주))")

# The words after a day that say it is the local time of where its event happened ("20일(현지시간)",
# "20일(현지 시각)"): the event's own day, which reports dated at home may put a day later. A space
# in them may be left out.
LOCAL_TIME = ("현지 시간", "현지 시각")
_LOCAL_WORDS = spaced(LOCAL_TIME)
# What may follow the mark in its parenthesis ("(현지시간 기준)"), and a clock a day may carry
# before its parenthesis ("10일 오전 9시(현지시간)").
LOCAL_TIME_AFTER = ("기준",)
_LOCAL_CLOCK = r"(?:\s*(?:오전|오후|새벽|아침|낮|저녁|밤)?\s*\d{1,2}\s?시(?:\s*\d{1,2}\s?분|\s?반)?)?"
# ... in a parenthesis after a day, maybe with the place ("(미국 현지시간)", "(영국 현지 시각)").
_LOCAL_MARK = (_LOCAL_CLOCK + r"\s*\(\s*(?:[가-힣]+\s*)?" + _LOCAL_WORDS + r"(?:\s*(?:"
               + "|".join(LOCAL_TIME_AFTER) + r"))?\s*\)")
# ... or before it, maybe with "으로" ("미국 현지시간 10일", "현지시간으로 10일"; the place before
# it is left out of the date's words: a word glued before it may be an amount's unit).
_LOCAL_BEFORE = (_LOCAL_WORDS + r"(?:\s*(?:" + "|".join(LOCAL_TIME_AFTER) + r"))?(?:으로)?\s*")

# The words beside a day that say it is Korea's clock, the report's own ("13일(한국시간)", "지난 13일(이하
# 한국 시각)", "한국 시간 7일"), not the event's: where the event happened, that moment may be the day
# before it (Korea's clock is ahead of nearly every other). A space in them may be left out.
HOME_TIME = ("한국 시간", "한국 시각")

# The word that writes a day ahead ("오는 26일"): a report of an event due, whose day may be its
# article's news date though after its publication (`DAY_AHEAD_WORDS` in `currency.lang`).
DAY_AHEAD_WORDS = ("오는",)

# Dates in Korean news (`currency.text.dating.date_expressions`): (kind, pattern). What each kind
# resolves to is the extractor's rule; the forms that write it are data.
# The year written before a quarter or a half ("2017년", "지난해", "올", "내년"), and the words
# after one that make it a count.
_THIS_YEAR = "|".join(THIS_YEAR_WORDS) + "|올"
# What after "지난 5월" makes the month no date of an amount: a comparison's base or a span's start.
MONTH_PAST_NOT_AFTER = (*COMPARISON, *SPAN_START_AFTER, "까지")
_MONTH_PAST_NOT = "|".join(w.replace(" ", r"\s?") for w in MONTH_PAST_NOT_AFTER)
# A word ending in the adnominal -ㄴ ("취임한", "출시된", "열린"): a syllable ending in ㄴ, but not
# the topic particles 은/는 ("한빛은"), which end a noun.
_ADNOMINAL_END = "[" + _N_FINAL.replace("은", "").replace("는", "") + "]"
# Words that mark what follows as the news's own event ("이번 증자로", "금번 계약"). Not before a
# date's unit: "이번 달", "이번 주에" are dates. The unit is a word of its own, a particle or an
# end or start of it (`THIS_EVENT_UNIT_AFTER`: "이번 달 말", "이번 주말") at most after it:
# "이번 주식 교환", "이번 해외 매각" are events.
THIS_EVENT_WORDS = ("이번", "금번")
THIS_EVENT_NOT_BEFORE = ("달", "주", "분기", "해", "년", "월", "반기")
THIS_EVENT_UNIT_AFTER = ("말", "초", "중", *PARTICLES)
# What, between a year and a `THIS_EVENT_WORDS` word, closes the year's own modifier clause: a
# verb's adnominal form and the noun it describes ("2019년 설립한 이후", "2020년 인수한 공장을
# 담보로"), so the year dates that earlier deed, not the amount after the word. Not when that noun
# is the subject or topic ("2023년 거둔 이익은 이번 ..."): the year may be the amount's own. Nor
# nouns that end in ㄴ as such a form does (`THIS_EVENT_NOT_ADNOMINAL`: "2023년 한 해 동안",
# "2023년 연간 기준"): they close no clause, and the year is the amount's.
THIS_EVENT_NOT_ADNOMINAL = ("연간", "년간", "동안", "기간", "시간", "순간", "기준", "한 해", "한해")
THIS_EVENT_CLOSED_BEFORE = (r"\S*\s+(?:\S+\s+)*?(?!(?:"
                            + "|".join(w.replace(" ", r"\s+") for w in THIS_EVENT_NOT_ADNOMINAL)
                            + r")\s)[가-힣]*(?:" + _ADNOMINAL_END + r"|던)\s+(?:\S+\s+)*?"
                            r"\S*[^\s은는이가]\s+")
_PART_YEAR = (r"(?:(?P<y>(?:19|20)\d{2})년\s*|(?P<ly>" + "|".join(LAST_YEAR_WORDS) + r")\s*|(?P<ty>"
              + _THIS_YEAR + r")\s*|(?P<ny>" + "|".join(NEXT_YEAR_WORDS) + r")\s*)")
_NOT_A_COUNT = r"(?!\s?(?:" + "|".join(PART_COUNT_AFTER) + "))"
# The words of the year a sentence named before ("2021년 5월 ... 같은 해 11월"), and the particles
# they may take as a word of their own.
SAME_YEAR_WORDS = ("같은 해", "그해", "그 해")
SAME_YEAR_PARTICLES = ("에는", "에도", "에", "의", "는", "도")
_SAME_YEAR = "|".join(w.replace(" ", r"\s?") for w in SAME_YEAR_WORDS)
# The month after publication's ("다음 달 4일", "내달", "익월"): a day of it is ahead, and "N일"
# after them is a day of the month, not a count of days (the reader's).
NEXT_MONTH = ("다음 달", "내달", "익월")
_NEXT_MONTH = "|".join(w.replace(" ", r"\s?") for w in NEXT_MONTH)

DATE_FORMS = (
    ("ymd", r"(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일"),
    ("ym", r"(\d{4})년\s*(\d{1,2})월"),
    # "지난해 7월 15일", "작년 7월 말에": a day, or a month its "m" form reads, of the year before
    # publication's, one date (its "7월 15일" or "7월 말" alone is read as this year's; a bare
    # "지난해 6월", as often a clause's describing a noun, "지난해 6월 재검토를 결정했던 공장",
    # stays the year its "지난해" says)
    ("last_year_md", r"(?<![가-힣])(?:" + "|".join(LAST_YEAR_WORDS) + r")\s*(\d{1,2})월\s*(\d{1,2})일"
     + r"(?:\s*" + _LOCAL_MARK + ")?"),
    ("last_year_m", r"(?<![가-힣])(?:" + "|".join(LAST_YEAR_WORDS) + r")\s*(\d{1,2})월\s*(?:초|중순|말|에|께)"),
    ("md", r"(\d{1,2})월\s*(\d{1,2})일"),
    # "오는 26일": a day ahead, this month or the next (its bare "26일" is not read apart)
    ("d_ahead", "(?:" + "|".join(DAY_AHEAD_WORDS) + r")\s*(\d{1,2})일(?:\s*" + _LOCAL_MARK + ")?"),
    # "지난 목요일": the latest day of its name before publication (the week before when it is
    # publication's own); "지난주 목요일": that day of the week before publication's (weeks start
    # on Monday); not a comparison's base or a span's start ("지난 목요일보다", "지난 목요일 이후")
    ("weekday_past", r"(?<![가-힣])지난\s?(?P<week>주\s?)?(?P<wd>" + "|".join(WEEKDAYS)
     + r")(?!\s?(?:" + _MONTH_PAST_NOT + "))"),
    # "지난달 11일": a day of last month (its bare "11일" is not read apart)
    ("last_month_d", r"지난\s?달\s*(\d{1,2})일"),
    # "다음 달 4일", "내달 4일": a day of the month after publication's (its bare "4일" is not read
    # apart, which would make it this month's, a day gone by)
    ("next_month_d", r"(?<![가-힣])(?:" + _NEXT_MONTH + r")\s*(\d{1,2})일"),
    # "지난 17일": a day past, this month or the last (its bare "17일" is not read apart)
    ("d_past", r"지난\s*(\d{1,2})일(?:\s*" + _LOCAL_MARK + ")?"),
    # "18~19일", "18일·19일", "오는 18일과 19일", "지난 18~19일": two days, read as their month (a
    # span is no single day: it dates its own sentence, never the article's news); "오는" and
    # "지난" say ahead or past, as of one day
    ("days", r"(?:(?:(?P<ahead>오는)|(?P<past>지난))\s*)?(?<![\d.,제월])(?<!월\s)(?P<d1>\d{1,2})일?\s*"
             r"(?:~|∼|-|–|·|,|과|와|부터)\s*(?P<d2>\d{1,2})일" + _NOT_A_DAY),
    ("d", r"(?<![\d.,제월])(?<!월\s)(\d{1,2})일" + _LOCAL_MARK),
    ("d", _LOCAL_BEFORE + r"(?<![\d.,제월])(?<!월\s)(\d{1,2})일" + _NOT_A_DAY),
    # "14일 이사회에서", "18일 청약": a day up to publication, or at most a week after it; not "5일
    # 만에", "3일간"
    ("d", r"(?<![\d.,제월])(?<!월\s)(\d{1,2})일" + _NOT_A_DAY),
    # "어제": the day before publication; "전날 종가": the day before the one the story tells (its
    # news date) ... neither when compared with ("전날 대비")
    ("day_before", r"(?<![가-힣])어제(?!\s?(?:" + _COMPARED + "))"),
    ("previous_day", r"(?<![가-힣])(?:전날|전일)(?!\s?(?:" + _COMPARED + "))"),
    # "올 6월 말까지", "올해 3월": a month of the publication's year, ahead or not
    ("this_year_m", r"(?<![가-힣])(?:" + _THIS_YEAR + r")\s*(\d{1,2})월(?:\s*(?:초|중순|말))?"),
    # "같은 해 11월", "그해 3월": a month of the year its sentence named before it (read by
    # `currency.text.dating`; with no year before it, not read)
    ("same_year_m", r"(?<![가-힣])(?:" + _SAME_YEAR + r")\s*(\d{1,2})월"),
    ("m", r"(\d{1,2})월\s*(?:초|중순|말|에|께)"),
    # "지난 5월": a month past, the latest up to publication; a last resort (any other date in
    # its sentence dates the amount), and not a comparison's base or a span's start ("지난
    # 5월보다", "지난 5월 대비", "지난 5월 이후"), nor the time of a clause describing a noun
    # ("지난 5월 취임한 대표")
    ("m_past", r"(?<![가-힣])지난\s*(\d{1,2})월(?![가-힣]|\s*(?:" + _MONTH_PAST_NOT
     + r")|\s+[가-힣]*" + _ADNOMINAL_END + r"(?![가-힣]))"),
    ("y", r"(?<!\d)((?:19|20)\d{2})(?:년|\b)"),
    # "1분기", "2017년 4분기", "지난해 4분기", "1/4분기": a quarter, dated by its last month
    # not "3분기 연속" (three quarters running), "11분기", "2분기 만에"
    ("quarter", _PART_YEAR + r"?(?<![\d.])(?P<q>[1-4])(?:/4)?\s?분기" + _NOT_A_COUNT),
    # "상반기", "2021년 하반기", "올 상반기", "지난해 하반기": a half, dated by its last month;
    # not "전년 상반기" nor one compared with ("상반기 대비"), the other term of a comparison
    ("half", r"(?:" + _PART_YEAR + r"|(?<![가-힣])(?<!전년\s))(?P<h>" + "|".join(HALF_WORDS)
     + r")반기" + _NOT_A_COUNT + r"(?!\s?(?:" + _COMPARED + "))"),
    # the quarter before, and the same quarter a year before, the one an article reports
    # ... not when compared with ("전분기 대비 20% 늘어난 5조원" is the reported quarter's)
    ("prev_quarter", r"(?<![가-힣])(?:직전|이전|전)\s?분기(?!\s?(?:" + _COMPARED + "))"),
    ("year_ago_quarter", r"(?:전년|작년|지난해)\s?(?:동기|같은\s?기간)(?!\s?(?:" + _COMPARED + "))"),
    # "3년 전", "2년 전 투자한": the year that many years before publication, never a day; not
    # compared with ("3년 전보다"), nor "3년 전망"; "지난 2년간" is a span and not read
    ("years_ago", r"(?<![\d.,])(?P<n>\d{1,2})\s?년\s?전" + _AGO_END),
    # "투자한 지 고작 3년이 지났다", "투자한지 3년이 지났다": the deed that long before publication
    # ("지 3년 만에" is the later deed's, and not read)
    ("years_ago", _SINCE + r"(?P<n>\d{1,2})\s?년" + _PASSED),
    # "3개월 전", "두 달 전", "2주 전", "일주일 전", "투자한 지 6개월이 지났다": the month of the day
    # that long before publication, the day itself unknown; not "3개월 전보다", "3개월 만에"
    ("months_ago", r"(?<![\d.,])(?P<n>\d{1,2})\s?(?:개월|달)\s?전" + _AGO_END),
    ("months_ago", r"(?<![가-힣])(?P<n>" + _NATIVE + r")\s?달\s?전" + _AGO_END),
    ("months_ago", _SINCE + r"(?P<n>\d{1,2})\s?(?:개월|달)" + _PASSED),
    ("weeks_ago", r"(?<![\d.,])(?P<n>\d{1,2})\s?주일?\s?전" + _AGO_END),
    ("weeks_ago", r"(?<![가-힣])(?P<n>" + _NATIVE + r"|일)\s?주일?\s?전" + _AGO_END),
    # "지난주", "지난주에": the week before publication's, as `en`'s "last week" (its day named
    # after it, "지난주 목요일", is read whole as `weekday_past`, a longer date); not a comparison's
    # base ("지난주 대비", "지난주에 비해")
    ("last_week", r"(?<![가-힣])지난\s?주(?!\s?(?:" + _COMPARED + r"))(?:에는|에)?(?![가-힣])"),
    # "최근 ... 체결했다", "지난 며칠": a span of the days before publication; "최근" before a
    # count of a period ("최근 3년간") is a span of its own (`RECENT_SPAN_AFTER`), and one whose
    # clause has no past verb (`PAST_ENDING`) a present state. "이번 주 초": its week's days
    # before it.
    ("recent_past", r"(?<![가-힣])(?:" + "|".join(w.replace(" ", r"\s?") for w in RECENT_PAST_WORDS)
     + r")|(?<![가-힣])(?:" + "|".join(RECENT_PAST_HEAD) + r")(?!" + RECENT_SPAN_AFTER + r")(?=(?:(?!" + RECENT_PAST_STOP + r")[^.,;\n]){0,"
     + str(RECENT_PAST_REACH) + r"}?(?:" + PAST_ENDING + r"))"),
    ("week_early", r"(?<![가-힣])(?:" + "|".join(w.replace(" ", r"\s?") for w in WEEK_EARLY_WORDS)
     + ")"),
    # "같은 해", "그해에": the year its sentence named before it; not "같은 해외", "그 해결"
    ("same_year", r"(?<![가-힣])(?:" + _SAME_YEAR + r")(?:" + "|".join(SAME_YEAR_PARTICLES) + r")?(?![가-힣])"),
    ("last_year", "|".join(LAST_YEAR_WORDS)),
    ("past_year", "|".join(PAST_YEAR_WORDS)),
    ("this_year", "|".join(THIS_YEAR_WORDS)),
    # "내년에는 9000억원 매출": the year after publication's, a forecast's or a plan's own year; not
    # before a month, a quarter or a half of it, which their own kinds read or leave unread, nor
    # before a time of it unsaid ("내년 이맘때까지"), undated as "내년까지" is
    ("next_year", r"(?<![가-힣])(?:" + "|".join(NEXT_YEAR_WORDS)
     + r")(?!\s?(?:\d{1,2}\s?월|[1-4](?:/4)?\s?분기|[상하]반기|이맘때|이때))"),
    ("last_month", r"지난달"),
)

# The currency this language's newsroom states its own money in, by the letters it writes.
HOME_CURRENCY = {"KRW": "가-힣"}

# Words that make an amount one period's or one payment's of a recurring series ("연간 배당",
# "올해 기술료"): the same pair stated again with them is the next period's amount, not an
# earlier statement's figures repeated (`reconcile.scan.grouping`).
RECURRING_WORDS = ("올해", "금년", "기술료", "로열티")

# Right after an amount, before the parenthesis of its conversion: "1억 달러 상당(약 1300억원)",
# "50억 달러 규모(약 6조5000억원)" (its worth, its size).
CONVERSION_WORTH = ("상당", "규모")
# A sentence that only restates a deed's sum, with no verb of a deed of its own ("계약 규모는 70억
# 달러다", "인수가는 1조원 수준이다"): after its amount, at most a word of its size (a hedge of
# about, or a conversion's word of worth), then the copula or a verb of reaching. Such a sentence
# right after a lead is of the lead's deed and its day.
RESTATED_SUM_NOUNS = (*(w for w, kind in HEDGE_AFTER.items() if kind == "approx"), *CONVERSION_WORTH)
RESTATED_SUM_ENDS = ("이다", "다", "였다", "이었다", "에 달한다", "에 달했다", "에 이른다", "에 이르렀다")
# Right after an amount, before the parenthesis of its conversion: the amount is paid each time,
# per unit ("하루 20만 달러씩(약 2억7900만 원)"); a unit word before the amount (주당, 하루, 연간)
# leaves the parenthesis right after it, which pairs already. English: `en.CONVERSION_PER_UNIT`.
CONVERSION_PER_UNIT = ("씩", "꼴")

# Words right after a period's date that make it a results event's, not an amount's period ("2분기
# 실적 발표를 앞두고 ... 전체 매출은"): the event dates the saying, and the amount told there may be
# of another period (`RESULTS_EVENT_AFTER` in `currency.lang`).
RESULTS_EVENT_AFTER = r"\s*(?:실적\s*(?:발표|공시|보고)|(?:컨퍼런스|콘퍼런스)\s*콜|보고서)"
# Words that mark a results line as a whole year's ("전체 매출", "연간 영업이익"), written before
# the line's word (`YEAR_WHOLE_LINES`): a quarter or a half their sentence names is then not the
# line's period (`YEAR_LINE_MARK` in `currency.lang`).
YEAR_WHOLE = ("전체", "연간", "연중", "통년")
# After them, a results line's word (`AMOUNT_ROLES`) or the results as a whole ("연간 실적").
YEAR_WHOLE_LINES = ("실적",)
