"""Words the exports print for kinds, parties and reminder states, in Japanese and English.

One table per enum, so the .ics, the CSV and the report name things the same way.
"""

from __future__ import annotations

from enum import StrEnum

from tracker.domain import DutyKind, Party, Qualifier, ReminderState

LANGUAGES = ("ja", "en")

_KINDS: dict[DutyKind, tuple[str, str]] = {
    DutyKind.TERM: ("契約期間満了", "Term ends"),
    DutyKind.MINIMUM_TERM: ("最低利用期間満了", "Minimum term ends"),
    DutyKind.RENEWAL_NOTICE: ("更新拒絶の通知期限", "Renewal notice cutoff"),
    DutyKind.TERMINATION_NOTICE: ("解約予告の期限", "Termination notice"),
    DutyKind.RETURN: ("返還・破棄の期限", "Return or destroy"),
    DutyKind.CURE: ("是正期間の満了", "Cure period ends"),
    DutyKind.DATA_DELETION: ("データ削除", "Data deletion"),
    DutyKind.CONFIDENTIALITY: ("秘密保持義務の終了", "Confidentiality ends"),
    DutyKind.CLAIM_LIMITATION: ("請求期限", "Claim time limit"),
    DutyKind.PAYMENT: ("支払期限", "Payment due"),
    DutyKind.CHANGE_NOTICE: ("変更の通知", "Change notice"),
    DutyKind.ABOLITION_NOTICE: ("廃止の通知", "Discontinuation notice"),
    DutyKind.NOTIFICATION: ("通知期限", "Notice due"),
    DutyKind.INSPECTION: ("検査期限", "Inspection"),
    DutyKind.RESPONSE: ("回答期限", "Response due"),
    DutyKind.DEFAULT: ("期限の利益喪失等", "Default period"),
}

_PARTIES: dict[Party, tuple[str, str]] = {
    Party.CUSTOMER: ("利用者側", "Customer"),
    Party.PROVIDER: ("提供者側", "Provider"),
    Party.BOTH: ("双方", "Both"),
}

_STATES: dict[ReminderState, tuple[str, str]] = {
    ReminderState.PENDING: ("未対応", "Pending"),
    ReminderState.SNOOZED: ("保留中", "Snoozed"),
    ReminderState.DISMISSED: ("対応不要", "Dismissed"),
    ReminderState.DONE: ("対応済み", "Done"),
}

_QUALIFIERS: dict[Qualifier, tuple[str, str]] = {
    Qualifier.PROMPTLY: ("速やかに", "promptly"),
    Qualifier.IMMEDIATELY: ("直ちに", "immediately"),
    Qualifier.WITHOUT_DELAY: ("遅滞なく", "without delay"),
    Qualifier.END_OF_MONTH: ("当月末日まで", "by the end of the month"),
    Qualifier.END_OF_NEXT_MONTH: ("翌月末日まで", "by the end of the next month"),
    Qualifier.END_OF_MONTH_AFTER_NEXT: ("翌々月末日まで", "by the end of the month after next"),
    Qualifier.BY_EXPIRY: ("期間満了日まで", "by expiry"),
}

_TABLES: dict[type[StrEnum], dict] = {
    DutyKind: _KINDS, Party: _PARTIES, ReminderState: _STATES, Qualifier: _QUALIFIERS,
}


def check_language(lang: str) -> str:
    """The exports speak Japanese or English; anything else is a programming error."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def label(value: DutyKind | Party | ReminderState | Qualifier | None, lang: str) -> str:
    """The printed word for an enum value; '-' for no value (a duty nobody performs)."""
    if value is None:
        return "-"
    ja, en = _TABLES[type(value)][value]
    return ja if check_language(lang) == "ja" else en
