"""The calendar identity of a deadline: a UID no other database and no other deadline produces.

The rule:

    <contract-uuid>.<kind>.<clause-start>-<clause-end>.<cycle>@contract-deadline-tracker

- contract-uuid: random, given to a file (by its content hash) the first time it is imported and
  kept by the database: the same file imported again, or after the contract was removed, has it
  back; a colleague's database gets its own; a shared PostgreSQL gives every member the same.
- kind and clause offsets: the duty's own identity in the contract (its kind and the characters
  of the clause it was read from, the place a re-import matches duties by), never a row id;
  a date that comes from the contract's terms rather than a clause has `terms` instead.
- cycle: which occurrence of the duty (0 for the initial term, 1 for the first renewal, …;
  "monthly" or "yearly" for a series, the event's name for a date counted from one).
A reminder event appends `-r<rank>` to the local part (rank 1 is the reminder nearest the date).
Only letters, digits and ".-_" appear: a CalDAV resource may be named after the UID ("/" is not).
"""

from __future__ import annotations

import re

from tracker.domain import DeadlineRecord

DOMAIN = "contract-deadline-tracker"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def deadline_uid(record: DeadlineRecord) -> str:
    """The UID of the deadline's event (see the module docstring)."""
    if not record.contract_uid:
        raise ValueError(f"deadline {record.id} has no contract identity")
    place = "terms" if record.clause is None else f"{record.clause[0]}-{record.clause[1]}"
    cycle = _UNSAFE.sub("_", record.deadline.key.cycle)
    return f"{record.contract_uid}.{record.deadline.kind.value}.{place}.{cycle}@{DOMAIN}"


def reminder_uid(uid: str, rank: int) -> str:
    """The UID of a separate reminder event, counted by rank, not by days, so that a moved
    deadline (or a reminder moved off a holiday) updates its reminder events instead of adding."""
    local, _, domain = uid.partition("@")
    return f"{local}-r{rank}@{domain}"


def resource_name(uid: str) -> str:
    """The CalDAV resource (file) name of an event: its UID, which holds no unsafe character."""
    return uid + ".ics"
