"""The contract list says which contracts need a date or a confirmation, and why one has no
deadline; confirming a whole selection is one action."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tracker.domain import ContractFacts, Document, Fact, Need, Party, PartyFact
from tracker.extract import Extraction, extract
from tracker.gui.contract_model import ContractListModel
from tracker.gui.contracts_page import ContractsPage

FACTS = ContractFacts(start=Fact(date(2026, 1, 1), confidence=0.9),
                      parties=(PartyFact("有限会社しおかぜ企画", "当社", Party.PROVIDER),))


@pytest.fixture
def with_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extraction, with facts written for these tests (dated unless the title says 規約)."""

    def read(document: Document) -> Extraction:
        found = extract(document)
        facts = ContractFacts(parties=FACTS.parties) if "規約" in (document.title or "") else FACTS
        return replace(found, facts=facts)

    monkeypatch.setattr("tracker.services.importing.extract", read)


@pytest.fixture
def page(qtbot, service, contract_file: Path, with_facts) -> ContractsPage:
    tos = contract_file.parent / "web_terms.txt"
    tos.write_text("しおかぜ会員サービス利用規約\n\n第1条（解約）会員は、30日前までに通知して退会できる。\n",
                   encoding="utf-8")
    service.import_paths([contract_file, tos])
    widget = ContractsPage(service)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _row(page: ContractsPage, title_part: str) -> int:
    titles = [page.model.contract(r).contract.title for r in range(page.model.rowCount())]
    return next(r for r, title in enumerate(titles) if title_part in title)


def _cell(page: ContractsPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return page.model.index(row, column).data(role)


def test_the_list_says_why_a_contract_has_no_deadline_and_which_wait_for_a_confirmation(page):
    tos, dated = _row(page, "規約"), _row(page, "サービス利用契約書")

    assert _cell(page, tos, ContractListModel.NEXT_DUE) == ""
    assert _cell(page, tos, ContractListModel.NEEDS).startswith(
        "No start date: enter the date you accepted these terms")
    assert _cell(page, tos, ContractListModel.COUNTERPARTY) == "有限会社しおかぜ企画"
    assert _cell(page, dated, ContractListModel.NEEDS) == "Confirm the facts read from the text"
    assert _cell(page, dated, ContractListModel.NEXT_DUE) != ""
    assert _cell(page, dated, ContractListModel.NEXT_DUE, Qt.ItemDataRole.FontRole).italic()

    page.needsCheck.setChecked(True)
    assert page.proxy.rowCount() == 2


def test_confirming_a_selection_is_one_action(page, service):
    assert not page.confirmButton.isEnabled()
    page.table.selectAll()
    assert page.confirmButton.isEnabled()

    page.confirmButton.click()

    dated = _row(page, "サービス利用契約書")
    assert _cell(page, dated, ContractListModel.NEEDS) == ""
    assert not _cell(page, dated, ContractListModel.NEXT_DUE, Qt.ItemDataRole.FontRole)
    needs = [s.needs for s in service.list_contracts() if "規約" in s.contract.title]
    assert needs == [(Need.ACCEPTED_DATE,)]
    selection = page.table.selectionModel()
    selection.select(page.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert not page.confirmButton.isEnabled()


def test_the_status_bar_says_how_many_imported_contracts_need_a_date(qtbot, main_window, tmp_path):
    folder = tmp_path / "terms"
    folder.mkdir()
    for name in ("a", "b"):
        text = f"{name}会員規約\n\n第1条（退会）会員は、30日前までに通知して退会できる。\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    with qtbot.waitSignal(main_window.importer.finished, timeout=20000):
        main_window.importPaths([str(folder)])

    assert main_window.statusBar().currentMessage() == "Contracts imported: 2 · 2 need a date (see Needs you)"
