"""English wording: "thirty (30) days", "10 business days", before / within / after."""

import pytest

from tests.unit.extract.helpers import duties_of, longest_match
from tracker.extract import english


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customer shall pay each invoice within thirty (30) days of the invoice date.",
            [("payment", "customer", 30, "day", "after", None)],
        ),
        (
            "This Agreement renews for successive periods of one (1) year unless either party gives "
            "notice of non-renewal at least sixty (60) days before the end of the current term.",
            [("term", None, 1, "year", "after", None), ("renewal_notice", "both", 60, "day", "before", None)],
        ),
        (
            "Provider may modify these Terms by notifying Customer at least 30 days before the change.",
            [("change_notice", "provider", 30, "day", "before", None)],
        ),
        (
            "Either party may terminate if the other party fails to cure a breach within fifteen (15) "
            "business days after notice.",
            [("cure", "both", 15, "business_day", "after", None)],
        ),
        (
            "Provider will delete Customer Data ninety (90) days after termination.",
            [("data_deletion", "provider", 90, "day", "after", None)],
        ),
        (
            "Provider will respond to a written request and delete the data within thirty days.",
            [("data_deletion", "provider", 30, "day", "after", None)],
        ),
        (
            "Thereafter this Agreement renews automatically for successive one-year terms.",
            [("term", None, 1, "year", "after", None)],
        ),
        (
            "The obligations in this Section survive for three (3) years after expiry or termination.",
            [("confidentiality", "both", 3, "year", "after", None)],
        ),
        (
            "Liability is limited to the fees paid in the twelve (12) months preceding the claim.",
            [],
        ),
    ],
)
def test_english_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_bilingual_contract_is_read_once_in_japanese() -> None:
    text = (
        "Article 5 Term. This Agreement continues for an initial term of twelve (12) months and renews "
        "for successive periods of one (1) year each unless terminated by written notice.\n"
        "第5条（有効期間）本契約の有効期間は、締結日から1年間とする。"
    )
    assert duties_of(text) == [("term", None, 1, "year", "after", None)]


def test_no_rule_matches_more_words_than_the_lookup_allows() -> None:
    for rule in english.RULES:
        assert longest_match(rule.sentence) <= english.LONGEST_WORDS, rule.sentence.pattern


def test_a_long_run_of_periods_without_a_sentence_break_is_read_whole() -> None:
    # hostile text: 2,000 periods in one clause; every one is read, the rule table not per period
    text = "Customer shall pay each invoice within thirty (30) days of the invoice date, " * 2000
    assert duties_of(text) == [("payment", "customer", 30, "day", "after", None)] * 2000
