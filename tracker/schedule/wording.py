"""Words for explanations: anchor names and units in Japanese and English, and date formatting."""

from __future__ import annotations

from datetime import date, datetime

from tracker.domain.duty import Unit

# anchor name (duties.md) -> (Japanese label, its short form after を含めず, English label)
_ANCHORS: dict[str, tuple[str, str, str]] = {
    "expiry": ("期間満了日", "満了日", "the expiry date"),  # end of the term
    "start": ("利用開始日", "開始日", "the start date"),  # first day of use / of the contract
    "termination": ("契約終了日", "終了日", "the end of the contract"),
    "cancellation_date": ("解約希望日", "解約希望日", "the desired end date"),
    "notice_arrival": ("通知到達日", "到達日", "the day the notice arrived"),
    "violation_notice": ("違反通知日", "通知日", "the day of the breach notice"),
    "violation": ("違反日", "違反日", "the day of the breach"),
    "change_effective": ("変更予定日", "変更予定日", "the day the change takes effect"),
    "abolition": ("廃止日", "廃止日", "the day the service ends"),
    "completion": ("完了日", "完了日", "the day of completion"),
    "disclosure": ("開示日", "開示日", "the day of disclosure"),
    "invoice": ("請求日", "請求日", "the invoice date"),
    "payment_due": ("支払期限", "支払期限", "the payment due date"),
    "claim_arises": ("請求権発生日", "発生日", "the day the claim arose"),
    "incident": ("事故発生日", "発生日", "the day of the incident"),
    "last_update": ("最終更新日", "更新日", "the last update"),
    "start_month": ("利用開始月の初日", "開始月初日", "the first day of the start month"),
    "acceptance": ("検収日", "検収日", "the day of acceptance"),
    "delivery": ("納品日", "納品日", "the day of delivery"),
    "attachment": ("差押え等の日", "差押日", "the day of the attachment"),  # seizure of assets
    "contact": ("連絡日", "連絡日", "the day of contact"),
    "data_deletion": ("データ削除日", "削除日", "the day the data was deleted"),
    "dispatch": ("発信日", "発信日", "the day the notice was sent"),
    "document_receipt": ("書類受領日", "受領日", "the day the documents arrived"),
    "event": ("事由発生日", "発生日", "the day of the event"),
    "inquiry": ("照会日", "照会日", "the day of the inquiry"),
    "last_login": ("最終ログイン日", "ログイン日", "the last login"),
    "request": ("要請日", "要請日", "the day of the request"),
    "return": ("返還日", "返還日", "the day of the return"),
    "order_receipt": ("注文書受領日", "受領日", "the day the order arrived"),
    "report_receipt": ("報告書受領日", "受領日", "the day the report arrived"),
    "subcontract_start": ("再委託開始日", "開始日", "the day the subcontractor starts"),
    "audit": ("監査予定日", "監査日", "the day of the audit"),
    "maintenance": ("作業実施日", "実施日", "the day of the planned work"),
    "log_creation": ("記録作成日", "作成日", "the day the record was made"),
    "suspension": ("利用停止日", "停止日", "the day the service was suspended"),
    "surrender": ("明渡し完了日", "明渡日", "the day the premises were handed back"),
    "recovery": ("復旧日", "復旧日", "the day service was restored"),
    "month_end": ("当月末日", "月末", "the end of the month"),
    "period_end": ("対象期間の末日", "末日", "the end of the billing period"),
    "rent_month": ("賃料の対象月", "対象月", "the month the rent is for"),
    "service_month": ("サービス提供月", "提供月", "the month of service"),
    "usage_month": ("利用月", "利用月", "the month of use"),
}
_DEFAULT_ANCHOR = ("基準日", "基準日", "the anchor")  # 基準日: reference day

_UNIT_JA = {
    Unit.HOUR: "時間",
    Unit.DAY: "日",
    Unit.BUSINESS_DAY: "営業日",  # business day
    Unit.WEEK: "週間",
    Unit.MONTH: "か月",
    Unit.YEAR: "年",
}
_UNIT_EN = {
    Unit.HOUR: "hour",
    Unit.DAY: "day",
    Unit.BUSINESS_DAY: "business day",
    Unit.WEEK: "week",
    Unit.MONTH: "month",
    Unit.YEAR: "year",
}


def anchor_words(label: str | None) -> tuple[str, str, str]:
    """(Japanese label, short Japanese label, English label) for an anchor name or free text."""
    if label is None:
        return _DEFAULT_ANCHOR
    return _ANCHORS.get(label, (label, label, label))


def amount_ja(amount: int, unit: Unit) -> str:
    return f"{amount}{_UNIT_JA[unit]}"


def amount_en(amount: int, unit: Unit) -> str:
    return f"{amount} {_UNIT_EN[unit]}{'' if amount == 1 else 's'}"


def fmt(day: date | datetime) -> str:
    """ISO date, or date and minutes for a moment (periods.md's output format)."""
    if isinstance(day, datetime):
        return day.strftime("%Y-%m-%dT%H:%M")
    return day.isoformat()
