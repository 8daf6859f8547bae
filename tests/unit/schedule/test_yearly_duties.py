"""Yearly recurring duties: a day of each year (毎年3月31日, "on or before January 15 of each year")
and each anniversary of the start become one deadline with a yearly RRULE, never one per year.

Scenario: a two-year lease from 2025-10-01 (ends 2027-09-30), viewed on 2026-05-01.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Document
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, SourceSpan, Unit
from tracker.domain.schedule import ContractTerms, Roll
from tracker.extract import extract
from tracker.schedule import plan_deadlines, undated_reason
from tracker.schedule.recurrence import occurrences, recurrence_for

TODAY = date(2026, 5, 1)
LEASE = ContractTerms(start=date(2025, 10, 1), initial_term=Period(2, Unit.YEAR, Direction.AFTER))
RENEWING = ContractTerms(start=date(2025, 10, 1), initial_term=Period(1, Unit.YEAR, Direction.AFTER),
                         renewal_term=Period(1, Unit.YEAR, Direction.AFTER))


def duty(text: str, anchor: str, kind: DutyKind = DutyKind.PAYMENT) -> Duty:
    return Duty(kind, Party.CUSTOMER, Period(None, None, Direction.BEFORE), anchor, SourceSpan(0, 1, text))


def test_a_day_of_each_year_is_one_yearly_deadline() -> None:
    deadlines = [d for d in plan_deadlines(LEASE, [("d1", duty("毎年3月31日まで", "year_day"))], {}, TODAY)
                 if d.kind is DutyKind.PAYMENT]
    (fee,) = deadlines
    assert str(fee.key) == "d1/yearly"
    assert fee.due == date(2027, 3, 31)
    assert fee.recurrence is not None
    assert fee.recurrence.rule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"
    assert fee.recurrence.until == date(2027, 9, 30)  # the lease's end
    assert "毎年3月31日" in fee.explanation.ja and "each year on March 31" in fee.explanation.en
    assert fee.reminders  # a yearly date keeps its 60- and 30-day reminders


@pytest.mark.parametrize(("text", "first"), [
    ("毎年4月末日まで", date(2026, 4, 30)),
    ("on or before January 15 of each year", date(2026, 1, 15)),
    ("annually by 1 July", date(2026, 7, 1)),
])
def test_the_day_is_read_from_the_clause(text: str, first: date) -> None:
    found = recurrence_for(duty(text, "year_day"), RENEWING, {}, Roll.NONE, date(2025, 10, 1))
    assert found is not None
    assert found[0].first == first


def test_each_anniversary_of_the_start_repeats_after_it() -> None:
    found = recurrence_for(duty("毎年の契約応当日まで", "anniversary"), RENEWING, {}, Roll.NONE, TODAY)
    assert found is not None
    series, nxt = found
    assert series.until is None  # renews itself: no last occurrence
    assert nxt.day == date(2026, 10, 1)
    assert [o.day for o in occurrences(series, date(2025, 1, 1), date(2028, 12, 31))] == [
        date(2026, 10, 1), date(2027, 10, 1), date(2028, 10, 1)]


def test_a_yearly_duty_without_a_start_says_what_it_needs() -> None:
    assert recurrence_for(duty("毎年3月31日まで", "year_day"), ContractTerms(), {}, Roll.NONE, TODAY) is None
    why = undated_reason(duty("毎年3月31日まで", "year_day"), ContractTerms(), {})
    assert why is not None and "repeats every year" in why.en and "毎年" in why.ja


@pytest.mark.parametrize(("text", "kind", "anchor"), [
    ("会員は、毎年3月31日までに翌年度の年会費を当会に支払う。", DutyKind.PAYMENT, "year_day"),
    ("This Agreement is made as of May 1, 2020. Licensee shall pay the annual maintenance fee on or before "
     "March 31 of each year.", DutyKind.PAYMENT, "year_day"),
    ("This Agreement is made as of May 1, 2020. Distributor shall deliver a sales report to Supplier "
     "annually by January 15.", DutyKind.NOTIFICATION, "year_day"),
    ("This Agreement is made as of May 1, 2020. The license fee shall be payable on each anniversary of the "
     "Effective Date.", DutyKind.PAYMENT, "anniversary"),
])
def test_yearly_duties_are_read_in_both_languages(text: str, kind: DutyKind, anchor: str) -> None:
    duties = extract(Document(source="t", title=None, text=text, original=text)).duties
    assert [(d.kind, d.anchor) for d in duties if d.anchor in ("year_day", "anniversary")] == [(kind, anchor)]


def test_a_yearly_date_without_a_payment_or_report_is_no_duty() -> None:
    text = ("This Agreement is made as of May 1, 2020. The parties shall meet on or before March 31 of "
            "each year.")
    duties = extract(Document(source="t", title=None, text=text, original=text)).duties
    assert [d for d in duties if d.anchor == "year_day"] == []
