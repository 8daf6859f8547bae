"""Finds text the window cuts off: labels, buttons, check boxes, combo boxes, tabs and table headers
narrower than the text they show (Qt clips or elides it with "…" silently).

Each finding names the widget, its text, and the width it needs and has, so a failing layout test says
what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

_SLACK = 1  # rounding in Qt's own size hints


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.window() is root.window()


def _finding(widget: QWidget, text: str, needs: int, has: int) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}: needs {needs}px, has {has}px"


def _label(label: QLabel) -> str | None:
    if label.wordWrap() or not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    needs = label.sizeHint().width()
    if label.width() + _SLACK < needs:
        return _finding(label, label.text(), needs, label.width())
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needs = button.sizeHint().width()
    if button.width() + _SLACK < needs:
        return _finding(button, button.text(), needs, button.width())
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    needs = combo.fontMetrics().horizontalAdvance(text)
    if field.width() + _SLACK < needs:
        return _finding(combo, text, needs, field.width())
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        has, needs = bar.tabRect(index).width(), bar.tabSizeHint(index).width()
        if bar.isTabVisible(index) and has + _SLACK < needs:
            found.append(_finding(bar, bar.tabText(index), needs, has))
    return found


def _headers(view: QAbstractItemView) -> list[str]:
    header = getattr(view, "horizontalHeader", lambda: None)()
    model = view.model()
    if header is None or model is None or not header.isVisible():
        return []
    found = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needs = metrics.horizontalAdvance(text)  # the style draws the label inside the section
        has = header.sectionSize(section)
        if text and has + _SLACK < needs:
            found.append(_finding(header, text, needs, has))
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Every text shown in `root` (and its visible children) that does not fit its widget."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            finding = _label(widget)
        elif isinstance(widget, QAbstractButton):
            finding = _button(widget)
        elif isinstance(widget, QComboBox):
            finding = _combo(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
            continue
        elif isinstance(widget, QAbstractItemView):
            found += _headers(widget)
            continue
        else:
            continue
        if finding:
            found.append(finding)
    return found
