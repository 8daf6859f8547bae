"""The contract list model and its filter proxy, on hand-built records."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tracker.domain import (
    Contract,
    ContractStatus,
    ContractSummary,
    Deadline,
    DeadlineId,
    DeadlineRecord,
    Direction,
    Duty,
    DutyKind,
    DutyRecord,
    Explanation,
    Party,
    Period,
    ReminderState,
    ReviewState,
    SourceSpan,
    Unit,
)
from tracker.gui.contract_model import ID_ROLE, ContractFilterProxy, ContractListModel
from tracker.gui.duty_model import ID_ROLE as DUTY_ID_ROLE
from tracker.gui.duty_model import DutyTableModel


def _summary(
    cid: int,
    title: str,
    counterparty: str | None,
    due: date | None,
    kind=DutyKind.RENEWAL_NOTICE,
    status=ContractStatus.ACTIVE,
) -> ContractSummary:
    nxt = None
    if due is not None:
        nxt = DeadlineRecord(
            id=cid * 10,
            contract_id=cid,
            contract_title=title,
            duty_id=cid * 100,
            deadline=Deadline(
                key=DeadlineId(f"d{cid}", "0"),
                kind=kind,
                due=due,
                unrolled=due,
                explanation=Explanation(ja="説明", en="explanation"),
            ),
            state=ReminderState.PENDING,
            clause_text="期間満了の30日前までに",
        )
    return ContractSummary(
        Contract(cid, title, counterparty, status=status), duty_count=4, confirmed_count=1, next_deadline=nxt
    )


ROWS = [
    _summary(1, "Cloud storage terms", "Acme", date(2026, 11, 1)),
    _summary(2, "Office lease", "Tokyo Estates", date(2026, 12, 24), DutyKind.TERMINATION_NOTICE),
    _summary(3, "Old hosting", "Acme", None, status=ContractStatus.ENDED),
]


def test_model_passes_the_tester_and_shows_rows(qapp):
    model = ContractListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.setContracts(ROWS, today=date(2026, 11, 22))
    assert model.rowCount() == 3
    assert model.data(model.index(1, ContractListModel.TITLE)) == "Office lease"
    assert model.data(model.index(1, ContractListModel.NEXT_KIND)) == "Termination notice"
    assert model.data(model.index(0, ContractListModel.DUTIES)) == "1 / 4"
    assert model.data(model.index(2, ContractListModel.STATUS)) == "Ended"
    assert model.data(model.index(2, 0), ID_ROLE) == 3
    # the November deadline is overdue on November 22: shown in red
    brush = model.data(model.index(0, ContractListModel.NEXT_DUE), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == Qt.GlobalColor.red
    assert model.data(model.index(1, ContractListModel.NEXT_DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Next deadline"
    del tester


def _titles(proxy: ContractFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_proxy_searches_filters_and_sorts(qapp):
    model = ContractListModel()
    model.setContracts(ROWS, today=date(2026, 11, 22))
    proxy = ContractFilterProxy()
    proxy.setSourceModel(model)
    tester = QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy.sort(ContractListModel.NEXT_DUE, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy) == ["Old hosting", "Office lease", "Cloud storage terms"]
    proxy.sort(ContractListModel.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["Cloud storage terms", "Office lease", "Old hosting"]
    proxy.setSearchText("  LEASE ")
    assert _titles(proxy) == ["Office lease"]
    proxy.setSearchText("")
    proxy.setCounterparty("Acme")
    assert _titles(proxy) == ["Cloud storage terms", "Old hosting"]
    proxy.setStatus(ContractStatus.ACTIVE)
    assert _titles(proxy) == ["Cloud storage terms"]
    proxy.setCounterparty(None)
    proxy.setStatus(None)
    proxy.setKind(DutyKind.TERMINATION_NOTICE)
    assert _titles(proxy) == ["Office lease"]
    del tester


def _duty(did: int, start: int, state: ReviewState, extracted: bool = True) -> DutyRecord:
    duty = Duty(
        kind=DutyKind.RENEWAL_NOTICE,
        obligor=Party.CUSTOMER,
        period=Period(30, Unit.DAY, Direction.BEFORE),
        anchor="expiry",
        span=SourceSpan(start, start + 10, "期間満了の30日前までに", "11", 2, None),
        confidence=0.9,
    )
    return DutyRecord(did, 1, duty, duty if extracted else None, state, version=1)


def test_duty_model_reads_in_text_order(qapp):
    model = DutyTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.setDuties((_duty(7, 500, ReviewState.REJECTED), _duty(8, 100, ReviewState.SUGGESTED, False)))
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), DUTY_ID_ROLE) == 8
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "To review",
        "Renewal notice",
        "Customer",
        "30 days before",
        "Expiry",
        "Art. 11 ¶2",
        "期間満了の30日前までに",
    ]
    assert "Added by hand" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data() == "Rejected"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == Qt.GlobalColor.gray
    assert model.rowOf(7) == 1
    del tester
