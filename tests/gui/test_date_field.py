"""DateField: a typed date is taken as typed, the popup opens on the field's day, the format follows the
UI language (yyyy/MM/dd, "1 Oct 2025") and changes with it at once."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tracker.gui.date_field import DateField
from tracker.gui.facts_form import OptionalDateEdit
from tracker.gui.i18n import install_translator


@pytest.fixture
def field(qtbot) -> DateField:
    widget = DateField(date(2026, 11, 22))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, field: DateField, text: str) -> None:
    field.lineEdit.selectAll()
    if not text:
        qtbot.keyClick(field.lineEdit, Qt.Key.Key_Delete)
    elif text.isascii():
        qtbot.keyClicks(field.lineEdit, text)
    else:  # QTest cannot type characters outside Latin-1: an input method would commit them
        field.lineEdit.insert(text)
    qtbot.keyClick(field.lineEdit, Qt.Key.Key_Return)


@pytest.mark.parametrize("text", ["2025/10/01", "2025-10-01", "令和7年10月1日", "1 Oct 2025", "Oct 1, 2025"])
def test_a_typed_date_is_taken_without_arrow_keys(qtbot, field, text):
    with qtbot.waitSignal(field.dateChanged):
        _type(qtbot, field, text)
    assert field.value() == date(2025, 10, 1)
    assert field.lineEdit.text() == "1 Oct 2025"
    assert field.hasAcceptableInput()


def test_text_that_is_no_date_is_marked_and_changes_nothing(qtbot, field):
    _type(qtbot, field, "10/01/25")
    assert field.value() == date(2026, 11, 22)
    assert not field.hasAcceptableInput()
    assert field.lineEdit.text() == "10/01/25"  # left for the user to correct
    _type(qtbot, field, "2025/10/1")
    assert field.hasAcceptableInput() and field.value() == date(2025, 10, 1)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no keyboard grab
def test_the_popup_opens_on_the_fields_own_day_and_a_click_picks(qtbot, field):
    field.setValue(date(2025, 3, 14))
    field.showPopup()
    calendar = field.popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 3)
    assert calendar.selectedDate().toPython() == date(2025, 3, 14)
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.value() == date(2025, 3, 17)
    assert not field.popup.isVisible()


def test_japanese_shows_year_month_day_and_a_live_switch_reformats(qtbot, qapp, field):
    assert field.lineEdit.text() == "22 Nov 2026"
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: field.lineEdit.text() == "2026/11/22")
    install_translator(qapp, "en")
    qtbot.waitUntil(lambda: field.lineEdit.text() == "22 Nov 2026")


def test_an_optional_date_may_be_emptied(qtbot):
    optional = OptionalDateEdit()
    qtbot.addWidget(optional)
    optional.show()
    optional.setValue(None, date(2026, 11, 22))
    assert optional.value() is None and optional.edit.lineEdit.text() == ""
    optional.ask()
    assert optional.value() == date(2026, 11, 22)
    _type(qtbot, optional.edit, "2026年4月1日")
    assert optional.value() == date(2026, 4, 1)
    _type(qtbot, optional.edit, "")
    assert optional.value() is None and not optional.check.isChecked()
