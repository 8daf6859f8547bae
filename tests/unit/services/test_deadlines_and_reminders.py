"""Deadlines as the services keep them: computed on import, recomputed on change, state kept by key."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import write_contract
from tracker.domain import Direction, Duty, DutyKind, FactName, Period, ReminderState, ReviewState, Unit
from tracker.export import deadline_uid
from tracker.services.app import TrackerService
from tracker.services.errors import NotFoundError


def _due(records: list) -> list[tuple[date, str]]:  # type: ignore[type-arg]
    return [(r.deadline.due, r.deadline.kind.value) for r in records]


@pytest.fixture
def contract_id(svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]) -> int:
    # one-year terms from 2025-12-15: the current term's cutoff (2026-11-13) has just passed
    (cid,) = svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 12, 15)).imported
    return cid


def test_upcoming_lists_the_overdue_cutoff_first_then_the_next_ones(
    svc: TrackerService, contract_id: int
) -> None:
    upcoming = svc.upcoming(400)

    assert _due(upcoming) == [(date(2026, 11, 13), "renewal_notice"), (date(2026, 12, 14), "term"),
                              (date(2027, 11, 12), "renewal_notice"), (date(2027, 12, 14), "term")]
    assert upcoming[0].is_overdue(svc.today())
    assert upcoming[2].deadline.unrolled == date(2027, 11, 13)  # a Saturday
    assert upcoming[2].article == "3" and upcoming[2].clause_text.startswith("renewal_notice 30 day")
    assert svc.list_contracts()[0].next_deadline == upcoming[0]


def test_a_recorded_event_dates_the_duties_counted_from_it(svc: TrackerService, contract_id: int) -> None:
    detail = svc.record_event(contract_id, "termination", date(2026, 12, 1))

    assert detail.events == {"termination": date(2026, 12, 1)}
    assert (date(2026, 12, 15), "return") in _due(svc.upcoming(30))
    svc.record_event(contract_id, "termination", None)
    assert (date(2026, 12, 15), "return") not in _due(svc.upcoming(30))


def test_done_dismissed_and_snoozed_deadlines(svc: TrackerService, contract_id: int) -> None:
    overdue, expiry, cutoff, _next_expiry = svc.upcoming(400)

    svc.mark_done(cutoff.id)
    svc.dismiss(overdue.id)
    svc.dismiss(expiry.id)

    assert _due(svc.upcoming(400)) == [(date(2027, 12, 14), "term")]
    states = {r.id: r.state for r in svc.deadlines_between(date(2026, 1, 1), date(2027, 12, 31))}
    assert (states[overdue.id], states[cutoff.id]) == (ReminderState.DISMISSED, ReminderState.DONE)
    svc.reopen(overdue.id)
    assert [r.id for r in svc.due_reminders()] == [overdue.id]
    svc.snooze(overdue.id, date(2026, 11, 30))
    assert svc.due_reminders() == []
    assert [(r.id, r.snoozed_until) for r in svc.due_reminders(date(2026, 11, 30))] == [
        (overdue.id, date(2026, 11, 30))]
    with pytest.raises(NotFoundError):
        svc.mark_done(999_999)


def test_snoozed_and_dismissed_reminders_can_be_listed_and_brought_back(
    svc: TrackerService, contract_id: int
) -> None:
    overdue, expiry, *_rest = svc.upcoming(400)
    svc.dismiss(overdue.id)
    svc.snooze(expiry.id, date(2026, 12, 1))

    assert [r.id for r in svc.reminders_in_state(ReminderState.DISMISSED)] == [overdue.id]
    assert [(r.id, r.snoozed_until) for r in svc.reminders_in_state(ReminderState.SNOOZED)] == [
        (expiry.id, date(2026, 12, 1))]
    svc.reopen(overdue.id)
    assert svc.reminders_in_state(ReminderState.DISMISSED) == []


def test_changed_terms_move_dates_but_keep_state_and_raise_the_sequence(
    svc: TrackerService, contract_id: int
) -> None:
    cutoff = svc.upcoming(400)[2]
    svc.mark_done(cutoff.id)
    detail = svc.contract(contract_id)
    notice = next(d for d in detail.duties if d.duty.kind is DutyKind.RENEWAL_NOTICE)
    longer = replace(notice.duty, period=Period(60, Unit.DAY, Direction.BEFORE))

    svc.edit_duty(notice.id, longer, version=notice.version)

    moved = next(r for r in svc.contract(contract_id).deadlines if r.id == cutoff.id)
    assert (moved.deadline.due, moved.state, moved.sequence) == (date(2027, 10, 14), ReminderState.DONE, 1)
    assert deadline_uid(moved) == deadline_uid(cutoff)


def test_rejecting_a_duty_removes_its_deadlines(svc: TrackerService, contract_id: int) -> None:
    svc.record_event(contract_id, "termination", date(2026, 12, 1))
    returning = next(d for d in svc.contract(contract_id).duties if d.duty.kind is DutyKind.RETURN)

    svc.set_duty_state(returning.id, ReviewState.REJECTED, version=returning.version)

    assert [r.deadline.kind for r in svc.contract(contract_id).deadlines].count(DutyKind.RETURN) == 0


def test_per_duty_lead_times_set_its_reminders(svc: TrackerService, contract_id: int) -> None:
    notice = next(d for d in svc.contract(contract_id).duties if d.duty.kind is DutyKind.RENEWAL_NOTICE)

    svc.set_duty_lead_times(notice.id, (90, 10), version=notice.version)

    cutoff = svc.upcoming(400)[2]
    assert cutoff.deadline.reminders == (date(2027, 8, 13), date(2027, 11, 2))


def test_the_roll_over_moves_the_plan_on_to_a_later_day(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    days = [date(2026, 11, 22)]
    svc = TrackerService.open(db_url, clock=lambda: days[-1])
    try:
        svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1))
        days.append(date(2029, 6, 1))

        assert svc.roll_over() == 1
        upcoming = svc.upcoming(365)

        # the term that ended on 2029-03-31 is history; its cutoff no longer shows
        assert _due(upcoming) == [(date(2030, 2, 28), "renewal_notice"), (date(2030, 3, 31), "term")]
        assert svc.roll_over() == 0  # nothing is stale twice on one day
    finally:
        svc.close()


def test_a_look_at_another_day_writes_nothing_and_keeps_every_decision(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    svc = TrackerService.open(db_url, clock=lambda: date(2026, 11, 22))
    try:
        svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1))
        first, second = svc.upcoming(400)[:2]
        svc.dismiss(first.id)
        svc.snooze(second.id, date(2026, 12, 1))
        before = svc.deadlines_between(date.min, date.max, series=True)
        changes: list[int] = []
        svc.add_change_listener(lambda: changes.append(1))

        svc.upcoming(90, today=date(2028, 1, 1))
        svc.due_reminders(date(2028, 1, 1))
        svc.deadlines_between(date(2028, 1, 1), date(2028, 1, 31))

        assert svc.deadlines_between(date.min, date.max, series=True) == before
        assert changes == []
    finally:
        svc.close()


def test_new_contract_facts_recompute_the_dates(svc: TrackerService, contract_id: int) -> None:
    terms = svc.contract(contract_id).contract.terms

    detail = svc.update_contract(contract_id, terms=replace(terms, start=date(2025, 7, 1)), notes="moved")

    assert (detail.contract.notes, detail.contract.title) == ("moved", "Fixed service agreement")
    assert _due(svc.upcoming(220)) == [(date(2027, 5, 28), "renewal_notice"), (date(2027, 6, 30), "term")]


def test_a_deadline_marked_done_stays_after_its_term_is_over(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    days = [date(2026, 11, 22)]
    svc = TrackerService.open(db_url, clock=lambda: days[-1])
    try:
        svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 12, 15))
        cutoff = svc.upcoming(30)[0]
        svc.mark_done(cutoff.id)
        days.append(date(2027, 6, 1))  # the term that cutoff belonged to ended on 2026-12-14
        svc.roll_over()

        kept = svc.deadlines_between(date(2026, 11, 1), date(2026, 11, 30))

        assert [(r.id, r.deadline.due, r.state) for r in kept] == [
            (cutoff.id, date(2026, 11, 13), ReminderState.DONE)]
    finally:
        svc.close()


def test_rejecting_the_renewal_cutoff_duty_removes_its_cutoffs(svc: TrackerService, contract_id: int) -> None:
    notice = next(d for d in svc.contract(contract_id).duties if d.duty.kind is DutyKind.RENEWAL_NOTICE)

    svc.set_duty_state(notice.id, ReviewState.REJECTED, version=notice.version)

    detail = svc.contract(contract_id)
    assert detail.contract.terms.renewal_notice is None
    assert DutyKind.RENEWAL_NOTICE not in [r.deadline.kind for r in detail.deadlines]
    assert {f.name: f.value for f in detail.facts}[FactName.RENEWAL_NOTICE] is None  # the proposal follows


def test_a_confirmed_cutoff_rule_survives_rejecting_the_duty(svc: TrackerService, contract_id: int) -> None:
    svc.confirm_facts([contract_id])
    notice = next(d for d in svc.contract(contract_id).duties if d.duty.kind is DutyKind.RENEWAL_NOTICE)

    svc.set_duty_state(notice.id, ReviewState.REJECTED, version=notice.version)

    assert svc.contract(contract_id).contract.terms.renewal_notice == notice.duty.period


def test_a_cutoff_rule_the_user_typed_survives_rejecting_the_duty(
    svc: TrackerService, contract_id: int
) -> None:
    terms = svc.contract(contract_id).contract.terms
    typed = Period(2, Unit.MONTH, Direction.BEFORE)
    svc.update_contract(contract_id, terms=replace(terms, renewal_notice=typed))
    notice = next(d for d in svc.contract(contract_id).duties if d.duty.kind is DutyKind.RENEWAL_NOTICE)

    svc.set_duty_state(notice.id, ReviewState.REJECTED, version=notice.version)

    detail = svc.contract(contract_id)
    assert detail.contract.terms.renewal_notice == typed
    assert [r.deadline.due for r in detail.deadlines if r.deadline.kind is DutyKind.RENEWAL_NOTICE][:2] == [
        date(2026, 10, 13), date(2027, 10, 13)]
