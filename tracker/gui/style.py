"""Kind colours, and the vocabulary's labels in the UI language, shared by every GUI view.

Labels are looked up at call time, so a language switch shows the new language on the next repaint.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from tracker.domain import vocabulary
from tracker.domain.duty import Direction, DutyKind, Party, Period, Qualifier, Unit
from tracker.domain.vocabulary import ANCHORS, amount_text, label, unit_word
from tracker.gui.formatting import ui_language

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

# The anchors a user may pick for a duty: every one the vocabulary names.
KNOWN_ANCHORS: tuple[str, ...] = tuple(ANCHORS)


# Enum members added later by other layers show as their value (and grey) rather than crash the GUI.


def kind_color(kind: DutyKind) -> QColor:
    return QColor(_KIND_COLORS.get(kind, "#9e9e9e"))


def kind_label(kind: DutyKind) -> str:
    return label(kind, ui_language())


def party_label(party: Party | None) -> str:
    """None (a term length nobody acts on) shows as a dash."""
    return "—" if party is None else label(party, ui_language())


def anchor_label(anchor: str | None) -> str:
    return "—" if anchor is None else vocabulary.anchor_label(anchor, ui_language())


def unit_label(unit: Unit, amount: int | float) -> str:
    return amount_text(amount, unit, ui_language())


def unit_name(unit: Unit) -> str:
    """The unit alone, for a combo box beside an amount."""
    return unit_word(unit, 2, ui_language())


def direction_label(direction: Direction) -> str:
    return label(direction, ui_language())


def qualifier_label(qualifier: Qualifier) -> str:
    return label(qualifier, ui_language())


def period_label(period: Period) -> str:
    """'30 days before', '14 days after', 'promptly' — the anchor is shown in its own column."""
    if period.qualifier is not None and period.amount is None:
        return qualifier_label(period.qualifier)
    if period.amount is None or period.unit is None:
        return "—"
    lang = ui_language()
    gap = "" if lang == "ja" else " "
    return f"{amount_text(period.amount, period.unit, lang)}{gap}{label(period.direction, lang)}"


def length_label(period: Period | None) -> str:
    """A length such as a term: '12 months'; a dash when unknown."""
    if period is None or period.amount is None or period.unit is None:
        return "—"
    return unit_label(period.unit, period.amount)
