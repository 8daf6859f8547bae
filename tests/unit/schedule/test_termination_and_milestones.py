"""A recorded termination closes the timeline; a minimum term's end is a milestone, not a deadline."""

from datetime import date

from tracker.domain.contract import ReminderState
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, SourceSpan, Unit
from tracker.domain.records import DeadlineRecord
from tracker.domain.schedule import ContractTerms
from tracker.schedule import plan_deadlines, timeline

YEAR = Period(1, Unit.YEAR, Direction.AFTER)
TERMS = ContractTerms(start=date(2025, 4, 1), initial_term=YEAR, renewal_term=YEAR,
                      renewal_notice=Period(30, Unit.DAY, Direction.BEFORE))


def duty(kind, amount, unit, direction, anchor):
    return Duty(kind=kind, obligor=Party.CUSTOMER, period=Period(amount, unit, direction), anchor=anchor,
                span=SourceSpan(0, 1, "…"))


DUTIES = [
    ("d1", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start")),
    ("d2", duty(DutyKind.RENEWAL_NOTICE, 30, Unit.DAY, Direction.BEFORE, "expiry")),
    ("d3", duty(DutyKind.RETURN, 14, Unit.DAY, Direction.AFTER, "termination")),
    ("d4", duty(DutyKind.MINIMUM_TERM, 6, Unit.MONTH, Direction.AFTER, "start_month")),
    ("d5", duty(DutyKind.DATA_DELETION, 10, Unit.DAY, Direction.BEFORE, "expiry")),
]


def test_nothing_of_a_later_term_after_a_recorded_termination():
    deadlines = plan_deadlines(TERMS, DUTIES, {"termination": date(2026, 9, 30)}, date(2026, 6, 1))
    assert [(d.key, d.due) for d in deadlines] == [
        ("d4/start_month", date(2025, 9, 30)), ("d3/termination", date(2026, 10, 14))]


def test_without_the_termination_the_renewals_go_on():
    deadlines = plan_deadlines(TERMS, DUTIES, {}, date(2026, 6, 1))
    assert {d.key for d in deadlines} >= {"d1/1", "d2/1", "d1/2", "d2/2", "d5/1"}


def test_a_chosen_end_date_closes_the_timeline_too():
    deadlines = plan_deadlines(TERMS, DUTIES, {"cancellation_date": date(2026, 12, 31)}, date(2026, 6, 1))
    assert [d for d in deadlines if d.kind in (DutyKind.TERM, DutyKind.RENEWAL_NOTICE)] == []


def test_the_terminated_term_ends_on_the_termination_day():
    line = timeline(TERMS, date(2026, 6, 1), closed=date(2026, 9, 30))
    assert [(c.index, c.end, c.cutoff) for c in line.cycles] == [
        (0, date(2026, 3, 31), line.cycles[0].cutoff), (1, date(2026, 9, 30), None)]
    assert "2026-09-30" in line.cycles[1].expiry.en


def test_a_minimum_term_from_the_first_of_the_start_month():
    # 最低利用期間は、利用開始日の属する月の初日から6か月間: start 2025-04-01 → 2025-09-30
    terms = ContractTerms(start=date(2025, 4, 17), initial_term=YEAR)
    (minimum,) = [d for d in plan_deadlines(terms, DUTIES, {}, date(2025, 5, 1)) if d.key == "d4/start_month"]
    assert minimum.due == date(2025, 9, 30)


def test_a_minimum_term_end_has_no_reminders_and_is_never_overdue():
    terms = ContractTerms(start=date(2022, 4, 1), initial_term=YEAR, renewal_term=YEAR)
    deadlines = plan_deadlines(terms, DUTIES, {}, date(2022, 5, 1))
    (minimum,) = [d for d in deadlines if d.kind is DutyKind.MINIMUM_TERM]
    assert minimum.reminders == ()
    record = DeadlineRecord(id=1, contract_id=1, contract_title="x", duty_id=4, deadline=minimum,
                            state=ReminderState.PENDING)
    assert not record.is_overdue(date(2025, 9, 1))
