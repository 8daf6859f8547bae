"""Number + unit expressions that are not duties: dates, look-back windows, thresholds, amounts.

Each rule is named data: a pattern over the text just before the hit, just after it, or the
whole clause. `rejection(hit, context)` returns the name of the first rule that fires, or None.
"""

from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass

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
    _: KW_ONLY
    example: str  # a text of our own where this rule rejects a period (test_negatives.py)

    def fires(self, hit: PeriodHit, ctx: Context) -> bool:
        return not (
            (self.unit and self.unit is not hit.unit)
            or (self.before and not self.before.search(ctx.before))
            or (self.after and not self.after.search(ctx.after))
            or (self.clause and not self.clause.search(ctx.clause))
            or (self.hit and not self.hit.search(ctx.clause[ctx.at : ctx.end]))
        )


NEGATIVES: tuple[Negative, ...] = (
    # 過去6ヶ月間に受領した料金 "fees received in the past 6 months": a liability-cap look-back
    Negative("look_back", before=re.compile(r"(?:過去|直近|直前)[^。、]{0,3}$"),
             example="当社の賠償責任は、利用者から過去6ヶ月間に受領した料金の総額を上限とします。"),
    # 1ヶ月分 "one month's worth", 1日当たり "per day": an amount of money, not a period
    # (but 1年単位で更新 "renewed a year at a time" is a term)
    Negative("amount", after=re.compile(
        r"^(?:分|当たり|あたり|につき|単位(?!と?(?:して|で)[^。]{0,20}?(?:更新|延長|継続|再リース))|の倍数|の割合)"),
             example="月額料金の1ヶ月分を違約金として支払う。"),
    # 30日未満 "less than 30 days", 6ヶ月に満たない "short of 6 months": a threshold
    Negative("threshold", after=re.compile(r"^(?:未満|に満たな|を超えない|以下|に達しな)"),
             example="中途解約希望日までの期間が30日未満の場合は、この限りではない。"),
    # 暴力団員でなくなった時から5年を経過しない者 "persons for whom 5 years have not passed"
    Negative("excluded_person", after=re.compile(r"^を?(?:経過)?し(?:ない|ていない)者"),
             example="役員のうち、その職を退いた日から5年を経過していない者がある法人とは取引しない。"),
    Negative("excluded_person", before=re.compile(r"暴力団|反社会的勢力"),
             example="暴力団員でなくなった時から5年経過しない者。"),
    # 24時間365日体制 "round the clock", 利用できない状態が24時間以上連続 (an SLA threshold)
    Negative("service_level", after=re.compile(r"^(?:[0-9]|体制|稼働|受付|対応)"),
             example="当社は24時間365日体制で監視を行います。"),
    Negative("service_level",
             clause=re.compile(r"利用できない状態|利用不能|使用不能|稼働率|サービスレベル|SLA"),
             example="本サービスが全く利用できない状態が24時間以上連続した場合に限り責任を負う。"),
    # 連続して72時間以上利用できなかった場合 "an outage of 72 hours or more" (in a sentence that may
    # hold a real claim period too)
    Negative("service_level",
             after=re.compile(r"^(?:以上)?(?:に)?(?:わたり|わたって)?(?:利用|使用|接続)でき"),
             example="連続して72時間以上利用できなかった場合、当社は月額料金を減額する。"),
    # 年14.6％ "14.6% a year" and rates per period
    Negative("rate", after=re.compile(r"^[0-9.]+[%％]|^当り|^率"),
             example="遅延損害金は、1日当り0.04%とする。"),
    # 第3営業日, 3営業日目: an ordinal day, not a length (but 翌日から起算して30日目の日 / 開始日以降
    # 1年目の日 "the 30th day counted from …" is a length from that event)
    # (翌月第5営業日 "the 5th business day of the next month" and さかのぼって14日目 "the 14th day counting
    # back" are days fixed by a count, the grammar's to read)
    Negative("ordinal", before=re.compile(r"(?<!翌月)(?<!翌月の)第$"), after=None,
             example="納品は第3営業日に行う。"),
    Negative("ordinal", before=re.compile(
        r"(?<!から)(?<!より)(?<!以降)(?<!起算して)(?<!の日)(?<!さかのぼって)(?<!遡って)$"),
             after=re.compile(r"^目"),
             example="3営業日目に発送する。"),
    # 期間満了の1年前から6か月前までの間に "between a year and six months before expiry": the
    # window opens at the first period, the deadline is the second
    Negative("window_start", after=re.compile(r"^から[^。]{0,12}?(?:前まで|前の日まで)"),
             example="期間満了の1年前から6か月前までの間に通知する。"),
    # 毎月20日 "the 20th of each month", 翌月10日 (but 翌月5営業日以内 "within the first five business
    # days of the next month" and 翌月20日までに支払う / 翌月20日限り / 翌月15日払い "paid by the 20th /
    # on the 15th of the next month" are periods from the month's end; a report due by such a day,
    # 翌月7日までに報告書を提出, is a due date without a length, read in qualifiers.py)
    Negative("day_of_month", before=re.compile(r"(?:毎月|前月|当月|同月|毎年|各月|翌々月)$"),
             unit=Unit.DAY,
             example="利用者は、毎月20日までに申し込むものとします。"),
    Negative("day_of_month", before=re.compile(r"翌月の?$"),
             after=re.compile(r"^(?!(?:まで|限り)[^。]{0,40}?(?:支払|振り込|振込|納付|入金)|払)"),
             unit=Unit.DAY,
             example="報告書は翌月10日に提出する。"),
    # 法第109条に基づく記録の保存義務（5年間）を確認する "the law's own retention duty (five years)": a
    # length a statute sets, told in brackets, is no duty of the contract
    Negative("statutory", before=re.compile(
        r"(?:法|法令|政令|省令|条例)(?:第[0-9]+条(?:第[0-9]+項)?)?(?:に基づく|上の|に定める|による)"
        r"[^。（(]{0,15}義務[（(][^）)]*$"),
             example="契約者は、法令に基づく帳簿の保存義務（7年間）を確認する。"),
    # 支払期日が休日に当たるときは翌営業日(その翌日)までに "on a holiday, by the next business day": a due
    # date moved off a holiday, not a period from an event
    Negative("holiday_roll", hit=re.compile(r"^翌(?:営業)?日"),
             before=re.compile(r"(?:休日|休業日|祝日|祭日|土曜|日曜|土日|営業日でない|営業日以外)[^。]{0,40}$"),
             example="支払期日が休日に当たるときは翌営業日までに支払う。"),
    # 利用日の3日前以降のキャンセルはキャンセル料 "cancelling from three days before costs a fee": the
    # day a fee starts, not a deadline anyone must keep
    Negative("fee_from",
             after=re.compile(r"^(?:以降|以後|を過ぎ)[^。]{0,20}?(?:キャンセル|取消|取り消|解約)"),
             clause=re.compile(r"キャンセル料|取消料|違約金|解約金|手数料"),
             example="利用日の3日前以降のキャンセルはキャンセル料がかかる。"),
    # 損害発生前12か月間に支払った料金の総額を上限とする "capped at the fees paid in the 12 months
    # before": the window a cap is measured over, whatever word opens it
    Negative("cap_window",
             after=re.compile(r"^(?:間|の間)?に?[^。]{0,25}?(?:支払|受領|支払われ|受け取)[^。]{0,15}?(?:料金|代金|対価|報酬|金額)"),
             clause=re.compile(r"上限|限度|を超えない|を超えて"),
             example="当社の賠償額は、損害発生前12か月間に会員が支払った利用料金の総額を上限とする。"),
    # 障害から4時間以内に復旧しなかった場合、月額料金の5%を返金 "a refund of 5% if not restored in four
    # hours": a threshold for a service credit, owed by no one by a date
    Negative("service_credit", clause=re.compile(
        r"^(?=.*(?:復旧|回復|障害|停止|中断|不通|利用できな))(?=.*(?:[0-9.]+[%％]|日分|月分))"
        r"(?=.*(?:減額|返金|クレジット|割引|補償))"),
             example="当社は、障害の発生から4時間以内に復旧しなかった場合、月額料金の5%を返金する。"),
    # パスワードの有効期間は90日 / 見積書の有効期限は発行日から30日 "a password, a quotation is valid
    # for …": the validity of a thing, not a duty of either side
    Negative("validity", before=re.compile(
        r"(?:パスワード|認証コード|確認コード|トークン|URL|リンク|ポイント|クーポン|チケット|見積|招待)"
        r"[^。、]{0,8}?有効(?:期間|期限)(?:は|を)、?[^。]{0,20}$"),
             example="見積書の有効期限は、発行日から30日とする。"),
    # 閏年も365日として計算する "a leap year counted as 365 days too": a day-count convention
    Negative("conversion", after=re.compile(r"^として(?:計算|換算|算定|算出|日割)|^とする日割"),
             example="利息は、閏年も365日として計算する。"),
    # 1か月を30日として日割計算 "a month counted as 30 days, pro rata": a conversion, not a period
    Negative("conversion",
             after=re.compile(r"^を[0-9〇一二三四五六七八九十百]+(?:日|時間|か月|ヶ月|週)として"),
             example="月の途中で開始したときは、1ヶ月を30日として日割りで計算する。"),
    Negative("conversion", before=re.compile(r"[0-9〇一二三四五六七八九十](?:日|か月|ヶ月|年|週間?)を$"),
             after=re.compile(r"^として"),
             example="月の途中で開始したときは、1ヶ月を30日として日割りで計算する。"),
)

_ERA_BEFORE = re.compile(r"(?:令和|平成|昭和|大正|明治|西暦)$")
_DATE_AFTER = re.compile(r"^[0-9]{1,2}(?:月|日)")  # 2023年8月, 12月3日
# 年12月 / 月3日 / 十二月一日: part of a date
_YEAR_BEFORE = re.compile(r"[0-9〇一二三四五六七八九十元]年$|[0-9〇一二三四五六七八九十]月$")
_LAW = re.compile(r"^(?:法律|法|政令|省令|条例|度)")  # 昭和59年法律第86号, 2024年度


def rejection(hit: PeriodHit, ctx: Context) -> str | None:
    """Why this hit is not a duty, or None."""
    if _is_calendar(hit, ctx.before, ctx.after):
        return "calendar"
    return next((rule.name for rule in NEGATIVES if rule.fires(hit, ctx)), None)


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
