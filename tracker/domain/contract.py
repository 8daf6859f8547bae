"""A contract as the user keeps it, and the states of its duties and reminders."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tracker.domain.duty import Party
from tracker.domain.schedule import ContractTerms


class ContractStatus(StrEnum):
    """Stored as its value; "active" and "ended" are the values older databases hold."""

    ACTIVE = "active"  # in force (stored: follow the dates, tracker.schedule.contract_status)
    RENEWING = "renewing"  # the renewal cutoff has passed: the next term follows
    ENDING = "ending"  # the last term: it ends soon, or an end has been recorded
    ENDED = "ended"  # the term ran out without renewal
    TERMINATED = "terminated"  # ended by a recorded termination


class ReviewState(StrEnum):
    """What the user decided about an extracted duty; edits are kept apart from what was read."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    EDITED = "edited"
    REJECTED = "rejected"


class ReminderState(StrEnum):
    PENDING = "pending"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    DONE = "done"


@dataclass(frozen=True)
class Contract:
    id: int | None
    title: str
    counterparty: str | None = None
    role: Party = Party.CUSTOMER  # which side of the contract the user is on
    source_path: str | None = None
    content_hash: str | None = None
    terms: ContractTerms = field(default_factory=ContractTerms)
    status: ContractStatus = ContractStatus.ACTIVE
    notes: str = ""
    version: int = 1  # optimistic locking: an edit names the version it started from
