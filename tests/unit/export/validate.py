"""Every export is read back by two strict parsers (python icalendar and vobject), as ical.js would."""

from __future__ import annotations

import icalendar
import vobject


def parsed(data: bytes) -> icalendar.Calendar:
    """The calendar as icalendar reads it, after checking vobject reads the same events."""
    calendar = icalendar.Calendar.from_ical(data)
    assert not calendar.errors and not any(c.errors for c in calendar.walk())
    assert b"METHOD" not in data  # a stored calendar (RFC 4791): no iTIP method
    assert calendar.walk("VTIMEZONE"), "a calendar needs a component (RFC 5545) and the zone"
    parsed_again = vobject.readOne(data.decode("utf-8"))
    events = calendar.walk("VEVENT")
    assert len(getattr(parsed_again, "vevent_list", [])) == len(events)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
    return calendar
