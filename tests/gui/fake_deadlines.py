"""Deadlines for the calendar and reminder tests: a stand-in service holding hand-built records, and a
contract on the real TrackerService whose duties are added by hand (so no test waits on extraction).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QWidget

from tracker.domain import (
    ContractTerms,
    Deadline,
    DeadlineId,
    DeadlineRecord,
    Direction,
    Duty,
    DutyKind,
    Explanation,
    Party,
    Period,
    ReminderState,
    ReviewState,
    SourceSpan,
    Unit,
)
from tracker.domain.records import Settings
from tracker.gui.i18n import install_translator

TODAY = date(2026, 11, 22)


def record(
    rid: int,
    due: date | datetime,
    kind: DutyKind = DutyKind.RENEWAL_NOTICE,
    *,
    title: str = "クラウド会計サービス利用規約",
    reminders: tuple[date, ...] = (),
    state: ReminderState = ReminderState.PENDING,
    duty_id: int | None = None,
) -> DeadlineRecord:
    return DeadlineRecord(
        id=rid,
        contract_id=rid * 10,
        contract_title=title,
        duty_id=rid * 100 if duty_id is None else duty_id,
        deadline=Deadline(
            key=DeadlineId(f"k{rid}", "0"),
            kind=kind,
            due=due,
            unrolled=due,
            explanation=Explanation(ja=f"期限{rid}の説明", en=f"Why deadline {rid} falls here"),
            obligor=Party.CUSTOMER,
            reminders=reminders,
        ),
        state=state,
        clause_text="期間満了日の30日前までに書面で通知する",
        article="12",
    )


@pytest.fixture
def english(qapp):
    """The UI in English (tracker_en.qm: plural forms) with US dates whatever the machine's locale.

    Afterwards no translator is left installed, so the next tests see the source strings.
    """
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")  # the locale back to US English after a test that switched
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


class FakeService:
    def __init__(self, records: list[DeadlineRecord], today: date = TODAY) -> None:
        self.records = {r.id: r for r in records}
        self.clock = today
        self.saved = Settings()
        self.calls: list[tuple[str, int]] = []
        self.closed: dict[date, tuple[str, str]] = {}  # holidays for the calendar: day -> (ja, en)

    def today(self) -> date:
        return self.clock

    def database_location(self) -> str:
        return f"/fake/{id(self)}.sqlite"

    def _day(self, r: DeadlineRecord) -> date:
        due = r.deadline.due
        return due.date() if isinstance(due, datetime) else due

    def deadlines_between(self, first: date, last: date) -> list[DeadlineRecord]:
        self.calls.append(("between", first.toordinal()))
        return sorted((r for r in self.records.values() if first <= self._day(r) <= last), key=self._day)

    def closed_days(self, first: date, last: date) -> dict[date, tuple[str, str]]:
        return {day: why for day, why in self.closed.items() if first <= day <= last}

    def upcoming(self, days: int = 90, *, today: date | None = None) -> list[DeadlineRecord]:
        today = today or self.clock
        closed = (ReminderState.DONE, ReminderState.DISMISSED)
        active = [r for r in self.records.values() if r.state not in closed]
        last = date.fromordinal(today.toordinal() + days)
        overdue = sorted((r for r in active if self._day(r) < today), key=self._day)
        coming = sorted((r for r in active if today <= self._day(r) <= last), key=self._day)
        return overdue + coming

    def due_reminders(self, today: date | None = None) -> list[DeadlineRecord]:
        today = today or self.clock
        def is_due(r: DeadlineRecord) -> bool:
            if r.state == ReminderState.PENDING:
                return any(d <= today for d in r.deadline.reminders)
            until = r.snoozed_until
            return r.state == ReminderState.SNOOZED and until is not None and until <= today

        return sorted(filter(is_due, self.records.values()), key=self._day)

    def reminders_in_state(self, state: ReminderState) -> list[DeadlineRecord]:
        return sorted((r for r in self.records.values() if r.state == state), key=self._day)

    def snooze(self, deadline_id: int, until: date) -> None:
        self.calls.append(("snooze", deadline_id))
        self.records[deadline_id] = replace(
            self.records[deadline_id], state=ReminderState.SNOOZED, snoozed_until=until
        )

    def dismiss(self, deadline_id: int) -> None:
        self.records[deadline_id] = replace(self.records[deadline_id], state=ReminderState.DISMISSED)

    def mark_done(self, deadline_id: int) -> None:
        self.records[deadline_id] = replace(self.records[deadline_id], state=ReminderState.DONE)

    def reopen(self, deadline_id: int) -> None:
        self.records[deadline_id] = replace(
            self.records[deadline_id], state=ReminderState.PENDING, snoozed_until=None)

    def settings(self) -> Settings:
        return self.saved

    def save_settings(self, settings: Settings) -> None:
        self.saved = settings


def shown(qtbot, page: QWidget, width: int = 1100, height: int = 700) -> QWidget:
    """Show a page inside a plain host window.

    The offscreen platform warns (and the tests fail on warnings) when a top-level window has a
    layout with size constraints; a host without a layout has none.
    """
    host = QWidget()
    qtbot.addWidget(host)
    page.setParent(host)
    page.resize(width, height)
    host.resize(width, height)
    host.show()
    qtbot.waitExposed(host)
    page.host = host  # type: ignore[attr-defined]  # keeps the host alive as long as the page
    return page


def contract_with_deadlines(service, contract_file) -> int:
    """Imports a one-year contract (2026) that renews unless notice comes 30 days before expiry, with
    equipment to return within 14 days of being asked, asked for on 2026-11-01. With today 2026-11-22
    the service plans: the return 2026-11-13 (overdue), the renewal cutoff 2026-11-30, expiry
    2026-12-31. (Not a termination: a recorded termination ends the renewals and their dates.)
    """
    (contract_id,) = service.import_paths([contract_file]).imported
    for extracted in service.contract(contract_id).duties:  # whatever the extractor found today
        service.set_duty_state(extracted.id, ReviewState.REJECTED, version=extracted.version)
    service.update_contract(
        contract_id,
        title="サービス利用契約",
        terms=ContractTerms(
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            renewal_term=Period(1, Unit.YEAR, Direction.AFTER),
            renewal_notice=Period(30, Unit.DAY, Direction.BEFORE),
        ),
    )
    service.add_duty(
        contract_id,
        Duty(
            DutyKind.RENEWAL_NOTICE,
            Party.CUSTOMER,
            Period(30, Unit.DAY, Direction.BEFORE),
            "expiry",
            SourceSpan(10, 40, "期間満了の30日前までに", "1"),
        ),
    )
    service.add_duty(
        contract_id,
        Duty(
            DutyKind.RETURN,
            Party.CUSTOMER,
            Period(14, Unit.DAY, Direction.AFTER),
            "request",
            SourceSpan(60, 90, "返還を求められた日から14日以内に", "2"),
        ),
    )
    service.record_event(contract_id, "request", date(2026, 11, 1))
    return contract_id
