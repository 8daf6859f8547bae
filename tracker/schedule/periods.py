"""Civil Code period arithmetic (民法 arts. 138–143) exactly as ../shared/docs/periods.md states it.

`due_date` counts a period forwards or backwards from an anchor, rolls the result if asked, and
explains the rule it used in Japanese and English. Results are memoised: the function is pure
and a tracker asks the same question for many contracts.
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date, datetime, timedelta
from functools import lru_cache

from tracker.domain.duty import Direction, Period, Qualifier, Unit
from tracker.domain.schedule import Convention, DueDate, Explanation, Roll
from tracker.domain.vocabulary import CONVENTIONS, QUALIFIERS, amount_text, anchor_words
from tracker.schedule.calendar import BusinessCalendar, calendar_for
from tracker.schedule.wording import fmt

_ONE_DAY = timedelta(days=1)


def add_months(day: date, months: int) -> tuple[date, bool]:
    """`day` moved by whole calendar months, clamped to the month's last day; True if clamped."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _stdcal.monthrange(year, month + 1)[1]
    if day.day > last:
        return date(year, month + 1, last), True
    return date(year, month + 1, day.day), False


def due_date(
    anchor: date | datetime,
    direction: Direction,
    amount: int,
    unit: Unit,
    *,
    convention: Convention = Convention.LEGAL,
    inclusive: bool = False,
    roll: Roll = Roll.NONE,
    calendar: BusinessCalendar | None = None,
    anchor_label: str | None = None,
) -> DueDate:
    """The day a period of `amount` `unit`s ends (after) or the last day to act (before).

    Hours count from the moment and give a datetime (a date anchor means its midnight); other
    units count whole days and give a date. `inclusive` counts the anchor day itself (a term
    "from the start date"); it applies only forwards, as a period counted back never counts its
    anchor. `convention` applies only backwards. `anchor_label` names the anchor in the
    explanation: an anchor name from duties.md ("expiry") or free text.
    Raises ValueError for an amount below 1.
    """
    if amount < 1:
        raise ValueError(f"the amount must be a positive whole number, not {amount}")
    needs_calendar = unit is Unit.BUSINESS_DAY or roll is not Roll.NONE
    if calendar is None and needs_calendar:
        calendar = calendar_for()
    elif not needs_calendar:
        calendar = None  # irrelevant to the result: keep it out of the memo key
    if unit is Unit.HOUR:
        if type(anchor) is date:
            anchor = datetime(anchor.year, anchor.month, anchor.day)
        convention, inclusive = Convention.LEGAL, False
    elif isinstance(anchor, datetime):
        anchor = anchor.date()  # art. 140: the day of the event is the day that is not counted
    if direction is Direction.BEFORE:
        inclusive = False
    else:
        convention = Convention.LEGAL
    return _due_date(anchor, direction, amount, unit, convention, inclusive, roll, calendar, anchor_label)


@lru_cache(maxsize=1 << 16)
def _due_date(
    anchor: date | datetime,
    direction: Direction,
    amount: int,
    unit: Unit,
    convention: Convention,
    inclusive: bool,
    roll: Roll,
    calendar: BusinessCalendar | None,
    anchor_label: str | None,
) -> DueDate:
    words = anchor_words(anchor_label)
    label_ja, short_ja, label_en = words.ja, words.short_ja, words.en_phrase
    head_ja = f"{label_ja} {fmt(anchor)}"
    head_en = f"{label_en} {fmt(anchor)}"
    n_ja, n_en = amount_text(amount, unit, "ja"), amount_text(amount, unit, "en")
    if direction is Direction.AFTER:
        day, rule_ja, rule_en = _forward(anchor, amount, unit, inclusive, calendar, short_ja)
        ja = f"{head_ja} から{n_ja}: {rule_ja}"
        en = f"{n_en} from {head_en}: {rule_en}"
    else:
        day, rule_ja, rule_en = _backward(anchor, amount, unit, convention, calendar, short_ja)
        convention_ja, convention_en = CONVENTIONS[convention]
        ja = f"{head_ja} の{n_ja}前: {rule_ja} ({convention_ja})"
        en = f"{n_en} before {head_en}: {rule_en} ({convention_en})"
    ja, en = f"{ja} → {fmt(day)}", f"{en} → {fmt(day)}"
    rolled = day
    if roll is not Roll.NONE and calendar is not None:
        rolled, roll_ja, roll_en = _roll(day, roll, calendar)
        if roll_ja:
            ja, en = f"{ja}。{roll_ja}", f"{en}; {roll_en}"
    return DueDate(day=rolled, unrolled=day, explanation=Explanation(ja=ja, en=en))


def _forward(
    anchor: date | datetime,
    amount: int,
    unit: Unit,
    inclusive: bool,
    calendar: BusinessCalendar | None,
    short_ja: str,
) -> tuple[date | datetime, str, str]:
    if isinstance(anchor, datetime):  # hours (art. 139)
        return (anchor + timedelta(hours=amount), "即時から起算 (民法139条)",
                "counted from the moment (Civil Code art. 139)")
    if inclusive:
        first = anchor
        first_ja, first_en = "初日算入", "the first day counted"
    else:
        first = anchor + _ONE_DAY
        first_ja, first_en = "初日不算入 (民法140条)", "first day not counted (Civil Code art. 140)"
    if unit is Unit.BUSINESS_DAY:
        assert calendar is not None
        start = first - _ONE_DAY  # add_business_days never counts its starting day
        day = calendar.add_business_days(start, amount)
        where_ja = f"{short_ja}を含めて" if inclusive else f"{short_ja}の翌日から"
        where_en = "counting the anchor if it is one" if inclusive else "after the anchor"
        return (day, f"{where_ja}数えて{amount}営業日目",
                f"the business day no. {amount} {where_en}")
    if unit in (Unit.DAY, Unit.WEEK):
        days = amount * (7 if unit is Unit.WEEK else 1)
        return (first + timedelta(days=days - 1), f"{first_ja}、{fmt(first)} から数えて{days}日目",
                f"{first_en}; day {days} counting from {fmt(first)}")
    months = amount * (12 if unit is Unit.YEAR else 1)
    target, clamped = add_months(first, months)
    cal_ja = f"{first_ja}、暦に従い (民法143条) 起算日 {fmt(first)}"  # by the calendar, from day one
    cal_en = "by the calendar (Civil Code art. 143)"
    if clamped:
        return (target, f"{cal_ja} の応当日がないためその月の末日",
                f"{first_en}; {cal_en}, the last month has no day matching {fmt(first)}, so its last day")
    return (target - _ONE_DAY, f"{cal_ja} の応当日の前日",
            f"{first_en}; {cal_en}, the day before the day matching {fmt(first)}")


def _backward(
    anchor: date | datetime,
    amount: int,
    unit: Unit,
    convention: Convention,
    calendar: BusinessCalendar | None,
    short_ja: str,
) -> tuple[date | datetime, str, str]:
    legal = convention is Convention.LEGAL
    if isinstance(anchor, datetime):  # hours: a moment, the same in both conventions
        return (anchor - timedelta(hours=amount), "即時から遡る (民法139条)",
                "counted back from the moment (Civil Code art. 139)")
    if unit is Unit.BUSINESS_DAY:
        assert calendar is not None
        nth = amount + 1 if legal else amount
        day = calendar.add_business_days(anchor, -nth)
        if legal:
            return (day, f"{short_ja}を含めず{amount}営業日を遡った前の営業日 ({nth}営業日前)",
                    f"the business day before {amount} whole business days (business day no. {nth} back)")
        return (day, f"{short_ja}を含めず遡って{amount}営業日目", f"business day no. {amount} back")
    if unit in (Unit.DAY, Unit.WEEK):
        days = amount * (7 if unit is Unit.WEEK else 1)
        if legal:
            whole = amount_text(days, Unit.DAY, "en")
            return (anchor - timedelta(days=days + 1), f"{short_ja}を含めず{days}日を遡った前日",
                    f"the day before {whole} counted whole, the anchor not counted")
        return (anchor - timedelta(days=days), f"{short_ja}から{days}日を遡った日",
                f"{amount_text(days, Unit.DAY, 'en')} back from the anchor")
    months = amount * (12 if unit is Unit.YEAR else 1)
    back, clamped = add_months(anchor, -months)
    clamp_ja = " (応当日がないため月末)" if clamped else ""
    clamp_en = " (no matching day, so the month's last day)" if clamped else ""
    calendar_en = f"{amount_text(months, Unit.MONTH, 'en')} back by the calendar"
    if legal:
        return (back - _ONE_DAY, f"{short_ja}から暦に従い{months}か月遡った {fmt(back)}{clamp_ja} の前日",
                f"the day before {fmt(back)}{clamp_en}, {calendar_en}")
    return (back, f"{short_ja}から暦に従い{months}か月遡った日{clamp_ja}", f"{calendar_en}{clamp_en}")


def _roll(day: date | datetime, roll: Roll, calendar: BusinessCalendar) -> tuple[date | datetime, str, str]:
    """Move a non-business day to the previous or next business day, keeping a moment's time."""
    plain = day.date() if isinstance(day, datetime) else day
    if calendar.is_business_day(plain):
        return day, "", ""
    why_ja, why_en = calendar.reason(plain)
    if roll is Roll.PREVIOUS:
        target = calendar.previous_business_day(plain)
        how_ja = f"前営業日 {fmt(target)} に繰上げ"  # brought forward to the previous business day
        how_en = f"moved back to the previous business day {fmt(target)}"
    else:
        target = calendar.next_business_day(plain)
        how_ja, how_en = (f"翌営業日 {fmt(target)} に繰下げ (民法142条)",
                          f"moved on to the next business day {fmt(target)} (Civil Code art. 142)")
    moved: date | datetime = target
    if isinstance(day, datetime):
        moved = datetime.combine(target, day.time(), day.tzinfo)
    return moved, f"{fmt(plain)} は{why_ja}のため{how_ja}", f"{fmt(plain)} is {why_en}, so {how_en}"


# wording that sets no length: the duty is owed from the anchor day on (shown on that day, unrolled)
_AT_ONCE = (Qualifier.PROMPTLY, Qualifier.IMMEDIATELY, Qualifier.WITHOUT_DELAY)
# (qualifier, direction) -> (months from the first of the anchor's month to the first of the month
# after the due month, Japanese, English): 当月末日まで after an anchor is its own month's end,
# before an anchor (前月末日まで, by the end of the month before) the end of the month before it
_MONTH_ENDS = {
    (Qualifier.END_OF_MONTH, Direction.AFTER): (1, "当月末日", "the month of"),
    (Qualifier.END_OF_MONTH, Direction.BEFORE): (0, "前月末日", "the month before"),
    (Qualifier.END_OF_NEXT_MONTH, Direction.AFTER): (2, "翌月末日", "the month after"),
    (Qualifier.END_OF_NEXT_MONTH, Direction.BEFORE): (2, "翌月末日", "the month after"),
    (Qualifier.END_OF_MONTH_AFTER_NEXT, Direction.AFTER): (3, "翌々月末日", "the second month after"),
    (Qualifier.END_OF_MONTH_AFTER_NEXT, Direction.BEFORE): (3, "翌々月末日", "the second month after"),
}


@lru_cache(maxsize=1 << 16)
def period_due(
    anchor: date | datetime,
    period: Period,
    *,
    convention: Convention = Convention.LEGAL,
    inclusive: bool = False,
    roll: Roll = Roll.NONE,
    calendar: BusinessCalendar | None = None,
    anchor_label: str | None = None,
) -> DueDate | None:
    """`due_date` for a Period as extracted; a qualifier gives a month end, the anchor day itself
    (期間満了日まで), or for 速やかに / 直ちに / 遅滞なく the anchor day, unrolled: the duty is owed
    from then on. None only for a period without a positive length or a qualifier."""
    if period.amount is not None and period.unit is not None:
        whole = period.in_whole_units()  # 1ヶ月半: 45 days
        if whole is None or not isinstance(whole.amount, int) or whole.unit is None or whole.amount < 1:
            return None
        return due_date(anchor, whole.direction, whole.amount, whole.unit, convention=convention,
                        inclusive=inclusive, roll=roll, calendar=calendar, anchor_label=anchor_label)
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    words = anchor_words(anchor_label)
    label_ja, label_en = words.ja, words.en_phrase
    qualifier = period.qualifier
    if qualifier is None:
        return None
    head_ja, head_en = f"{label_ja} {fmt(day)}", f"{label_en} {fmt(day)}"
    if qualifier in _AT_ONCE:  # 速やかに, 直ちに, 遅滞なく: no length; owed from the anchor day on
        word_ja, word_en = QUALIFIERS[qualifier]
        return DueDate(day=day, unrolled=day, explanation=Explanation(
            ja=f"{word_ja} (期間の定めなし): {head_ja} から対応",
            en=f"{word_en} (no set length): from {head_en}"))
    if qualifier is Qualifier.BY_EXPIRY:  # 期間満了日まで: by the anchor day itself
        rule = Explanation(ja=f"{head_ja} まで", en=f"by {head_en}")
    else:  # a month end: 当月末日 (前月末日 counted back), 翌月末日, 翌々月末日
        months, ja, en = _MONTH_ENDS[qualifier, period.direction]
        day = add_months(day.replace(day=1), months)[0] - _ONE_DAY
        rule = Explanation(ja=f"{head_ja} の{ja} → {fmt(day)}",
                           en=f"the last day of {en} {head_en} → {fmt(day)}")
    if roll is Roll.NONE:
        return DueDate(day=day, unrolled=day, explanation=rule)
    rolled, roll_ja, roll_en = _roll(day, roll, calendar or calendar_for())
    if roll_ja:
        rule = Explanation(ja=f"{rule.ja}。{roll_ja}", en=f"{rule.en}; {roll_en}")
    return DueDate(day=rolled, unrolled=day, explanation=rule)
