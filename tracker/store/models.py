"""The tables, as typed SQLAlchemy 2 models; rows never leave tracker.store (see repository.py).

Dates are calendar days (no time zone). Value objects that only the application reads (contract
terms, duties, the deadline's rule trail) are JSON columns written by `codec`; whatever a query
filters or sorts on is a real column.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, date: Date, datetime: DateTime}


class ContractRow(Base):
    """A contract; `terms` holds ContractTerms without start/end, which are columns of their own.

    `planned_on` is the day its deadlines were computed for, `replan_on` the first day on which
    they would come out differently (NULL: never); the roll-over replans those whose day came.
    """

    __tablename__ = "contracts"
    __table_args__ = (Index("ix_contracts_replan_on", "replan_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    counterparty: Mapped[str | None] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(16))
    source_path: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    start: Mapped[date | None]
    end: Mapped[date | None]
    terms: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    # the cleaned text, title and 条/項/号 tree for the contract view as zlib-compressed JSON;
    # large, so loaded only there
    # (nullable in the schema only: the upgrade added it beside the old column it replaced)
    document: Mapped[bytes] = mapped_column("packed_document", LargeBinary, deferred=True, nullable=True)
    imported_at: Mapped[datetime]
    # raised by each edit of the user's (Repo.save_contract), not by replanning, which writes
    # planned_on and replan_on only: a roll-over must not make an open edit conflict
    version: Mapped[int] = mapped_column(Integer, default=1)
    planned_on: Mapped[date | None]
    replan_on: Mapped[date | None]

    duties: Mapped[list[DutyRow]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", passive_deletes=True,
        order_by="DutyRow.id",
    )


class OriginalRow(Base):
    """The original file (zlib-compressed), kept as a blob in every database so a shared
    PostgreSQL has it too."""

    __tablename__ = "originals"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    data: Mapped[bytes] = mapped_column("packed_data", LargeBinary, nullable=True)  # (as document)


class DutyRow(Base):
    """An extracted or hand-made duty. The user's edit is kept apart from what was extracted."""

    __tablename__ = "duties"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    extracted: Mapped[dict[str, Any] | None]  # None: added by hand
    edited: Mapped[dict[str, Any] | None]  # None: not edited
    state: Mapped[str] = mapped_column(String(16))
    lead_times: Mapped[list[int] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    # where the clause was read (the extraction's span, else the hand-made duty's): with the kind,
    # the duty's identity inside its contract, which the calendar UIDs use instead of the row id
    clause_start: Mapped[int | None]
    clause_end: Mapped[int | None]

    contract: Mapped[ContractRow] = relationship(back_populates="duties")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it as is)


class EventRow(Base):
    """A recorded event of a contract: the day a notice arrived, the termination date, …"""

    __tablename__ = "events"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True)
    anchor: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date]


class DeadlineRow(Base):
    """A computed deadline and its reminder state, keyed by (contract, duty_key, cycle): its DeadlineId.

    A recomputation updates the row with the same key, so the state survives; `sequence` rises
    whenever `due` changes. `detail` holds the Deadline (exact due, unrolled day, explanation,
    reminder days); `due` and `first_reminder` are the days queries filter on. A recurring
    deadline is one row: `due` is its next occurrence, `recurrence` its RRULE and `recurs_from` /
    `recurs_until` the first and last day of the series, which the calendar expands on read.
    """

    __tablename__ = "deadlines"
    __table_args__ = (
        UniqueConstraint("contract_id", "duty_key", "cycle", name="uq_deadlines_contract_identity"),
        Index("ix_deadlines_duty_id", "duty_id"),
        Index("ix_deadlines_due", "due"),
        Index("ix_deadlines_state_first_reminder", "state", "first_reminder"),
        Index("ix_deadlines_state_due", "state", "due"),
        Index("ix_deadlines_recurring", "recurs_from", sqlite_where=text("recurrence IS NOT NULL"),
              postgresql_where=text("recurrence IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"))
    duty_id: Mapped[int | None] = mapped_column(ForeignKey("duties.id", ondelete="SET NULL"))
    duty_key: Mapped[str] = mapped_column(String(64))
    cycle: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    due: Mapped[date]
    first_reminder: Mapped[date | None]
    state: Mapped[str] = mapped_column(String(16))
    snoozed_until: Mapped[date | None]
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[dict[str, Any]]
    clause_text: Mapped[str] = mapped_column(Text, default="")
    article: Mapped[str | None] = mapped_column(String(64))
    recurrence: Mapped[str | None] = mapped_column(String(200))
    recurs_from: Mapped[date | None]
    recurs_until: Mapped[date | None]
    inferred: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class FactRow(Base):
    """One fact of a contract (FactRecord): its value and span as JSON, inferred or confirmed."""

    __tablename__ = "contract_facts"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    state: Mapped[str] = mapped_column(String(16))
    span: Mapped[dict[str, Any] | None]
    confidence: Mapped[float] = mapped_column(Float)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it as is)


class ContractIdentityRow(Base):
    """The UUID of a contract's file, by content hash; kept when the contract is removed, so that
    the same file imported again (into this database) gets its identity and its calendar events back."""

    __tablename__ = "contract_identities"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)


class CalendarObjectRow(Base):
    """One event as last sent to a calendar ("ics" for the files, else a CalDAV URL): a change of
    `hash` raises `sequence` and `stamp`; `href` and `etag` name it on a server."""

    __tablename__ = "calendar_objects"

    calendar: Mapped[str] = mapped_column(String(500), primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    contract_uid: Mapped[str] = mapped_column(String(36))
    day: Mapped[date]  # the day it shows on
    due: Mapped[date]  # its deadline's day: an export's window selects by it
    sequence: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    stamp: Mapped[datetime]
    href: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(200))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SettingRow(Base):
    """One named JSON value: "settings" holds the Settings record."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]]


class OcrPageRow(Base):
    """A page read by OCR (PageText as JSON), keyed by the SHA-256 of its file and its number:
    kept apart from the contract so a re-import, or an import cancelled half way, reads no page twice."""

    __tablename__ = "ocr_pages"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict[str, Any]]
