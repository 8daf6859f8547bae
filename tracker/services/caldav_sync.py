"""`tracker sync`: the deadlines pushed to a CalDAV calendar, one object per UID, no METHOD.

How a team shares deadlines without a server of ours: every member's tracker pushes its own
events (their UIDs carry each contract's identity, so two databases never overwrite each other's)
and removes only what it sent itself. What was sent is remembered per calendar URL
(calendar_objects: hash, SEQUENCE, href, ETag), so a sync sends only what changed since: created,
moved, done (marked, see export.ical) or gone (deleted from the server). A sync cut short (offline,
server down) keeps the record of what did go through, and the next one picks up the rest.

The calendar URL and user name are in Settings; the password is in the OS keyring (`keyring`),
never in the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from typing import Any, Protocol

from tracker.domain import SentObject
from tracker.export import IcalOptions
from tracker.export.ical import CalendarObject, calendar_objects, single_object, stamp_text
from tracker.export.identity import resource_name
from tracker.services.app import TrackerService
from tracker.services.errors import ServiceError
from tracker.services.exports import export_language, ics_target, ics_window, stamp_of
from tracker.services.sent import SentLedger, Verdict

KEYRING_SERVICE = "contract-deadline-tracker"
_BATCH = 200


class SyncError(ServiceError):
    """The calendar could not be reached or refused what we sent (one line, for the user)."""


@dataclass(frozen=True)
class SyncReport:
    sent: int = 0  # objects created or changed on the server
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0  # changed on the server since our last sync: ours replaced them


class Transport(Protocol):
    """The HTTP verbs a sync needs (caldav.DAVClient has them); responses carry status, headers."""

    def put(self, url: str, body: str, headers: dict[str, str]) -> Any: ...
    def delete(self, url: str, headers: dict[str, str] | None = None) -> Any: ...


def keyring_key(url: str, user: str | None) -> str:
    """The keyring entry of a calendar's password: one per user and calendar URL."""
    return f"{user or ''}@{url}"


def stored_password(url: str, user: str | None) -> str | None:
    """The password kept for the calendar; None when there is none, or no keyring (a server
    without authentication needs none)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_key(url, user))
    except KeyringError:
        return None


def store_password(url: str, user: str | None, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(url, user), password)
    except KeyringError as exc:
        raise SyncError(f"cannot keep the password: no usable OS keyring ({_one_line(exc)})") from exc


def connect(url: str, user: str | None) -> Transport:
    """A CalDAV client for the calendar at `url`, with the password from the keyring."""
    from caldav.davclient import DAVClient

    client: Transport = DAVClient(url=url, username=user or None, password=stored_password(url, user))
    return client


def sync(svc: TrackerService, *, transport: Transport | None = None, url: str | None = None,
         everything: bool = False) -> SyncReport:
    """Brings the CalDAV calendar (Settings, or `url`) up to date with the deadlines of the
    export window (or all of them with `everything`)."""
    settings = svc.settings()
    target_url = url or settings.caldav_url
    if not target_url:
        raise SyncError("no CalDAV calendar URL: set one in Settings or pass --url")
    calendar_url = target_url if target_url.endswith("/") else target_url + "/"
    client = transport or connect(calendar_url, settings.caldav_user)
    options = IcalOptions(alarms=settings.ics_alarms, reminder_events=settings.ics_reminder_events,
                          lang=export_language(svc), target=ics_target(settings), today=svc.today())
    first, last = (date.min, date.max) if everything else ics_window(svc.today())
    pusher = _Pusher(client, calendar_url, options)
    failure: Exception | None = None
    with svc.calendar_session() as repo:
        ledger = SentLedger(repo, calendar_url, stamp_of(svc), (first, last))
        objects = calendar_objects(repo.stream_between(first, last), options)
        try:
            for batch in _batches(objects):
                done: list[Verdict] = []
                try:
                    pusher.push(ledger.judge(batch), batch, done)
                finally:  # what the server took is recorded, even when the rest failed
                    ledger.record(done)
            gone = [o.uid for o in ledger.vanished(options.lang)]
            repo.forget_sent(calendar_url, pusher.delete(gone))
        except Exception as exc:  # offline, refused, the caldav library's errors: keep what went
            failure = exc  # through (the session commits it); the next sync does the rest
    if failure is not None:
        raise SyncError(f"sync with {calendar_url} stopped: {_one_line(failure)}") from failure
    return pusher.report


class _Pusher:
    """Sends objects and deletions, counting what it did."""

    def __init__(self, client: Transport, calendar_url: str, options: IcalOptions) -> None:
        self._client = client
        self._url = calendar_url
        self._options = options
        self.report = SyncReport()

    def push(self, verdicts: Sequence[Verdict], batch: Sequence[CalendarObject], done: list[Verdict]) -> None:
        """PUTs the new and changed objects, adding each to `done` with its href and ETag."""
        for verdict, obj in zip(verdicts, batch, strict=True):
            if not verdict.changed:
                self.report = replace(self.report, unchanged=self.report.unchanged + 1)
                continue
            done.append(replace(verdict, sent=self._put(verdict.sent, obj)))

    def _put(self, sent: SentObject, obj: CalendarObject) -> SentObject:
        href = sent.href or self._url + resource_name(sent.uid)
        body = single_object(obj, sent.sequence, stamp_text(sent.stamp), self._options).decode()
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if sent.etag:
            headers["If-Match"] = sent.etag
        response = self._client.put(href, body, headers)
        if response.status == 412:  # someone changed it on the server: ours is the record
            self.report = replace(self.report, conflicts=self.report.conflicts + 1)
            headers.pop("If-Match")
            response = self._client.put(href, body, headers)
        _check(response, "PUT", href)
        self.report = replace(self.report, sent=self.report.sent + 1)
        return replace(sent, href=href, etag=_etag(response))

    def delete(self, uids: Iterable[str]) -> list[str]:
        """Deletes the objects (404: gone already); returns the UIDs now off the server."""
        gone = []
        for uid in uids:
            href = self._url + resource_name(uid)
            response = self._client.delete(href)
            if response.status != 404:
                _check(response, "DELETE", href)
            gone.append(uid)
            self.report = replace(self.report, deleted=self.report.deleted + 1)
        return gone


def _batches(objects: Iterator[CalendarObject]) -> Iterator[list[CalendarObject]]:
    while batch := list(islice(objects, _BATCH)):
        yield batch


def _check(response: Any, verb: str, href: str) -> None:
    if not 200 <= int(response.status) < 300:
        raise SyncError(f"{verb} {href}: {response.status} {getattr(response, 'reason', '')}".strip())


def _etag(response: Any) -> str | None:
    headers = getattr(response, "headers", None) or {}
    return headers.get("ETag") or headers.get("etag")


def _one_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
