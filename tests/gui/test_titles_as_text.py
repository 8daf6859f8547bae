"""A contract title (or clause, or file name) that looks like HTML is shown as the text it is: no
image loaded, no heading faked, in the contract view, its questions, tooltips and notifications."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tracker.gui.contract_view import ContractView
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.desktop_notify import notify_arguments
from tracker.gui.duty_dialog import DutyDialog
from tracker.gui.plain_text import as_rich_text

TITLE = "<img src='/usr/share/pixmaps/x.png'><h1>Fake heading</h1> & co"


def _titled(service, contract_file) -> int:
    (contract_id,) = service.import_paths([contract_file]).imported
    service.update_contract(contract_id, title=TITLE)
    return contract_id


def test_the_contract_view_shows_the_title_as_plain_text(qtbot, service, contract_file):
    contract_id = _titled(service, contract_file)
    view = ContractView(service)
    qtbot.addWidget(view)
    assert view.showContract(contract_id)
    assert view.titleLabel.textFormat() == Qt.TextFormat.PlainText
    assert view.titleLabel.text() == TITLE


def test_the_removal_question_escapes_the_title(qtbot, main_window, service, contract_file, monkeypatch):
    _titled(service, contract_file)
    main_window.refresh()
    main_window.contractsPage.refresh()
    main_window.contractsPage.table.selectRow(0)
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    main_window.mainActions.delete.trigger()
    assert len(asked) == 1
    assert "<img" not in asked[0] and "&lt;img src='/usr/share/pixmaps/x.png'&gt;&lt;h1&gt;" in asked[0]


def test_rich_text_of_plain_text_keeps_its_words_and_lines():
    shown = as_rich_text("a <b>bold</b> claim\nsecond line")
    assert "<b>" not in shown and "&lt;b&gt;bold&lt;/b&gt;" in shown and "<br" in shown


def test_a_notification_body_is_escaped_for_services_that_read_markup():
    body = notify_arguments("Reminder", "<b>保守契約</b> & co")[12]
    assert body == '"&lt;b&gt;保守契約&lt;/b&gt; &amp; co"'


def test_labels_quoting_the_contract_are_plain_text(qtbot, service, contract_file):
    contract_id = _titled(service, contract_file)
    view = ContractView(service)
    qtbot.addWidget(view)
    view.showContract(contract_id)
    duty = service.contract(contract_id).duties[0].duty
    dialog = DutyDialog(duty)
    qtbot.addWidget(dialog)
    detail = DeadlineDetail()
    qtbot.addWidget(detail)
    labels = [view.infoLabel, view.deadlines.whyLabel, dialog.clauseLabel, detail.explanation]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
