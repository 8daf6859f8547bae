"""Number + unit expressions that are not duties: dates, look-back windows, thresholds, amounts.

Each rule is named data: a pattern over the text just before the hit, just after it, or the
whole clause. `rejection(hit, context)` returns the name of the first rule that fires, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Unit
from tracker.extract.context import Context
from tracker.extract.periods import Cue, PeriodHit


@dataclass(frozen=True)
class Negative:
    name: str
    before: re.Pattern[str] | None = None  # searched in the clause text before the hit
    after: re.Pattern[str] | None = None  # searched in the clause text after the hit
    clause: re.Pattern[str] | None = None  # searched in the whole clause
    unit: Unit | None = None  # the rule holds for hits in this unit only
    hit: re.Pattern[str] | None = None  # searched in the hit's own words


NEGATIVES: tuple[Negative, ...] = (
    # 過去6ヶ月間に受領した料金 "fees received in the past 6 months": a liability-cap look-back
    Negative("look_back", before=re.compile(r"(?:過去|直近|直前)[^。、]{0,3}$")),
    # 1ヶ月分 "one month's worth", 1日当たり "per day": an amount of money, not a period
    # (but 1年単位で更新 "renewed a year at a time" is a term)
    Negative("amount", after=re.compile(
        r"^(?:分|当たり|あたり|につき|単位(?!と?(?:して|で)[^。]{0,20}?(?:更新|延長|継続|再リース))|の倍数|の割合)"
    )),
    # 30日未満 "less than 30 days", 6ヶ月に満たない "short of 6 months": a threshold
    Negative("threshold", after=re.compile(r"^(?:未満|に満たな|を超えない|以下|に達しな)")),
    # 暴力団員でなくなった時から5年を経過しない者 "persons for whom 5 years have not passed"
    Negative("excluded_person", after=re.compile(r"^を?経過し(?:ない|ていない)者"), clause=None),
    Negative("excluded_person", before=re.compile(r"暴力団|反社会的勢力")),
    # 24時間365日体制 "round the clock", 利用できない状態が24時間以上連続 (an SLA threshold)
    Negative("service_level", after=re.compile(r"^(?:[0-9]|体制|稼働|受付|対応)")),
    Negative(
        "service_level", clause=re.compile(r"利用できない状態|利用不能|使用不能|稼働率|サービスレベル|SLA")
    ),
    # 連続して72時間以上利用できなかった場合 "an outage of 72 hours or more" (in a sentence that may
    # hold a real claim period too)
    Negative("service_level",
             after=re.compile(r"^(?:以上)?(?:に)?(?:わたり|わたって)?(?:利用|使用|接続)でき")),
    # 年14.6％ "14.6% a year" and rates per period
    Negative("rate", after=re.compile(r"^[0-9.]+[%％]|^当り|^率")),
    # 第3営業日, 3営業日目: an ordinal day, not a length (but 翌日から起算して30日目の日 / 開始日以降
    # 1年目の日 "the 30th day counted from …" is a length from that event)
    # (翌月第5営業日 "the 5th business day of the next month" and さかのぼって14日目 "the 14th day counting
    # back" are days fixed by a count, the grammar's to read)
    Negative("ordinal", before=re.compile(r"(?<!翌月)(?<!翌月の)第$"), after=None),
    Negative("ordinal", before=re.compile(
        r"(?<!から)(?<!より)(?<!以降)(?<!起算して)(?<!の日)(?<!さかのぼって)(?<!遡って)$"),
             after=re.compile(r"^目")),
    # 期間満了の1年前から6か月前までの間に "between a year and six months before expiry": the
    # window opens at the first period, the deadline is the second
    Negative("window_start", after=re.compile(r"^から[^。]{0,12}?(?:前まで|前の日まで)")),
    # 毎月20日 "the 20th of each month", 翌月10日 (but 翌月5営業日以内 "within the first five business
    # days of the next month" and 翌月20日までに支払う / 翌月20日限り / 翌月15日払い "paid by the 20th /
    # on the 15th of the next month" are periods from the month's end; a report due by such a day,
    # 翌月7日までに報告書を提出, is a due date without a length, read in qualifiers.py)
    Negative("day_of_month", before=re.compile(r"(?:毎月|前月|当月|同月|毎年|各月|翌々月)$"),
             unit=Unit.DAY),
    Negative("day_of_month", before=re.compile(r"翌月の?$"),
             after=re.compile(r"^(?!(?:まで|限り)[^。]{0,40}?(?:支払|振り込|振込|納付|入金)|払)"),
             unit=Unit.DAY),
    # 法第109条に基づく記録の保存義務（5年間）を確認する "the law's own retention duty (five years)": a
    # length a statute sets, told in brackets, is no duty of the contract
    Negative("statutory", before=re.compile(
        r"(?:法|法令|政令|省令|条例)(?:第[0-9]+条(?:第[0-9]+項)?)?(?:に基づく|上の|に定める|による)"
        r"[^。（(]{0,15}義務[（(][^）)]*$")),
    # 支払期日が休日に当たるときは翌営業日(その翌日)までに "on a holiday, by the next business day": a due
    # date moved off a holiday, not a period from an event
    Negative("holiday_roll", hit=re.compile(r"^翌(?:営業)?日"),
             before=re.compile(r"(?:休日|休業日|祝日|祭日|土曜|日曜|土日|営業日でない|営業日以外)[^。]{0,40}$")),
    # 利用日の3日前以降のキャンセルはキャンセル料 "cancelling from three days before costs a fee": the
    # day a fee starts, not a deadline anyone must keep
    Negative("fee_from",
             after=re.compile(r"^(?:以降|以後|を過ぎ)[^。]{0,20}?(?:キャンセル|取消|取り消|解約)"),
             clause=re.compile(r"キャンセル料|取消料|違約金|解約金|手数料")),
    # 1か月を30日として日割計算 "a month counted as 30 days, pro rata": a conversion, not a period
    Negative("conversion",
             after=re.compile(r"^を[0-9〇一二三四五六七八九十百]+(?:日|時間|か月|ヶ月|週)として")),
    Negative("conversion", before=re.compile(r"[0-9〇一二三四五六七八九十](?:日|か月|ヶ月|年|週間?)を$"),
             after=re.compile(r"^として")),
)

_ERA_BEFORE = re.compile(r"(?:令和|平成|昭和|大正|明治|西暦)$")
_DATE_AFTER = re.compile(r"^[0-9]{1,2}(?:月|日)")  # 2023年8月, 12月3日
# 年12月 / 月3日 / 十二月一日: part of a date
_YEAR_BEFORE = re.compile(r"[0-9〇一二三四五六七八九十元]年$|[0-9〇一二三四五六七八九十]月$")
_LAW = re.compile(r"^(?:法律|法|政令|省令|条例|度)")  # 昭和59年法律第86号, 2024年度


def rejection(hit: PeriodHit, ctx: Context) -> str | None:
    """Why this hit is not a duty, or None."""
    before, after = ctx.before, ctx.after
    if _is_calendar(hit, before, after):
        return "calendar"
    for rule in NEGATIVES:
        if rule.unit and rule.unit is not hit.unit:
            continue
        if rule.before and not rule.before.search(before):
            continue
        if rule.after and not rule.after.search(after):
            continue
        if rule.clause and not rule.clause.search(ctx.clause):
            continue
        if rule.hit and not rule.hit.search(ctx.clause[ctx.at : ctx.end]):
            continue
        return rule.name
    return None


def _is_calendar(hit: PeriodHit, before: str, after: str) -> bool:
    """A year, month or day of the calendar (2023年8月16日, 令和6年, 12月) rather than a length."""
    if _YEAR_BEFORE.search(before) or _DATE_AFTER.match(after):
        return True
    if hit.unit is Unit.YEAR:
        return (hit.amount or 0) >= 1000 or bool(_ERA_BEFORE.search(before) or _LAW.match(after))
    if hit.calendar_month:
        # a bare 月 counts as months only with a direction word: 3月以内, 6月前まで (3月間 is not bare)
        return hit.cue in (Cue.NONE, Cue.DURATION)
    return False
