"""The period scan: number + unit + direction wording, as written."""

import pytest

from tests.unit.extract.helpers import duties_of
from tracker.domain import Direction, Unit
from tracker.extract.periods import CUES, PRODUCTIONS, Cue, find_periods


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
        ("14暦日以内に", 14, Unit.DAY, Cue.WITHIN),  # calendar days are days
        ("１4日以内に", 14, Unit.DAY, Cue.WITHIN),  # a number written in mixed widths
        ("二十日以内に", 20, Unit.DAY, Cue.WITHIN),
        ("三十日前までに", 30, Unit.DAY, Cue.BEFORE),
        ("3日より前に", 3, Unit.DAY, Cue.BEFORE),
        ("30日の予告期間をおいて", 30, Unit.DAY, Cue.BEFORE),  # a notice period
        ("5営業日（土日祝日を除く。）以内に", 5, Unit.BUSINESS_DAY, Cue.WITHIN),  # a note before the wording
        ("1か月の予告をもって", 1, Unit.MONTH, Cue.BEFORE),
        ("20日以上の相当の期間を定めて催告", 20, Unit.DAY, Cue.WITHIN),  # a cure window of at least 20 days
        ("10日以上の期間を定めて", 10, Unit.DAY, Cue.WITHIN),
        ("1年半の間", 1.5, Unit.YEAR, Cue.NONE),
    ],
)
def test_period_as_written(text: str, amount: float, unit: Unit, cue: Cue) -> None:
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


# one example of each grammar production, in our own words: (text, production, amount, unit, cue, anchor)
PRODUCTION_EXAMPLES = [
    ("解約は満了の30日前までに申し出る。", "number_unit", 30, Unit.DAY, Cue.BEFORE, None),
    ("会員証の更新は有効期限の1ヶ月半前までに行う。", "half", 1.5, Unit.MONTH, Cue.BEFORE, None),
    ("解約は満了の半年前までに申し出る。", "half_year", 6, Unit.MONTH, Cue.BEFORE, None),
    ("請求は引渡しから1年6か月以内に行う。", "years_and_months", 18, Unit.MONTH, Cue.WITHIN, None),
    ("出発日の前日から起算してさかのぼって1４日目にあたる日より前に支払う。", "count_back", 14, Unit.DAY,
     Cue.BEFORE, None),
    ("受託者は、翌月第5営業日までに実績を報告する。", "next_month_business_day", 5, Unit.BUSINESS_DAY,
     Cue.WITHIN, "month_end"),
    ("委託者は、翌月10日までに委託料を支払う。", "next_month_day", 10, Unit.DAY, Cue.NONE, "month_end"),
    ("発注者は、検収月の25日までに代金を支払う。", "event_month_day", None, None, Cue.WITHIN, "acceptance"),
    ("借主は、期間終了日の翌日までに機材を返す。", "next_day", 1, Unit.DAY, Cue.WITHIN, None),
    ("当社は、催行日の前日までに行程表を送る。", "day_before", None, None, Cue.BEFORE, None),
    ("本サービスは、以後月単位で自動更新される。", "per_unit", 1, Unit.MONTH, Cue.DURATION, None),
    ("本契約は、同じ長さの期間で自動的に更新される。", "same_length", None, None, Cue.DURATION, None),
]


@pytest.mark.parametrize(("text", "production", "amount", "unit", "cue", "anchor"), PRODUCTION_EXAMPLES)
def test_each_production_fires_on_its_example(
    text: str, production: str, amount: float | None, unit: Unit | None, cue: Cue, anchor: str | None
) -> None:
    [hit] = find_periods(text)
    read = (hit.production, hit.amount, hit.unit, hit.cue, hit.anchor)
    assert read == (production, amount, unit, cue, anchor)


def test_every_production_has_an_example() -> None:
    assert {example[1] for example in PRODUCTION_EXAMPLES} == set(PRODUCTIONS)


def test_a_count_back_without_an_ordinal_counts_back_too() -> None:
    [hit] = find_periods("開始日の前日から遡って13日にあたる日以降の申込み")
    assert (hit.amount, hit.cue, hit.production, hit.end) == (13, Cue.BEFORE, "count_back", 14)


def test_a_note_with_a_number_of_its_own_is_read_as_a_period_and_shares_the_wording() -> None:
    hits = find_periods("30日（日帰りは10日）以内に")
    assert [(h.amount, h.cue) for h in hits] == [(30, Cue.WITHIN), (10, Cue.WITHIN)]


def test_a_calendar_year_and_month_is_no_compound_length() -> None:
    assert [(h.amount, h.unit) for h in find_periods("2025年4月")] == [(2025, Unit.YEAR), (4, Unit.MONTH)]


def test_the_second_count_back_in_brackets_counts_back_too() -> None:
    hits = find_periods("さかのぼって13日目（日帰りは3日目）に当たる日より前に通知する")
    assert [(h.amount, h.cue, h.production) for h in hits] == [(13, Cue.BEFORE, "count_back"),
                                                               (3, Cue.BEFORE, "count_back")]


@pytest.mark.parametrize(
    "text",
    [
        "遅延損害金は年14.6%とする。",  # a rate
        "手数料は1,000円とする。",  # money
        "料金の10%を返金する。",  # a percentage
        "変更は3回までとする。",  # a count
        "満18歳以上の者に限る。",  # an age
    ],
)
def test_rates_money_counts_and_ages_are_never_periods(text: str) -> None:
    assert find_periods(text) == []


def test_a_date_is_never_a_period() -> None:
    assert duties_of("本契約は2025年4月1日から効力を生じ、乙は同日までに届出をする。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("料金は月単位で計算し、更新時に請求する。", []),  # a unit of billing, renewed nothing
        ("本契約は1ヶ月単位で更新される。", [(1, Unit.MONTH, "number_unit")]),  # the number's own hit
    ],
)
def test_a_unit_without_a_number_is_a_length_only_when_renewed(text: str, expected: list[object]) -> None:
    assert [(h.amount, h.unit, h.production) for h in find_periods(text)] == expected


def test_a_day_before_that_ends_a_range_is_no_deadline() -> None:
    assert find_periods("解除日の前日までの料金を支払う。") == []


@pytest.mark.parametrize(("tail", "cue"), sorted(CUES.items(), key=lambda item: item[0]))
def test_every_direction_wording_is_reachable(tail: str, cue: Cue) -> None:
    [hit] = find_periods(f"3日{tail}")
    assert hit.cue is cue
