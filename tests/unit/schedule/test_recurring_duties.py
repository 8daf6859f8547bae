"""Recurring duties: monthly payments and reports become one deadline with an RRULE, expanded on read.

Scenario: a two-year lease from 2025-10-01 (ends 2027-09-30), viewed on 2026-05-01.
"""

from __future__ import annotations

from datetime import date

from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.schedule import ContractTerms, Recurrence, Roll
from tracker.extract import extract
from tracker.ingest import document_from_text
from tracker.schedule import plan_deadlines
from tracker.schedule.plan import closing_day
from tracker.schedule.recurrence import occurrences, recurrence_for

TODAY = date(2026, 5, 1)
LEASE = ContractTerms(start=date(2025, 10, 1), initial_term=Period(2, Unit.YEAR, Direction.AFTER))
RENEWING = ContractTerms(start=date(2025, 10, 1), initial_term=Period(1, Unit.YEAR, Direction.AFTER),
                         renewal_term=Period(1, Unit.YEAR, Direction.AFTER))


def duty(text: str, anchor: str, qualifier: Qualifier | None = None, *, kind: DutyKind = DutyKind.PAYMENT,
         direction: Direction = Direction.BEFORE, amount: int | None = None) -> Duty:
    unit = Unit.DAY if amount else None
    period = Period(amount, unit, direction, qualifier)
    return Duty(kind, Party.CUSTOMER, period, anchor, SourceSpan(0, 1, text))


RENT = duty("毎月末日まで", "rent_month", Qualifier.END_OF_MONTH)  # 毎月末日までに翌月分の賃料を支払う
FEES = duty("翌月末日まで", "invoice", Qualifier.END_OF_NEXT_MONTH, direction=Direction.AFTER)
ON_THE_27TH = duty("毎月27日に", "rent_month")
ON_THE_31ST = duty("毎月31日まで", "rent_month")
REPORT = duty("翌月10日まで", "month_end", kind=DutyKind.NOTIFICATION, direction=Direction.AFTER)


def series(d: Duty, terms: ContractTerms = LEASE, events: dict[str, date] | None = None,
           today: date = TODAY) -> Recurrence | None:
    found = recurrence_for(d, terms, events or {}, Roll.PREVIOUS, today, closing_day(events or {}))
    return found[0] if found else None


def planned(terms: ContractTerms, duties: list[tuple[str, Duty]], events: dict[str, date], today: date,
            **options):  # type: ignore[no-untyped-def]
    """The plan without the term's expiry (the lease's own term is not what these tests are about)."""
    return [d for d in plan_deadlines(terms, duties, events, today, **options) if d.kind is not DutyKind.TERM]


def days(d: Duty, first: date, last: date, terms: ContractTerms = LEASE) -> list[date]:
    recurrence = series(d, terms)
    assert recurrence is not None
    return [due.day for due in occurrences(recurrence, first, last)]


def test_rent_by_each_months_end_is_one_deadline_dated_by_its_next_occurrence() -> None:
    (rent,) = planned(LEASE, [("d1", RENT)], {}, TODAY)
    assert str(rent.key) == "d1/monthly"
    assert (rent.due, rent.unrolled) == (date(2026, 5, 29), date(2026, 5, 31))  # 05-31 is a Sunday
    assert rent.recurrence is not None
    assert (rent.recurrence.rule, rent.recurrence.first, rent.recurrence.until) == (
        "FREQ=MONTHLY;BYMONTHDAY=-1", date(2025, 10, 31), date(2027, 9, 30))
    assert "毎月末日 (休業日にあたるときは前営業日)" in rent.recurrence.explanation.ja
    assert "2026-05-31 は日曜日のため前営業日 2026-05-29 に繰上げ" in rent.explanation.ja


def test_occurrences_roll_to_the_previous_business_day() -> None:
    assert days(RENT, date(2026, 5, 1), date(2026, 9, 30)) == [
        date(2026, 5, 29), date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 30)]
    # the year-end break (12-29 to 01-03) moves December's rent to Monday 12-28
    recurrence = series(RENT)
    assert recurrence is not None
    (december,) = occurrences(recurrence, date(2026, 12, 1), date(2026, 12, 31))
    assert (december.day, december.unrolled) == (date(2026, 12, 28), date(2026, 12, 31))
    assert "年末年始休業日" in december.explanation.ja


def test_a_window_sees_an_occurrence_moved_into_it_and_none_after_the_end() -> None:
    # 2027-01-31 is a Sunday: January's rent is due on Friday 01-29
    assert days(RENT, date(2027, 1, 29), date(2027, 1, 29)) == [date(2027, 1, 29)]
    assert days(RENT, date(2027, 1, 30), date(2027, 1, 31)) == []
    assert days(RENT, date(2027, 9, 1), date(2028, 3, 31)) == [date(2027, 9, 30)]  # the lease ends


def test_fees_for_a_month_are_due_at_the_end_of_the_next() -> None:
    recurrence = series(FEES)
    assert recurrence is not None
    assert (recurrence.first, recurrence.until) == (date(2025, 11, 30), date(2027, 10, 31))


def test_a_recorded_invoice_makes_it_one_payment_instead() -> None:
    assert series(FEES, events={"invoice": date(2026, 4, 10)}) is None
    (fee,) = planned(LEASE, [("d2", FEES)], {"invoice": date(2026, 4, 10)}, TODAY)
    assert (str(fee.key), fee.due, fee.recurrence) == ("d2/invoice", date(2026, 5, 29), None)


def test_a_day_of_the_month() -> None:
    recurrence = series(ON_THE_27TH)
    assert recurrence is not None and recurrence.rule == "FREQ=MONTHLY;BYMONTHDAY=27"
    assert recurrence.first == date(2025, 10, 27)
    # 2026-06-27 is a Saturday
    assert days(ON_THE_27TH, date(2026, 6, 1), date(2026, 7, 31)) == [date(2026, 6, 26), date(2026, 7, 27)]


def test_the_31st_falls_on_the_last_day_of_a_shorter_month() -> None:
    recurrence = series(ON_THE_31ST)
    assert recurrence is not None and recurrence.rule == "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    # 2027-02-28 is a Sunday; April has 30 days
    assert days(ON_THE_31ST, date(2027, 2, 1), date(2027, 4, 30)) == [
        date(2027, 2, 26), date(2027, 3, 31), date(2027, 4, 30)]


def test_a_monthly_report_by_a_day_of_the_next_month() -> None:
    recurrence = series(REPORT)
    assert recurrence is not None
    assert (recurrence.rule, recurrence.first) == ("FREQ=MONTHLY;BYMONTHDAY=10", date(2025, 11, 10))
    # 2026-05-10 is a Sunday
    assert days(REPORT, date(2026, 5, 1), date(2026, 5, 31)) == [date(2026, 5, 8)]
    kanji = duty("毎月十日まで", "month_end", kind=DutyKind.NOTIFICATION, direction=Direction.AFTER)
    in_kanji = series(kanji)
    assert in_kanji is not None and (in_kanji.rule, in_kanji.first) == (recurrence.rule, date(2025, 10, 10))


def test_no_series_without_a_start_or_for_a_counted_period() -> None:
    assert series(RENT, ContractTerms()) is None
    assert series(duty("請求書受領後30日以内", "invoice", amount=30, direction=Direction.AFTER)) is None
    assert series(duty("毎月末日まで", "expiry", Qualifier.END_OF_MONTH)) is None


def test_a_renewing_contract_repeats_until_a_recorded_termination() -> None:
    recurrence = series(RENT, RENEWING)
    assert recurrence is not None and recurrence.until is None
    ended = series(RENT, RENEWING, {"termination": date(2027, 3, 15)})
    assert ended is not None and ended.until == date(2027, 3, 31)
    assert series(RENT, RENEWING, {"termination": date(2027, 3, 15)}, date(2027, 4, 1)) is None  # no more
    assert planned(RENEWING, [("d1", RENT)], {"termination": date(2027, 3, 15)}, date(2027, 4, 1)) == []
    # the end the user chose to cancel at closes the series as well
    (rent,) = planned(RENEWING, [("d1", RENT)], {"cancellation_date": date(2027, 3, 15)}, TODAY)
    assert rent.recurrence is not None and rent.recurrence.until == date(2027, 3, 31)


def test_reminders_only_for_the_next_occurrence_and_within_a_month() -> None:
    (rent,) = planned(LEASE, [("d1", RENT)], {}, TODAY, lead_times=(60, 30, 7, 1))
    assert rent.reminders == (date(2026, 5, 22), date(2026, 5, 28))


def test_the_next_twelve_moves_are_listed_for_calendars() -> None:
    recurrence = series(RENT)
    assert recurrence is not None
    # from 2026-05-01: May (Sun), October (Sat), December (year-end break), January and February (Sun)
    assert recurrence.moves == (
        (date(2026, 5, 31), date(2026, 5, 29)), (date(2026, 10, 31), date(2026, 10, 30)),
        (date(2026, 12, 31), date(2026, 12, 28)), (date(2027, 1, 31), date(2027, 1, 29)),
        (date(2027, 2, 28), date(2027, 2, 26)),
    )


def test_rent_read_from_a_lease_becomes_a_monthly_deadline() -> None:
    text = "第5条（賃料）\n賃借人は、毎月末日までに翌月分の賃料を賃貸人に支払うものとする。\n"
    duties = [d for d in extract(document_from_text(text, "lease.txt")).duties if d.kind is DutyKind.PAYMENT]
    assert duties
    (rent,) = planned(LEASE, [("d1", duties[0])], {}, TODAY)
    assert rent.recurrence is not None and rent.recurrence.rule == "FREQ=MONTHLY;BYMONTHDAY=-1"
