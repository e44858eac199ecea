import pytest

from currency.text.datelines import dateline


@pytest.mark.parametrize("sentence, city", [
    ("SEOUL, Dec 3 (Reuters) - Orbit said on Tuesday", "SEOUL"),
    ("SEOUL, Dec. 3, 2024 (Yonhap) -- Orbit said on Tuesday", "SEOUL"),
    ("SEOUL (Reuters) – Orbit said on Tuesday", "SEOUL"),
    ("SEOUL (Reuters)-Orbit said on Tuesday", "SEOUL"),
    ("SEOUL, South Korea (AP) — Orbit said on Tuesday", "SEOUL"),
    ("SEOUL — Orbit said on Tuesday", "SEOUL"),
    ("SEOUL -- Orbit said on Tuesday", "SEOUL"),
    ("SEOUL, December 13, 2024 /PRNewswire/ -- Orbit said on Tuesday", "SEOUL"),
    ("SEOUL, Korea, Dec. 13, 2024 /PRNewswire/-- Orbit said on Tuesday", "SEOUL"),
    ("SAN FRANCISCO/SEOUL, May 14 (Reuters) - Orbit said on Tuesday", "SAN FRANCISCO/SEOUL"),
    ("SEOUL, 13 December (Newswire)—Orbit said on Tuesday", "SEOUL"),
    ("WASHINGTON, D.C., Dec. 3 (AP) — Orbit said on Tuesday", "WASHINGTON"),
    ("(서울=연합뉴스) 홍길동 기자 = Orbit은 밝혔다", "(서울"),
    ("【서울=뉴시스】홍길동 기자 = Orbit은 밝혔다", "【서울"),
    ("(워싱턴=연합뉴스) 홍길동 김철수 특파원 = Orbit은 밝혔다", "(워싱턴"),
    ("【서울=뉴시스】Orbit은 밝혔다", "【서울"),
    ("Seoul, Oct. 10, 2022 (Yonhap) - Orbit said on Tuesday", "Seoul"),
    ("New Delhi, Dec 3 /PRNewswire/ -- Orbit said on Tuesday", "New Delhi"),
    ("Busan, June 17: Orbit said on Monday", "Busan"),
    ("Busan, June 17 (Wire): Orbit said on Monday", "Busan"),
])
def test_a_wire_dateline_is_read_with_its_city(sentence, city):
    """A wire dateline in any of its forms: its city, then the end of the dateline."""
    line = dateline(sentence)
    assert line is not None and sentence[:line[0]].strip() == city
    assert sentence[line[1]:].lstrip().startswith("Orbit")


@pytest.mark.parametrize("sentence", [
    "KDB, in 2023 - a record year - lent more than ever",
    "POSCO (NYSE: PKX) - the steelmaker - said on Tuesday",
    "LG (003550) – the holding company – said on Tuesday",
    "KDB — the state lender — said on Tuesday",
    "KDB - the state lender said on Tuesday",
    "KDB-backed Orbit said on Tuesday",
    "KDB, the state lender - said on Tuesday",
    "KDB (the state lender) said on Tuesday",
    "In Seoul, May 14 — the day of the verdict — shares fell",
    "The loan was led by KDB (Reuters) - on Tuesday",
    "[사진=연합뉴스] Orbit의 공장",
    "(자료=Orbit) 매출 추이",
    "LG, Samsung — both said on Tuesday",
    "US, China — trade talks resume on Tuesday",
    "[오르빗경제=홍길동 기자] Orbit은 밝혔다",
    "Seoul, Oct. 10 - the day of the vote - shares fell",
    "Seoul (Yonhap) - Orbit said on Tuesday",
    "Orbit: the talks went well",
    "KDB: Orbit said on Tuesday",
    "POSCO (Korea): the steelmaker said on Tuesday",
    # a timeline's weekday, a note's label, a preposition in a titled city's place
    "Monday, March 4: Orbit agrees to buy Kestrel",
    "Update, May 2: Orbit raised its offer",
    "Correction, May 2: Orbit paid less",
    "In Seoul, May 14 (KST): Orbit said",
    "On Tuesday, March 5 (EST) - Orbit said",
])
def test_capitals_without_a_datelines_form_are_no_dateline(sentence):
    """A firm's capitals before an aside, a ticker or a hyphenated word are no dateline."""
    assert dateline(sentence) is None


@pytest.mark.parametrize("before, read", [("", True), ("Orbit wins a deal\n", True),
                                          ("Orbit wins a deal\n  ", True),
                                          ("Shares rose. ", False), ("Shares rose.\nThey said ", False)])
def test_a_dateline_opens_a_paragraph(before, read):
    """A dateline stands at a paragraph's start: the same words after others of the paragraph
    are prose ("... said. SEOUL — shares fell")."""
    assert (dateline("SEOUL, Dec 3 (Reuters) - Orbit said on Tuesday", before) is not None) is read
