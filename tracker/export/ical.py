"""Deadlines as iCalendar: one calendar object (UID) per deadline and per reminder event.

A recurring deadline (monthly rent) is one object: a VEVENT with an RRULE, plus RECURRENCE-ID
overrides for the coming occurrences that a closed day moves (see _series).

Convention (as in khal): an all-day event on day D has DTSTART;VALUE=DATE:D and DTEND D + 1.
A deadline with an hour (…から24時間以内) is a DATE-TIME event in Japan time with no DTEND, which
RFC 5545 reads as an instant; its alarms count hours before it, not days. Day alarms and reminder
events fire at `alarm_time` on each reminder day; an alarm that would fire before `today` is left
out. A done deadline keeps its event, marked in the summary and the categories (RFC 5545 allows
STATUS:COMPLETED on to-dos only), without alarms. No METHOD: a file is a stored calendar (RFC 4791
forbids METHOD in stored objects, and sabre/dav servers refuse it). The Asia/Tokyo VTIMEZONE is
always there, first, so that any reader resolves the TZID of an hour deadline.

Nothing here reads the clock or a database: `Stamps` gives each object its SEQUENCE and DTSTAMP
(the service remembers what was sent and raises both when an object's content changes), so two
exports of the same data are byte-identical. The content lines are assembled here, not with
icalendar's component serializer, which needs seconds for ten thousand deadlines; icalendar
encodes the dates and durations and builds the zone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from typing import Protocol
from zoneinfo import ZoneInfo

from tracker.domain import DeadlineRecord, ReminderState, SentObject
from tracker.domain.schedule import deadline_day
from tracker.domain.vocabulary import check_language, days_left_text, label
from tracker.export.identity import deadline_uid, reminder_uid
from tracker.export.targets import Target, profile
from tracker.export.text import day_text

JAPAN = ZoneInfo("Asia/Tokyo")
PRODID = "-//Contract Deadline Tracker//tracker//{}"
_CALENDAR_NAMES = {"ja": "契約の期限", "en": "Contract deadlines"}
_CLOSED = (ReminderState.DONE, ReminderState.DISMISSED)
_DONE_MARK = {"ja": "【完了】", "en": "[Done] "}
_DONE_WORD = {"ja": "完了", "en": "Done"}
_CANCELLED_WORD = {"ja": "【取り消し】", "en": "[Cancelled] "}
HOUR_LEADS = (24, 4, 1)  # hours before a deadline with an hour
_LIMIT = 75  # octets per physical line, RFC 5545 §3.1
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # TEXT allows no control character but TAB
_BATCH = 500


@dataclass(frozen=True)
class IcalOptions:
    """What the user chose for this export (settings.ics_target, ics_alarms, ics_reminder_events)."""

    alarms: bool = True
    reminder_events: bool | None = None  # None: as the target does (on where alarms are ignored)
    lang: str = "ja"
    calendar_name: str | None = None  # X-WR-CALNAME; None: "契約の期限" / "Contract deadlines"
    alarm_time: time = time(9)
    target: Target = Target.APPLE
    today: date | None = None  # alarms firing before this day are left out; None: keep all

    @property
    def with_reminder_events(self) -> bool:
        chosen = self.reminder_events
        return profile(self.target).reminder_events if chosen is None else chosen


@dataclass
class CalendarObject:
    """One UID's VEVENTs, as content lines without UID, DTSTAMP and SEQUENCE (which `render` adds)."""

    uid: str
    day: date  # the day it shows on (for a series: its first)
    due: date  # its deadline's day (an export's window selects by it)
    contract_uid: str
    base_sequence: int  # the deadline's own count of date changes
    components: list[list[str]] = field(default_factory=list)
    cancelled: bool = False  # sent before, gone now: STATUS:CANCELLED

    def digest(self) -> str:
        """What a calendar would see change: every line but the stamps."""
        return hashlib.sha1("\n".join(map("\n".join, self.components)).encode()).hexdigest()


class Stamps(Protocol):
    """Gives each object of a batch its (SEQUENCE, DTSTAMP value), e.g. from what was sent before."""

    def assign(self, batch: Sequence[CalendarObject]) -> list[tuple[int, str]]: ...


@dataclass(frozen=True)
class FixedStamps:
    """One DTSTAMP for all and the deadline's own sequence: a calendar with no memory of sending."""

    stamp: datetime

    def assign(self, batch: Sequence[CalendarObject]) -> list[tuple[int, str]]:
        text = stamp_text(self.stamp)
        return [(o.base_sequence, text) for o in batch]


def deadlines_to_ical(
    records: Iterable[DeadlineRecord], *, stamp: datetime, options: IcalOptions | None = None
) -> bytes:
    """The calendar as UTF-8 bytes with CRLF line ends, events sorted by day then UID.

    `stamp` becomes every DTSTAMP (a naive stamp is UTC); derive it from the injected clock.
    """
    opts = options or IcalOptions()
    ordered = sorted(records, key=lambda r: (deadline_day(r.deadline.due), deadline_uid(r)))
    return b"".join(stream_ical(calendar_objects(ordered, opts), FixedStamps(stamp), opts))


def stream_ical(objects: Iterable[CalendarObject], stamps: Stamps, options: IcalOptions,
                cancelled: Iterable[CalendarObject] = ()) -> Iterator[bytes]:
    """The calendar in chunks: a header, the objects in batches (stamped by `stamps`), the end.

    Memory stays that of one batch whatever the number of objects.
    """
    yield calendar_head(options)
    for source in (iter(objects), iter(cancelled)):
        while batch := list(islice(source, _BATCH)):
            stamped = stamps.assign(batch)
            yield "".join(render(o, *given) for o, given in zip(batch, stamped, strict=True)).encode()
    yield b"END:VCALENDAR\r\n"


def calendar_head(options: IcalOptions) -> bytes:
    """BEGIN:VCALENDAR, its properties and the Japan VTIMEZONE."""
    lang = check_language(options.lang)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + PRODID.format(lang.upper()),
        "CALSCALE:GREGORIAN",
        _folded("X-WR-CALNAME:" + escape(options.calendar_name or _CALENDAR_NAMES[lang])),
        "X-WR-TIMEZONE:Asia/Tokyo",
    ]
    return _lines(head).encode() + _japan_zone()


def single_object(obj: CalendarObject, sequence: int, stamp: str, options: IcalOptions) -> bytes:
    """One object as a calendar of its own, as a CalDAV server stores it."""
    return calendar_head(options) + render(obj, sequence, stamp).encode() + b"END:VCALENDAR\r\n"


def render(obj: CalendarObject, sequence: int, stamp: str) -> str:
    """The object's VEVENTs with UID, DTSTAMP and SEQUENCE after each BEGIN:VEVENT."""
    ids = f"BEGIN:VEVENT\r\n{_folded('UID:' + obj.uid)}\r\nDTSTAMP:{stamp}\r\nSEQUENCE:{sequence}\r\n"
    return "".join(ids + _lines(lines) for lines in obj.components)


def cancellation(sent: SentObject, lang: str) -> CalendarObject:
    """An object that was sent before and is gone now (a dropped reminder, a removed deadline):
    STATUS:CANCELLED makes calendars that imported it remove or strike it."""
    lines = ["DTSTART" + _dated(sent.day), "DTEND" + _dated(sent.day + timedelta(days=1)),
             _folded("SUMMARY:" + escape(_CANCELLED_WORD[check_language(lang)].strip())),
             "STATUS:CANCELLED", "TRANSP:TRANSPARENT", "END:VEVENT"]
    return CalendarObject(sent.uid, sent.day, sent.due, sent.contract_uid, 0, [lines], cancelled=True)


def calendar_objects(records: Iterable[DeadlineRecord], options: IcalOptions) -> Iterator[CalendarObject]:
    """Each deadline's object, then its reminder events' objects, in the order of `records`."""
    lang = check_language(options.lang)
    opts = dataclasses.replace(options, lang=lang)
    for record in records:
        yield from _deadline_objects(record, opts)


def describe(record: DeadlineRecord, lang: str) -> str:
    """The event text: the date, who must act, the contract and article, the clause, the reason,
    and the link that opens the clause in the tracker."""
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
    lines.append(tracker_link(record))
    return "\n".join(lines)


def tracker_link(record: DeadlineRecord) -> str:
    """tracker://contract/3#duty-12: opens the contract at the duty's clause."""
    link = f"tracker://contract/{record.contract_id}"
    return link if record.duty_id is None else f"{link}#duty-{record.duty_id}"


def _deadline_objects(record: DeadlineRecord, opts: IcalOptions) -> Iterator[CalendarObject]:
    deadline = record.deadline
    lang = opts.lang
    kind = label(deadline.kind, lang)
    done = record.state is ReminderState.DONE
    summary = (_DONE_MARK[lang] if done else "") + f"{kind}: {record.contract_title}"
    categories = escape(kind) + ("," + escape(_DONE_WORD[lang]) if done else "")
    uid = deadline_uid(record)
    if deadline.recurrence is not None:
        yield _series(record, uid, summary, opts)
        return
    start = _japan(deadline.due)
    common = (summary, _folded("DESCRIPTION:" + escape(describe(record, lang))), categories)
    main = _event(start, common)
    reminders = () if record.state in _CLOSED else deadline.reminders
    if opts.alarms:
        main += _alarms(kind, start, reminders, opts)
    main.append("END:VEVENT")
    due = deadline_day(start)
    yield CalendarObject(uid, due, due, record.contract_uid, record.sequence, [main])
    if not opts.with_reminder_events or not reminders:
        return
    if isinstance(start, datetime):  # reminder events at the hours before it, nearest last
        for rank, lead in reversed(list(enumerate(sorted(HOUR_LEADS), start=1))):
            moment = start - timedelta(hours=lead)
            lines = [*_event(moment, (_hours_summary(summary, lead, lang), *common[1:])), "END:VEVENT"]
            yield CalendarObject(reminder_uid(uid, rank), deadline_day(moment), due, record.contract_uid,
                                 record.sequence, [lines])
        return
    days = sorted(set(reminders), reverse=True)  # two tiers rolled onto one day make one event
    for rank, reminder in reversed(list(enumerate(days, start=1))):
        lead = (due - reminder).days
        lines = [*_event(reminder, (_reminder_summary(summary, lead, lang), *common[1:])), "END:VEVENT"]
        yield CalendarObject(reminder_uid(uid, rank), reminder, due, record.contract_uid, record.sequence,
                             [lines])


def _series(record: DeadlineRecord, uid: str, summary: str, opts: IcalOptions) -> CalendarObject:
    """A recurring deadline: one VEVENT with an RRULE on the days as counted, alarms that fire
    before every occurrence, and an override (RECURRENCE-ID) for each of the next twelve
    occurrences that a closed day moves; RRULE has no business days, so later moves are only
    announced in the description (the live .ics is rewritten as the months go by)."""
    deadline = record.deadline
    series = deadline.recurrence
    assert series is not None
    lang = opts.lang
    kind = label(deadline.kind, lang)
    # the series' own rule ("毎月末日 (休業日にあたるときは前営業日)"), not the next occurrence's
    rule_trail = dataclasses.replace(deadline, explanation=series.explanation)
    as_series = dataclasses.replace(record, deadline=rule_trail)
    done = record.state is ReminderState.DONE
    # done is said of the next occurrence only: the series goes on, and its summary is not marked
    plain = summary.removeprefix(_DONE_MARK[lang]) if done else summary
    common = (plain, _folded("DESCRIPTION:" + escape(describe(as_series, lang))), escape(kind))
    due_day = deadline_day(deadline.due)
    dismissed = record.state is ReminderState.DISMISSED
    leads = [] if dismissed else [(due_day - reminder).days for reminder in deadline.reminders]
    rule = series.rule + (f";UNTIL={_value(series.until)}" if series.until else "")
    first = [*_event(series.first, common), "RRULE:" + rule]
    if opts.alarms:  # relative to each occurrence: none of them is "in the past" as a whole
        first += _day_alarms(kind, leads, opts)
    components = [[*first, "END:VEVENT"]]
    for counted, moved in series.moves:
        lines = [*_event(moved, common), "RECURRENCE-ID" + _dated(counted)]
        if opts.alarms:
            lines += _day_alarms(kind, leads, opts)
        components.append([*lines, "END:VEVENT"])
    return CalendarObject(uid, series.first, due_day, record.contract_uid, record.sequence, components)


def _alarms(kind: str, start: date | datetime, reminders: Sequence[date], opts: IcalOptions) -> list[str]:
    """The deadline's alarms as its target keeps them: hours before an hour deadline, else at
    `alarm_time` on each reminder day; none before `today`; one (the nearest) for a target that
    keeps a single alarm, none for a target that ignores them.

    An alarm's text is the lead and the kind ("【あと30日】更新拒絶の通知期限"): calendars show it
    with the event's title, and a short text keeps ten thousand deadlines' alarms cheap.
    """
    keep = profile(opts.target).alarms
    if keep == 0 or not reminders:
        return []
    today = opts.today or date.min
    if isinstance(start, datetime):
        alarms = [_hour_alarm(kind, lead, opts.lang) for lead in HOUR_LEADS
                  if (start - timedelta(hours=lead)).date() >= today]
        return alarms[-keep:]
    due_day = deadline_day(start)
    leads = [(due_day - day).days for day in sorted(set(reminders)) if day >= today]
    return [_day_alarm(kind, lead, opts.lang, opts.alarm_time) for lead in leads[-keep:]]


def _day_alarms(kind: str, leads: list[int], opts: IcalOptions) -> list[str]:
    keep = profile(opts.target).alarms
    if keep == 0:
        return []
    nearest = sorted(leads, reverse=True)[-keep:]
    return [_day_alarm(kind, lead, opts.lang, opts.alarm_time) for lead in nearest]


@lru_cache(maxsize=4096)
def _day_alarm(kind: str, lead: int, lang: str, at: time) -> str:
    """An alarm at `at` `lead` days before an all-day event, as one string of content lines."""
    trigger = _duration(timedelta(days=-lead, hours=at.hour, minutes=at.minute))
    return _alarm(days_left_text(lead, lang) + ("" if lang == "ja" else " ") + kind, trigger)


@lru_cache(maxsize=1024)
def _hour_alarm(kind: str, lead: int, lang: str) -> str:
    return _alarm(_hours_prefix(lead, lang) + kind, _duration(-timedelta(hours=lead)))


def _alarm(text: str, trigger: str) -> str:
    return (f"BEGIN:VALARM\r\nACTION:DISPLAY\r\n{_folded('DESCRIPTION:' + escape(text))}\r\n"
            f"TRIGGER:{trigger}\r\nEND:VALARM")


def _hours_prefix(lead: int, lang: str) -> str:
    return f"【あと{lead}時間】" if lang == "ja" else f"[{lead} h left] "


def _event(start: date | datetime, common: tuple[str, str, str]) -> list[str]:
    """The event's lines after BEGIN:VEVENT and the identity lines, up to (not including) its
    end, so that an RRULE or alarms can follow. `common`: the summary, the DESCRIPTION line
    (folded: the same for the deadline and its reminder events) and the categories."""
    summary, description, categories = common
    lines = ["DTSTART" + _dated(start)]
    if not isinstance(start, datetime):
        lines.append("DTEND" + _dated(start + timedelta(days=1)))
    lines += ["TRANSP:TRANSPARENT",  # a deadline does not make the user busy
              _folded("SUMMARY:" + escape(summary)), description, _folded("CATEGORIES:" + categories)]
    return lines


def _japan(moment: date | datetime) -> date | datetime:
    """An hour deadline in Japan time (naive values are Japan time); a day as it is."""
    if not isinstance(moment, datetime):
        return moment
    return moment.replace(tzinfo=JAPAN) if moment.tzinfo is None else moment.astimezone(JAPAN)


def _reminder_summary(summary: str, lead: int, lang: str) -> str:
    return days_left_text(lead, lang) + ("" if lang == "ja" else " ") + summary


def _hours_summary(summary: str, lead: int, lang: str) -> str:
    return _hours_prefix(lead, lang) + summary


def escape(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped, control
    characters (which TEXT may not hold) as spaces."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub(" ", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def stamp_text(moment: datetime) -> str:
    """A DTSTAMP value in UTC (a naive moment is UTC)."""
    return _value(moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC))


# icalendar is imported where it is used: a command that only needs a UID (upcoming --json)
# imports this package without it

@lru_cache(maxsize=1)
def _japan_zone() -> bytes:
    from icalendar import Timezone

    return bytes(Timezone.from_tzid("Asia/Tokyo").to_ical())


@lru_cache(maxsize=4096)
def _duration(offset: timedelta) -> str:
    from icalendar.prop import vDuration

    return str(vDuration(offset).to_ical().decode())


@lru_cache(maxsize=4096)
def _value(moment: date | datetime) -> str:
    from icalendar.prop import vDDDTypes

    return str(vDDDTypes(moment).to_ical().decode())


@lru_cache(maxsize=4096)
def _dated(moment: date | datetime) -> str:
    """';VALUE=DATE:20261201' or ';TZID=Asia/Tokyo:20261123T150000' (moments are in Japan time)."""
    if not isinstance(moment, datetime):
        return ";VALUE=DATE:" + _value(moment)
    return ";TZID=Asia/Tokyo:" + _value(moment.replace(tzinfo=None))


def _lines(lines: list[str]) -> str:
    """Content lines (folded already) with their CRLF ends."""
    return "\r\n".join(lines) + "\r\n"


def _folded(line: str) -> str:
    """The line folded if it is longer than 75 octets (a character is at most 4 octets)."""
    if len(line) * 4 <= _LIMIT:
        return line
    raw = line.encode()
    return line if len(raw) <= _LIMIT else _fold(raw).decode()


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
