"""The contract list in the main window: import by File › Import and by drop, failures, removal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tracker.domain import ContractTerms, Direction, Period, Unit
from tracker.gui.contract_model import ContractListModel


def _titles(window) -> list[str]:
    proxy = window.contractsPage.proxy
    return [proxy.index(r, ContractListModel.TITLE).data() for r in range(proxy.rowCount())]


def _drop(target, paths: list[Path], text: str | None = None) -> QDropEvent:
    """What a real drop does: Qt delivers the drop to the widget that accepted the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if text is not None:
        mime.setText(text)  # file managers offer the path as text too, which a line edit would take
    center = QPointF(target.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes a QPointF (and deprecates QPoint); earlier versions take only a QPoint
        enter = QDragEnterEvent(center, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    except TypeError:
        enter = QDragEnterEvent(center.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(center, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return drop


def test_import_through_the_file_menu(qtbot, main_window, contract_file, monkeypatch):
    assert _titles(main_window) == []
    assert main_window.contractsPage.emptyLabel.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(contract_file)], ""))
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000) as blocker:
        main_window.mainActions.importFiles.trigger()
    assert len(blocker.args[0].imported) == 1
    assert len(_titles(main_window)) == 1
    assert not main_window.contractsPage.emptyLabel.isVisible()
    assert main_window.contractsPage.selectedContractId() == blocker.args[0].imported[0]
    assert main_window.contractsPage.countLabel.text() == "Contracts: 1"


def test_import_a_folder_by_dropping_it(qtbot, main_window, contract_file):
    second = contract_file.parent / "second.txt"
    second.write_text("第1条（目的）\n本契約は、試験のための契約である。\n", encoding="utf-8")
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000) as blocker:
        drop = _drop(main_window, [contract_file.parent])
    assert drop.isAccepted()
    assert len(blocker.args[0].imported) == 2
    assert len(_titles(main_window)) == 2


def test_a_drop_on_the_search_field_imports_instead_of_typing(qtbot, main_window, contract_file):
    search = main_window.contractsPage.search
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000):
        _drop(search, [contract_file], text=str(contract_file))
    assert search.text() == ""
    assert len(_titles(main_window)) == 1


def test_a_binary_file_fails_with_a_message_and_leaves_the_list(
    qtbot, main_window, contract_file, tmp_path, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(contract_file)], ""))
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000):
        main_window.mainActions.importFiles.trigger()
    before = _titles(main_window)
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(bytes(range(256)) * 40)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: messages.append((title, text))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: messages.append((title, text))
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(binary)], ""))
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000):
        main_window.mainActions.importFiles.trigger()
    assert len(messages) == 1
    assert messages[0][0] == "Some files were not imported"
    assert "scan.pdf" in messages[0][1]
    assert _titles(main_window) == before


def test_remove_asks_first_and_cancel_keeps_the_contract(
    qtbot, main_window, service, contract_file, monkeypatch
):
    service.import_paths([contract_file])
    main_window.refresh()
    main_window.contractsPage.refresh()
    page = main_window.contractsPage
    page.table.selectRow(0)
    asked: list[str] = []

    def answer(choice):
        def question(parent, title, text, *args):
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    main_window.mainActions.delete.trigger()
    assert len(asked) == 1
    assert len(service.list_contracts()) == 1
    assert len(_titles(main_window)) == 1

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    main_window.mainActions.delete.trigger()
    assert len(asked) == 2
    assert service.list_contracts() == []
    assert _titles(main_window) == []


def test_search_and_status_filter_in_the_page(qtbot, main_window, service, contract_file):
    second = contract_file.parent / "lease.txt"
    second.write_text("第1条（目的）\n本契約は、事務所の賃貸借について定める。\n", encoding="utf-8")
    result = service.import_paths([contract_file, second])
    service.update_contract(result.imported[1], title="Office lease", counterparty="Tokyo Estates")
    service.update_contract(result.imported[0], title="Cloud service", counterparty="Acme")
    page = main_window.contractsPage
    tester = QAbstractItemModelTester(page.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.refresh()
    qtbot.keyClicks(page.search, "lease")
    assert _titles(main_window) == ["Office lease"]
    assert page.countLabel.text() == "Contracts: 1 of 2 shown"
    page.search.clear()
    page.counterpartyFilter.setCurrentIndex(page.counterpartyFilter.findText("Acme"))
    page.counterpartyFilter.activated.emit(page.counterpartyFilter.currentIndex())
    assert _titles(main_window) == ["Cloud service"]
    del tester


def test_export_from_a_contract_view_offers_that_contract(
    qtbot, main_window, service, contract_file, monkeypatch
):
    from tracker.gui import report_actions

    contract_id = service.import_paths([contract_file]).imported[0]
    calls: list[int | None] = []
    monkeypatch.setattr(report_actions, "export_ics", lambda parent, svc, cid=None: calls.append(cid))
    main_window.mainActions.exportIcs.trigger()
    main_window.openContract(contract_id)
    main_window.mainActions.exportIcs.trigger()
    assert calls == [None, contract_id]
    # and back to the list with the standard Back key
    qtbot.keyClick(main_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert main_window.contractsStack.currentWidget() is main_window.contractsPage


def test_activating_the_next_deadline_opens_its_clause(qtbot, main_window, service, contract_file):
    contract_id = service.import_paths([contract_file]).imported[0]
    service.update_contract(
        contract_id,
        terms=ContractTerms(start=date(2026, 1, 1), initial_term=Period(1, Unit.YEAR, Direction.AFTER)),
    )
    main_window.contractsPage.refresh()
    page = main_window.contractsPage
    summary = page.model.contract(0)
    assert summary.next_deadline is not None and summary.next_deadline.duty_id is not None
    assert page.proxy.index(0, ContractListModel.NEXT_DUE).data() == "30 Nov 2026"
    page.table.activated.emit(page.proxy.index(0, ContractListModel.NEXT_DUE))
    view = main_window.contractView
    assert main_window.contractsStack.currentWidget() is view
    assert view.selectedDutyId() == summary.next_deadline.duty_id
    assert main_window.windowTitle() == "サービス利用契約書 — Contract Deadline Tracker"

    main_window.showContractList()
    assert main_window.windowTitle() == "Contract Deadline Tracker"
    page.table.activated.emit(page.proxy.index(0, ContractListModel.TITLE))
    assert main_window.contractsStack.currentWidget() is view
