"""Hand-made deadline records for the export tests: no database, literal dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from tracker.domain import Deadline, DeadlineId, DeadlineRecord, DutyKind, Explanation, Party, ReminderState

CLAUSE = (
    "本契約の有効期間は利用開始日から1年間とし、"
    "期間満了の30日前までに書面による申出がない限り、さらに1年間更新する。"
)

MakeRecord = Callable[..., DeadlineRecord]


def contract_uid(contract_id: int) -> str:
    """A fixed UUID per contract, as the store gives each imported file one."""
    return f"00000000-0000-4000-8000-{contract_id:012d}"


C3 = contract_uid(3)  # the default record's contract


@pytest.fixture
def make_record() -> MakeRecord:
    def make(
        *,
        contract_id: int = 3,
        key: str = "d7/0",
        kind: DutyKind = DutyKind.RENEWAL_NOTICE,
        due: date | datetime = date(2026, 12, 1),
        reminders: tuple[date, ...] = (date(2026, 10, 2), date(2026, 11, 1), date(2026, 11, 30)),
        state: ReminderState = ReminderState.PENDING,
        title: str = "クラウド会計サービス利用規約",
        obligor: Party | None = Party.CUSTOMER,
        clause: str = CLAUSE,
        sequence: int = 0,
        place: tuple[int, int] | None = (120, 180),
    ) -> DeadlineRecord:
        return DeadlineRecord(
            id=1,
            contract_id=contract_id,
            contract_title=title,
            duty_id=7,
            deadline=Deadline(
                key=DeadlineId(*key.split("/")),
                kind=kind,
                due=due,
                unrolled=due,
                explanation=Explanation(
                    ja="満了日2026年12月31日の30日前。", en="30 days before expiry on 2026-12-31."
                ),
                obligor=obligor,
                reminders=reminders,
            ),
            state=state,
            clause_text=clause,
            article="11",
            sequence=sequence,
            contract_uid=contract_uid(contract_id),
            clause=place,
        )

    return make
