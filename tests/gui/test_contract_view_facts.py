"""The contract view shows each fact an import read with a link to its clause, what the contract
still needs, and confirms the facts in one action; deadlines counted from them say so until then."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.domain import ContractFacts, Document, Fact, FactState, SourceSpan
from tracker.extract import Extraction, extract
from tracker.gui.contract_view import ContractView
from tracker.gui.deadline_model import Column

PHRASE = "2026年1月1日から1年間"


@pytest.fixture
def with_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extraction, with the start date read from the phrase that states it."""

    def read(document: Document) -> Extraction:
        at = document.text.find(PHRASE)
        facts = ContractFacts()
        if at >= 0:
            span = SourceSpan(at, at + len(PHRASE), PHRASE, article="1")
            facts = ContractFacts(start=Fact(date(2026, 1, 1), span, 0.9))
        return replace(extract(document), facts=facts)

    monkeypatch.setattr("tracker.services.importing.extract", read)


@pytest.fixture
def view(qtbot, service) -> ContractView:
    widget = ContractView(service)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_each_inferred_fact_links_to_its_clause_and_one_click_confirms_them(
    view, service, contract_file, with_start
):
    (contract_id,) = service.import_paths([contract_file]).imported
    view.showContract(contract_id)

    review = view.review
    assert review.isVisible() and not review.needsLabel.isVisible()
    assert "Start:" in review.factsLabel.text() and "1 Jan 2026" in review.factsLabel.text()
    assert 'href="fact:' in review.factsLabel.text()
    start = next(i for i, f in enumerate(review.inferred()) if f.name == "start")
    review.factsLabel.linkActivated.emit(f"fact:{start}")
    assert view.document.text.textCursor().selectedText() == PHRASE
    states = {view.deadlines.model.index(r, Column.STATE).data()
              for r in range(view.deadlines.model.rowCount())}
    assert states == {"Proposed"}

    review.confirmButton.click()

    assert {f.state for f in service.contract(contract_id).facts} == {FactState.CONFIRMED}
    assert not view.review.isVisible()
    states = {view.deadlines.model.index(r, Column.STATE).data()
              for r in range(view.deadlines.model.rowCount())}
    assert "Proposed" not in states


def test_terms_with_no_date_say_which_date_is_wanted(view, service, tmp_path, with_start):
    path = tmp_path / "member_terms.txt"
    path.write_text("会員規約\n\n第1条（退会）会員は、退会日の30日前までに当社に通知するものとする。\n",
                    encoding="utf-8")
    (contract_id,) = service.import_paths([path]).imported

    view.showContract(contract_id)

    assert view.review.needsLabel.isVisible()
    assert view.review.needsLabel.text().startswith("No start date: enter the date you accepted these terms")

    view.review.needsLabel.linkActivated.emit("date")

    assert view.facts.start.check.isChecked() and view.saveFactsButton.isEnabled()


# two windows on one contract: saving facts someone saved meanwhile asks to reload or overwrite


def _answer_conflict(button: str, seen: list[str]) -> None:
    """Clicks `button` in the conflict box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)


def _edit_counterparty(view: ContractView, name: str) -> None:
    view.facts.counterparty.setText(name)
    view.facts.counterparty.textEdited.emit(name)


@pytest.mark.parametrize(("button", "kept"), [("Reload", "Theirs K.K."), ("Overwrite", "Mine K.K.")])
def test_a_save_over_a_newer_version_asks_and_does_what_was_chosen(
    view, service, contract_file, button, kept
):
    (contract_id,) = service.import_paths([contract_file]).imported
    view.showContract(contract_id)
    _edit_counterparty(view, "Mine K.K.")
    service.update_contract(contract_id, counterparty="Theirs K.K.", notes="their note")  # another window
    view.reload()  # the change notification: unsaved edits stay in the form
    assert view.facts.counterparty.text() == "Mine K.K."

    seen: list[str] = []
    _answer_conflict(button, seen)
    view.saveFactsButton.click()

    assert seen == ["Someone else saved this contract's facts after you opened them."]
    stored = service.contract(contract_id).contract
    assert (stored.counterparty, stored.notes) == (kept, "their note")
    assert view.facts.counterparty.text() == kept
    assert not view.saveFactsButton.isEnabled()


def test_a_save_with_nobody_in_between_asks_nothing(view, service, contract_file):
    (contract_id,) = service.import_paths([contract_file]).imported
    view.showContract(contract_id)
    view.facts.start.setValue(date(2026, 2, 1), date(2026, 11, 22))
    _edit_counterparty(view, "Mine K.K.")

    view.saveFactsButton.click()

    stored = service.contract(contract_id).contract
    assert (stored.counterparty, stored.terms.start) == ("Mine K.K.", date(2026, 2, 1))
