"""Deadlines as an iCalendar file: one all-day VEVENT per deadline, stable UIDs, optional alarms.

A recurring deadline (monthly rent) is one VEVENT with an RRULE, plus RECURRENCE-ID overrides for
the coming occurrences that a closed day moves (see _write_series).

Convention (as in khal): an all-day event on day D has DTSTART;VALUE=DATE:D and DTEND D + 1.
A deadline with an hour (…から24時間以内) is a DATE-TIME event in its own zone (naive values are
Japan time) with no DTEND, which RFC 5545 reads as an instant. Alarms and reminder events fire
at `alarm_time` on each reminder day. Nothing here reads the clock: DTSTAMP is passed in, so two
exports of the same data with the same stamp are byte-identical.

icalendar encodes every value and builds the VTIMEZONEs; the content lines are assembled here
because icalendar's component serializer needs ~7 s for 10,000 deadlines with their alarms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone
from icalendar.prop import vDDDTypes, vDuration, vText

from tracker.domain import DeadlineRecord, ReminderState
from tracker.domain.schedule import deadline_day
from tracker.domain.vocabulary import check_language, days_left_text, label
from tracker.export.text import day_text

JAPAN = ZoneInfo("Asia/Tokyo")
PRODID = "-//Contract Deadline Tracker//tracker//{}"
_CALENDAR_NAMES = {"ja": "契約の期限", "en": "Contract deadlines"}
_CLOSED = (ReminderState.DONE, ReminderState.DISMISSED)
_LIMIT = 75  # octets per physical line, RFC 5545 §3.1


@dataclass(frozen=True)
class IcalOptions:
    """What the user chose for this export (settings.ics_alarms, settings.ics_reminder_events)."""

    alarms: bool = True
    reminder_events: bool = False  # subscribed calendars often drop alarms: events always show
    lang: str = "ja"
    calendar_name: str | None = None  # X-WR-CALNAME; None: "契約の期限" / "Contract deadlines"
    alarm_time: time = time(9)


def deadlines_to_ical(
    records: Iterable[DeadlineRecord], *, stamp: datetime, options: IcalOptions | None = None
) -> bytes:
    """The calendar as UTF-8 bytes with CRLF line ends, events sorted by day then UID.

    `stamp` becomes every DTSTAMP (a naive stamp is UTC); derive it from the injected clock.
    """
    opts = options or IcalOptions()
    lang = check_language(opts.lang)
    stamp_text = _value(stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC))
    body: list[str] = []
    zones: set[str] = set()
    for record in sorted(records, key=lambda r: (deadline_day(r.deadline.due), r.uid)):
        _write_deadline(body, zones, record, stamp_text, opts)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + PRODID.format(lang.upper()),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _text(opts.calendar_name or _CALENDAR_NAMES[lang]),
    ]
    timezones = b"".join(Timezone.from_tzid(tzid).to_ical() for tzid in sorted(zones))
    # the VTIMEZONEs come serialized by icalendar and must precede the events that use them
    return _lines(head) + timezones + _lines([*body, "END:VCALENDAR"])


def reminder_uid(record: DeadlineRecord, rank: int) -> str:
    """The UID of a separate reminder event; rank 1 is the reminder nearest the deadline.

    Counted by rank, not by days, so that a moved deadline (or a reminder moved off a holiday)
    updates its reminder events instead of adding new ones; with the deadline's SEQUENCE.
    """
    local, _, domain = record.uid.partition("@")
    return f"{local}-r{rank}@{domain}"


def describe(record: DeadlineRecord, lang: str) -> str:
    """The event text: the date, who must act, the contract and article, the clause, the reason."""
    d = record.deadline
    ja = lang == "ja"
    where = record.contract_title
    if record.article:
        where += f"（第{record.article}条）" if ja else f" (art. {record.article})"
    lines = [
        f"{'期限' if ja else 'Due'}: {day_text(d.due, lang)}",
        f"{'対応者' if ja else 'Who acts'}: {label(d.obligor, lang)}",
        f"{'契約' if ja else 'Contract'}: {where}",
    ]
    if record.clause_text:
        lines.append(f"{'条項' if ja else 'Clause'}: 「{record.clause_text}」")
    lines.append(f"{'根拠' if ja else 'Why this date'}: {d.explanation.ja if ja else d.explanation.en}")
    return "\n".join(lines)


def _write_deadline(
    out: list[str], zones: set[str], record: DeadlineRecord, stamp: str, opts: IcalOptions
) -> None:
    deadline = record.deadline
    if deadline.recurrence is not None:
        _write_series(out, zones, record, stamp, opts)
        return
    lang = opts.lang
    kind = label(deadline.kind, lang)
    summary = f"{kind}: {record.contract_title}"
    description = _text(describe(record, lang))
    start = deadline.due
    if isinstance(start, datetime) and start.tzinfo is None:
        start = start.replace(tzinfo=JAPAN)
    closed = record.state in _CLOSED  # done or dismissed: no more nagging
    common = (stamp, record.sequence, description, _text(kind))
    _write_event(out, zones, record.uid, start, summary, common)
    reminders = () if closed else deadline.reminders
    due_day = deadline_day(deadline.due)
    if opts.alarms:
        _write_alarms(out, summary, start, [(due_day - reminder).days for reminder in reminders], opts)
    out.append("END:VEVENT")
    if opts.reminder_events:
        days = sorted(set(reminders), reverse=True)  # two tiers rolled onto one day make one event
        for rank, reminder in reversed(list(enumerate(days, start=1))):
            lead = (due_day - reminder).days
            _write_event(
                out,
                zones,
                reminder_uid(record, rank),
                reminder,
                _reminder_summary(summary, lead, lang),
                common,
            )
            out.append("END:VEVENT")


def _write_series(
    out: list[str], zones: set[str], record: DeadlineRecord, stamp: str, opts: IcalOptions
) -> None:
    """A recurring deadline: one VEVENT with an RRULE on the days as counted, alarms that fire
    before every occurrence, and an override (RECURRENCE-ID) for each of the next twelve
    occurrences that a closed day moves; RRULE has no business days, so later moves are only
    announced in the description (the live .ics is rewritten as the months go by)."""
    deadline = record.deadline
    series = deadline.recurrence
    assert series is not None
    lang = opts.lang
    kind = label(deadline.kind, lang)
    summary = f"{kind}: {record.contract_title}"
    # the series' own rule ("毎月末日 (休業日にあたるときは前営業日)"), not the next occurrence's
    rule_trail = dataclasses.replace(deadline, explanation=series.explanation)
    as_series = dataclasses.replace(record, deadline=rule_trail)
    description = _text(describe(as_series, lang))
    common = (stamp, record.sequence, description, _text(kind))
    due_day = deadline_day(deadline.due)
    dismissed = record.state is ReminderState.DISMISSED
    leads = [] if dismissed else [(due_day - reminder).days for reminder in deadline.reminders]
    rule = series.rule + (f";UNTIL={_value(series.until)}" if series.until else "")
    _write_event(out, zones, record.uid, series.first, summary, common)
    out.append("RRULE:" + rule)
    if opts.alarms:
        _write_alarms(out, summary, series.first, leads, opts)
    out.append("END:VEVENT")
    for counted, moved in series.moves:
        _write_event(out, zones, record.uid, moved, summary, common)
        out.append("RECURRENCE-ID" + _dated(counted, zones))
        if opts.alarms:
            _write_alarms(out, summary, moved, leads, opts)
        out.append("END:VEVENT")


def _write_alarms(out: list[str], summary: str, start: date | datetime, leads: list[int],
                  opts: IcalOptions) -> None:
    """One VALARM per lead time (days before the event), firing at `alarm_time` on its day."""
    day = deadline_day(start)
    for lead in leads:
        out += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:" + _text(_reminder_summary(summary, lead, opts.lang)),
            "TRIGGER:" + _trigger(day - timedelta(days=lead), start, opts.alarm_time),
            "END:VALARM",
        ]


def _write_event(
    out: list[str],
    zones: set[str],
    uid: str,
    start: date | datetime,
    summary: str,
    common: tuple[str, int, str, str],
) -> None:
    """The event's lines up to (not including) END:VEVENT, so that alarms can follow."""
    stamp, sequence, description, category = common
    out += [
        "BEGIN:VEVENT",
        "UID:" + _text(uid),
        "DTSTAMP:" + stamp,
        f"SEQUENCE:{sequence}",
        "DTSTART" + _dated(start, zones),
    ]
    if not isinstance(start, datetime):
        out.append("DTEND" + _dated(start + timedelta(days=1), zones))
        out.append("TRANSP:TRANSPARENT")  # a deadline does not make the user busy
    out += ["SUMMARY:" + _text(summary), "DESCRIPTION:" + description, "CATEGORIES:" + category]


def _trigger(reminder: date, start: date | datetime, at: time) -> str:
    """The alarm's offset from the event start to `at` on the reminder day (negative: before)."""
    if isinstance(start, datetime):
        offset = datetime.combine(reminder, at, tzinfo=start.tzinfo) - start
    else:
        offset = datetime.combine(reminder, at) - datetime.combine(start, time())
    return _duration(offset)


def _reminder_summary(summary: str, lead: int, lang: str) -> str:
    lead_text = days_left_text(lead, lang)
    return f"{lead_text}{summary}" if lang == "ja" else f"{lead_text} {summary}"


def _text(value: str) -> str:
    """A TEXT value escaped by icalendar (backslash, comma, semicolon, newline)."""
    return vText(value).to_ical().decode()


@lru_cache(maxsize=4096)
def _duration(offset: timedelta) -> str:
    return vDuration(offset).to_ical().decode()


@lru_cache(maxsize=4096)
def _value(moment: date | datetime) -> str:
    return vDDDTypes(moment).to_ical().decode()


def _dated(moment: date | datetime, zones: set[str]) -> str:
    """';VALUE=DATE:20261201', ';TZID=Asia/Tokyo:20261123T150000' or ':20261123T060000Z'."""
    if not isinstance(moment, datetime):
        return ";VALUE=DATE:" + _value(moment)
    params = vDDDTypes(moment).params
    if "TZID" in params:
        zones.add(params["TZID"])
    return "".join(f";{key}={val}" for key, val in params.items()) + ":" + _value(moment)


def _lines(lines: list[str]) -> bytes:
    return b"".join(_fold(line.encode()) + b"\r\n" for line in lines)


def _fold(line: bytes) -> bytes:
    """Fold at 75 octets, never inside a multi-byte UTF-8 sequence nor inside a backslash escape.

    RFC 5545 allows a fold anywhere between characters, but some clients mishandle an escape
    split over two lines (icalendar avoids that too).
    """
    if len(line) <= _LIMIT:
        return line
    parts = []
    start, limit = 0, _LIMIT
    while len(line) - start > limit:
        cut = start + limit
        while line[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back to the character's start
            cut -= 1
        slashes = 0
        while line[cut - 1 - slashes] == 0x5C and cut - 1 - slashes > start:
            slashes += 1
        cut -= slashes % 2  # an odd run of backslashes ends with an escape's first half
        parts.append(line[start:cut])
        start, limit = cut, _LIMIT - 1  # continuation lines start with a space
    parts.append(line[start:])
    return b"\r\n ".join(parts)
