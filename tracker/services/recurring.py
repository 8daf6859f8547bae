"""Recurring deadlines on read: the store keeps one row per series, the calendar and the upcoming
list show each occurrence in their window.

An occurrence other than the series' next one carries no reminders and no state of its own: the
row's state (done, snoozed) was said of the next occurrence; a dismissed series stays dismissed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from tracker.domain import DeadlineRecord, ReminderState
from tracker.domain.schedule import deadline_day
from tracker.schedule.recurrence import occurrences


def expand(records: Iterable[DeadlineRecord], first: date, last: date) -> list[DeadlineRecord]:
    """`records` with each series replaced by its occurrences in [first, last], by due day."""
    out: list[DeadlineRecord] = []
    for record in records:
        deadline = record.deadline
        if deadline.recurrence is None:
            out.append(record)
            continue
        for due in occurrences(deadline.recurrence, first, last):
            if due.day == deadline.due:
                out.append(record)
                continue
            dismissed = record.state is ReminderState.DISMISSED
            state = ReminderState.DISMISSED if dismissed else ReminderState.PENDING
            moved = dataclasses.replace(deadline, due=due.day, unrolled=due.unrolled,
                                        explanation=due.explanation, reminders=())
            out.append(dataclasses.replace(record, deadline=moved, state=state, snoozed_until=None))
    out.sort(key=lambda r: (deadline_day(r.deadline.due), r.id))
    return out
