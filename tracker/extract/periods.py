"""The period grammar: every time expression of the compact text becomes a candidate.

A candidate carries its number (half-width, full-width, 漢数字, 1ヶ月半 = 1.5), unit, cue (the
direction wording after it) and, for a fixed day, the anchor its own words name (翌月10日: the end
of the month). Each production is named in `PRODUCTIONS`; tests/unit/extract/test_periods.py holds
an example of each and fails when one can no longer fire. A hit is only a candidate: negatives.py
drops calendar dates, look-back windows and the like, and the kind rules decide whether it is a
duty at all. Rates, money, counts (3回) and ages have no unit here, so they never become one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tracker.domain import Direction, Unit
from tracker.extract.anchors import find_anchor
from tracker.extract.numbers import DIGITS, KANJI, parse_number


class Cue(Enum):
    """The wording right after the unit, which sets the direction and hints at the kind."""

    BEFORE = "before"  # 前 / 以上前 / 前まで / より前 / の予告期間 / さかのぼって…日目: before the anchor
    WITHIN = "within"  # 以内 / 以上の相当の期間を定めて: at most (at least) this long after the anchor
    LAPSE = "lapse"  # 経過 / 後 / 超え: once this long has passed
    DURATION = "duration"  # 間 / 以上 / 毎: a length of time
    NONE = "none"  # a bare number and unit: a length only where a rule says so


# unit wording -> Unit; か月 and its spellings: ヶ月 ケ月 ヵ月 カ月 箇月 (all "months"); 箇年 / か年
# "years" the same way; 暦日 "calendar days" are days
UNITS: dict[str, Unit] = {
    "営業日": Unit.BUSINESS_DAY,  # business days
    "時間": Unit.HOUR,  # hours
    "日": Unit.DAY,  # days
    "週": Unit.WEEK,  # weeks
    "月": Unit.MONTH,  # months (bare 月 only where it cannot be a calendar month)
    "年": Unit.YEAR,  # years
}

# a number not inside a longer one (14.6, 1,000): the look-behind comes after the first character, and
# the look-behind after it picks digits or 漢数字, so that the scan starts from a plain character set
# (30 times faster than a look-behind first)
_NOT_INSIDE = rf"(?<![0-9.,{KANJI}].)"
# the direction wordings of CUES (以上の相当の期間 before 以上: the longest first)
_WORDS = (r"以上前|以上先|より前|前|先|以内|内|を?経過|が経過|後|を超え|を過ぎ"
          r"|以上の(?:相当の)?期間|の予告(?:期間)?|以上|毎|ごと")
_NUMBER_UNIT = re.compile(
    # 半年 "half a year" has no digit: 半 stands for the number
    rf"(?P<num>[{DIGITS}{KANJI}半]{_NOT_INSIDE}"
    rf"(?:(?<=[{DIGITS}])[{DIGITS}]*|(?<=[{KANJI}])[{KANJI}]*|(?<=半)(?=年)))"
    # 1年6か月 "a year and six months": one length
    r"(?P<unit>営業日|時間|暦?日|週|[かヶケヵカ箇]月|月|[かヶケヵカ箇]?年(?P<months>[0-9]{1,2}[かヶケヵカ箇]月)?)"
    r"(?P<half>半)?(?P<span>間)?"
    # the direction wording, after a note in brackets at most (5日（休日を除く。）以内; a note with a
    # number of its own, 30日（日帰りは10日）以内, is left to be read as a period itself)
    rf"(?P<tail>[）)]?(?:(?:[（(][^（()）0-9]{{1,20}}[）)])?(?P<word>{_WORDS}))?)"
)
# 30日（日帰りは10日）以内: the wording after a note that holds a period of its own is the first one's too
_AFTER_NOTE = re.compile(rf"[（(][^（()）]{{1,25}}[）)](?P<word>{_WORDS})")

CUES: dict[str, Cue] = {
    "以上前": Cue.BEFORE, "以上先": Cue.BEFORE, "より前": Cue.BEFORE, "前": Cue.BEFORE, "先": Cue.BEFORE,
    "の予告期間": Cue.BEFORE, "の予告": Cue.BEFORE,  # 30日の予告期間をおいて "giving 30 days' notice"
    "以内": Cue.WITHIN, "内": Cue.WITHIN,
    # 20日以上の相当の期間を定めて催告 "a demand setting a term of at least 20 days": the time to act
    "以上の相当の期間": Cue.WITHIN, "以上の期間": Cue.WITHIN,
    "経過": Cue.LAPSE, "を経過": Cue.LAPSE, "が経過": Cue.LAPSE, "後": Cue.LAPSE,
    "を超え": Cue.LAPSE, "を過ぎ": Cue.LAPSE,
}

# さかのぼって15日目(にあたる日より前) / 遡って13日にあたる日 "the 15th day counting back": a day before
# the anchor; the second number of 13日目(日帰りは3日目) counts back the same way
_COUNT_BACK = re.compile(r"(?:さかのぼって|遡って)(?:[^。]{0,4}|[0-9]+日目?[（(][^）)。]{0,20})$")

# fixed days and lengths without a number, one pattern per production (one scan each is faster than
# one alternation of all); group "n" is the part the hit covers
_FIXED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    # 翌月第5営業日 "the fifth business day of the next month": counted from the month's end
    ("next_month_business_day", r"(?P<n>翌月の?第(?P<d>[0-9]{1,2})営業日)"),
    # 翌月10日まで / 翌月の20日限り / 翌月15日払い: a day of the next month, from the month's end
    ("next_month_day", rf"翌月の?(?P<n>(?P<d>[0-9{KANJI}]{{1,3}})日)(?=まで|限り|に|払)"),
    # 検収月の25日まで "by the 25th of the month of acceptance": a day of an event's own month
    ("event_month_day",
     r"(?P<n>(?:検収|請求|納品|納入|利用|発注|受領|完了)月の?[0-9]{1,2}日)(?=まで|限り|に)"),
    # 翌営業日までに / 終了日の翌日までに: one (business) day after the event (翌日 after a day: 日の翌日)
    ("next_day", r"(?P<n>翌(?:営業)?日)(?=までに)"),
    # 旅行開始日の前日までに "by the day before the start" (解除日の前日までの料金 "the fees up to the day
    # before" ends a range, no deadline)
    ("day_before", r"日の(?P<n>前日)(?=まで(?:に|、))"),
    # 月単位で更新 "renewed a month at a time": one unit, no number written (1ヶ月単位 is number_unit's)
    ("per_unit", r"(?P<n>[月年週]単位)(?:で|に)(?=[^。、]{0,8}?(?:更新|延長|継続))"),
    # 同じ長さの期間で更新 "renewed for a term of the same length": a length told by reference
    ("same_length", r"(?P<n>同じ長さ|同一の?期間|同期間)(?=[^。]{0,30}?(?:更新|延長|継続|設定))"),
))
_PER_UNIT = {"月": Unit.MONTH, "年": Unit.YEAR, "週": Unit.WEEK}
_NUMBER_BEFORE = re.compile(r"[0-9〇一二三四五六七八九十かヶケヵカ箇毎各当翌前]$")
# 満了日・更新日の前日まで are the qualifier rules' (by_expiry)
_QUALIFIED_DAY_BEFORE = ("満了", "更新")

PRODUCTIONS = (
    "number_unit", "half", "half_year", "years_and_months", "count_back", *(name for name, _ in _FIXED)
)


@dataclass(frozen=True)
class PeriodHit:
    start: int  # compact offsets
    end: int
    amount: int | float | None  # None for a fixed day without a number (前日まで)
    unit: Unit | None
    cue: Cue
    calendar_month: bool = False  # a bare 月 without 間 ("12月"), which may be a month of the year
    production: str = "number_unit"
    anchor: str | None = None  # the anchor the wording itself fixes (翌月10日: month_end)

    @property
    def direction(self) -> Direction:
        return Direction.BEFORE if self.cue is Cue.BEFORE else Direction.AFTER


def find_periods(compact: str) -> list[PeriodHit]:
    """All time expressions of `compact`, in text order; a fixed day wins over the number in it."""
    hits = _fixed_days(compact)
    taken = {i for hit in hits for i in range(hit.start, hit.end)}
    for m in _NUMBER_UNIT.finditer(compact):
        if m.start() in taken:
            continue
        hit = _number_unit(compact, m)
        if hit is not None:
            hits.append(hit)
    hits.sort(key=lambda hit: hit.start)
    return hits


def _number_unit(compact: str, m: re.Match[str]) -> PeriodHit | None:
    unit_text = m.group("unit")
    unit = UNITS.get(unit_text) or UNITS[unit_text[-1]]
    amount: int | float | None = parse_number(m.group("num"))
    production = "number_unit"
    if m.group("num") == "半":
        amount, unit, production = 6, Unit.MONTH, "half_year"  # 半年: six months
    elif amount is None:
        return None
    elif m.group("months"):  # 1年6か月: 18 months
        amount, unit, production = amount * 12 + int(m.group("months")[:-2]), Unit.MONTH, "years_and_months"
    if m.group("half"):
        amount, production = amount + 0.5, "half"  # 1ヶ月半 "a month and a half"
    tail = m.group("word") or ""
    if not tail and compact[m.end() : m.end() + 1] in "（(" and (note := _AFTER_NOTE.match(compact, m.end())):
        tail = note.group("word")
    cue = CUES.get(tail)
    end = m.end()
    if cue is None and compact[m.start() - 1 : m.start()] == "前" and compact.startswith("まで", m.end()):
        cue = Cue.BEFORE  # 満了前30日まで: "30 days before expiry", 前 written first
    if not tail and _COUNT_BACK.search(compact, max(0, m.start() - 40), m.start()):
        cue, production = Cue.BEFORE, "count_back"
        end += compact.startswith("目", end)
    if cue is None:
        cue = Cue.DURATION if (tail or m.group("span")) else Cue.NONE
    return PeriodHit(
        start=m.start(),
        end=end,
        amount=amount,
        unit=unit,
        cue=cue,
        calendar_month=unit_text == "月" and not m.group("span"),
        production=production,
    )


def _fixed_days(compact: str) -> list[PeriodHit]:
    hits = []
    for name, pattern in _FIXED:
        for m in pattern.finditer(compact):
            start, end = m.span("n")
            hit = _fixed_day(compact, name, m, start, end)
            if hit is not None:
                hits.append(hit)
    return hits


def _fixed_day(compact: str, name: str, m: re.Match[str], start: int, end: int) -> PeriodHit | None:
    if name == "next_month_business_day":
        return PeriodHit(start, end, int(m.group("d")), Unit.BUSINESS_DAY, Cue.WITHIN, production=name,
                         anchor="month_end")
    if name == "next_month_day":
        return PeriodHit(start, end, parse_number(m.group("d")), Unit.DAY, Cue.NONE, production=name,
                         anchor="month_end")
    if name == "event_month_day":
        anchor = find_anchor(m.group(), "")  # 検収月: acceptance
        return PeriodHit(start, end, None, None, Cue.WITHIN, production=name, anchor=anchor)
    if name == "next_day" and m.group() == "翌営業日":
        return PeriodHit(start, end, 1, Unit.BUSINESS_DAY, Cue.WITHIN, production=name)
    if name == "next_day" and compact[start - 2 : start] == "日の":
        return PeriodHit(start, end, 1, Unit.DAY, Cue.WITHIN, production=name)
    if name == "day_before" and compact[m.start() - 2 : m.start()] not in _QUALIFIED_DAY_BEFORE:
        return PeriodHit(start, end, None, None, Cue.BEFORE, production=name)
    if name == "per_unit" and not _NUMBER_BEFORE.search(compact, max(0, start - 1), start):
        return PeriodHit(start, end, 1, _PER_UNIT[m.group("n")[0]], Cue.DURATION, production=name)
    if name == "same_length":
        return PeriodHit(start, end, None, None, Cue.DURATION, production=name)
    return None
