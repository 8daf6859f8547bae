"""TrackerService: the one facade the GUI, the CLI and the exports call.

Each method is one unit of work in its own session; records and domain types go out, never ORM
rows, SQL or Qt.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import platformdirs

from tracker.domain import (
    ContractDetail,
    ContractStatus,
    ContractSummary,
    ContractTerms,
    DeadlineRecord,
    Document,
    Duty,
    DutyRecord,
    FactName,
    FactRecord,
    FactState,
    ImportProgress,
    ImportResult,
    Party,
    ReminderState,
    ReviewState,
    Settings,
)
from tracker.domain.proposals import contract_value, needs
from tracker.resources import sample_contracts_dir
from tracker.schedule import ACT_KINDS, calendar_for
from tracker.services.errors import ConflictError, DatabaseVersionError, NotFoundError, ServiceError
from tracker.services.notifications import ChangeNotifier
from tracker.services.planning import plan_all, plan_contract, roll_over
from tracker.services.recurring import expand
from tracker.services.scheduling import follow_duties, suggested_terms, with_status
from tracker.store import Repo, RowNotFound, SchemaTooNew, Store, StoreError, VersionConflict

if TYPE_CHECKING:  # the extractor loads with the first import, never for a read
    from tracker.services.importing import ImportOptions
    from tracker.services.pages import ContractPages

T = TypeVar("T")
log = logging.getLogger(__name__)

APP_NAME = "contract-deadline-tracker"


class _Keep(Enum):
    """Marks an update_contract argument that was not given."""

    KEEP = 0


KEEP = _Keep.KEEP


def default_database() -> str:
    """$TRACKER_DB, else tracker.sqlite in the user's data folder."""
    return os.environ.get("TRACKER_DB") or str(Path(platformdirs.user_data_dir(APP_NAME)) / "tracker.sqlite")


@contextmanager
def _translated() -> Iterator[None]:
    """The store's errors as the services' own, so callers need not know the store."""
    try:
        yield
    except RowNotFound as exc:
        raise NotFoundError(str(exc)) from exc
    except VersionConflict as exc:
        raise ConflictError(str(exc)) from exc
    except SchemaTooNew as exc:
        raise DatabaseVersionError(str(exc)) from exc
    except StoreError as exc:
        raise ServiceError(str(exc)) from exc


class TrackerService:
    """`clock` gives the day the views count from (the CLI's --today); `planning_clock` the day
    deadlines are computed for, by every change and by `roll_over` (default: the same)."""

    def __init__(self, store: Store, clock: Callable[[], date],
                 planning_clock: Callable[[], date] | None = None) -> None:
        self._store = store
        self._clock = clock
        self._planning_clock = planning_clock or clock
        self._notifier = ChangeNotifier()

    @classmethod
    def open(cls, db_url: str | None = None, *, clock: Callable[[], date] | None = None,
             planning_clock: Callable[[], date] | None = None) -> TrackerService:
        """Opens (and migrates) the database; plans nothing: see `roll_over`."""
        with _translated():
            store = Store.open(db_url or default_database())
        return cls(store, clock or date.today, planning_clock)

    def close(self) -> None:
        self._store.close()

    def today(self) -> date:
        return self._clock()

    def database_location(self) -> str:
        return self._store.location

    # plumbing ----------------------------------------------------------------------------

    def _read(self, work: Callable[[Repo], T]) -> T:
        with _translated():
            return self._store.read(work)

    def _write(self, work: Callable[[Repo], T]) -> T:
        with _translated():
            result = self._store.write(work)
        self._changed()
        return result

    @contextmanager
    def calendar_session(self) -> Iterator[Repo]:
        """One write transaction for an export or a sync, which records what it sent to which
        calendar; the change listeners are not called (sending changes none of the user's data)."""
        with _translated(), self._store.session_scope(write=True) as repo:
            yield repo

    def _changed(self) -> None:
        self._notifier.notify()

    def add_change_listener(self, fn: Callable[[], None]) -> None:
        """`fn` runs after each committed change, on the thread that made it, outside any lock of
        the service's; a change a listener makes is delivered after it returns, never inside."""
        self._notifier.add(fn)

    def planning_day(self) -> date:
        return self._planning_clock()

    def roll_over(self) -> int:
        """Replans the contracts whose deadlines went stale by the planning day (a term ended,
        a payment passed…), in small transactions; returns how many. The CLI calls it before each
        command, the GUI on a worker thread at start and every hour."""
        with _translated():
            count = roll_over(self._store, self.planning_day())
        if count:
            self._changed()
        return count

    # contracts ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self._read(lambda repo: repo.is_empty())

    def import_paths(
        self,
        paths: Sequence[str | Path],
        *,
        role: Party | None = None,
        start: date | None = None,
        end: date | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        from tracker.services.importing import ImportOptions

        options = ImportOptions(role=role, start=start, end=end, today=self.planning_day())
        return self._import(paths, options, progress, cancelled)

    def _import(self, paths: Sequence[str | Path], options: ImportOptions,
                progress: Callable[[ImportProgress], None] | None,
                cancelled: Callable[[], bool] | None) -> ImportResult:
        from tracker.services.importing import import_files

        with _translated():
            result = import_files(self._store, paths, options, progress, cancelled)
        if result.imported or result.updated:
            self._changed()
        return result

    def load_samples(self, progress: Callable[[ImportProgress], None] | None = None) -> ImportResult:
        """Imports the sample contracts, each starting on the first date its text states."""
        try:
            folder = sample_contracts_dir()
        except FileNotFoundError as exc:
            raise ServiceError(str(exc)) from exc
        from tracker.services.importing import ImportOptions

        options = ImportOptions(role=None, start=None, end=None, today=self.planning_day(),
                                start_from_text=True)
        return self._import([folder], options, progress, None)

    def list_contracts(self) -> list[ContractSummary]:
        today = self.today()

        def work(repo: Repo) -> list[ContractSummary]:
            settings, events = repo.settings(), repo.all_events()
            return [dataclasses.replace(s, contract=with_status(
                        s.contract, events.get(s.contract.id or 0, {}), today, settings))
                    for s in repo.summaries(today, ACT_KINDS)]

        return self._read(work)

    def contract(self, contract_id: int) -> ContractDetail:
        return self._read(lambda repo: _detail(repo, contract_id, self.today()))

    def pages(self, contract_id: int) -> ContractPages | None:
        """The original pages of a PDF or scanned contract (None for other formats)."""
        from tracker.services.pages import open_pages

        try:
            return open_pages(self._store, contract_id)
        except RowNotFound as exc:
            raise NotFoundError(str(exc)) from None

    def update_contract(
        self,
        contract_id: int,
        *,
        title: str | _Keep = KEEP,
        counterparty: str | _Keep | None = KEEP,
        role: Party | _Keep = KEEP,
        terms: ContractTerms | _Keep = KEEP,
        status: ContractStatus | _Keep = KEEP,
        notes: str | _Keep = KEEP,
        version: int | None = None,
    ) -> ContractDetail:
        """Saves the given fields. With `version` (Contract.version as the caller read it) only if
        nobody saved the contract since, else ConflictError; without, whatever was saved since."""
        given = {"title": title, "counterparty": counterparty, "role": role, "terms": terms,
                 "status": status, "notes": notes}
        changes: dict[str, Any] = {name: value for name, value in given.items() if value is not KEEP}

        def work(repo: Repo) -> ContractDetail:
            before = repo.contract(contract_id)
            after = dataclasses.replace(before, **changes)
            for name in FactName:  # what the user typed is confirmed: no re-import overwrites it
                value = contract_value(after, name)
                if value != contract_value(before, name):
                    repo.put_fact(contract_id, FactRecord(name, value, FactState.CONFIRMED))
            repo.save_contract(after, version=version)
            plan_contract(repo, contract_id, repo.settings(), self.planning_day())
            return _detail(repo, contract_id, self.today())

        return self._write(work)

    def confirm_facts(self, contract_ids: Sequence[int]) -> None:
        """Confirms every inferred fact of these contracts, in one transaction."""

        def work(repo: Repo) -> None:
            settings = repo.settings()
            for contract_id in contract_ids:
                repo.confirm_facts(contract_id)
                plan_contract(repo, contract_id, settings, self.planning_day())

        self._write(work)

    def delete_contract(self, contract_id: int) -> None:
        self._write(lambda repo: repo.delete_contract(contract_id))

    # duty review -------------------------------------------------------------------------

    def _duty_change(self, duty_id: int, version: int, **changes: Any) -> DutyRecord:
        def work(repo: Repo) -> DutyRecord:
            contract_id = repo.duty(duty_id).contract_id
            before = suggested_terms(repo, contract_id)
            record = repo.update_duty(duty_id, version, **changes)
            follow_duties(repo, contract_id, before)
            plan_contract(repo, contract_id, repo.settings(), self.planning_day())
            return record

        return self._write(work)

    def set_duty_state(self, duty_id: int, state: ReviewState, *, version: int) -> DutyRecord:
        return self._duty_change(duty_id, version, state=state)

    def edit_duty(self, duty_id: int, duty: Duty, *, version: int) -> DutyRecord:
        return self._duty_change(duty_id, version, state=ReviewState.EDITED, edited=duty)

    def set_duty_lead_times(self, duty_id: int, lead_times: tuple[int, ...] | None, *,
                            version: int) -> DutyRecord:
        return self._duty_change(duty_id, version, lead_times=lead_times)

    def add_duty(self, contract_id: int, duty: Duty) -> DutyRecord:
        def work(repo: Repo) -> DutyRecord:
            repo.contract(contract_id)  # NotFoundError before anything is written
            record = repo.add_duty(contract_id, None, ReviewState.CONFIRMED, edited=duty)
            plan_contract(repo, contract_id, repo.settings(), self.planning_day())
            return record

        return self._write(work)

    # events ------------------------------------------------------------------------------

    def record_event(self, contract_id: int, anchor: str, day: date | None) -> ContractDetail:
        def work(repo: Repo) -> ContractDetail:
            repo.set_event(contract_id, anchor, day)
            plan_contract(repo, contract_id, repo.settings(), self.planning_day())
            return _detail(repo, contract_id, self.today())

        return self._write(work)

    # deadlines and reminders -------------------------------------------------------------

    def upcoming(self, days: int = 90, *, today: date | None = None) -> list[DeadlineRecord]:
        """Open deadlines: the overdue ones first, then by date up to today + days.

        Done and dismissed deadlines are left out, as are past days of kinds there is nothing to
        do about any more (a term's expiry, the end of a minimum term).
        """
        first = today or self.today()
        last = first + timedelta(days=days)
        records = expand(self._read(lambda repo: repo.upcoming(first, last, ACT_KINDS)), first, last)
        return [r for r in records if r.state in (ReminderState.PENDING, ReminderState.SNOOZED)]

    def deadlines_between(self, first: date, last: date, *, series: bool = False) -> list[DeadlineRecord]:
        """Every deadline due in [first, last], whatever its state (the calendar view): each
        occurrence of a recurring deadline, or with `series` its one record (the .ics export)."""
        records = self._read(lambda repo: repo.between(first, last))
        return records if series else expand(records, first, last)

    def clause_sentences(self, records: Sequence[DeadlineRecord]) -> dict[int, str]:
        """The sentence each deadline's duty was read from, by deadline id: the report quotes it."""
        duty_ids = {r.duty_id for r in records if r.duty_id is not None}
        clauses = self._read(lambda repo: repo.clauses(duty_ids))
        found: dict[int, str] = {}
        for record in records:
            if record.duty_id in clauses:
                text, start, end = clauses[record.duty_id]
                found[record.id] = Document(source="", title=None, text=text).sentence_around(start, end)
        return found

    def due_reminders(self, today: date | None = None) -> list[DeadlineRecord]:
        day = today or self.today()
        return self._read(lambda repo: repo.due_reminders(day, ACT_KINDS))

    def closed_days(self, first: date, last: date) -> dict[date, tuple[str, str]]:
        """The holidays and break days of the business calendar in Settings within [first, last], each
        with its reason in Japanese and English (the calendar view marks them)."""
        return calendar_for(self.settings().calendar).closed_days(first, last)

    def reminders_in_state(self, state: ReminderState) -> list[DeadlineRecord]:
        """The snoozed or the dismissed deadlines (done ones too), so that a hidden reminder can be
        found and brought back."""
        return self._read(lambda repo: repo.in_state(state))

    def _set_state(self, deadline_id: int, state: ReminderState, until: date | None = None) -> None:
        self._write(lambda repo: repo.set_deadline_state(deadline_id, state, until))

    def mark_done(self, deadline_id: int) -> None:
        self._set_state(deadline_id, ReminderState.DONE)

    def dismiss(self, deadline_id: int) -> None:
        self._set_state(deadline_id, ReminderState.DISMISSED)

    def reopen(self, deadline_id: int) -> None:
        self._set_state(deadline_id, ReminderState.PENDING)

    def snooze(self, deadline_id: int, until: date) -> None:
        self._set_state(deadline_id, ReminderState.SNOOZED, until)

    def deadline(self, deadline_id: int) -> DeadlineRecord:
        return self._read(lambda repo: repo.deadline(deadline_id))

    # settings ----------------------------------------------------------------------------

    def settings(self) -> Settings:
        return self._read(lambda repo: repo.settings())

    def save_settings(self, settings: Settings) -> None:
        """Stores the settings; lead times and the counting convention change every deadline."""

        def work(repo: Repo) -> None:
            before = repo.settings()
            repo.save_settings(settings)
            if (before.lead_times, before.convention) != (settings.lead_times, settings.convention):
                plan_all(repo, settings, self.planning_day())

        self._write(work)


def _detail(repo: Repo, contract_id: int, today: date) -> ContractDetail:
    events = repo.events(contract_id)
    contract = repo.contract(contract_id)
    facts = tuple(repo.facts(contract_id))
    return ContractDetail(
        contract=with_status(contract, events, today, repo.settings()),
        document=repo.document(contract_id),
        duties=tuple(repo.duties(contract_id)),
        events=events,
        deadlines=tuple(repo.contract_deadlines(contract_id)),
        facts=facts,
        needs=needs(contract, facts),
    )
