"""Contract facts read from the text: start, end, signing date, term, renewal regime and parties."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tracker.domain import Direction, Document, Period, Unit
from tracker.extract import extract
from tracker.extract.dates import dates_in
from tracker.extract.term_dates import term_end


def _facts(text: str) -> dict[str, Any]:
    return extract(Document(source="t", title=None, text=text, original=text)).facts.to_json()


# ---- Japanese: the term in one phrase ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "term"),
    [
        # a term from a stated day: the end is the day before the anniversary (民法143条)
        ("第5条（有効期間）\n本契約の有効期間は、2025年11月1日から1年間とする。", "2025-11-01", "2026-10-31",
         {"amount": 1, "unit": "year"}),
        ("第2条（賃貸借期間）\n賃貸借期間は、2025年10月1日から2年間とする。", "2025-10-01", "2027-09-30",
         {"amount": 2, "unit": "year"}),
        ("契約期間：令和7年4月1日から6か月間", "2025-04-01", "2025-09-30", {"amount": 6, "unit": "month"}),
        # a stated end date
        ("本契約の有効期間は、2026年1月1日から2026年12月31日までとする。", "2026-01-01", "2026-12-31", None),
    ],
)
def test_japanese_term_start_and_end(text: str, start: str, end: str, term: object) -> None:
    facts = _facts(text)
    assert (facts["start"], facts["end"], facts["initial_term"]) == (start, end, term)


def test_a_term_from_the_signing_starts_on_the_date_by_the_seals() -> None:
    text = (
        "第9条（有効期間）\n本契約の有効期間は、本契約締結日から一年間とする。\n"
        "本契約締結の証として本書2通を作成し、各自記名押印の上、各1通を保有する。\n2025年6月1日\n"
    )
    facts = _facts(text)
    assert (facts["signed"], facts["start"], facts["end"]) == ("2025-06-01", "2025-06-01", "2026-05-31")


def test_terms_of_service_have_no_start_of_their_own() -> None:
    text = (
        "株式会社テンプラ（以下「当社」といいます。）は、本サービスの利用規約を定めます。\n"
        "附則\n本規約は、2024年4月1日から施行します。\n令和6年10月1日改定\n"
    )
    facts = _facts(text)
    assert (facts["start"], facts["end"], facts["signed"]) == (None, None, None)
    assert facts["parties"] == [{"name": "株式会社テンプラ", "short": "当社", "role": "provider"}]


def test_the_date_of_another_contract_is_not_the_start() -> None:
    text = "甲と乙は、2024年9月1日付の基本契約に基づき、次のとおり覚書を締結する。"
    assert _facts(text)["start"] is None


# ---- Japanese: parties ---------------------------------------------------------------------------


def test_kou_and_otsu_with_their_names_and_sides() -> None:
    text = (
        "業務委託契約書\n株式会社ミドリ商店（以下「甲」という。）と株式会社アサヒ開発（以下「乙」という。）は、"
        "甲が乙に委託する業務について、次のとおり契約を締結する。"
    )
    assert _facts(text)["parties"] == [
        {"name": "株式会社ミドリ商店", "short": "甲", "role": "customer"},
        {"name": "株式会社アサヒ開発", "short": "乙", "role": "provider"},
    ]


def test_a_role_word_before_the_name_is_not_part_of_it() -> None:
    text = (
        "賃貸人　有限会社カエデ不動産（以下「貸主」という。）と"
        "賃借人　株式会社ツクシ（以下「借主」という。）は、"
    )
    parties = _facts(text)["parties"]
    assert [(p["name"], p["role"]) for p in parties] == [
        ("有限会社カエデ不動産", "provider"), ("株式会社ツクシ", "customer"),
    ]


# ---- renewal regime ------------------------------------------------------------------------------


def test_a_renewal_without_a_length_renews_for_the_initial_term() -> None:
    text = (
        "第10条（有効期間）\n本契約の有効期間は、2025年4月1日から2年間とする。\n"
        "2　期間満了の2か月前までにいずれの当事者からも書面による申出がないときは、"
        "本契約は同一条件で更新される。"
    )
    renewal = _facts(text)["renewal"]
    assert renewal["regime"] == "automatic"
    assert renewal["term"] == {"amount": 2, "unit": "year"}
    assert renewal["notice"] == {"amount": 2, "unit": "month"}


def test_a_term_that_ends_without_renewal() -> None:
    text = "第3条（契約期間）\n契約期間は、2025年5月1日から1年間とする。"
    assert _facts(text)["renewal"] == {"regime": "none", "term": None, "notice": None}


# ---- English -------------------------------------------------------------------------------------


def test_the_effective_date_defined_in_the_preamble() -> None:
    text = (
        'This Supply Agreement is made and entered into as of June 1, 2004 (the "Effective Date") by and '
        'between Birch Tools, Inc., a Delaware corporation ("Supplier"), and Oak Stores LLC ("Buyer").\n'
        "2. Term. The term of this Agreement shall be for a period of three (3) years from the "
        "Effective Date."
    )
    facts = _facts(text)
    assert (facts["start"], facts["end"]) == ("2004-06-01", "2007-05-31")
    assert facts["parties"] == [
        {"name": "Birch Tools, Inc.", "short": "Supplier", "role": "provider"},
        {"name": "Oak Stores LLC", "short": "Buyer", "role": "customer"},
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("This Agreement is made this 15 th day of July, 2010. The term of this Agreement shall commence on "
         "the date hereof and continue until December 31, 2012.", "2010-07-15", "2012-12-31"),
        ('"Effective Date" means Sept. 29, 2004. This Agreement will continue until the fifth (5th) '
         "anniversary of the Effective Date.", "2004-09-29", "2009-09-28"),
        ("The term of the license shall commence August 1, 2001 and continue until January 30, 2003.",
         "2001-08-01", "2003-01-30"),
    ],
)
def test_english_start_and_end(text: str, start: str, end: str) -> None:
    facts = _facts(text)
    assert (facts["start"], facts["end"]) == (start, end)


def test_a_period_after_the_term_is_not_the_term() -> None:
    text = (
        "This Agreement is dated as of March 3, 2015. During the Term and for five (5) years thereafter, "
        "each party shall keep the other's information confidential. The term of this Agreement is "
        "two (2) years from the date hereof."
    )
    assert _facts(text)["end"] == "2017-03-02"


def test_a_term_in_perpetuity_is_evergreen() -> None:
    text = (
        "This Agreement is entered into as of May 5, 2019. The term of this Agreement commences on the "
        "Effective Date and continues in perpetuity, unless terminated as provided herein."
    )
    facts = _facts(text)
    assert facts["end"] == "perpetual"
    assert facts["renewal"]["regime"] == "evergreen"


def test_effective_on_the_last_signature_takes_the_later_signing_date() -> None:
    text = (
        "This Agreement is effective as of the date of the last signature below.\n"
        "ACME LLC By: /s/ A. Smith Date: August 7, 2018\nZETA Inc. By: /s/ B. Jones Date: 08/09/2018\n"
    )
    assert _facts(text)["start"] == "2018-08-09"


def test_effective_on_the_last_signature_without_dates_is_unknown() -> None:
    text = "This Agreement is effective as of the date of the last signature below. The term is one (1) year."
    assert _facts(text)["start"] is None


# ---- dates and arithmetic ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 23rd day of December, 2003", date(2003, 12, 23)),
        ("this 1s t day of October 2008", date(2008, 10, 1)),
        ("as of1 August 2019", date(2019, 8, 1)),
        ("Dec. 3, 2018", date(2018, 12, 3)),
        ("Date: 08/19/2019", date(2019, 8, 19)),
        ("令和元年5月1日", date(2019, 5, 1)),
    ],
)
def test_dates_in_text_order(text: str, expected: date) -> None:
    assert [d.day for d in dates_in(text)] == [expected]


@pytest.mark.parametrize(
    ("start", "amount", "unit", "end"),
    [
        (date(2025, 10, 1), 2, Unit.YEAR, date(2027, 9, 30)),
        (date(2025, 11, 1), 12, Unit.MONTH, date(2026, 10, 31)),
        (date(2024, 3, 1), 1, Unit.YEAR, date(2025, 2, 28)),
        (date(2025, 1, 1), 90, Unit.DAY, date(2025, 3, 31)),
    ],
)
def test_term_end_is_the_day_before_the_anniversary(start: date, amount: int, unit: Unit, end: date) -> None:
    assert term_end(start, Period(amount, unit, Direction.AFTER)) == end


def test_a_short_name_given_without_brackets() -> None:
    text = "株式会社ヤマブキ（以下、甲という）と＿＿＿（以下、乙という）とは、甲が乙に委託する業務に関し"
    assert _facts(text)["parties"] == [
        {"name": "株式会社ヤマブキ", "short": "甲", "role": "customer"},
        {"name": None, "short": "乙", "role": "provider"},
    ]


def test_kou_takes_the_side_opposite_the_otsu_its_role_word_describes() -> None:
    text = "株式会社コマチ（以下「甲」といいます）と請求書に記載の発注者（以下「乙」といいます）は、"
    sides = [(p["short"], p["role"]) for p in _facts(text)["parties"]]
    assert sides == [("甲", "provider"), ("乙", "customer")]


def test_words_about_a_company_are_not_its_name() -> None:
    text = "旅行者は、当社が提携するクレジットカード会社（以下「提携会社」といいます。）のカードで支払う。"
    assert _facts(text)["parties"] == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # a part of the term is not its length
        ("This Agreement is dated as of May 1, 2020. In the initial term of this Agreement the Vendor shall "
         "deliver 100 units in each of the first two (2) years of the Term. The term of this Agreement is "
         "three (3) years from the date hereof.", "2023-04-30"),
        # a period after the term, or a month-to-month run after it, is no initial term
        ("This Agreement is dated as of May 1, 2020. Each party shall keep insurance throughout the Term "
         "and for a period of five (5) years thereafter. After the Initial Term, this Agreement shall "
         "continue on a month to month basis. The initial term of this Agreement is one (1) year.",
         "2021-04-30"),
        # a term heading before a sentence that names the agreement otherwise
        ("This Agreement is dated as of May 1, 2020. The Vendor warrants the goods for a period of two (2) "
         "years from delivery. 10. Term and Termination. 10.1 The development work will continue for four "
         "(4) years from the Effective Date.", "2024-04-30"),
        ("This Agreement is dated as of May 1, 2020. This Agreement shall become effective on the date "
         "hereof and shall remain in effect for an initial period of 1 year.", "2021-04-30"),
    ],
)
def test_the_term_of_the_agreement_itself(text: str, end: str) -> None:
    assert _facts(text)["end"] == end


def test_a_term_that_commences_upon_a_date() -> None:
    text = "The term of this Agreement shall commence upon April 1, 1999 and continue for six (6) months."
    facts = _facts(text)
    assert (facts["start"], facts["end"]) == ("1999-04-01", "1999-09-30")


def test_an_implausible_renewal_cycle_is_left_for_review() -> None:
    text = ("第10条（有効期間）\n1 本契約の有効期間は、2025年4月1日から1年間とする。\n"
            "2 期間満了日の90日前までにいずれの当事者からも申出がないときは、本契約は30日間自動的に更新"
            "されるものとし、以後も同様とする。")
    facts = _facts(text)
    assert facts["renewal"] == {"regime": "automatic", "term": None, "notice": {"amount": 90, "unit": "day"}}
    assert ["shorter than its notice" in r["en"] for r in facts["review"]] == [True]
