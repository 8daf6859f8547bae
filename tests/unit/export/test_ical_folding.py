"""Long lines fold at 75 octets without cutting a UTF-8 character, and unfold to the original text."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.export.conftest import MakeRecord
from tracker.domain import Deadline, DeadlineId, DeadlineRecord, DutyKind, Explanation, ReminderState
from tracker.export import deadlines_to_ical

STAMP = datetime(2026, 11, 22, tzinfo=UTC)
LONG_JAPANESE = (
    "契約者は、本契約の期間満了日の3か月前までに当社所定の方法により解約の申出を行わない限り、"
    "本契約は同一条件でさらに1年間自動的に更新されるものとし、以後も同様とします。𠮷野家；カンマ,セミコロン;"
    "バックスラッシュ\\改行\n"
) * 6


def _assert_folded(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # each physical line is valid UTF-8 on its own
        trailing = len(line) - len(line.rstrip(b"\\"))
        assert trailing % 2 == 0, line  # no escape (\\, \; \, \n) is split over two lines


def _description(data: bytes) -> str:
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return str(event["DESCRIPTION"])


def test_escapes_stay_whole_across_folds(make_record: MakeRecord) -> None:
    clause = "a" + ",;\\\n" * 60
    data = deadlines_to_ical([make_record(clause=clause)], stamp=STAMP)
    _assert_folded(data)
    assert f"条項: 「{clause}」" in _description(data)


def test_long_japanese_clause_folds_on_character_boundaries(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([make_record(clause=LONG_JAPANESE, title="長い名前の契約" * 10)], stamp=STAMP)
    _assert_folded(data)
    assert data.count(b"\r\n ") > 20
    assert f"条項: 「{LONG_JAPANESE}」" in _description(data)


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n"), max_size=400))
def test_any_text_survives_folding(text: str) -> None:
    deadline = Deadline(
        DeadlineId("k", "0"), DutyKind.PAYMENT, date(2027, 1, 31), date(2027, 1, 31),
        Explanation("理由", "why")
    )
    record = DeadlineRecord(
        id=1,
        contract_id=1,
        contract_title="T",
        duty_id=None,
        deadline=deadline,
        state=ReminderState.PENDING,
        clause_text="x" + text,
        contract_uid="00000000-0000-4000-8000-000000000001",
    )
    data = deadlines_to_ical([record], stamp=STAMP)
    _assert_folded(data)
    assert f"条項: 「x{text}」" in _description(data)
