"""One vocabulary: the words every view prints for kinds, anchors, qualifiers, units and states.

The GUI, the date explanations, the CSV, the .ics file, the report and the CLI all look words up
here, in Japanese or English, so one value is named one way everywhere, and a value the extractor
emits without a word here fails a test instead of reaching a user as an identifier.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from tracker.domain.contract import ContractStatus, ReminderState, ReviewState
from tracker.domain.duty import Direction, DutyKind, Party, Qualifier, Unit
from tracker.domain.schedule import Convention

LANGUAGES = ("ja", "en")

KINDS: dict[DutyKind, tuple[str, str]] = {
    DutyKind.TERM: ("契約期間満了", "Term ends"),
    DutyKind.MINIMUM_TERM: ("最低利用期間満了", "Minimum term ends"),
    DutyKind.RENEWAL_NOTICE: ("更新拒絶の通知期限", "Renewal notice"),
    DutyKind.TERMINATION_NOTICE: ("解約予告の期限", "Termination notice"),
    DutyKind.RETURN: ("返還・破棄", "Return or destroy"),
    DutyKind.CURE: ("是正期間", "Cure period"),
    DutyKind.DATA_DELETION: ("データ削除", "Data deletion"),
    DutyKind.CONFIDENTIALITY: ("秘密保持の終了", "Confidentiality ends"),
    DutyKind.CLAIM_LIMITATION: ("請求期限", "Claim time limit"),
    DutyKind.PAYMENT: ("支払期限", "Payment"),
    DutyKind.CHANGE_NOTICE: ("変更の通知", "Change notice"),
    DutyKind.ABOLITION_NOTICE: ("廃止の通知", "Discontinuation notice"),
    DutyKind.NOTIFICATION: ("通知期限", "Notification"),
    DutyKind.INSPECTION: ("検査・検収", "Inspection"),
    DutyKind.RESPONSE: ("回答期限", "Response"),
    DutyKind.DEFAULT: ("期限の利益喪失", "Default"),  # an event of default (期限の利益の喪失)
}

PARTIES: dict[Party, tuple[str, str]] = {
    Party.CUSTOMER: ("利用者側", "Customer"),
    Party.PROVIDER: ("提供者側", "Provider"),
    Party.BOTH: ("双方", "Both"),
}

REMINDER_STATES: dict[ReminderState, tuple[str, str]] = {
    ReminderState.PENDING: ("未対応", "Pending"),
    ReminderState.SNOOZED: ("保留中", "Snoozed"),
    ReminderState.DISMISSED: ("対応不要", "Dismissed"),
    ReminderState.DONE: ("対応済み", "Done"),
}

REVIEW_STATES: dict[ReviewState, tuple[str, str]] = {
    ReviewState.SUGGESTED: ("要確認", "To review"),
    ReviewState.CONFIRMED: ("確認済み", "Confirmed"),
    ReviewState.EDITED: ("修正済み", "Edited"),
    ReviewState.REJECTED: ("却下", "Rejected"),
}

CONTRACT_STATES: dict[ContractStatus, tuple[str, str]] = {
    ContractStatus.ACTIVE: ("有効", "Active"),
    ContractStatus.RENEWING: ("更新予定", "Renewing"),
    ContractStatus.ENDING: ("終了予定", "Ending"),
    ContractStatus.ENDED: ("期間満了", "Ended"),
    ContractStatus.TERMINATED: ("解約済み", "Terminated"),
}

QUALIFIERS: dict[Qualifier, tuple[str, str]] = {
    Qualifier.PROMPTLY: ("速やかに", "promptly"),
    Qualifier.IMMEDIATELY: ("直ちに", "immediately"),
    Qualifier.WITHOUT_DELAY: ("遅滞なく", "without delay"),
    Qualifier.END_OF_MONTH: ("当月末日まで", "by the end of the month"),
    Qualifier.END_OF_NEXT_MONTH: ("翌月末日まで", "by the end of the next month"),
    Qualifier.END_OF_MONTH_AFTER_NEXT: ("翌々月末日まで", "by the end of the month after next"),
    Qualifier.BY_EXPIRY: ("期間満了日まで", "by expiry"),
}

DIRECTIONS: dict[Direction, tuple[str, str]] = {
    Direction.BEFORE: ("前", "before"),
    Direction.AFTER: ("後", "after"),
}

# how a period counted back ends (periods.md): clear days, or the plain subtraction
CONVENTIONS: dict[Convention, tuple[str, str]] = {
    Convention.LEGAL: ("民法の数え方", "legal count"),
    Convention.SIMPLE: ("単純計算", "simple count"),
}


class UnitWords(NamedTuple):
    ja: str
    en_one: str
    en_many: str


UNITS: dict[Unit, UnitWords] = {
    Unit.HOUR: UnitWords("時間", "hour", "hours"),
    Unit.DAY: UnitWords("日", "day", "days"),
    Unit.BUSINESS_DAY: UnitWords("営業日", "business day", "business days"),
    Unit.WEEK: UnitWords("週間", "week", "weeks"),
    Unit.MONTH: UnitWords("か月", "month", "months"),
    Unit.YEAR: UnitWords("年", "year", "years"),
}


class AnchorWords(NamedTuple):
    """`ja`/`en` label a column or a field; `short_ja` follows を含めず in an explanation;
    `en_phrase` names the day inside an English sentence ("30 days before the expiry date")."""

    ja: str
    short_ja: str
    en: str
    en_phrase: str


# every anchor name the extractor emits (shared docs/duties.md) and the scheduler's own
ANCHORS: dict[str, AnchorWords] = {
    "expiry": AnchorWords("期間満了日", "満了日", "Expiry", "the expiry date"),
    "start": AnchorWords("利用開始日", "開始日", "Start", "the start date"),
    "start_month": AnchorWords("利用開始月の初日", "開始月初日", "Start month",
                               "the first day of the start month"),
    "termination": AnchorWords("契約終了日", "終了日", "End of contract", "the end of the contract"),
    "cancellation_date": AnchorWords("解約希望日", "解約希望日", "Cancellation date", "the desired end date"),
    "notice_arrival": AnchorWords("通知到達日", "到達日", "Notice received", "the day the notice arrived"),
    "violation_notice": AnchorWords("違反通知日", "通知日", "Breach notice", "the day of the breach notice"),
    "violation": AnchorWords("違反日", "違反日", "Breach", "the day of the breach"),
    "change_effective": AnchorWords("変更予定日", "変更予定日", "Change takes effect",
                                    "the day the change takes effect"),
    "abolition": AnchorWords("廃止日", "廃止日", "Service discontinued", "the day the service ends"),
    "completion": AnchorWords("完了日", "完了日", "Completion", "the day of completion"),
    "acceptance": AnchorWords("検収日", "検収日", "Acceptance", "the day of acceptance"),
    "delivery": AnchorWords("納品日", "納品日", "Delivery", "the day of delivery"),
    "disclosure": AnchorWords("開示日", "開示日", "Disclosure", "the day of disclosure"),
    "invoice": AnchorWords("請求日", "請求日", "Invoice", "the invoice date"),
    "payment_due": AnchorWords("支払期日", "支払期日", "Payment due", "the payment due date"),
    "claim_arises": AnchorWords("請求権発生日", "発生日", "Claim arises", "the day the claim arose"),
    "incident": AnchorWords("事故発生日", "発生日", "Incident", "the day of the incident"),
    "last_update": AnchorWords("最終更新日", "更新日", "Last update", "the last update"),
    "last_login": AnchorWords("最終ログイン日", "ログイン日", "Last login", "the last login"),
    "attachment": AnchorWords("差押え等の日", "差押日", "Seizure of assets", "the day of the seizure"),
    "contact": AnchorWords("連絡日", "連絡日", "Contact", "the day of contact"),
    "data_deletion": AnchorWords("データ削除日", "削除日", "Data deleted", "the day the data was deleted"),
    "dispatch": AnchorWords("発信日", "発信日", "Notice sent", "the day the notice was sent"),
    "document_receipt": AnchorWords("書類受領日", "受領日", "Documents received",
                                    "the day the documents arrived"),
    "event": AnchorWords("事由発生日", "発生日", "Event", "the day of the event"),
    "inquiry": AnchorWords("照会日", "照会日", "Inquiry", "the day of the inquiry"),
    "request": AnchorWords("要請日", "要請日", "Request received", "the day of the request"),
    "return": AnchorWords("返還日", "返還日", "Return received", "the day of the return"),
    "order_receipt": AnchorWords("注文書受領日", "受領日", "Order received", "the day the order arrived"),
    "report_receipt": AnchorWords("報告書受領日", "受領日", "Report received", "the day the report arrived"),
    "subcontract_start": AnchorWords("再委託開始日", "開始日", "Subcontractor starts",
                                     "the day the subcontractor starts"),
    "audit": AnchorWords("監査予定日", "監査日", "Audit", "the day of the audit"),
    "maintenance": AnchorWords("作業実施日", "実施日", "Planned work", "the day of the planned work"),
    "log_creation": AnchorWords("記録作成日", "作成日", "Record made", "the day the record was made"),
    "suspension": AnchorWords("利用停止日", "停止日", "Service suspended",
                              "the day the service was suspended"),
    "surrender": AnchorWords("明渡し完了日", "明渡日", "Premises handed back",
                             "the day the premises were handed back"),
    "recovery": AnchorWords("復旧日", "復旧日", "Service restored", "the day service was restored"),
    "month_end": AnchorWords("当月末日", "月末", "End of month", "the end of the month"),
    "period_end": AnchorWords("対象期間の末日", "末日", "End of period", "the end of the billing period"),
    "rent_month": AnchorWords("賃料の対象月", "対象月", "Rent month", "the month the rent is for"),
    "service_month": AnchorWords("サービス提供月", "提供月", "Service month", "the month of service"),
    "usage_month": AnchorWords("利用月", "利用月", "Month of use", "the month of use"),
    "year_day": AnchorWords("毎年の所定日", "所定日", "Date each year", "the date each year"),
    "anniversary": AnchorWords("契約応当日", "応当日", "Anniversary", "each anniversary of the start date"),
}
NO_ANCHOR = AnchorWords("基準日", "基準日", "Reference day", "the reference day")

_ENUM_TABLES: dict[type[StrEnum], dict] = {
    DutyKind: KINDS, Party: PARTIES, ReminderState: REMINDER_STATES, ReviewState: REVIEW_STATES,
    ContractStatus: CONTRACT_STATES, Qualifier: QUALIFIERS, Direction: DIRECTIONS, Convention: CONVENTIONS,
}

Labelled = (
    DutyKind | Party | ReminderState | ReviewState | ContractStatus | Qualifier | Direction | Convention
)


def check_language(lang: str) -> str:
    """Output speaks Japanese or English; anything else is a programming error."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def label(value: Labelled | None, lang: str) -> str:
    """The word for an enum value; '-' for no value (a duty nobody performs)."""
    if value is None:
        return "-"
    ja, en = _ENUM_TABLES[type(value)][value]
    return ja if check_language(lang) == "ja" else en


def anchor_words(name: str | None) -> AnchorWords:
    """The words for an anchor name; an unknown name (free text typed by a user) stands as written."""
    if name is None:
        return NO_ANCHOR
    return ANCHORS.get(name) or AnchorWords(name, name, name, name)


def anchor_label(name: str | None, lang: str) -> str:
    words = anchor_words(name)
    return words.ja if check_language(lang) == "ja" else words.en


def unit_word(unit: Unit, amount: int | float, lang: str) -> str:
    """The unit alone, in the number the amount asks for: '日', 'day', 'days'."""
    words = UNITS[unit]
    if check_language(lang) == "ja":
        return words.ja
    return words.en_one if amount == 1 else words.en_many


def amount_text(amount: int | float, unit: Unit, lang: str) -> str:
    """'1年', '1 year', '3 months'."""
    word = unit_word(unit, amount, lang)
    return f"{amount}{word}" if lang == "ja" else f"{amount} {word}"


def days_left_text(days: int, lang: str) -> str:
    """'[1 day left]', '【あと3日】', '[Due today]', '[2 days overdue]': the lead before a title."""
    if check_language(lang) == "ja":
        if days == 0:
            return "【本日期限】"
        return f"【あと{days}日】" if days > 0 else f"【{-days}日超過】"
    if days == 0:
        return "[Due today]"
    if days > 0:
        return f"[{amount_text(days, Unit.DAY, lang)} left]"
    return f"[{amount_text(-days, Unit.DAY, lang)} overdue]"


def days_left_count(days: int, lang: str) -> str:
    """The same count for a table cell: 'あと3日', '1 day left', 'Due today', '2 days overdue'."""
    return days_left_text(days, lang).strip("【】[]")
