"""How scan reads an English word for matching and naming facts."""
import pytest

from reconcile.scan.words import acronym_feature, consonant_key, name_features, name_grams, tokens


@pytest.mark.parametrize("plural, singular", [("losses", "loss"), ("taxes", "tax"),
                                              ("deals", "deal"), ("companies", "company"),
                                              ("Motors", "motor")])
def test_a_plural_reads_as_its_singular(plural, singular):
    """A plural and its singular are one word to scan: "operating losses" in one article and
    "operating loss" in another share it, and a key never ends in a cut word ("losse")."""
    assert [t.form for t in tokens(f"the {plural}")] == [singular]


def test_a_short_name_with_digits_is_one_word_and_a_currency_before_digits_is_not():
    """K2 and K9 are two tanks, Q3 a quarter; a currency glued to its amount (EUR1.7bn) is not
    a word with digits."""
    forms = [t.form for t in tokens("K2 tanks, K9 howitzers, Q3 and A380; KRW1.2tn")]
    assert forms[:4] == ["k2", "tank", "k9", "howitzer"]
    assert "q3" in forms and "a380" in forms
    assert not any(f.startswith("krw") and f != "krw" for f in forms)


def test_hedge_and_day_words_are_no_fact_words():
    """"just shy of", "at today's exchange rate" say how an amount is given, not what it is:
    they neither join two facts nor name one ('..._robot_today_shy')."""
    forms = [t.form for t in tokens("Orbit bought a robot maker for just shy of $9 billion at "
                                    "today's exchange rate, yesterday")]
    assert not {"shy", "today", "yesterday"} & set(forms)


@pytest.mark.parametrize("latin, hangul", [("Qualcomm", "퀄컴"), ("Samsung", "삼성"),
                                           ("Nvidia", "엔비디아"), ("Intel", "인텔"),
                                           ("Netflix", "넷플릭스"), ("Amazon", "아마존")])
def test_a_name_in_hangul_and_in_latin_letters_shares_its_consonant_key(latin, hangul):
    """Korean writes a foreign name by its sounds: 퀄컴 romanises to "kwolkeom", which shares no
    letter trigram with "qualcomm", but the two have one consonant key, so their names meet."""
    en = next(t for t in tokens(f"Shares of {latin} rose") if t.entity)
    ko = next(t for t in tokens(f"{hangul}의 주가가 올랐다") if t.entity)
    assert consonant_key(latin) == consonant_key(hangul)
    assert f"~{consonant_key(latin)}" in set(name_grams(en)) & set(name_grams(ko))


@pytest.mark.parametrize("latin, hangul", [("Blizzard", "블리자드"), ("Motors", "모터스"),
                                           ("Board", "보드"), ("Station", "스테이션"),
                                           ("Vision", "비전"), ("Mission", "미션"),
                                           ("Tianjin", "톈진"), ("Croatia", "크로아티아"),
                                           ("Santiago", "산티아고")])
def test_a_key_writes_english_sounds_as_korean_does(latin, hangul):
    """An r before no vowel is not written in Korean (Blizzard, 블리자드); -tion is 션, a -sion
    after a vowel 전 and after a consonant 션, inside a word only (Tianjin, 톈진); -tia is
    티아 (Croatia, 크로아티아)."""
    assert consonant_key(latin) == consonant_key(hangul)


def test_names_of_other_sounds_have_other_keys_and_a_short_key_is_none():
    assert consonant_key("Qualcomm") != consonant_key("Coupang")
    assert consonant_key("삼성") != consonant_key("현대")
    # two consonants or fewer (Kia, LG, 기아) would join unrelated names
    kia = next(t for t in tokens("Shares of Kia rose") if t.entity)
    assert not [g for g in name_grams(kia) if g.startswith("~")]


def test_a_run_of_latin_names_meets_the_one_korean_word_that_writes_it():
    """Korean writes "Delivery Hero" as one word, 딜리버리히어로: the run's consonant key is the
    word's (a plural's s cut on both sides: Dynamics, 다이내믹스)."""
    en = set(name_features(tokens("Shares of Delivery Hero and Boston Dynamics rose")))
    ko = set(name_features(tokens("딜리버리히어로와 보스턴다이내믹스의 주가가 올랐다")))
    assert {f"~{consonant_key('deliveryhero')}", f"~{consonant_key('보스턴다이내믹스')}"} <= en & ko


def test_a_run_of_latin_names_meets_its_acronym():
    """A Korean article naming a firm by its acronym alone ("Nova Kestrel" as NK) shares that
    spelling with an English one naming it in words; a place's initials are no acronym (South
    Korea is not SK)."""
    en = set(name_features(tokens("Shares of Nova Kestrel rose in South Korea on Monday")))
    ko = set(name_features(tokens("NK 주가가 올랐다")))
    assert acronym_feature("nk") in en & ko
    assert acronym_feature("sk") not in en
    # nor is a place's short name, CLDR's qualifier dropped ("Hong Kong SAR China")
    hk = set(name_features(tokens("Shares of Nova Kestrel rose in Hong Kong")))
    assert acronym_feature("hk") not in hk
    long = set(name_features(tokens("Shares of Kestrel Fair Trade Commission rose")))
    assert acronym_feature("kftc") in long & set(name_features(tokens("KFTC는 밝혔다")))


@pytest.mark.parametrize("korean, acronym", [("NKE는 미국 투자를 늘렸다", True),
                                             ("NKE 측은 미국 투자를 늘렸다", True),
                                             ("NKE社는 미국 투자를 늘렸다", True),
                                             # a bound noun, a suffix, the copula (Kiwi: NNB,
                                             # XSN, VCP) after the letters, no space between
                                             ("NKE측은 미국 투자를 늘렸다", True),
                                             ("NKE용 설비를 늘렸다", True),
                                             ("대표가 NKE인 회사가 늘렸다", True),
                                             ("NKE건설은 미국 투자를 늘렸다", False),
                                             ("NKE엔솔은 미국 투자를 늘렸다", False),
                                             ("삼성NKE는 미국 투자를 늘렸다", False)])
def test_initials_meet_a_latin_name_written_alone_not_one_glued_to_a_korean_name(korean,
                                                                                acronym):
    """A run's initials (Nova Kestrel Energy: NKE) meet the letters written alone, a particle
    or suffix after them, not glued to a longer Korean word (NKE건설 begins another firm's
    name; two glued letters are a two-letter name's gram, which meets them). Whether a lone
    NKE is that firm the feature cannot tell: it is evidence, not a match."""
    en = set(name_features(tokens("Shares of Nova Kestrel Energy rose on Monday")))
    ko = set(name_features(tokens(korean)))
    assert (acronym_feature("nke") in en & ko) == acronym


@pytest.mark.parametrize("sentence, acronym", [("Shares of Tesla rose on Monday", None),
                                               ("Shares of NASDAQ rose on Monday", None),
                                               ("Shares of NKES rose on Monday", "nkes")])
def test_only_a_lone_name_in_capitals_is_an_acronym(sentence, acronym):
    """A lone capitalised word is a name, not initials; two to five capitals are, and keep
    their last S (NKES, not a plural)."""
    found = [t.acronym for t in tokens(sentence) if t.acronym]
    assert found == ([acronym] if acronym else [])


@pytest.mark.parametrize("acronym", ["AI", "ESG"])
def test_a_lone_acronym_is_one_shared_name_not_two(acronym):
    """Two articles sharing only a common acronym (AI) share one feature, once: its acronym,
    not its letter grams as well, which would count it twice as a shared name."""
    one = name_features(tokens(f"Nova Kestrel will spend more on {acronym} servers"))
    other = set(name_features(tokens(f"Harbor Foods will put money into {acronym} tools")))
    assert [f for f in one if f in other] == [acronym_feature(acronym)]


@pytest.mark.parametrize("sentence", ["NOVA TO CUT JOBS AFTER LOSS", "HARBOR SHARES JUMP"])
def test_a_sentence_in_capitals_shows_no_lone_acronym(sentence):
    """A headline written in capitals tells no acronym from a word."""
    assert [t.acronym for t in tokens(sentence) if t.acronym] == []


def test_initials_do_not_meet_the_letters_that_begin_a_longer_word():
    """Kestrel Fair Trade Commission is KFTC, not KFTCO: the initials are one feature, not the
    letter trigrams they share with a longer word."""
    en = set(name_features(tokens("Shares of Kestrel Fair Trade Commission rose")))
    assert not en & set(name_features(tokens("KFTCO는 밝혔다")))


@pytest.mark.parametrize("dateline", ["SEOUL, Dec 3 (Reuters) - ",
                                      "SEOUL, Dec. 3, 2024 (Yonhap) -- ",
                                      "SEOUL (Reuters) – ",
                                      "SEOUL, South Korea (AP) — ",
                                      "SEOUL — ",
                                      "SEOUL (Reuters)-",
                                      "SEOUL, Dec. 3, 2024 /PRNewswire/ -- ",
                                      "(서울=연합뉴스) 홍길동 기자 = ",
                                      "【서울=뉴시스】홍길동 기자 = "])
def test_a_datelines_words_are_no_name(dateline):
    """A wire dateline's city, agency and byline open every story it files from there: they
    give no word, so two firms' stories do not share a name by them."""
    one = tokens(dateline + "Orbit Motors will invest in a plant")
    other = tokens(dateline + "케스트렐식품은 공장에 투자한다")
    assert not set(name_features(one)) & set(name_features(other))
    assert [t.form for t in one][:2] == ["orbit", "motor"]


def test_a_dateline_inside_a_paragraph_is_prose():
    """Capitals and a dash after other words of the paragraph are prose, not a dateline: their
    names stay ("LG, Samsung — both said")."""
    sentence = "LG, Samsung — both said they would invest"
    assert "lg" in [t.acronym for t in tokens(sentence, 24, "Shares rose on Tuesday. ")]


@pytest.mark.parametrize("sentence", ["KDB, the state lender - said on Tuesday",
                                      "KDB (the state lender) said on Tuesday",
                                      "The loan was led by KDB (Reuters) -",
                                      "KDB, in 2023 - a record year - lent more",
                                      "KDB — the state lender — said on Tuesday"])
def test_capitals_without_a_datelines_form_stay_an_acronym(sentence):
    """Capitals before a comma with no day and dash after it, before a parenthesis with no dash
    after it, or not opening the sentence are no dateline: KDB stays an acronym."""
    assert [t.acronym for t in tokens(sentence) if t.acronym] == ["kdb"]


def test_an_acronyms_possessive_is_the_acronym():
    """"KDB's loan" names KDB: it meets a lone KDB of another article as the acronym does."""
    en = set(name_features(tokens("The loan of KDB's unit rose on Tuesday")))
    assert acronym_feature("kdb") in en & set(name_features(tokens("KDB 측은 밝혔다")))


@pytest.mark.parametrize("sentence, word, name, place", [
    # a run of capitalised words is one name on each of its words
    ("The grant went to Kestrel Motors last week.", "motor", "kestrel motor", False),
    # a state or a country opening a longer name is the name's word, not a place of the story
    ("Officials said Nevada Steel will build two mills.", "nevada", "nevada steel", True),
    ("Officials said Norway Orvel Foods will build a plant.", "norway", "norway orvel food", True),
    # opening the sentence, with a capitalised word after it
    ("Nevada Steel has pledged more money.", "nevada", "nevada steel", True),
    # a place alone, or a run that is a place whole, is a place
    ("The plant in Nevada opened.", "nevada", "", False),
    ("Officials said South Korea will pay.", "korea", "south korea", False),
    # a possessive ends a name: the place holding it is not part of it
    ("Officials said Norway's Orvel Foods will pay.", "norway", "", False),
    # words apart by punctuation are two names
    ("It picked Taylor, Nevada for the plant.", "nevada", "", False),
])
def test_a_run_of_capitalised_words_is_one_name_and_a_place_opening_it_is_its_word(
        sentence, word, name, place):
    t = next(t for t in tokens(sentence) if t.form == word)
    assert (t.name, t.place) == (name, place)


def test_a_korean_sentences_latin_words_are_not_read_as_one_name():
    # Korean text writes a foreign name's words apart and beside its own: left as they were
    assert all(t.name == "" for t in tokens("오르벨은 Nevada Steel 투자를 늘렸다."))
