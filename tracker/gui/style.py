"""Kind colours and translated labels for kinds, parties and anchors, shared by every GUI view.

Labels are looked up at call time through QCoreApplication.translate, so a language switch shows the
new language on the next repaint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from tracker.domain.duty import DutyKind, Party


def _t(text: str) -> str:
    return QCoreApplication.translate("style", text)


# Colours pick out what users fear most (renewal and termination cutoffs) in warm, strong tones;
# provider-side notices and long-running periods in cool, pale ones.
_KIND_COLORS: dict[DutyKind, str] = {
    DutyKind.TERM: "#607d8b",
    DutyKind.MINIMUM_TERM: "#78909c",
    DutyKind.RENEWAL_NOTICE: "#d32f2f",
    DutyKind.TERMINATION_NOTICE: "#f57c00",
    DutyKind.RETURN: "#7b1fa2",
    DutyKind.CURE: "#c2185b",
    DutyKind.DATA_DELETION: "#1976d2",
    DutyKind.CONFIDENTIALITY: "#00796b",
    DutyKind.CLAIM_LIMITATION: "#5d4037",
    DutyKind.PAYMENT: "#388e3c",
    DutyKind.CHANGE_NOTICE: "#0097a7",
    DutyKind.ABOLITION_NOTICE: "#303f9f",
    DutyKind.NOTIFICATION: "#afb42b",
    DutyKind.INSPECTION: "#689f38",
    DutyKind.RESPONSE: "#fbc02d",
    DutyKind.DEFAULT: "#e64a19",
}

# Each label is a literal inside translate() so that lupdate collects it.
_KIND_LABELS: dict[DutyKind, Callable[[], str]] = {
    DutyKind.TERM: lambda: _t("Term"),
    DutyKind.MINIMUM_TERM: lambda: _t("Minimum term"),
    DutyKind.RENEWAL_NOTICE: lambda: _t("Renewal notice"),
    DutyKind.TERMINATION_NOTICE: lambda: _t("Termination notice"),
    DutyKind.RETURN: lambda: _t("Return"),
    DutyKind.CURE: lambda: _t("Cure period"),
    DutyKind.DATA_DELETION: lambda: _t("Data deletion"),
    DutyKind.CONFIDENTIALITY: lambda: _t("Confidentiality"),
    DutyKind.CLAIM_LIMITATION: lambda: _t("Claim limitation"),
    DutyKind.PAYMENT: lambda: _t("Payment"),
    DutyKind.CHANGE_NOTICE: lambda: _t("Change notice"),
    DutyKind.ABOLITION_NOTICE: lambda: _t("Abolition notice"),
    DutyKind.NOTIFICATION: lambda: _t("Notification"),
    DutyKind.INSPECTION: lambda: _t("Inspection"),
    DutyKind.RESPONSE: lambda: _t("Response"),
    DutyKind.DEFAULT: lambda: _t("Default"),
}

_PARTY_LABELS: dict[Party, Callable[[], str]] = {
    Party.CUSTOMER: lambda: _t("Customer"),
    Party.PROVIDER: lambda: _t("Provider"),
    Party.BOTH: lambda: _t("Both"),
}

# The anchors the extractor names (see shared docs/duties.md); unknown ones are shown as written.
_ANCHOR_LABELS: dict[str, Callable[[], str]] = {
    "start": lambda: _t("Start"),
    "expiry": lambda: _t("Expiry"),
    "termination": lambda: _t("Termination"),
    "cancellation_date": lambda: _t("Cancellation date"),
    "notice_arrival": lambda: _t("Notice received"),
    "violation_notice": lambda: _t("Breach notice"),
    "violation": lambda: _t("Breach"),
    "change_effective": lambda: _t("Change takes effect"),
    "abolition": lambda: _t("Service discontinued"),
    "completion": lambda: _t("Completion"),
    "disclosure": lambda: _t("Disclosure"),
    "invoice": lambda: _t("Invoice"),
    "payment_due": lambda: _t("Payment due"),
    "claim_arises": lambda: _t("Claim arises"),
    "incident": lambda: _t("Incident"),
    "last_update": lambda: _t("Last update"),
}

KNOWN_ANCHORS: tuple[str, ...] = tuple(_ANCHOR_LABELS)


def kind_color(kind: DutyKind) -> QColor:
    return QColor(_KIND_COLORS[kind])


def kind_label(kind: DutyKind) -> str:
    return _KIND_LABELS[kind]()


def party_label(party: Party | None) -> str:
    """None (a term length nobody acts on) shows as a dash."""
    return "—" if party is None else _PARTY_LABELS[party]()


def anchor_label(anchor: str | None) -> str:
    if anchor is None:
        return "—"
    label = _ANCHOR_LABELS.get(anchor)
    return label() if label else anchor
