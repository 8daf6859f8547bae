"""What was sent to a calendar, kept so that a changed event is sent with a raised SEQUENCE and
DTSTAMP and a vanished one (a dropped reminder, a removed deadline) as cancelled.

One ledger per calendar: "ics" for the files and the feed (every file a calendar may have
imported), a CalDAV calendar's URL for `tracker sync`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime

from tracker.domain import SentObject
from tracker.domain.records import Outgoing
from tracker.export.ical import CalendarObject, cancellation, stamp_text
from tracker.store import Repo

FILES = "ics"


class SentLedger:
    """The `Stamps` of an export: each object's SEQUENCE and DTSTAMP from what `calendar` got before."""

    def __init__(self, repo: Repo, calendar: str, now: datetime) -> None:
        self._repo = repo
        self._calendar = calendar
        self._now = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)  # stored naive, in UTC
        self.produced: set[str] = set()

    def note(self, batch: Sequence[CalendarObject]) -> list[SentObject]:
        """Records the batch as sent now; returns each object's SEQUENCE, DTSTAMP, href and ETag."""
        outgoing = [Outgoing(o.uid, o.contract_uid, o.day, o.due, o.digest(), o.base_sequence, o.cancelled)
                    for o in batch]
        self.produced.update(o.uid for o in batch)
        return self._repo.note_sent(self._calendar, outgoing, self._now)

    def assign(self, batch: Sequence[CalendarObject]) -> list[tuple[int, str]]:
        return [(s.sequence, stamp_text(s.stamp)) for s in self.note(batch)]

    def vanished(self, first: date, last: date, contract_uid: str | None,
                 lang: str) -> Iterator[CalendarObject]:
        """Objects sent before, in [first, last], that this export did not produce: cancelled."""
        for sent in self._repo.sent_objects(self._calendar, first, last, contract_uid):
            if sent.uid not in self.produced:
                yield cancellation(sent, lang)
