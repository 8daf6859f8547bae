"""Recurring deadlines in the store: one row per series, found by any window it reaches into."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tracker.domain import (
    CalendarSpec,
    Contract,
    Deadline,
    DeadlineId,
    Document,
    DutyKind,
    Explanation,
    Recurrence,
    ReminderState,
    Roll,
)
from tracker.store import Store
from tracker.store.models import Base

WHY = Explanation(ja="繰り返し: 毎月末日", en="repeats on the last day of each month")
RENT = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=-1", first=date(2025, 10, 31), until=date(2027, 9, 30),
                  roll=Roll.PREVIOUS, calendar=CalendarSpec(), explanation=WHY)


def monthly(due: date, recurrence: Recurrence = RENT) -> Deadline:
    return Deadline(key=DeadlineId("rent", "monthly"), kind=DutyKind.PAYMENT, due=due, unrolled=due,
                    explanation=WHY,
                    recurrence=recurrence)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def contract_id(store: Store) -> int:
    contract = Contract(id=None, title="Lease", content_hash="lease")
    document = Document("x.txt", None, "本文")
    return store.write(lambda repo: repo.add_contract(contract, document, b"", "x.txt"))


def sync(store: Store, contract_id: int, *deadlines: Deadline) -> None:
    store.write(lambda repo: repo.sync_deadlines(contract_id, deadlines, {}))


def test_one_row_for_every_month_found_by_windows_it_reaches(store: Store, contract_id: int) -> None:
    sync(store, contract_id, monthly(date(2026, 5, 29)))
    assert len(store.read(lambda repo: repo.contract_deadlines(contract_id))) == 1
    (row,) = store.read(lambda repo: repo.between(date(2027, 3, 1), date(2027, 3, 31)))
    assert row.deadline.recurrence == RENT
    # before the first occurrence or after the last, the series is not there
    assert store.read(lambda repo: repo.between(date(2025, 9, 1), date(2025, 10, 20))) == []
    assert store.read(lambda repo: repo.between(date(2027, 10, 1), date(2027, 12, 31))) == []
    # an occurrence counted on 10-31 may be moved into a window ending on 10-25
    assert len(store.read(lambda repo: repo.between(date(2025, 10, 20), date(2025, 10, 25)))) == 1


def test_the_next_occurrence_reopens_a_done_one_without_a_new_sequence(
    store: Store, contract_id: int
) -> None:
    sync(store, contract_id, monthly(date(2026, 5, 29)))
    (record,) = store.read(lambda repo: repo.contract_deadlines(contract_id))
    store.write(lambda repo: repo.set_deadline_state(record.id, ReminderState.DONE))
    sync(store, contract_id, monthly(date(2026, 5, 29)))  # replanned the same day: still done
    assert store.read(lambda repo: repo.deadline(record.id)).state is ReminderState.DONE

    sync(store, contract_id, monthly(date(2026, 6, 30)))  # June's rent comes round
    june = store.read(lambda repo: repo.deadline(record.id))
    assert (june.state, june.sequence, june.deadline.due) == (ReminderState.PENDING, 0, date(2026, 6, 30))

    longer = dataclasses.replace(RENT, until=date(2029, 9, 30))  # the rule changed: calendars update
    sync(store, contract_id, monthly(date(2026, 6, 30), longer))
    assert store.read(lambda repo: repo.deadline(record.id)).sequence == 1


def test_a_dismissed_series_stays_dismissed(store: Store, contract_id: int) -> None:
    sync(store, contract_id, monthly(date(2026, 5, 29)))
    (record,) = store.read(lambda repo: repo.contract_deadlines(contract_id))
    store.write(lambda repo: repo.set_deadline_state(record.id, ReminderState.DISMISSED))
    sync(store, contract_id, monthly(date(2026, 6, 30)))
    assert store.read(lambda repo: repo.deadline(record.id)).state is ReminderState.DISMISSED


def test_the_migrations_build_the_models_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
