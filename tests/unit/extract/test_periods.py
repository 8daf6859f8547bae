"""The period scan: number + unit + direction wording, as written."""

import pytest

from tests.unit.extract.helpers import duties_of
from tracker.domain import Direction, Unit
from tracker.extract.periods import Cue, find_periods


@pytest.mark.parametrize(
    ("text", "amount", "unit", "cue"),
    [
        ("期間満了の30日前までに", 30, Unit.DAY, Cue.BEFORE),
        ("満了の日の2か月間前までに", 2, Unit.MONTH, Cue.BEFORE),
        ("6ヶ月以上前に通知", 6, Unit.MONTH, Cue.BEFORE),
        ("3ヶ月以上先の日を指定", 3, Unit.MONTH, Cue.BEFORE),
        ("満了前30日までに", 30, Unit.DAY, Cue.BEFORE),
        ("通知後14日以内に", 14, Unit.DAY, Cue.WITHIN),
        ("20営業日前までに", 20, Unit.BUSINESS_DAY, Cue.BEFORE),
        ("1時間以内に", 1, Unit.HOUR, Cue.WITHIN),
        ("2週間以内に", 2, Unit.WEEK, Cue.WITHIN),
        ("終了後30日経過をもって", 30, Unit.DAY, Cue.LAPSE),
        ("3ヶ月が経過するまで", 3, Unit.MONTH, Cue.LAPSE),
        ("7日後に", 7, Unit.DAY, Cue.LAPSE),
        ("1年間とする", 1, Unit.YEAR, Cue.DURATION),
        ("1ヶ月毎の自動更新", 1, Unit.MONTH, Cue.DURATION),
        ("十四日以内に", 14, Unit.DAY, Cue.WITHIN),
        ("三か月前までに", 3, Unit.MONTH, Cue.BEFORE),
        ("１２ヵ月", 12, Unit.MONTH, Cue.NONE),
        ("6箇月", 6, Unit.MONTH, Cue.NONE),
        ("2カ月", 2, Unit.MONTH, Cue.NONE),
        ("5ケ月", 5, Unit.MONTH, Cue.NONE),
        ("（10年）を経過した", 10, Unit.YEAR, Cue.LAPSE),
    ],
)
def test_period_as_written(text: str, amount: int, unit: Unit, cue: Cue) -> None:
    [hit] = find_periods(text)
    assert (hit.amount, hit.unit, hit.cue) == (amount, unit, cue)


def test_before_cue_gives_before_direction_and_others_after() -> None:
    before, within = find_periods("30日前まで、14日以内")
    assert (before.direction, within.direction) == (Direction.BEFORE, Direction.AFTER)


def test_decimal_numbers_are_not_periods() -> None:
    assert find_periods("年14.6日") == []


def test_bare_month_is_flagged_as_possibly_calendar() -> None:
    [hit] = find_periods("12月")
    assert hit.calendar_month
    [hit] = find_periods("3か月")
    assert not hit.calendar_month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "受託者は、障害を検知した日の翌営業日までに、その内容を委託者に報告する。",
            [("notification", "provider", 1, "business_day", "after", None)],
        ),
        (
            "甲は、見積書を受領した日の翌営業日までに、発注の可否を乙に回答する。",
            [("response", "customer", 1, "business_day", "after", None)],
        ),
        (  # the day after the last day: one day after the end
            "借受人は、レンタル期間終了日の翌日までに、レンタル機材を返却する。",
            [("return", "customer", 1, "day", "after", None)],
        ),
        # the fees up to the day after are no deadline
        ("当社は、解約日の翌日までの料金を請求します。", []),
        # a due date moved off a holiday is no period from an event
        ("支払期日が金融機関の休業日に当たるときは、翌営業日までに支払う。", []),
        ("支払日が休日の場合は、その翌日までに支払う。", []),
        # the next business day as a start, not a deadline
        ("当社は、申込みを受けた日の翌営業日から作業を開始します。", []),
    ],
)
def test_the_next_day_is_one_day_after(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected
