"""What was sent to a calendar, kept so that a changed event is sent with a raised SEQUENCE and
DTSTAMP and a vanished one (a dropped reminder, a removed deadline) as cancelled.

One ledger per calendar: "ics" for the files and the feed (every file a calendar may have
imported), a CalDAV calendar's URL for `tracker sync`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tracker.domain import SentObject
from tracker.export.ical import CalendarObject, cancellation, stamp_text
from tracker.store import Repo

FILES = "ics"


@dataclass(frozen=True)
class Verdict:
    """How an object goes out now: as it was (unchanged), or new or changed with its stamps."""

    sent: SentObject
    new: bool
    changed: bool


class SentLedger:
    """The `Stamps` of an export: each object's SEQUENCE and DTSTAMP from what `calendar` got before."""

    def __init__(self, repo: Repo, calendar: str, now: datetime, window: tuple[date, date],
                 contract_uid: str | None = None) -> None:
        """`window` (and `contract_uid`): what this run covers, read at once; an object whose
        deadline moved in from outside it is looked up by itself."""
        self._repo = repo
        self.calendar = calendar
        self._now = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)  # stored naive, in UTC
        self._window = window
        self._contract_uid = contract_uid
        self._known = repo.sent_between(calendar, *window, contract_uid)
        self.produced: set[str] = set()

    def judge(self, batch: Sequence[CalendarObject]) -> list[Verdict]:
        """Compares the batch with what was sent: unchanged content keeps its SEQUENCE and
        DTSTAMP, a change (or a return after a cancellation) raises both, a new object starts at
        its deadline's own sequence. Nothing is recorded (see `record`)."""
        self.produced.update(o.uid for o in batch)
        known = self._known
        missing = [o.uid for o in batch if o.uid not in known]
        if missing:
            known = {**self._repo.sent_hashes(self.calendar, missing), **known}
        out = []
        for obj in batch:
            digest = obj.digest()
            before = known.get(obj.uid)
            if before is None:
                sent = SentObject(obj.uid, obj.contract_uid, obj.day, obj.due, obj.base_sequence, digest,
                                  self._now, cancelled=obj.cancelled)
                out.append(Verdict(sent, new=True, changed=True))
                continue
            old_hash, old_cancelled, sequence, stamp = before
            if old_hash == digest and old_cancelled == obj.cancelled:
                sent = SentObject(obj.uid, obj.contract_uid, obj.day, obj.due, sequence, digest, stamp,
                                  cancelled=obj.cancelled)
                out.append(Verdict(sent, new=False, changed=False))
                continue
            raised = max(sequence + 1, obj.base_sequence)
            sent = SentObject(obj.uid, obj.contract_uid, obj.day, obj.due, raised, digest,
                              max(self._now, stamp + timedelta(seconds=1)), cancelled=obj.cancelled)
            out.append(Verdict(sent, new=False, changed=True))
        return out

    def record(self, verdicts: Sequence[Verdict]) -> None:
        self._repo.record_sent(self.calendar, [v.sent for v in verdicts if v.new],
                               [v.sent for v in verdicts if v.changed and not v.new])

    def assign(self, batch: Sequence[CalendarObject]) -> list[tuple[int, str]]:
        verdicts = self.judge(batch)
        self.record(verdicts)
        return [(v.sent.sequence, stamp_text(v.sent.stamp)) for v in verdicts]

    def vanished(self, lang: str) -> Iterator[CalendarObject]:
        """Objects sent before for deadlines in the window that this run did not produce: cancelled."""
        gone = [uid for uid in self._known if uid not in self.produced]
        for start in range(0, len(gone), 500):
            for sent in self._repo.sent_objects(self.calendar, gone[start:start + 500]):
                yield cancellation(sent, lang)
