"""Kind colours and translated labels for kinds, parties and anchors, shared by every GUI view.

Labels are looked up at call time through QCoreApplication.translate, so a language switch shows the
new language on the next repaint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from tracker.domain.duty import Direction, DutyKind, Party, Period, Qualifier, Unit
from tracker.gui.formatting import ui_language
from tracker.services.wording import anchor_words


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
    "delivery": lambda: _t("Delivery"),
    "request": lambda: _t("Request received"),
    "return": lambda: _t("Return received"),
    "data_deletion": lambda: _t("Data deleted"),
    "contact": lambda: _t("Contact"),
    "attachment": lambda: _t("Attachment"),
}

KNOWN_ANCHORS: tuple[str, ...] = tuple(_ANCHOR_LABELS)


# Enum members added later by other layers show as their value (and grey) rather than crash the GUI.


def kind_color(kind: DutyKind) -> QColor:
    return QColor(_KIND_COLORS.get(kind, "#9e9e9e"))


def kind_label(kind: DutyKind) -> str:
    label = _KIND_LABELS.get(kind)
    return label() if label else str(kind)


def party_label(party: Party | None) -> str:
    """None (a term length nobody acts on) shows as a dash."""
    if party is None:
        return "—"
    label = _PARTY_LABELS.get(party)
    return label() if label else str(party)


def anchor_label(anchor: str | None) -> str:
    if anchor is None:
        return "—"
    label = _ANCHOR_LABELS.get(anchor)
    if label:
        return label()
    # the scheduler's table names every anchor the extractor emits, in both languages
    ja, _, en = anchor_words(anchor)
    if ja == anchor:  # an anchor no table knows shows as it is
        return anchor
    return ja if ui_language() == "ja" else en.removeprefix("the ").capitalize()


# "%1" is the amount; one literal for one and one for more keeps English right without a .qm file.
_UNIT_LABELS: dict[Unit, tuple[Callable[[], str], Callable[[], str]]] = {
    Unit.HOUR: (lambda: _t("%1 hour"), lambda: _t("%1 hours")),
    Unit.DAY: (lambda: _t("%1 day"), lambda: _t("%1 days")),
    Unit.BUSINESS_DAY: (lambda: _t("%1 business day"), lambda: _t("%1 business days")),
    Unit.WEEK: (lambda: _t("%1 week"), lambda: _t("%1 weeks")),
    Unit.MONTH: (lambda: _t("%1 month"), lambda: _t("%1 months")),
    Unit.YEAR: (lambda: _t("%1 year"), lambda: _t("%1 years")),
}

_QUALIFIER_LABELS: dict[Qualifier, Callable[[], str]] = {
    Qualifier.PROMPTLY: lambda: _t("promptly"),
    Qualifier.IMMEDIATELY: lambda: _t("immediately"),
    Qualifier.WITHOUT_DELAY: lambda: _t("without delay"),
    Qualifier.END_OF_NEXT_MONTH: lambda: _t("by the end of the next month"),
    Qualifier.BY_EXPIRY: lambda: _t("by expiry"),
    Qualifier.END_OF_MONTH: lambda: _t("by the end of the month"),
    Qualifier.END_OF_MONTH_AFTER_NEXT: lambda: _t("by the end of the month after next"),
}


def unit_label(unit: Unit, amount: int | float) -> str:
    one, many = _UNIT_LABELS[unit]
    return (one if amount == 1 else many)().replace("%1", str(amount))


def unit_name(unit: Unit) -> str:
    """The unit alone, for a combo box beside an amount."""
    return _UNIT_LABELS[unit][1]().replace("%1", "").strip()


def direction_label(direction: Direction) -> str:
    return _t("before") if direction is Direction.BEFORE else _t("after")


def qualifier_label(qualifier: Qualifier) -> str:
    label = _QUALIFIER_LABELS.get(qualifier)
    return label() if label else str(qualifier)


def period_label(period: Period) -> str:
    """'30 days before', '14 days after', 'promptly' — the anchor is shown in its own column."""
    if period.qualifier is not None and period.amount is None:
        return qualifier_label(period.qualifier)
    if period.amount is None or period.unit is None:
        return "—"
    return (
        _t("%1 %2")
        .replace("%1", unit_label(period.unit, period.amount))
        .replace("%2", direction_label(period.direction))
    )


def length_label(period: Period | None) -> str:
    """A length such as a term: '12 months'; a dash when unknown."""
    if period is None or period.amount is None or period.unit is None:
        return "—"
    return unit_label(period.unit, period.amount)
