"""No text cut off: every page of the main window at 1024×700 and 1600×1000, in Japanese and English,
shows its labels, buttons, combo boxes, tabs and column headers whole (tests/gui/clipping.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from tests.gui.clipping import clipped_texts
from tests.gui.fake_deadlines import contract_with_deadlines
from tracker.gui.i18n import install_translator


def _settle(qtbot) -> None:
    qtbot.wait(50)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_no_page_clips_its_text(qtbot, qapp, service, main_window, contract_file, language, size):
    contract_id = contract_with_deadlines(service, contract_file)
    install_translator(qapp, language)
    main_window.resize(*size)
    main_window.refresh()
    pages = {
        "contracts": main_window.showContractList,
        "contract": lambda: main_window.openContract(contract_id),
        "calendar": lambda: main_window.tabs.setCurrentWidget(main_window.calendarPage),
        "week": main_window.calendarPage.showWeek,
        "reminders": main_window.showReminders,
    }
    found = {}
    for name, show in pages.items():
        show()
        _settle(qtbot)
        clipped = clipped_texts(main_window)
        if clipped:
            found[name] = clipped
    assert found == {}


def test_the_contract_text_keeps_most_of_the_width_at_1024(qtbot, service, main_window, contract_file):
    contract_id = contract_with_deadlines(service, contract_file)
    main_window.resize(1024, 700)
    main_window.openContract(contract_id)
    _settle(qtbot)
    text, facts = main_window.contractView.splitter.sizes()
    assert text > facts
    assert main_window.contractView.document.height() >= 250


def test_the_clipping_check_finds_a_cut_label(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("すべての状態を表示する長いラベル", host)
    label.resize(60, 20)
    host.show()
    assert clipped_texts(host) and "すべての状態" in clipped_texts(host)[0]
    label.resize(label.sizeHint())
    assert clipped_texts(host) == []


def test_the_duty_dialog_labels_every_row(qtbot, qapp):
    from PySide6.QtWidgets import QFormLayout

    from tracker.domain import Direction, Duty, DutyKind, Party, Period, SourceSpan, Unit
    from tracker.gui.duty_dialog import DutyDialog

    duty = Duty(DutyKind.RETURN, Party.CUSTOMER, Period(14, Unit.DAY, Direction.AFTER), "termination",
                SourceSpan(0, 10, "終了後14日以内に返還", "2"))
    dialog = DutyDialog(duty)
    qtbot.addWidget(dialog)
    labels = [dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
              for row in range(dialog.form.rowCount())]
    assert labels[:3] == ["Kind:", "Who acts:", "Period:"] and all(labels)
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: dialog.form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().text() != "Kind:")


def test_window_titles_name_the_application_once_in_the_ui_language(qtbot, qapp, main_window):
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: main_window.windowTitle() == "契約期限トラッカー")
    assert QApplication.applicationDisplayName() == "契約期限トラッカー"  # Qt appends it to titles
    install_translator(qapp, "en")
    qtbot.waitUntil(lambda: QApplication.applicationDisplayName() == "Contract Deadline Tracker")


def test_about_shows_the_version_and_a_reimport_says_it_made_no_duplicate(main_window):
    from tracker import __version__
    from tracker.domain import ImportResult

    assert main_window.aboutText().startswith(f"Version {__version__}\n")
    assert main_window.importMessage(ImportResult(imported=(1, 2))) == "Contracts imported: 2"
    assert main_window.importMessage(ImportResult(updated=(1,))) == (
        "1 already in the tracker (updated, not duplicated)")
    assert main_window.importMessage(ImportResult(imported=(3,), updated=(1, 2))) == (
        "Contracts imported: 1 · 2 already in the tracker (updated, not duplicated)")


def test_the_file_dialog_speaks_the_ui_language(qtbot, qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translator(qapp, "ja")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and look_in.text() == "アドレス(&L):"  # not "&Look in:"
