"""The contract view through the real service: text and highlights, duty review, facts, deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tracker.domain import (
    ContractTerms,
    Direction,
    Duty,
    DutyKind,
    Party,
    Period,
    ReminderState,
    ReviewState,
    SourceSpan,
    Unit,
)
from tracker.gui.contract_view import ContractView
from tracker.gui.deadline_model import Column
from tracker.gui.duty_dialog import DutyDialog


def _import(service, path) -> int:
    result = service.import_paths([path])
    return (result.imported + result.updated)[0]


def _add_duty(
    service,
    contract_id: int,
    phrase: str,
    kind: DutyKind,
    period: Period,
    anchor: str | None,
    state: ReviewState = ReviewState.SUGGESTED,
) -> int:
    text = service.contract(contract_id).document.text
    start = text.index(phrase)
    span = SourceSpan(start, start + len(phrase), phrase, None)
    record = service.add_duty(contract_id, Duty(kind, Party.CUSTOMER, period, anchor, span))
    if state is not ReviewState.CONFIRMED:
        record = service.set_duty_state(record.id, state, version=record.version)
    return record.id


RENEWAL = "期間満了の30日前までに"
RETURN = "終了した日から14日以内"


def _add_renewal(service, contract_id: int, state: ReviewState = ReviewState.SUGGESTED) -> int:
    period = Period(30, Unit.DAY, Direction.BEFORE)
    return _add_duty(service, contract_id, RENEWAL, DutyKind.RENEWAL_NOTICE, period, "expiry", state)


def _add_return(service, contract_id: int, state: ReviewState = ReviewState.SUGGESTED) -> int:
    period = Period(14, Unit.DAY, Direction.AFTER)
    return _add_duty(service, contract_id, RETURN, DutyKind.RETURN, period, "termination", state)


@pytest.fixture
def contract_id(service, contract_file) -> int:
    cid = _import(service, contract_file)
    for record in service.contract(cid).duties:  # whatever the extractor found: keep the test's own only
        service.set_duty_state(record.id, ReviewState.REJECTED, version=record.version)
    return cid


def _row_states(view: ContractView) -> list[str]:
    model = view.dutyModel
    return [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.duty(r).duty.span.text in (RENEWAL, RETURN)
    ]


def test_confirm_reject_and_edit_a_duty(view, service, contract_id, monkeypatch):
    renewal = _add_renewal(service, contract_id)
    returned = _add_return(service, contract_id)
    assert view.showContract(contract_id)
    assert view.titleLabel.text()
    assert _row_states(view) == ["To review", "To review"]

    view.selectDuty(renewal)
    view.dutyButtons[0].click()
    assert {r.id: r.state for r in service.contract(contract_id).duties}[renewal] is ReviewState.CONFIRMED
    assert view.selectedDutyId() == renewal  # the selection survives the reload

    view.selectDuty(returned)
    view.rejectAction.trigger()
    assert {r.id: r.state for r in service.contract(contract_id).duties}[returned] is ReviewState.REJECTED
    assert _row_states(view) == ["Confirmed", "Rejected"]

    def accept(dialog: DutyDialog) -> int:
        dialog.amountSpin.setValue(2)
        dialog.unitCombo.setCurrentIndex(dialog.unitCombo.findData(Unit.MONTH))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DutyDialog, "exec", accept)
    view.selectDuty(renewal)
    view.editAction.trigger()
    edited = next(r for r in service.contract(contract_id).duties if r.id == renewal)
    assert edited.state is ReviewState.EDITED
    assert edited.duty.period == Period(2, Unit.MONTH, Direction.BEFORE)
    assert edited.extracted is None or edited.extracted.period != edited.duty.period


def test_a_stale_edit_is_refused_with_a_message(view, service, contract_id, monkeypatch):
    renewal = _add_renewal(service, contract_id)
    view.showContract(contract_id)
    view.selectDuty(renewal)
    record = next(r for r in service.contract(contract_id).duties if r.id == renewal)
    service.set_duty_state(renewal, ReviewState.REJECTED, version=record.version)  # someone else, meanwhile
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(title))
    view.confirmAction.trigger()
    assert warnings == ["Changed elsewhere"]
    assert {r.id: r.state for r in service.contract(contract_id).duties}[renewal] is ReviewState.REJECTED


def test_selecting_a_duty_scrolls_the_text_to_its_clause_and_back(qtbot, view, service, tmp_path):
    filler = "".join(f"第{n}条（雑則{n}）\n本条は試験のための条文である。\n\n" for n in range(1, 80))
    path = tmp_path / "long.txt"
    path.write_text(
        filler + "第80条（返還）\n契約者は、本契約が終了した日から14日以内に機器を返還する。\n",
        encoding="utf-8",
    )
    cid = _import(service, path)
    for record in service.contract(cid).duties:
        service.set_duty_state(record.id, ReviewState.REJECTED, version=record.version)
    duty_id = _add_return(service, cid)
    view.showContract(cid)
    text = view.document.text
    assert text.verticalScrollBar().value() == 0
    start = service.contract(cid).document.text.index(RETURN)

    view.selectDuty(duty_id)
    assert text.textCursor().position() == start
    assert text.verticalScrollBar().value() > 0
    assert text.viewport().rect().contains(text.cursorRect().center())

    # and back: a click in the highlighted clause selects the duty in the table
    view.dutyTable.clearSelection()
    view.dutyTable.setCurrentIndex(view.dutyModel.index(-1, 0))
    assert view.selectedDutyId() is None
    cursor = text.textCursor()
    cursor.setPosition(start + 3)
    text.setTextCursor(cursor)
    assert view.selectedDutyId() == duty_id


def test_add_a_duty_from_selected_text(view, service, contract_id, monkeypatch):
    view.showContract(contract_id)
    text = view.document.text
    start = service.contract(contract_id).document.text.index(RETURN)
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(RETURN), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)

    def accept(dialog: DutyDialog) -> int:
        dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData(DutyKind.RETURN))
        dialog.amountSpin.setValue(14)
        dialog.unitCombo.setCurrentIndex(dialog.unitCombo.findData(Unit.DAY))
        dialog.directionCombo.setCurrentIndex(dialog.directionCombo.findData(Direction.AFTER))
        dialog.anchorCombo.setCurrentIndex(dialog.anchorCombo.findData("termination"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DutyDialog, "exec", accept)
    view.addAction_.trigger()
    added = [r for r in service.contract(contract_id).duties if r.extracted is None]
    assert len(added) == 1
    duty = added[0].duty
    assert (duty.kind, duty.period, duty.anchor, duty.span.text) == (
        DutyKind.RETURN,
        Period(14, Unit.DAY, Direction.AFTER),
        "termination",
        RETURN,
    )
    assert added[0].state is ReviewState.CONFIRMED
    assert view.selectedDutyId() == added[0].id


def test_facts_and_events_make_deadlines_appear(view, service, contract_id):
    _add_renewal(service, contract_id, ReviewState.CONFIRMED)
    _add_return(service, contract_id, ReviewState.CONFIRMED)
    service.update_contract(contract_id, terms=ContractTerms())
    view.showContract(contract_id)
    assert view.deadlines.model.rowCount() == 0
    facts = view.facts
    facts.start.setValue(date(2026, 1, 1), date(2026, 11, 22))
    facts.initialTerm.amount.setValue(1)
    facts.initialTerm.unit.setCurrentIndex(facts.initialTerm.unit.findData(Unit.YEAR))
    facts.counterparty.setText("Example Services K.K.")
    facts.counterparty.textEdited.emit("Example Services K.K.")
    facts.setEvent("termination", date(2026, 12, 10))
    assert view.saveFactsButton.isEnabled()
    view.saveFactsButton.click()

    detail = service.contract(contract_id)
    assert detail.contract.terms.start == date(2026, 1, 1)
    assert detail.contract.terms.initial_term == Period(1, Unit.YEAR, Direction.AFTER)
    assert detail.contract.counterparty == "Example Services K.K."
    assert detail.events == {"termination": date(2026, 12, 10)}
    model = view.deadlines.model
    shown = {
        (model.index(r, Column.DUE).data(), model.index(r, Column.KIND).data())
        for r in range(model.rowCount())
    }
    assert ("30 Nov 2026", "Renewal notice") in shown
    assert ("24 Dec 2026", "Return or destroy") in shown
    assert not view.saveFactsButton.isEnabled()

    # a deadline row leads to its clause, and can be marked done
    row = next(r for r in range(model.rowCount()) if model.index(r, Column.DUE).data() == "30 Nov 2026")
    view.deadlines.table.selectRow(row)
    assert view.document.text.textCursor().position() == detail.document.text.index(RENEWAL)
    assert view.deadlines.whyLabel.text().startswith("30 days before the expiry date 2026-12-31")
    view.deadlines.doneButton.click()
    states = {r.deadline.due: r.state for r in service.contract(contract_id).deadlines}
    assert states[date(2026, 11, 30)] is ReminderState.DONE
    assert model.index(row, Column.STATE).data() == "Done"
    assert view.deadlines.doneButton.text() == "Reopen"  # a slip of the mouse can be undone
    view.deadlines.doneButton.click()
    states = {r.deadline.due: r.state for r in service.contract(contract_id).deadlines}
    assert states[date(2026, 11, 30)] is ReminderState.PENDING
    assert view.deadlines.doneButton.text() == "Mark done"


def test_a_duty_gets_its_own_reminder_days_without_becoming_edited(view, service, contract_id, monkeypatch):
    renewal = _add_renewal(service, contract_id)
    view.showContract(contract_id)
    view.selectDuty(renewal)

    def accept(dialog: DutyDialog) -> int:
        dialog.leadTimesEdit.setText("30, 120, 60")
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.leadTimesEdit.setText("30, soon")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.leadTimesEdit.setText("30, 120, 60")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DutyDialog, "exec", accept)
    view.editAction.trigger()
    record = next(r for r in service.contract(contract_id).duties if r.id == renewal)
    assert record.lead_times == (120, 60, 30)
    assert record.state is ReviewState.SUGGESTED
    row = view.dutyModel.rowOf(renewal)
    assert "Reminders 120, 60, 30 days before" in view.dutyModel.index(row, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
