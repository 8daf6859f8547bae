"""Named queries and updates over one session; everything returned is a domain record.

A `Repo` lives for one unit of work (see database.Store). It never commits: the store does.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
import zlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, case, cast, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from tracker.domain import (
    Article,
    Contract,
    ContractStatus,
    ContractSummary,
    ContractTerms,
    Deadline,
    DeadlineId,
    DeadlineRecord,
    Document,
    Duty,
    DutyKind,
    DutyRecord,
    FactName,
    FactRecord,
    FactState,
    Party,
    ReminderState,
    ReviewState,
    SentObject,
    Settings,
    SourceSpan,
)
from tracker.domain.pages import PageText
from tracker.domain.proposals import FACT_TYPES, needs
from tracker.store.codec import decode, encode
from tracker.store.errors import RowNotFound, VersionConflict
from tracker.store.models import (
    CalendarObjectRow,
    ContractIdentityRow,
    ContractRow,
    DeadlineRow,
    DutyRow,
    EventRow,
    FactRow,
    OcrPageRow,
    OriginalRow,
    SettingRow,
)

_OPEN = (ReminderState.PENDING.value, ReminderState.SNOOZED.value)
_REVIEWED = (ReviewState.CONFIRMED.value, ReviewState.EDITED.value)
_SETTINGS_KEY = "settings"
# a series' occurrence on a closed day moves to an earlier business day, at most a week earlier
_ROLL_SLACK = timedelta(days=10)
_SERIES = ("recurrence", "recurs_from", "recurs_until")
# what the contract list shows of a contract: never its document
_SUMMARY_COLUMNS = (ContractRow.id, ContractRow.title, ContractRow.counterparty, ContractRow.role,
                    ContractRow.source_path, ContractRow.content_hash, ContractRow.start, ContractRow.end,
                    ContractRow.terms, ContractRow.status, ContractRow.notes, ContractRow.version)
SentState = tuple[str, bool, int, datetime]  # a sent object's hash, cancelled, sequence, stamp
_SENT_COLUMNS = (CalendarObjectRow.uid, CalendarObjectRow.contract_uid, CalendarObjectRow.day,
                 CalendarObjectRow.due, CalendarObjectRow.sequence, CalendarObjectRow.hash,
                 CalendarObjectRow.stamp, CalendarObjectRow.href, CalendarObjectRow.etag,
                 CalendarObjectRow.cancelled)


class Repo:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._loaded: dict[int, list[DeadlineRow]] = {}  # see load_deadlines

    # contracts ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.session.scalar(select(ContractRow.id).limit(1)) is None

    def contract_ids(self) -> list[int]:
        return list(self.session.scalars(select(ContractRow.id).order_by(ContractRow.id)))

    def contract_id_by_hash(self, content_hash: str) -> int | None:
        return self.session.scalar(select(ContractRow.id).where(ContractRow.content_hash == content_hash))

    def add_contract(self, contract: Contract, document: Document, original: bytes, filename: str) -> int:
        row = ContractRow(content_hash=contract.content_hash, imported_at=datetime.now(),
                          document=_packed_document(document), version=1, replan_on=date.min)
        _fill(row, contract)
        self.session.add(row)
        self.session.flush()
        self.session.add(OriginalRow(contract_id=row.id, filename=filename, data=zlib.compress(original)))
        if self.session.get(ContractIdentityRow, contract.content_hash) is None:
            self.session.add(ContractIdentityRow(content_hash=contract.content_hash, uid=str(uuid.uuid4())))
        return row.id

    def contract_uid(self, contract_id: int) -> str:
        """The contract's identity (a UUID), the same in every database that shares this one."""
        uid = self.session.scalar(select(ContractIdentityRow.uid).join(
            ContractRow, ContractRow.content_hash == ContractIdentityRow.content_hash
        ).where(ContractRow.id == contract_id))
        if uid is None:
            raise RowNotFound(f"no contract {contract_id}")
        return uid

    def contracts(self, contract_ids: Collection[int]) -> dict[int, Contract]:
        """Several contracts in one query (never their documents), by id; missing ids are left out."""
        rows = self.session.execute(select(*_SUMMARY_COLUMNS).where(ContractRow.id.in_(list(contract_ids))))
        return {row.id: _contract(row) for row in rows}

    def contract(self, contract_id: int) -> Contract:
        return _contract(self._contract_row(contract_id))

    def save_contract(self, contract: Contract, *, version: int | None = None) -> None:
        """Writes the editable fields of `contract` (matched by id) and raises its version.

        With `version`, only if the row is still at it (else VersionConflict): one conditional
        UPDATE, so two writers that read the same version cannot both pass.
        """
        assert contract.id is not None
        row = self._contract_row(contract.id)
        if version is not None:
            raised = self.session.execute(
                update(ContractRow).where(ContractRow.id == contract.id, ContractRow.version == version)
                .values(version=version + 1).execution_options(synchronize_session=False))
            if raised.rowcount != 1:  # type: ignore[attr-defined]
                self.session.refresh(row, ["version"])
                raise VersionConflict(f"contract {contract.id} was changed by someone else (version "
                                      f"{row.version}, yours {version}); reload it")
            self.session.refresh(row, ["version"])
        else:
            row.version += 1
        _fill(row, contract)

    def replace_document(self, contract_id: int, document: Document, source_path: str) -> None:
        row = self._contract_row(contract_id)
        row.document = _packed_document(document)
        row.source_path = source_path
        row.imported_at = datetime.now()

    def document(self, contract_id: int) -> Document:
        data = _unpacked(self._contract_row(contract_id).document)
        articles = decode(tuple[Article, ...], data.get("articles", []))
        text = data["text"]
        return Document(source=data.get("source", ""), title=data.get("title"), text=text,
                        articles=articles, original=text)

    def ocr_pages(self, content_hash: str) -> dict[int, PageText]:
        rows = self.session.scalars(select(OcrPageRow).where(OcrPageRow.content_hash == content_hash))
        return {row.page: decode(PageText, row.data) for row in rows}

    def put_ocr_pages(self, content_hash: str, pages: Collection[PageText]) -> None:
        for page in pages:
            self.session.merge(OcrPageRow(content_hash=content_hash, page=page.number, data=encode(page)))

    def original(self, contract_id: int) -> tuple[str, bytes]:
        row = self.session.get(OriginalRow, contract_id)
        if row is None:
            raise RowNotFound(f"no contract {contract_id}")
        return row.filename, zlib.decompress(row.data)

    def delete_contract(self, contract_id: int) -> None:
        self.session.delete(self._contract_row(contract_id))

    def summaries(self, today: date, act_kinds: Collection[DutyKind]) -> list[ContractSummary]:
        """Every contract with its duty counts and next open deadline, soonest first, none last.

        `act_kinds`, here and below: the kinds of deadline that stay open once past (overdue);
        a past deadline of another kind (a term's expiry) is history, not a thing to do.
        """
        facts = self._facts_for_needs()
        counts = {
            cid: (total, confirmed or 0)
            for cid, total, confirmed in self.session.execute(
                select(
                    DutyRow.contract_id,
                    func.count(),
                    func.sum(case((DutyRow.state.in_(_REVIEWED), 1), else_=0)),
                ).where(DutyRow.state != ReviewState.REJECTED.value)  # a rejected duty is not one to do
                .group_by(DutyRow.contract_id)
            )
        }
        # the soonest open day of each contract, then the deadlines on it (ties: the lowest id):
        # a grouped MIN over the (state, due) index instead of ranking every open deadline
        soonest = (select(DeadlineRow.contract_id.label("contract_id"),
                          func.min(DeadlineRow.due).label("due"))
                   .where(_actionable(today, act_kinds)).group_by(DeadlineRow.contract_id).subquery())
        firsts = (select(DeadlineRow.id)
                  .join(soonest, and_(DeadlineRow.contract_id == soonest.c.contract_id,
                                      DeadlineRow.due == soonest.c.due))
                  .where(_actionable(today, act_kinds)))
        next_by_contract: dict[int, DeadlineRecord] = {}
        for record in self._deadlines(DeadlineRow.id.in_(firsts)):  # found first, then joined
            next_by_contract.setdefault(record.contract_id, record)  # ordered by (due, id)
        result = []
        for row in self.session.execute(select(*_SUMMARY_COLUMNS)):
            contract = _contract(row)
            result.append(ContractSummary(
                contract=contract,
                duty_count=counts.get(row.id, (0, 0))[0],
                confirmed_count=counts.get(row.id, (0, 0))[1],
                next_deadline=next_by_contract.get(row.id),
                needs=needs(contract, facts.get(row.id, ())),
            ))
        far = date.max
        result.sort(key=lambda s: (_day(s.next_deadline.deadline.due) if s.next_deadline else far,
                                   s.contract.title))
        return result

    def all_events(self, contract_ids: Collection[int] | None = None) -> dict[int, dict[str, date]]:
        """Every contract's recorded events (or those of `contract_ids`), in one query."""
        query = select(EventRow.contract_id, EventRow.anchor, EventRow.day)
        if contract_ids is not None:
            query = query.where(EventRow.contract_id.in_(list(contract_ids)))
        events: dict[int, dict[str, date]] = {}
        for contract_id, anchor, day in self.session.execute(query):
            events.setdefault(contract_id, {})[anchor] = day
        return events

    def _facts_for_needs(self) -> dict[int, list[FactRecord]]:
        """Every contract's facts as `needs` reads them: name and state, and the value only of the
        one whose value it reads (accepted_terms); the others are not decoded at all."""
        accepted = FactName.ACCEPTED_TERMS.value
        value = case((FactRow.name == accepted, cast(FactRow.value, Text)), else_=None)
        facts: dict[int, list[FactRecord]] = {}
        for contract_id, name, state, text in self.session.execute(
                select(FactRow.contract_id, FactRow.name, FactRow.state, value)):
            facts.setdefault(contract_id, []).append(FactRecord(
                FactName(name), None if text is None else json.loads(text), FactState(state)))
        return facts

    # facts -------------------------------------------------------------------------------

    def facts(self, contract_id: int) -> list[FactRecord]:
        rows = self.session.scalars(select(FactRow).where(FactRow.contract_id == contract_id)
                                    .order_by(FactRow.name))
        return [_fact(row) for row in rows]

    def put_fact(self, contract_id: int, fact: FactRecord) -> None:
        """Adds the fact, or replaces the contract's fact of the same name (raising its version,
        so a concurrent write of the same fact fails instead of passing unnoticed)."""
        row = self.session.get(FactRow, (contract_id, fact.name.value))
        if row is None:
            row = FactRow(contract_id=contract_id, name=fact.name.value)
            self.session.add(row)
        row.value = encode(fact.value)
        row.state = fact.state.value
        row.span = encode(fact.span)
        row.confidence = fact.confidence
        flag_modified(row, "state")  # always an UPDATE, which checks and raises the version

    def with_inferred(self, contract_ids: Collection[int], names: Collection[FactName]) -> set[int]:
        """Those of the contracts with a fact named in `names` that waits for confirmation."""
        return set(self.session.scalars(select(FactRow.contract_id).distinct().where(
            FactRow.contract_id.in_(list(contract_ids)), FactRow.state == FactState.INFERRED.value,
            FactRow.name.in_([n.value for n in names]))))

    def confirm_facts(self, contract_id: int) -> None:
        self._contract_row(contract_id)
        for row in self.session.scalars(select(FactRow).where(FactRow.contract_id == contract_id,
                                                              FactRow.state == FactState.INFERRED.value)):
            row.state = FactState.CONFIRMED.value

    # duties ------------------------------------------------------------------------------

    def duties(self, contract_id: int) -> list[DutyRecord]:
        rows = self.session.scalars(select(DutyRow).where(DutyRow.contract_id == contract_id)
                                    .order_by(DutyRow.id))
        return [_duty(row) for row in rows]

    def clauses(self, duty_ids: Collection[int]) -> dict[int, tuple[str, int, int]]:
        """Each duty's contract text and its clause's offsets in it, read in two queries (the report
        quotes a sentence for hundreds of deadlines)."""
        places = self.session.execute(select(DutyRow.id, DutyRow.contract_id, DutyRow.clause_start,
                                             DutyRow.clause_end).where(DutyRow.id.in_(duty_ids))).all()
        contract_ids = {row.contract_id for row in places}
        texts = {row.id: _unpacked(row.document)["text"] if row.document else ""
                 for row in self.session.execute(select(ContractRow.id, ContractRow.document)
                                                 .where(ContractRow.id.in_(contract_ids)))}
        return {row.id: (texts[row.contract_id], row.clause_start, row.clause_end) for row in places
                if row.clause_start is not None and row.clause_end is not None}

    def duties_of(self, contract_ids: Collection[int]) -> dict[int, list[DutyRecord]]:
        """The duties of several contracts in one query, by contract."""
        found: dict[int, list[DutyRecord]] = {cid: [] for cid in contract_ids}
        for row in self.session.scalars(select(DutyRow).where(DutyRow.contract_id.in_(list(contract_ids)))
                                        .order_by(DutyRow.id)):
            found[row.contract_id].append(_duty(row))
        return found

    def duty(self, duty_id: int) -> DutyRecord:
        return _duty(self._duty_row(duty_id))

    def add_duty(self, contract_id: int, extracted: Duty | None, state: ReviewState,
                 edited: Duty | None = None) -> DutyRecord:
        placed = extracted or edited
        row = DutyRow(contract_id=contract_id, extracted=_duty_json(extracted), edited=_duty_json(edited),
                      state=state.value, lead_times=None,
                      clause_start=placed.span.start if placed else None,
                      clause_end=placed.span.end if placed else None)
        self.session.add(row)
        self.session.flush()
        return _duty(row)

    def replace_extracted(self, duty_id: int, extracted: Duty) -> None:
        """A re-import read the duty again: refresh what was extracted, keep the user's review."""
        row = self._duty_row(duty_id)
        row.extracted = _duty_json(extracted)
        row.clause_start, row.clause_end = extracted.span.start, extracted.span.end

    def delete_duty(self, duty_id: int) -> None:
        self.session.delete(self._duty_row(duty_id))

    def update_duty(self, duty_id: int, version: int, **changes: Any) -> DutyRecord:
        """Applies `state`, `edited` and/or `lead_times` if the row is still at `version`."""
        row = self._duty_row(duty_id)
        if row.version != version:
            raise VersionConflict(f"duty {duty_id} was changed by someone else (version {row.version}, "
                                  f"yours {version}); reload it")
        if "state" in changes:
            row.state = ReviewState(changes["state"]).value
        if "edited" in changes:
            row.edited = _duty_json(changes["edited"])
        if "lead_times" in changes:
            lead = changes["lead_times"]
            row.lead_times = None if lead is None else [int(d) for d in lead]
        # always UPDATE, even with equal values: the UPDATE checks and raises the version, so a
        # concurrent save that read the same version fails instead of passing as a no-op
        flag_modified(row, "state")
        self.session.flush()
        return _duty(row)

    # events ------------------------------------------------------------------------------

    def events(self, contract_id: int) -> dict[str, date]:
        rows = self.session.scalars(select(EventRow).where(EventRow.contract_id == contract_id))
        return {row.anchor: row.day for row in rows}

    def set_event(self, contract_id: int, anchor: str, day: date | None) -> None:
        self._contract_row(contract_id)
        row = self.session.get(EventRow, (contract_id, anchor))
        if day is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(EventRow(contract_id=contract_id, anchor=anchor, day=day))
        else:
            row.day = day

    # deadlines ---------------------------------------------------------------------------

    def load_deadlines(self, contract_ids: Collection[int]) -> None:
        """Reads the stored deadlines of several contracts in one query, for the sync_deadlines
        that follow in this unit of work (a roll-over's batch)."""
        ids = list(contract_ids)
        for row in self.session.scalars(select(DeadlineRow).where(DeadlineRow.contract_id.in_(ids))):
            self._loaded.setdefault(row.contract_id, []).append(row)
        for contract_id in contract_ids:
            self._loaded.setdefault(contract_id, [])

    def sync_deadlines(self, contract_id: int, deadlines: Sequence[Deadline],
                       duties: Mapping[str, DutyRecord], inferred: bool = False) -> None:
        """Makes the contract's deadlines these, matched by key: kept rows keep their state.

        `duties` maps the duty key of each Deadline.key (a DeadlineId) to its duty; `inferred`:
        they were counted from facts the user has not confirmed.
        """
        rows = self._loaded.pop(contract_id, None)
        if rows is None:
            rows = list(self.session.scalars(select(DeadlineRow)
                                             .where(DeadlineRow.contract_id == contract_id)))
        existing = {DeadlineId(row.duty_key, row.cycle): row for row in rows}
        for deadline in deadlines:
            duty = duties.get(deadline.key.duty)
            values = {
                "duty_id": duty.id if duty else None,
                "kind": deadline.kind.value,
                "due": _day(deadline.due),
                "first_reminder": min(deadline.reminders, default=None),
                "detail": _detail_json(deadline),
                "clause_text": duty.duty.span.text if duty else "",
                "article": duty.duty.span.article if duty else None,
                **_series(deadline),
                "inferred": inferred,
            }
            row = existing.pop(deadline.key, None)
            if row is None:
                self.session.add(DeadlineRow(contract_id=contract_id, duty_key=deadline.key.duty,
                                             cycle=deadline.key.cycle,
                                             state=ReminderState.PENDING.value, sequence=0, **values))
                continue
            if row.recurrence is not None and row.due != values["due"]:
                _next_occurrence(row)
            stored = {name: getattr(row, name) for name in (*_SERIES, "detail")}
            if _dated_by(stored) != _dated_by(values):
                row.sequence += 1
            for name, value in values.items():
                if getattr(row, name) != value:  # unchanged rows cost no UPDATE
                    setattr(row, name, value)
        live_duties = {duty.id for duty in duties.values()}
        for row in existing.values():
            # a deadline the user marked done stays as the record of it, even once the plan has
            # moved past its term; one whose duty was rejected or deleted goes with the duty
            if row.state == ReminderState.DONE.value and (row.duty_id is None or row.duty_id in live_duties):
                continue
            self.session.delete(row)

    def deadline(self, deadline_id: int) -> DeadlineRecord:
        found = self._deadlines(DeadlineRow.id == deadline_id)
        if not found:
            raise RowNotFound(f"no deadline {deadline_id}")
        return found[0]

    def set_deadline_state(self, deadline_id: int, state: ReminderState,
                           snoozed_until: date | None = None) -> None:
        row = self.session.get(DeadlineRow, deadline_id)
        if row is None:
            raise RowNotFound(f"no deadline {deadline_id}")
        row.state = state.value
        row.snoozed_until = snoozed_until

    def contract_deadlines(self, contract_id: int) -> list[DeadlineRecord]:
        return self._deadlines(DeadlineRow.contract_id == contract_id)

    def upcoming(self, today: date, last: date, act_kinds: Collection[DutyKind]) -> list[DeadlineRecord]:
        """Open deadlines up to `last`; sorted by due day, the overdue ones come first. A series
        comes unless dismissed: its next occurrence may be done, the ones after it are not."""
        found = self._deadlines(_actionable(today, act_kinds), DeadlineRow.due <= last)
        done = [r for r in self._series(today, last) if r.state is ReminderState.DONE]
        return _merged(found, done)

    def between(self, first: date, last: date) -> list[DeadlineRecord]:
        """The deadlines due in [first, last], and every series with an occurrence that may fall
        there (the caller expands them)."""
        dated = self._deadlines(DeadlineRow.due.between(first, last), DeadlineRow.recurrence.is_(None))
        return _merged(dated, self._series(first, last))

    def _series(self, first: date, last: date) -> list[DeadlineRecord]:
        """The series that may have an occurrence in [first, last]: their own query, unordered, so
        that it reads the few rows of the partial index instead of walking the due index."""
        return self._deadlines(*self._series_conditions(first, last), ordered=False)

    @staticmethod
    def _series_conditions(first: date, last: date) -> tuple[ColumnElement[bool], ...]:
        reach = last + _ROLL_SLACK if last < date.max - _ROLL_SLACK else last
        return (DeadlineRow.recurrence.is_not(None), DeadlineRow.recurs_from <= reach,
                or_(DeadlineRow.recurs_until.is_(None), DeadlineRow.recurs_until >= first))

    def stream_between(self, first: date, last: date, contract_id: int | None = None
                       ) -> Iterator[DeadlineRecord]:
        """As `between`, read in chunks for an export of any size: the series, then the dated
        deadlines by due day."""
        only = () if contract_id is None else (DeadlineRow.contract_id == contract_id,)
        yield from self._deadlines_iter(*self._series_conditions(first, last), *only, ordered=False)
        yield from self._deadlines_iter(DeadlineRow.due.between(first, last),
                                        DeadlineRow.recurrence.is_(None), *only, chunk=1000)

    def due_reminders(self, today: date, act_kinds: Collection[DutyKind]) -> list[DeadlineRecord]:
        return self._deadlines(_actionable(today, act_kinds), or_(
            and_(DeadlineRow.state == ReminderState.PENDING.value, DeadlineRow.first_reminder <= today),
            and_(DeadlineRow.state == ReminderState.SNOOZED.value, DeadlineRow.snoozed_until <= today),
        ))

    def in_state(self, state: ReminderState) -> list[DeadlineRecord]:
        """The deadlines in one reminder state (the snoozed or the dismissed), by due day."""
        return self._deadlines(DeadlineRow.state == state.value)

    def _deadlines(self, *conditions: ColumnElement[bool], ordered: bool = True) -> list[DeadlineRecord]:
        return list(self._deadlines_iter(*conditions, ordered=ordered))

    def _deadlines_iter(self, *conditions: ColumnElement[bool], ordered: bool = True,
                        chunk: int | None = None) -> Iterator[DeadlineRecord]:
        """The deadlines meeting `conditions`, by due day (or as found, not `ordered`); with
        `chunk`, fetched that many rows at a time.

        Plain columns rather than ORM rows, and `detail` read as text and parsed here: about twice
        as fast as SQLAlchemy's JSON type on the thousands of rows of a busy quarter.
        """
        query = (
            select(DeadlineRow.id, DeadlineRow.contract_id, ContractRow.title, DeadlineRow.duty_id,
                   DeadlineRow.duty_key, DeadlineRow.cycle, DeadlineRow.kind,
                   cast(DeadlineRow.detail, Text).label("detail"), DeadlineRow.state, DeadlineRow.clause_text,
                   DeadlineRow.article, DeadlineRow.snoozed_until, DeadlineRow.sequence,
                   DeadlineRow.inferred, ContractIdentityRow.uid, DutyRow.clause_start, DutyRow.clause_end)
            .join(ContractRow, ContractRow.id == DeadlineRow.contract_id)
            .join(ContractIdentityRow, ContractIdentityRow.content_hash == ContractRow.content_hash)
            .outerjoin(DutyRow, DutyRow.id == DeadlineRow.duty_id)
            .where(*conditions)
        )
        if ordered:
            query = query.order_by(DeadlineRow.due, DeadlineRow.id)  # the (…, due) indexes hold rows so
        options = {} if chunk is None else {"yield_per": chunk}
        return (
            DeadlineRecord(id=r.id, contract_id=r.contract_id, contract_title=r.title, duty_id=r.duty_id,
                           deadline=_stored_deadline(r.duty_key, r.cycle, r.kind, r.detail),
                           state=ReminderState(r.state),
                           clause_text=r.clause_text, article=r.article, snoozed_until=r.snoozed_until,
                           sequence=r.sequence, inferred=r.inferred, contract_uid=r.uid,
                           clause=None if r.clause_start is None else (r.clause_start, r.clause_end))
            for r in self.session.connection().execute(query, execution_options=options)
        )

    # calendar objects --------------------------------------------------------------------

    def sent_hashes(self, calendar: str, uids: Collection[str]) -> dict[str, SentState]:
        """(hash, cancelled, sequence, stamp) of each of `uids` that `calendar` got from us."""
        return self._sent_states(CalendarObjectRow.calendar == calendar,
                                 CalendarObjectRow.uid.in_(list(uids)))

    def sent_between(self, calendar: str, first: date = date.min, last: date = date.max,
                     contract_uid: str | None = None) -> dict[str, SentState]:
        """The same of what `calendar` holds from us (cancelled ones too) for deadlines due in
        [first, last]: one query for a whole export instead of one per batch."""
        c = CalendarObjectRow
        only = () if contract_uid is None else (c.contract_uid == contract_uid,)
        return self._sent_states(c.calendar == calendar, c.due.between(first, last), *only)

    def _sent_states(self, *conditions: ColumnElement[bool]) -> dict[str, SentState]:
        c = CalendarObjectRow
        query = select(c.uid, c.hash, c.cancelled, c.sequence, c.stamp).where(*conditions)
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in self.session.connection().execute(query)}

    def sent_objects(self, calendar: str, uids: Collection[str]) -> list[SentObject]:
        c = CalendarObjectRow
        rows = self.session.connection().execute(select(*_SENT_COLUMNS).where(
            c.calendar == calendar, c.uid.in_(list(uids))))
        return [_sent(r) for r in rows]

    def record_sent(self, calendar: str, added: Sequence[SentObject], changed: Sequence[SentObject]) -> None:
        """Stores what was sent: `added` objects new to `calendar`, `changed` ones it had."""
        if added:
            self.session.execute(insert(CalendarObjectRow),
                                 [{"calendar": calendar, **dataclasses.asdict(o)} for o in added])
        if changed:
            self.session.execute(update(CalendarObjectRow),
                                 [{"calendar": calendar, **dataclasses.asdict(o)} for o in changed])

    def forget_sent(self, calendar: str, uids: Collection[str]) -> None:
        """The objects are gone from `calendar` (deleted on the server): no more to remember."""
        if uids:
            self.session.execute(delete(CalendarObjectRow).where(CalendarObjectRow.calendar == calendar,
                                                                 CalendarObjectRow.uid.in_(list(uids))))

    # settings ----------------------------------------------------------------------------

    def settings(self) -> Settings:
        row = self.session.get(SettingRow, _SETTINGS_KEY)
        return Settings() if row is None else decode(Settings, row.value)

    def save_settings(self, settings: Settings) -> None:
        self.session.merge(SettingRow(key=_SETTINGS_KEY, value=encode(settings)))

    # planning ----------------------------------------------------------------------------

    def set_planned(self, planned_on: date, replan_on: Mapping[int, date | None]) -> None:
        """Records, for each contract of `replan_on`, the day its deadlines were computed for and
        the first day they would come out differently (None: never), in one statement. Not a
        user edit: the version stays."""
        if replan_on:
            self.session.execute(update(ContractRow), [
                {"id": cid, "planned_on": planned_on, "replan_on": day} for cid, day in replan_on.items()])

    def due_for_replan(self, today: date, limit: int) -> list[int]:
        """Up to `limit` contracts whose deadlines are stale on `today` (a contract not planned yet
        has replan_on date.min), the stalest first."""
        return list(self.session.scalars(
            select(ContractRow.id).where(ContractRow.replan_on <= today).order_by(ContractRow.replan_on)
            .limit(limit)))

    # rows --------------------------------------------------------------------------------

    def _contract_row(self, contract_id: int) -> ContractRow:
        row = self.session.get(ContractRow, contract_id)
        if row is None:
            raise RowNotFound(f"no contract {contract_id}")
        return row

    def _duty_row(self, duty_id: int) -> DutyRow:
        row = self.session.get(DutyRow, duty_id)
        if row is None:
            raise RowNotFound(f"no duty {duty_id}")
        return row


def _actionable(today: date, act_kinds: Collection[DutyKind]) -> ColumnElement[bool]:
    """Deadlines still to act on: pending or snoozed, and either to come or of a kind to act on."""
    return and_(DeadlineRow.state.in_(_OPEN),
                or_(DeadlineRow.due >= today, DeadlineRow.kind.in_([k.value for k in act_kinds])))


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _series(deadline: Deadline) -> dict[str, Any]:
    recurrence = deadline.recurrence
    if recurrence is None:
        return {"recurrence": None, "recurs_from": None, "recurs_until": None}
    return {"recurrence": recurrence.rule, "recurs_from": recurrence.first, "recurs_until": recurrence.until}


def _merged(ordered: list[DeadlineRecord], series: list[DeadlineRecord]) -> list[DeadlineRecord]:
    """Both lists as one, by due day; `ordered` is sorted already and usually all there is."""
    if not series:
        return ordered
    return sorted(ordered + series, key=lambda r: (_day(r.deadline.due), r.id))


def _dated_by(values: Mapping[str, Any]) -> Any:
    """What a calendar event's dates follow: a series' rule and bounds (not its next occurrence,
    which comes round every month), else the due day. A change raises the row's sequence."""
    if values["recurrence"] is not None:
        return values["recurrence"], values["recurs_from"], values["recurs_until"]
    return values["detail"].get("due")


def _next_occurrence(row: DeadlineRow) -> None:
    """A series moved on to its next occurrence: done or snoozed was said of the one before, so
    the new one is pending again (a dismissed series stays dismissed)."""
    if row.state in (ReminderState.DONE.value, ReminderState.SNOOZED.value):
        row.state = ReminderState.PENDING.value
        row.snoozed_until = None


def _sent(row: Any) -> SentObject:
    return SentObject(uid=row.uid, contract_uid=row.contract_uid, day=row.day, due=row.due,
                      sequence=row.sequence, hash=row.hash, stamp=row.stamp, href=row.href, etag=row.etag,
                      cancelled=row.cancelled)


def _fill(row: ContractRow, contract: Contract) -> None:
    row.title = contract.title
    row.counterparty = contract.counterparty
    row.role = contract.role.value
    row.source_path = contract.source_path
    row.start = contract.terms.start
    row.end = contract.terms.end
    row.terms = encode(dataclasses.replace(contract.terms, start=None, end=None))
    row.status = contract.status.value
    row.notes = contract.notes


def _contract(row: Any) -> Contract:
    """The Contract of a ContractRow, or of a row of _SUMMARY_COLUMNS."""
    terms = dataclasses.replace(decode(ContractTerms, row.terms), start=row.start, end=row.end)
    return Contract(id=row.id, title=row.title, counterparty=row.counterparty, role=Party(row.role),
                    source_path=row.source_path, content_hash=row.content_hash, terms=terms,
                    status=ContractStatus(row.status), notes=row.notes, version=row.version)


def _fact(row: FactRow) -> FactRecord:
    name = FactName(row.name)
    return FactRecord(name=name, value=decode(FACT_TYPES[name], row.value), state=FactState(row.state),
                      span=decode(SourceSpan, row.span), confidence=row.confidence, version=row.version)


def _packed_document(document: Document) -> bytes:
    """The document as zlib-compressed JSON: the text compresses to a third or less."""
    data = {"source": document.source, "title": document.title, "text": document.text,
            "articles": encode(document.articles)}
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _detail_json(deadline: Deadline) -> dict[str, Any]:
    """The deadline as stored in `detail`, without what the row or the rest of it gives again:
    the key and kind (columns), empty values (the defaults), the unrolled day when it is the due
    day, a series' explanation when it is the deadline's. A third smaller on most rows."""
    data = {name: value for name, value in encode(deadline).items()
            if name not in ("key", "kind") and value not in (None, [])}
    if data["unrolled"] == data["due"]:
        del data["unrolled"]
    series = data.get("recurrence")
    if series is not None and series["explanation"] == data["explanation"]:
        del series["explanation"]
    return data


@lru_cache(maxsize=1 << 14)
def _stored_deadline(duty_key: str, cycle: str, kind: str, detail: str) -> Deadline:
    """The Deadline of a row, decoded once: the same row read again (every refresh of a page
    reads the same few thousand) is not decoded again; a Deadline never changes."""
    data = json.loads(detail)
    data["key"], data["kind"] = {"duty": duty_key, "cycle": cycle}, kind
    data.setdefault("unrolled", data["due"])
    series = data.get("recurrence")
    if series is not None:
        series.setdefault("explanation", data["explanation"])
    return decode(Deadline, data)


def _duty_json(duty: Duty | None) -> dict[str, Any] | None:
    return None if duty is None else encode(duty)


def _duty(row: DutyRow) -> DutyRecord:
    extracted = None if row.extracted is None else decode(Duty, row.extracted)
    edited = None if row.edited is None else decode(Duty, row.edited)
    applied = edited or extracted
    assert applied is not None, "a duty row holds an extraction or an edit"
    return DutyRecord(id=row.id, contract_id=row.contract_id, duty=applied, extracted=extracted,
                      state=ReviewState(row.state), version=row.version,
                      lead_times=None if row.lead_times is None else tuple(row.lead_times))


def _unpacked(document: bytes) -> dict[str, Any]:
    """A contract's stored document: zlib-compressed JSON."""
    data: dict[str, Any] = json.loads(zlib.decompress(document))
    return data
