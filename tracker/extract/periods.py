"""The one fast scan: every number + unit (+ direction wording) in the compact text.

A hit is only a candidate; negatives.py drops calendar dates, look-back windows and the like,
and the kind rules decide whether it is a duty at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tracker.domain import Direction, Unit
from tracker.extract.numbers import NUMBER, parse_number


class Cue(Enum):
    """The wording right after the unit, which sets the direction and hints at the kind."""

    BEFORE = "before"  # 前 / 以上前 / 前まで / 以上先: the date lies before the anchor
    WITHIN = "within"  # 以内: at most this long after the anchor
    LAPSE = "lapse"  # 経過 / 後 / 超え: once this long has passed
    DURATION = "duration"  # 間 / 以上 / 毎: a length of time
    NONE = "none"  # a bare number and unit: a length only where a rule says so


# unit wording -> Unit; か月 and its spellings: ヶ月 ケ月 ヵ月 カ月 箇月 (all "months"); 箇年 / か年
# "years" the same way
UNITS: dict[str, Unit] = {
    "営業日": Unit.BUSINESS_DAY,  # business days
    "時間": Unit.HOUR,  # hours
    "日": Unit.DAY,  # days
    "週": Unit.WEEK,  # weeks
    "月": Unit.MONTH,  # months (bare 月 only where it cannot be a calendar month)
    "年": Unit.YEAR,  # years
}

_PERIOD = re.compile(
    r"(?<![0-9.,〇一二三四五六七八九十百千])(?P<num>" + NUMBER + r")"
    r"(?P<unit>営業日|時間|日|週|[かヶケヵカ箇]月|月|[かヶケヵカ箇]?年)(?P<span>間)?"
    r"(?P<tail>[）)]?(?:以上前|以上先|前|先|以内|内|を?経過|が経過|後|を超え|を過ぎ|以上|毎|ごと)?)"
)


# 翌営業日までに "by the next business day" / 終了日の翌日までに "by the day after the last day": one
# (business) day after the event, without a number
_NEXT_DAY = re.compile(r"(?:翌営業日|(?<=日の)翌日)(?=までに)")


@dataclass(frozen=True)
class PeriodHit:
    start: int  # compact offsets
    end: int
    amount: int
    unit: Unit
    cue: Cue
    calendar_month: bool  # a bare 月 without 間 ("12月"), which may be a month of the year

    @property
    def direction(self) -> Direction:
        return Direction.BEFORE if self.cue is Cue.BEFORE else Direction.AFTER


_CUES: dict[str, Cue] = {
    "以上前": Cue.BEFORE, "以上先": Cue.BEFORE, "前": Cue.BEFORE, "先": Cue.BEFORE,
    "以内": Cue.WITHIN, "内": Cue.WITHIN,
    "経過": Cue.LAPSE, "を経過": Cue.LAPSE, "が経過": Cue.LAPSE, "後": Cue.LAPSE,
    "を超え": Cue.LAPSE, "を過ぎ": Cue.LAPSE,
}


def find_periods(compact: str) -> list[PeriodHit]:
    """All number + unit expressions of `compact`, in text order."""
    hits = []
    for m in _PERIOD.finditer(compact):
        amount = parse_number(m.group("num"))
        if amount is None:
            continue
        unit_text = m.group("unit")
        tail = m.group("tail").lstrip("）)")
        cue = _CUES.get(tail)
        if cue is None and compact[m.start() - 1 : m.start()] == "前" and compact.startswith("まで", m.end()):
            cue = Cue.BEFORE  # 満了前30日まで: "30 days before expiry", 前 written first
        if cue is None:
            cue = Cue.DURATION if (tail or m.group("span")) else Cue.NONE
        hits.append(
            PeriodHit(
                start=m.start(),
                end=m.end(),
                amount=amount,
                unit=UNITS.get(unit_text) or UNITS[unit_text[-1]],
                cue=cue,
                calendar_month=unit_text == "月" and not m.group("span"),
            )
        )
    if "翌営業日" in compact or "翌日まで" in compact:
        hits.extend(PeriodHit(m.start(), m.end(), 1, Unit.DAY if m.group() == "翌日" else Unit.BUSINESS_DAY,
                              Cue.WITHIN, False)
                    for m in _NEXT_DAY.finditer(compact))
        hits.sort(key=lambda hit: hit.start)
    return hits
