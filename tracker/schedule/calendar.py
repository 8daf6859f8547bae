"""Business-day calendars: a country's public holidays (from `holidays`) plus per-contract changes.

One calendar per CalendarSpec (cached); each year's non-business days are computed once, on first
use, so that every later lookup is a set membership test. `holidays` is imported only here and
only when a year is first needed, which keeps `tracker due … day` fast to start.
"""

from __future__ import annotations

import functools
import importlib.util
import warnings
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.domain.schedule import CalendarSpec

_ONE_DAY = timedelta(days=1)
_WEEKDAY_JA = ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日")
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _year_end_break(year: int) -> set[date]:
    """年末年始休業 (year-end break): December 29 – January 3, the customary closing of Japanese firms."""
    return {date(year, 1, d) for d in (1, 2, 3)} | {date(year, 12, d) for d in (29, 30, 31)}


@lru_cache(maxsize=1)
def _japan() -> Any:
    """The `holidays` Japan class, loaded from its own module file.

    `holidays.country_holidays("JP")` imports the package `holidays.countries`, which imports
    all 250 countries (~0.1 s, a third of the start-up budget of `tracker due`); japan.py
    itself needs only the library's core modules. Falls back to the registry if the file moved.
    """
    import holidays

    path = Path(holidays.__file__).with_name("countries") / "japan.py"
    spec = importlib.util.spec_from_file_location("tracker_holidays_japan", path)
    if spec is None or spec.loader is None or not path.exists():
        return functools.partial(holidays.country_holidays, "JP")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Japan


class BusinessCalendar:
    """Answers "is this a business day?" and steps over business days, for one CalendarSpec."""

    def __init__(self, spec: CalendarSpec) -> None:
        self.spec = spec
        self._closed: dict[int, frozenset[date]] = {}
        self._names: dict[int, Any] = {}  # year -> holidays object in the calendar's own language
        self._names_en: dict[int, Any] = {}
        if spec.country != "JP":
            self._holidays(None)  # fail here, not mid-computation, on an unknown country code

    def _holidays(self, year: int | None, language: str | None = None) -> Any:
        """The library's holidays of one year (None: none yet, which still checks the country)."""
        if self.spec.country == "JP":
            return _japan()(years=year, language=language or "ja")
        import holidays  # deferred: only business-day arithmetic pays for it

        with warnings.catch_warnings():
            # a year outside the range the library knows for a country: its known holidays are
            # still the best answer, and a warning per year would only repeat itself
            warnings.filterwarnings("ignore", "Requested Holidays are available only", UserWarning)
            try:
                return holidays.country_holidays(self.spec.country, years=year, language=language)
            except NotImplementedError as exc:
                raise ValueError(f"unknown holiday calendar {self.spec.country!r}") from exc

    def _year(self, year: int) -> frozenset[date]:
        closed = self._closed.get(year)
        if closed is None:
            names = self._holidays(year)
            self._names[year] = names
            days = set(names.keys())
            if self.spec.year_end_break:
                days |= _year_end_break(year)
            days |= {d for d in self.spec.extra_holidays if d.year == year}
            closed = self._closed[year] = frozenset(days)
        return closed

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._year(day.year)

    def next_business_day(self, day: date) -> date:
        """The first business day after `day`."""
        day += _ONE_DAY
        while not self.is_business_day(day):
            day += _ONE_DAY
        return day

    def previous_business_day(self, day: date) -> date:
        """The last business day before `day`."""
        day -= _ONE_DAY
        while not self.is_business_day(day):
            day -= _ONE_DAY
        return day

    def add_business_days(self, day: date, n: int) -> date:
        """The n-th business day after `day` (n > 0) or before it (n < 0); `day` itself never counts."""
        step = self.next_business_day if n > 0 else self.previous_business_day
        for _ in range(abs(n)):
            day = step(day)
        return day

    def closed_days(self, first: date, last: date) -> dict[date, tuple[str, str]]:
        """The holidays, year-end break days and company holidays in [first, last] (plain weekends
        aside), each with why in Japanese and English — what a calendar view marks."""
        closed: dict[date, tuple[str, str]] = {}
        for year in range(first.year, last.year + 1):
            for day in sorted(self._year(year)):
                if first <= day <= last:
                    closed[day] = self.reason(day)
        return closed

    def reason(self, day: date) -> tuple[str, str]:
        """Why `day` is not a business day, in Japanese and English (for explanations)."""
        if day in self.spec.extra_holidays:
            return "会社休日", "a company holiday"
        self._year(day.year)
        name = self._names[day.year].get(day)
        if name:
            if day.year not in self._names_en:
                self._names_en[day.year] = self._holidays(day.year, language="en_US")
            en = self._names_en[day.year].get(day) or name
            return f"祝日 ({name})", f"a holiday ({en})"
        if day.weekday() >= 5:
            return _WEEKDAY_JA[day.weekday()], f"a {_WEEKDAY_EN[day.weekday()]}"
        if self.spec.year_end_break and day in _year_end_break(day.year):
            return "年末年始休業日", "in the year-end break (Dec 29 – Jan 3)"
        return "営業日", "a business day"


_JAPAN = CalendarSpec()


@lru_cache(maxsize=64)
def calendar_for(spec: CalendarSpec = _JAPAN) -> BusinessCalendar:
    """The shared calendar for a spec; raises ValueError for an unknown country code."""
    return BusinessCalendar(spec)
