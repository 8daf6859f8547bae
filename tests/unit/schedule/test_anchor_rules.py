"""Every anchor and qualifier the extractor can emit has words in both languages and a rule that
dates it (or says why it cannot); adding an anchor to the extractor without them fails here."""

import ast
from datetime import date
from pathlib import Path

import pytest

import tracker.extract as extract_package
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.schedule import ContractTerms
from tracker.domain.vocabulary import ANCHORS, label
from tracker.extract import anchors, english, kinds, qualifiers
from tracker.schedule import ANCHOR_RULES, AnchorRule, period_due, undated_reason


def _keyword_anchors() -> set[str]:
    """Every `anchor="…"` written in the extractor's source (rule tables, period productions)."""
    found: set[str] = set()
    for path in Path(extract_package.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        keywords = (node for node in ast.walk(tree) if isinstance(node, ast.keyword) and node.arg == "anchor")
        found |= {str(k.value.value) for k in keywords if isinstance(k.value, ast.Constant)}
    return found


def _emitted_anchors() -> set[str]:
    names = {name for _, name in anchors.ANCHORS}
    names |= {rule.anchor for rule in kinds.RULES if rule.anchor}
    names |= {rule.anchor for rule in english.RULES} | {name for _, _, name in english.ANCHORS}
    names |= {rule.anchor for rule in english.RENEWAL_RULES.values()}
    names |= {rule.anchor for rule in qualifiers.RULES}
    names.add(anchors.month_of_start("start", "開始日の属する月の初日から") or "")
    return names | _keyword_anchors()


EMITTED = sorted(_emitted_anchors())


def test_the_extractor_tables_are_read():
    assert {"start", "start_month", "expiry", "termination", "invoice", "usage_month", "month_end",
            "payment_due"} <= set(EMITTED)


@pytest.mark.parametrize("anchor", sorted({*EMITTED, *ANCHOR_RULES}))
def test_every_anchor_has_words_in_both_languages(anchor):
    assert anchor in ANCHORS, "no label: add it to tracker/domain/vocabulary.py"
    words = ANCHORS[anchor]
    assert not words.ja.isascii() and not words.short_ja.isascii()
    assert words.en.isascii() and words.en_phrase.isascii()


@pytest.mark.parametrize("anchor", EMITTED)
def test_every_anchor_has_a_rule(anchor):
    assert anchor in ANCHOR_RULES, "no rule: add it to tracker/schedule/anchors.py"


def _duty(anchor, qualifier=None, amount=14):
    if qualifier is not None:
        amount = None
    period = Period(amount, None if qualifier else Unit.DAY, Direction.AFTER, qualifier)
    return Duty(DutyKind.NOTIFICATION, Party.CUSTOMER, period, anchor, SourceSpan(0, 1, "…"))


START = ContractTerms(start=date(2025, 4, 1), initial_term=Period(1, Unit.YEAR, Direction.AFTER))


@pytest.mark.parametrize("anchor", EMITTED)
def test_an_undated_anchor_says_why_and_a_recorded_day_dates_it(anchor):
    duty = _duty(anchor)
    why = undated_reason(duty, ContractTerms(), {})
    assert why is not None and why.ja and why.en
    assert undated_reason(duty, ContractTerms(), {anchor: date(2025, 4, 1)}) is None
    if ANCHOR_RULES[anchor] is AnchorRule.CONTRACT:
        assert undated_reason(duty, START, {}) is None


@pytest.mark.parametrize(("duty", "reason"), [
    (_duty("invoice"), "dated once the invoice date is recorded"),
    (_duty("usage_month"), "repeats with the month of use: a recurring deadline"),
    (_duty("start"), "no start date"),
    (_duty(None), "names no day to count from"),
    (_duty("termination", amount=0), "states no length"),
    (_duty("a_new_anchor"), "no rule dates the anchor 'a_new_anchor'"),
])
def test_reasons(duty, reason):
    why = undated_reason(duty, ContractTerms(), {})
    assert why is not None and reason in why.en


@pytest.mark.parametrize("qualifier", list(Qualifier))
@pytest.mark.parametrize("direction", list(Direction))
def test_every_qualifier_gives_a_date_and_has_a_label(qualifier, direction):
    due = period_due(date(2025, 1, 15), Period(None, None, direction, qualifier), anchor_label="invoice")
    assert due is not None and due.explanation.ja and due.explanation.en
    assert label(qualifier, "ja") != label(qualifier, "en")


@pytest.mark.parametrize(("qualifier", "direction", "expected"), [
    (Qualifier.END_OF_MONTH, Direction.AFTER, date(2025, 1, 31)),  # 当月末日まで
    (Qualifier.END_OF_MONTH, Direction.BEFORE, date(2024, 12, 31)),  # 前月末日まで
    (Qualifier.PROMPTLY, Direction.AFTER, date(2025, 1, 15)),  # owed from the day itself
    (Qualifier.IMMEDIATELY, Direction.AFTER, date(2025, 1, 15)),
    (Qualifier.WITHOUT_DELAY, Direction.AFTER, date(2025, 1, 15)),
    (Qualifier.BY_EXPIRY, Direction.BEFORE, date(2025, 1, 15)),
])
def test_qualifier_dates(qualifier, direction, expected):
    due = period_due(date(2025, 1, 15), Period(None, None, direction, qualifier))
    assert due is not None and due.day == expected
