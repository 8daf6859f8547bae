"""A recorded termination closes the timeline; a minimum term's end is a milestone, not a deadline."""

from datetime import date

from tracker.domain.contract import ReminderState
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, SourceSpan, Unit
from tracker.domain.records import DeadlineRecord
from tracker.domain.schedule import ContractTerms
from tracker.schedule import earliest_end, minimum_term_end, plan_deadlines, terms_from_duties, timeline

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
    assert [(str(d.key), d.due) for d in deadlines] == [
        ("d4/start_month", date(2025, 9, 30)), ("d3/termination", date(2026, 10, 14))]


def test_a_cutoff_before_the_termination_stays():
    # the first term's cutoff (2026-02-27) came before the termination on 2026-03-15
    deadlines = plan_deadlines(TERMS, DUTIES, {"termination": date(2026, 3, 15)}, date(2026, 1, 10))
    assert [(str(d.key), d.due) for d in deadlines if d.kind is not DutyKind.MINIMUM_TERM] == [
        ("d2/0", date(2026, 2, 27)), ("d3/termination", date(2026, 3, 27))]  # 03-29 is a Sunday


def test_without_the_termination_the_renewals_go_on():
    deadlines = plan_deadlines(TERMS, DUTIES, {}, date(2026, 6, 1))
    assert {str(d.key) for d in deadlines} >= {"d1/1", "d2/1", "d1/2", "d2/2", "d5/1"}


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
    (minimum,) = [d for d in plan_deadlines(terms, DUTIES, {}, date(2025, 5, 1))
                  if str(d.key) == "d4/start_month"]
    assert minimum.due == date(2025, 9, 30)


def test_a_minimum_term_end_has_no_reminders_and_is_never_overdue():
    terms = ContractTerms(start=date(2022, 4, 1), initial_term=YEAR, renewal_term=YEAR)
    deadlines = plan_deadlines(terms, DUTIES, {}, date(2022, 5, 1))
    (minimum,) = [d for d in deadlines if d.kind is DutyKind.MINIMUM_TERM]
    assert minimum.reminders == ()
    record = DeadlineRecord(id=1, contract_id=1, contract_title="x", duty_id=4, deadline=minimum,
                            state=ReminderState.PENDING)
    assert not record.is_overdue(date(2025, 9, 1))


def test_a_cutoff_of_another_rule_is_counted_from_the_expiry_the_termination_replaced():
    # a second cutoff rule (2 months before expiry) on the first term: 2026-01-30, before the end
    two_months = ("d6", duty(DutyKind.RENEWAL_NOTICE, 2, Unit.MONTH, Direction.BEFORE, "expiry"))
    deadlines = plan_deadlines(TERMS, [*DUTIES, two_months], {"termination": date(2026, 3, 15)},
                               date(2026, 1, 10))
    assert {str(d.key): d.due for d in deadlines if d.kind is DutyKind.RENEWAL_NOTICE} == {
        "d2/0": date(2026, 2, 27), "d6/0": date(2026, 1, 30)}
    later = plan_deadlines(TERMS, [*DUTIES, two_months], {"termination": date(2026, 1, 20)},
                           date(2026, 1, 10))
    assert [str(d.key) for d in later if d.kind is DutyKind.RENEWAL_NOTICE] == []  # both after 01-20


def test_the_minimum_term_from_the_first_of_the_start_month_holds_back_the_earliest_end():
    terms = terms_from_duties([d for _, d in DUTIES], start=date(2025, 4, 17), end=None)
    assert terms.minimum_from_month_start
    minimum = minimum_term_end(terms)
    assert minimum is not None and minimum.day == date(2025, 9, 30)  # not 2025-10-16
    notice = Period(30, Unit.DAY, Direction.BEFORE)
    assert earliest_end(date(2025, 7, 1), notice, terms).day == date(2025, 9, 30)
