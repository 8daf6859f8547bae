"""One vocabulary: every enum value has a word in both languages, and each language's words hold
none of the other's (the anchors the extractor emits: tests/unit/schedule/test_anchor_rules.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tracker.domain import Convention, Direction, Period, Qualifier, Unit, vocabulary
from tracker.domain.vocabulary import (
    ANCHORS,
    amount_text,
    anchor_label,
    days_left_count,
    days_left_text,
    label,
)
from tracker.schedule import period_due

_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")


_TABLES = (
    vocabulary.KINDS, vocabulary.PARTIES, vocabulary.REMINDER_STATES, vocabulary.REVIEW_STATES,
    vocabulary.CONTRACT_STATES, vocabulary.QUALIFIERS, vocabulary.DIRECTIONS, vocabulary.CONVENTIONS,
)


@pytest.mark.parametrize("table", _TABLES)
def test_every_enum_value_has_a_label(table: dict) -> None:
    enum = type(next(iter(table)))
    assert set(table) == set(enum)
    for value in enum:
        assert label(value, "ja") and label(value, "en")


def _all_words(lang: str) -> list[str]:
    words = [label(v, lang) for table in _TABLES for v in table]
    words += [anchor_label(name, lang) for name in ANCHORS]
    words += [amount_text(n, unit, lang) for unit in Unit for n in (1, 2)]
    if lang == "ja":
        words += [w.short_ja for w in ANCHORS.values()]
    else:
        words += [w.en_phrase for w in ANCHORS.values()]
    return words


def test_japanese_words_hold_no_latin_and_english_words_no_japanese() -> None:
    assert [w for w in _all_words("ja") if _LATIN.search(w)] == []
    assert [w for w in _all_words("en") if _CJK.search(w)] == []


def test_default_is_not_other() -> None:
    assert label(vocabulary.DutyKind.DEFAULT, "ja") != "その他"


def test_english_counts_take_the_singular_for_one() -> None:
    assert amount_text(1, Unit.YEAR, "en") == "1 year"
    assert amount_text(3, Unit.MONTH, "en") == "3 months"
    assert amount_text(1, Unit.BUSINESS_DAY, "ja") == "1営業日"
    assert days_left_text(1, "en") == "[1 day left]"
    assert days_left_text(5, "en") == "[5 days left]"
    assert days_left_text(0, "en") == "[Due today]"
    assert days_left_text(-2, "en") == "[2 days overdue]"
    assert days_left_text(3, "ja") == "【あと3日】"
    assert days_left_count(1, "en") == "1 day left"


@pytest.mark.parametrize("period", [
    Period(1, Unit.MONTH, Direction.BEFORE), Period(1, Unit.YEAR, Direction.BEFORE),
    Period(30, Unit.DAY, Direction.BEFORE), Period(1, Unit.DAY, Direction.BEFORE),
    Period(2, Unit.BUSINESS_DAY, Direction.BEFORE), Period(1, Unit.MONTH, Direction.AFTER),
    Period(14, Unit.DAY, Direction.AFTER), Period(None, None, Direction.AFTER, Qualifier.PROMPTLY),
    Period(None, None, Direction.AFTER, Qualifier.END_OF_NEXT_MONTH),
])
@pytest.mark.parametrize("convention", list(Convention))
def test_explanations_keep_to_their_language(period: Period, convention: Convention) -> None:
    due = period_due(date(2026, 3, 31), period, convention=convention, anchor_label="rent_month")
    assert due is not None
    assert not _LATIN.search(due.explanation.ja), due.explanation.ja
    assert not _CJK.search(due.explanation.en), due.explanation.en
    assert " 1 months" not in due.explanation.en and " 1 days" not in due.explanation.en
