"""The JSON codec gives back equal domain values, and reads rows written before a field existed."""

from __future__ import annotations

from datetime import date, datetime

from tracker.domain import (
    CalendarSpec,
    ContractTerms,
    Convention,
    Deadline,
    DeadlineId,
    Direction,
    DutyKind,
    Explanation,
    Party,
    Period,
    Qualifier,
    Settings,
    Unit,
)
from tracker.store.codec import decode, encode


def test_settings_and_terms_round_trip() -> None:
    settings = Settings(language="ja", lead_times=(90, 30), convention=Convention.SIMPLE,
                        calendar=CalendarSpec("US", False, frozenset({date(2026, 8, 13), date(2026, 8, 14)})))
    terms = ContractTerms(start=date(2025, 4, 1), initial_term=Period(36, Unit.MONTH, Direction.AFTER),
                          renewal_notice=Period(None, None, Direction.BEFORE, Qualifier.BY_EXPIRY))

    assert decode(Settings, encode(settings)) == settings
    assert decode(ContractTerms, encode(terms)) == terms
    assert encode(settings)["calendar"]["extra_holidays"] == ["2026-08-13", "2026-08-14"]


def test_a_deadline_keeps_a_time_of_day() -> None:
    deadline = Deadline(key=DeadlineId("d1", "event"), kind=DutyKind.RESPONSE,
                        due=datetime(2026, 11, 23, 14, 30),
                        unrolled=datetime(2026, 11, 23, 14, 30), explanation=Explanation("…", "..."),
                        obligor=Party.PROVIDER, reminders=(date(2026, 11, 22),))

    back = decode(Deadline, encode(deadline))

    assert back == deadline
    assert type(back.due) is datetime


def test_missing_fields_take_their_defaults_and_unknown_ones_are_ignored() -> None:
    assert decode(Settings, {"language": "en", "retired_option": 1}) == Settings(language="en")
