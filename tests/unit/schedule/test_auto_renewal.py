"""Contract timelines: the term in force, its expiry, the renewal cutoff, and the renewals that follow."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, SourceSpan, Unit
from tracker.domain.schedule import CalendarSpec, ContractTerms, Convention
from tracker.schedule import calendar_for, terms_from_duties, timeline

YEAR = Period(1, Unit.YEAR, Direction.AFTER)
MONTH = Period(1, Unit.MONTH, Direction.AFTER)
DAYS_30 = Period(30, Unit.DAY, Direction.BEFORE)
BUSINESS_20 = Period(20, Unit.BUSINESS_DAY, Direction.BEFORE)

YEARLY = ContractTerms(start=date(2025, 4, 1), initial_term=YEAR, renewal_term=YEAR, renewal_notice=DAYS_30)
MONTHLY = ContractTerms(start=date(2026, 1, 15), renewal_term=MONTH, renewal_notice=BUSINESS_20)


def test_one_year_contract_in_its_second_term():
    line = timeline(YEARLY, date(2026, 11, 22))
    current = line.current
    assert current is not None
    assert (current.index, current.start, current.end) == (1, date(2026, 4, 1), date(2027, 3, 31))
    assert current.cutoff is not None
    assert (current.cutoff.unrolled, current.cutoff.day) == (date(2027, 2, 28), date(2027, 2, 26))
    assert current.cutoff.explanation.ja == (
        "期間満了日 2027-03-31 の30日前: 満了日を含めず30日を遡った前日 (民法の数え方) → 2027-02-28。"
        "2027-02-28 は日曜日のため前営業日 2027-02-26 に繰上げ"
    )


def test_cycles_roll_from_a_year_ago_to_the_horizon():
    line = timeline(YEARLY, date(2026, 11, 22))
    assert [(c.index, c.start, c.end) for c in line.cycles] == [
        (0, date(2025, 4, 1), date(2026, 3, 31)),
        (1, date(2026, 4, 1), date(2027, 3, 31)),
        (2, date(2027, 4, 1), date(2028, 3, 31)),
        (3, date(2028, 4, 1), date(2029, 3, 31)),
        (4, date(2029, 4, 1), date(2030, 3, 31)),
    ]
    cutoffs = [c.cutoff.day for c in line.cycles if c.cutoff]
    assert cutoffs == [date(2026, 2, 27), date(2027, 2, 26), date(2028, 2, 29), date(2029, 2, 28),
                       date(2030, 2, 28)]


def test_expiry_is_explained():
    line = timeline(YEARLY, date(2026, 11, 22))
    assert "初日算入" in line.cycles[0].expiry.ja  # the start day counts
    assert line.cycles[1].expiry.ja.startswith("自動更新 (満了日の翌日から): 期間満了日 2026-03-31 から1年")


def test_simple_convention_for_cutoffs():
    line = timeline(YEARLY, date(2026, 11, 22), convention=Convention.SIMPLE)
    assert line.current is not None and line.current.cutoff is not None
    assert line.current.cutoff.day == date(2027, 3, 1)


def test_monthly_contract_with_twenty_business_day_cutoffs():
    line = timeline(MONTHLY, date(2026, 1, 20), horizon_years=2)
    by_index = {c.index: c for c in line.cycles}
    assert all(i in by_index for i in range(25))
    assert (by_index[0].start, by_index[0].end) == (date(2026, 1, 15), date(2026, 2, 14))
    assert (by_index[3].start, by_index[3].end) == (date(2026, 4, 15), date(2026, 5, 14))
    literal = {0: date(2026, 1, 15), 3: date(2026, 4, 9), 11: date(2026, 12, 9), 23: date(2027, 12, 9)}
    for index, cutoff in literal.items():
        assert by_index[index].cutoff is not None and by_index[index].cutoff.day == cutoff


def test_monthly_cutoffs_lie_21_business_days_before_each_expiry():
    calendar = calendar_for(CalendarSpec())
    line = timeline(MONTHLY, date(2026, 1, 20), horizon_years=2)
    for cycle in line.cycles[:25]:
        assert cycle.cutoff is not None
        cutoff = cycle.cutoff.day
        assert calendar.is_business_day(cutoff)
        between = [d for d in _days(cutoff, cycle.end) if calendar.is_business_day(d)]
        assert len(between) == 20  # business days strictly between the cutoff and the expiry


def _days(after, upto):
    day = after
    out = []
    while True:
        day = date.fromordinal(day.toordinal() + 1)
        if day >= upto:
            return out
        out.append(day)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from([MONTH, YEAR, Period(3, Unit.MONTH, Direction.AFTER)]))
def test_renewals_follow_without_gaps(start, term):
    line = timeline(ContractTerms(start=start, renewal_term=term), start)
    for before, after in zip(line.cycles, line.cycles[1:], strict=False):
        assert after.index == before.index + 1
        assert after.start is not None and (after.start - before.end).days == 1
    assert line.current is not None and line.current.index == 0


def test_before_the_start_and_after_a_fixed_end():
    fixed = ContractTerms(start=date(2025, 4, 1), end=date(2026, 3, 31), renewal_notice=DAYS_30)
    assert timeline(fixed, date(2025, 3, 1)).current is None
    after = timeline(fixed, date(2026, 11, 22))
    assert after.current is None
    assert [(c.index, c.end) for c in after.cycles] == [(0, date(2026, 3, 31))]
    assert timeline(fixed, date(2028, 1, 1)).cycles == ()


def test_unknown_dates_give_an_empty_timeline():
    assert timeline(ContractTerms(initial_term=YEAR), date(2026, 1, 1)).cycles == ()


def test_an_explicit_end_wins_over_the_term_length():
    terms = ContractTerms(start=date(2025, 4, 1), end=date(2025, 12, 31), initial_term=YEAR,
                          renewal_term=YEAR)
    line = timeline(terms, date(2026, 6, 1))
    assert [(c.index, c.end) for c in line.cycles][:2] == [(0, date(2025, 12, 31)), (1, date(2026, 12, 31))]


def test_thirty_six_months_then_twelve_with_three_months_notice():
    terms = ContractTerms(start=date(2024, 7, 1), initial_term=Period(36, Unit.MONTH, Direction.AFTER),
                          renewal_term=Period(12, Unit.MONTH, Direction.AFTER),
                          renewal_notice=Period(3, Unit.MONTH, Direction.BEFORE))
    line = timeline(terms, date(2026, 11, 22))
    assert line.current is not None and line.current.end == date(2027, 6, 30)
    assert line.current.cutoff is not None
    assert (line.current.cutoff.unrolled, line.current.cutoff.day) == (date(2027, 3, 29), date(2027, 3, 29))
    assert line.cycles[1].end == date(2028, 6, 30)


def _duty(kind, amount, unit, direction, anchor):
    return Duty(kind=kind, obligor=Party.CUSTOMER, period=Period(amount, unit, direction), anchor=anchor,
                span=SourceSpan(0, 1, "x"))


def test_terms_suggested_by_the_duties():
    duties = [
        _duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start"),
        _duty(DutyKind.RENEWAL_NOTICE, 30, Unit.DAY, Direction.BEFORE, "expiry"),
        _duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "expiry"),
        _duty(DutyKind.MINIMUM_TERM, 6, Unit.MONTH, Direction.AFTER, "start"),
        _duty(DutyKind.RETURN, 1, Unit.MONTH, Direction.AFTER, "termination"),
    ]
    terms = terms_from_duties(duties, start=date(2025, 4, 1), end=None)
    assert terms == ContractTerms(
        start=date(2025, 4, 1), initial_term=YEAR, renewal_term=YEAR, renewal_notice=DAYS_30,
        minimum_term=Period(6, Unit.MONTH, Direction.AFTER), calendar=CalendarSpec(),
    )
