"""plan_deadlines and reminder_dates: a contract's dated deadlines with stable keys and reminders."""

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.schedule import CalendarSpec, ContractTerms, Convention
from tracker.schedule import calendar_for, plan_deadlines, reminder_dates, terms_from_duties

TODAY = date(2026, 11, 22)


def duty(kind, amount, unit, direction, anchor, *, qualifier=None, obligor=Party.CUSTOMER):
    return Duty(kind=kind, obligor=obligor, period=Period(amount, unit, direction, qualifier), anchor=anchor,
                span=SourceSpan(0, 1, "…"))


SAAS = [
    ("d1", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None)),
    ("d2", duty(DutyKind.RENEWAL_NOTICE, 30, Unit.DAY, Direction.BEFORE, "expiry")),
    ("d3", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "expiry", obligor=None)),
    ("d4", duty(DutyKind.RETURN, 1, Unit.MONTH, Direction.AFTER, "termination")),
    ("d5", duty(DutyKind.CURE, 14, Unit.DAY, Direction.AFTER, "violation_notice", obligor=Party.BOTH)),
    ("d6", duty(DutyKind.PAYMENT, None, None, Direction.AFTER, "invoice",
                qualifier=Qualifier.END_OF_NEXT_MONTH)),
    ("d7", duty(DutyKind.CONFIDENTIALITY, 2, Unit.YEAR, Direction.AFTER, "termination", obligor=Party.BOTH)),
    ("d8", duty(DutyKind.RETURN, None, None, Direction.AFTER, "termination", qualifier=Qualifier.PROMPTLY)),
]
TERMS = terms_from_duties([d for _, d in SAAS], start=date(2025, 4, 1), end=None)


def plan(events=None, **options):
    return {str(d.key): d for d in plan_deadlines(TERMS, SAAS, events or {}, TODAY, **options)}


def test_expiries_and_cutoffs_from_the_current_term_to_the_horizon():
    deadlines = plan()
    # the first term ended on 2026-03-31: its expiry and its cutoff (2026-02-27) are history;
    # the monthly fee (翌月末日まで) is one recurring deadline, see test_recurring_duties.py
    assert sorted(deadlines) == ["d1/1", "d1/2", "d1/3", "d2/1", "d2/2", "d2/3", "d6/monthly"]
    assert [deadlines[f"d1/{i}"].due for i in range(1, 4)] == [
        date(2027, 3, 31), date(2028, 3, 31), date(2029, 3, 31)]
    cutoff = deadlines["d2/1"]
    assert (cutoff.kind, cutoff.due, cutoff.unrolled, cutoff.obligor) == (
        DutyKind.RENEWAL_NOTICE, date(2027, 2, 26), date(2027, 2, 28), Party.CUSTOMER)


def test_a_passed_cutoff_of_the_current_term_stays_to_show_as_overdue():
    deadlines = {str(d.key): d for d in plan_deadlines(TERMS, SAAS, {}, date(2027, 3, 10))}
    assert deadlines["d2/1"].due == date(2027, 2, 26)
    assert "d2/0" not in deadlines


def test_sorted_by_due_date():
    deadlines = plan_deadlines(TERMS, SAAS, {}, TODAY)
    assert [d.due for d in deadlines] == sorted(d.due for d in deadlines)


def test_event_anchored_duties_appear_once_the_event_is_recorded():
    deadlines = plan({"termination": date(2027, 3, 31), "violation_notice": date(2026, 4, 24),
                      "invoice": date(2026, 10, 31)})
    assert deadlines["d4/termination"].due == date(2027, 4, 30)
    assert deadlines["d7/termination"].due == date(2029, 3, 31)  # how long it lasts: not rolled
    cure = deadlines["d5/violation_notice"]  # 05-08: after Golden Week, a business day
    assert (cure.due, cure.obligor) == (date(2026, 5, 8), Party.BOTH)
    assert deadlines["d6/invoice"].due == date(2026, 11, 30)  # 翌月末日 (end of the next month)
    prompt = deadlines["d8/termination"]  # 速やかに (promptly): owed from the termination day on
    assert (prompt.due, prompt.unrolled) == (date(2027, 3, 31), date(2027, 3, 31))


def test_user_deadlines_roll_to_the_previous_business_day():
    deadlines = plan({"violation_notice": date(2026, 9, 8)})
    cure = deadlines["d5/violation_notice"]
    assert (cure.unrolled, cure.due) == (date(2026, 9, 22), date(2026, 9, 18))


def test_keys_are_stable_across_days():
    earlier = plan_deadlines(TERMS, SAAS, {}, date(2026, 6, 1))
    later = plan_deadlines(TERMS, SAAS, {}, TODAY)
    by_key = {str(d.key): d.due for d in earlier}
    assert all(by_key[str(d.key)] == d.due for d in later if str(d.key) in by_key and d.recurrence is None)
    # a series keeps its key and rule; only its next occurrence moves on
    series = {str(d.key): d.recurrence for d in earlier if d.recurrence}
    assert [(str(d.key), d.recurrence.rule, d.recurrence.first) for d in later if d.recurrence] == [
        (key, r.rule, r.first) for key, r in series.items()]


def test_reminders_with_default_global_and_per_duty_lead_times():
    deadlines = plan()
    assert deadlines["d2/1"].reminders == (
        date(2026, 12, 28), date(2027, 1, 27), date(2027, 2, 12), date(2027, 2, 19), date(2027, 2, 25))
    assert plan(lead_times=(7,))["d2/1"].reminders == (date(2027, 2, 19),)
    per_duty = plan(duty_lead_times={"d2": (90, 1)})
    assert per_duty["d2/1"].reminders == (date(2026, 11, 27), date(2027, 2, 25))
    assert per_duty["d1/1"].reminders[0] == date(2027, 1, 29)  # the others keep the global ones


def test_reminder_on_a_day_off_moves_earlier():
    japan = calendar_for(CalendarSpec())
    # 2027-01-04 (Mon) minus 7 is 2026-12-28 (Mon, business day); minus 3 is 2027-01-01 → 2026-12-28
    assert reminder_dates(date(2027, 1, 4), (7, 3), japan) == (date(2026, 12, 28),)
    assert reminder_dates(date(2026, 5, 11), (7, 1), japan) == (date(2026, 5, 1), date(2026, 5, 8))


def test_a_manual_cutoff_rule_without_a_duty():
    terms = ContractTerms(start=date(2025, 4, 1), end=date(2027, 3, 31),
                          renewal_notice=Period(2, Unit.MONTH, Direction.BEFORE))
    deadlines = {str(d.key): d for d in plan_deadlines(terms, [], {}, TODAY)}
    assert sorted(deadlines) == ["renewal_notice/0", "term/0"]
    assert deadlines["renewal_notice/0"].due == date(2027, 1, 29)  # 2027-01-30 is a Saturday


def test_expiry_anchored_dates_follow_each_term():
    notice = ("n1", duty(DutyKind.NOTIFICATION, 3, Unit.MONTH, Direction.BEFORE, "expiry"))
    deadlines = {str(d.key): d for d in plan_deadlines(TERMS, [*SAAS, notice], {}, TODAY,
                                                  convention=Convention.SIMPLE)}
    # three months before each 03-31 expiry is 12-31, in the year-end break: rolled to 12-28
    assert (deadlines["n1/1"].unrolled, deadlines["n1/1"].due) == (date(2026, 12, 31), date(2026, 12, 28))
    assert (deadlines["n1/2"].unrolled, deadlines["n1/2"].due) == (date(2027, 12, 31), date(2027, 12, 28))


def test_termination_notice_taking_effect_at_a_month_end():
    notice = ("t1", duty(DutyKind.TERMINATION_NOTICE, 1, Unit.MONTH, Direction.BEFORE, "cancellation_date"))
    events = {"cancellation_date": date(2027, 6, 10)}
    plain = {str(d.key): d for d in plan_deadlines(TERMS, [notice], events, TODAY)}
    assert plain["t1/cancellation_date"].due == date(2027, 5, 7)  # from 05-09, a Sunday
    terms = replace(TERMS, notice_month_end=True)
    month_end = {str(d.key): d for d in plan_deadlines(terms, [notice], events, TODAY)}
    # the contract ends 06-30: a month back is 05-30, the day before 05-29 (a Saturday) → 05-28
    deadline = month_end["t1/cancellation_date"]
    assert (deadline.unrolled, deadline.due) == (date(2027, 5, 29), date(2027, 5, 28))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
       st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=6))
def test_reminders_fall_on_business_days_not_after_the_due_date(due, leads):
    japan = calendar_for(CalendarSpec())
    reminders = reminder_dates(due, tuple(leads), japan)
    assert list(reminders) == sorted(set(reminders))
    assert all(japan.is_business_day(day) and day <= due for day in reminders)
