"""The main window remembers its layout, and its contract pages follow a language switch."""

from __future__ import annotations

from datetime import date

from tracker.domain import ContractTerms, Direction, Period, Unit
from tracker.gui.contract_model import ContractListModel
from tracker.gui.i18n import install_translator
from tracker.gui.main_window import MainWindow


def test_the_layout_is_remembered_between_runs(qtbot, service, main_window):
    main_window.resize(790, 540)  # the offscreen screen is 800 × 600; the default size is 1200 × 800
    size = main_window.size()
    main_window.tabs.setCurrentIndex(2)
    main_window.contractView.splitter.setSizes([500, 400])
    saved = main_window.contractView.splitter.sizes()
    main_window.saveLayout()

    again = MainWindow(service)
    qtbot.addWidget(again)
    assert again.size() == size
    assert again.tabs.currentIndex() == 2
    assert again.contractView.splitter.sizes() == saved
    again.shutdown()


def test_dates_and_headers_follow_the_language(qtbot, qapp, service, main_window, contract_file):
    contract_id = service.import_paths([contract_file]).imported[0]
    service.update_contract(
        contract_id, terms=ContractTerms(start=None, initial_term=Period(1, Unit.YEAR, Direction.AFTER))
    )
    service.record_event(contract_id, "termination", date(2026, 12, 10))  # the return is due 14 days on
    main_window.contractsPage.refresh()
    model = main_window.contractsPage.model
    due = model.index(0, ContractListModel.NEXT_DUE)
    assert due.data() == "24 Dec 2026"
    try:
        with qtbot.waitSignal(model.headerDataChanged):
            install_translator(qapp, "ja")
        assert due.data() == "2026/12/24"
        assert main_window.mainActions.fileMenu.title() == "ファイル(&F)"
        assert main_window.tabs.tabText(0) == "契約(&C)"
        main_window.openContract(contract_id)
        assert main_window.contractView.dutyButtons[0].text() == "確定"
    finally:
        install_translator(qapp, "en")
    qtbot.waitUntil(lambda: main_window.mainActions.fileMenu.title() == "&File")
