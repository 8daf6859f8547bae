"""The CSV opens in Japanese Excel: UTF-8 with a BOM, one row per deadline, no formulas from contracts."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from tests.unit.export.conftest import CLAUSE, MakeRecord
from tracker.domain import DutyKind, Party, ReminderState
from tracker.export import deadlines_to_csv


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_starts_with_a_bom_and_has_the_documented_columns(make_record: MakeRecord) -> None:
    records = [
        make_record(),
        make_record(
            kind=DutyKind.NOTIFICATION,
            due=datetime(2026, 11, 23, 15, 0),
            obligor=None,
            state=ReminderState.DONE,
            clause='=HYPERLINK("http://x")',
        ),
    ]
    data = deadlines_to_csv(records)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    assert _rows(data) == [
        ["期限日", "休日調整前の日", "種類", "契約", "対応者", "条", "条項", "根拠", "状態"],
        [
            "2026-12-01",
            "2026-12-01",
            "更新拒絶の通知期限",
            "クラウド会計サービス利用規約",
            "利用者側",
            "11",
            CLAUSE,
            "満了日2026年12月31日の30日前。",
            "未対応",
        ],
        [
            "2026-11-23 15:00",
            "2026-11-23 15:00",
            "通知期限",
            "クラウド会計サービス利用規約",
            "-",
            "11",
            '\'=HYPERLINK("http://x")',
            "満了日2026年12月31日の30日前。",
            "対応済み",
        ],
    ]


def test_english_headers_and_labels(make_record: MakeRecord) -> None:
    rows = _rows(deadlines_to_csv([make_record(obligor=Party.PROVIDER, due=date(2027, 3, 31))], lang="en"))
    assert rows[0] == [
        "Due date",
        "Unrolled date",
        "Kind",
        "Contract",
        "Who acts",
        "Article",
        "Clause",
        "Explanation",
        "State",
    ]
    assert rows[1][:5] == [
        "2027-03-31",
        "2027-03-31",
        "Renewal notice",
        "クラウド会計サービス利用規約",
        "Provider",
    ]
    assert rows[1][7:] == ["30 days before expiry on 2026-12-31.", "Pending"]


def test_full_width_formula_marks_are_neutralised_like_ascii_ones(make_record: MakeRecord) -> None:
    # Japanese Excel reads ＝SUM(…) as a formula too; each cell from a contract gets the leading quote
    marks = ["＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠SUM(A1)"]
    records = [make_record(title=mark, clause=mark) for mark in marks]
    rows = _rows(deadlines_to_csv(records))[1:]
    assert [(row[3], row[6]) for row in rows] == [("'" + mark, "'" + mark) for mark in marks]
