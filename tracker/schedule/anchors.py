"""How the scheduler dates each anchor an extracted duty names, and why a duty has no date.

Three ways: from the contract's own dates (its start, each expiry), from a day the user records
(the termination, a breach notice, a delivery …), or not at all here because the anchor is a
month or a day of the year that comes round again (利用月, 賃料の対象月, 毎年3月31日, 契約応当日):
those are recurring deadlines. A duty without
a date says which of these is missing, so the user knows what to enter.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from tracker.domain.duty import Duty
from tracker.domain.schedule import ContractTerms, Explanation
from tracker.domain.vocabulary import anchor_words
from tracker.schedule.timeline import initial_cycle


class AnchorRule(StrEnum):
    CONTRACT = "contract"  # the contract's start or each expiry
    EVENT = "event"  # a day the user records
    MONTHLY = "monthly"  # a month that recurs: scheduled as a recurring deadline, not here
    YEARLY = "yearly"  # a day of each year, or each anniversary: a recurring deadline too


_CONTRACT = ("start", "start_month", "expiry")
_MONTHLY = ("month_end", "period_end", "rent_month", "service_month", "usage_month")
_YEARLY = ("year_day", "anniversary")
_EVENTS = (
    "termination", "cancellation_date", "notice_arrival", "violation_notice", "violation",
    "change_effective", "abolition", "completion", "acceptance", "delivery", "disclosure", "invoice",
    "payment_due", "claim_arises", "incident", "last_update", "last_login", "attachment", "contact",
    "data_deletion", "dispatch", "document_receipt", "event", "inquiry", "request", "return",
    "order_receipt", "report_receipt", "subcontract_start", "audit", "maintenance", "log_creation",
    "suspension", "surrender", "recovery",
)
ANCHOR_RULES: dict[str, AnchorRule] = {
    **dict.fromkeys(_CONTRACT, AnchorRule.CONTRACT),
    **dict.fromkeys(_EVENTS, AnchorRule.EVENT),
    **dict.fromkeys(_MONTHLY, AnchorRule.MONTHLY),
    **dict.fromkeys(_YEARLY, AnchorRule.YEARLY),
}


def undated_reason(duty: Duty, terms: ContractTerms, events: Mapping[str, date]) -> Explanation | None:
    """Why the scheduler gives `duty` no date, in both languages; None when it can date it."""
    period = duty.period
    recurring = ANCHOR_RULES.get(duty.anchor or "") in (AnchorRule.MONTHLY, AnchorRule.YEARLY)
    if (period.amount is None or period.amount < 1) and period.qualifier is None and not recurring:
        return Explanation(ja="期間の長さが読み取れません", en="the clause states no length")
    anchor = duty.anchor
    if anchor is None:
        return Explanation(ja="起算点 (基準となる日) がありません",
                           en="the clause names no day to count from")
    words = anchor_words(anchor)
    label_ja, label_en = words.ja, words.en_phrase
    rule = ANCHOR_RULES.get(anchor)
    if anchor in events:
        return None
    if rule is AnchorRule.CONTRACT:
        if anchor == "expiry":
            known = initial_cycle(terms) is not None
            return None if known else Explanation(
                ja="期間満了日が不明です: 開始日と契約期間、または終了日を入力してください",
                en="the expiry is unknown: enter the start date and the term, or the end date")
        return None if terms.start is not None else Explanation(
            ja="開始日がありません: 契約の開始日 (規約なら同意した日) を入力してください",
            en="no start date: enter the day the contract started "
            "(for terms of use, the day you accepted them)")
    if rule is AnchorRule.EVENT:
        return Explanation(ja=f"{label_ja}を記録すると日付が決まります",
                           en=f"dated once {label_en} is recorded")
    if rule is AnchorRule.MONTHLY:
        return Explanation(ja=f"{label_ja}ごとに繰り返す期限です (定期的な期限)",
                           en=f"repeats with {label_en}: a recurring deadline")
    if rule is AnchorRule.YEARLY:
        return Explanation(ja=f"毎年繰り返す期限です ({label_ja}): 開始日を入力すると日付が決まります",
                           en=f"repeats every year ({label_en}): dated once the start date is entered")
    return Explanation(ja=f"起算点「{anchor}」の日付の決め方が未定義です",
                       en=f"no rule dates the anchor '{anchor}'")
