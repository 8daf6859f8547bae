"""The report HTML: overdue items first, one section per contract, totals by kind, everything escaped."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from tests.unit.export.conftest import MakeRecord
from tracker.domain import (
    Contract,
    ContractTerms,
    Direction,
    DutyKind,
    Period,
    Qualifier,
    ReminderState,
    Unit,
)
from tracker.export import ReportPeriod, report_html, report_title
from tracker.export.report_html import notice_text, term_text

PERIOD = ReportPeriod(first=date(2026, 11, 22), last=date(2027, 2, 19), today=date(2026, 11, 22))


def _text(html: str) -> str:
    body = html[html.index("<body>") :]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


def test_overdue_first_then_each_contract_then_totals(make_record: MakeRecord) -> None:
    records = [
        make_record(
            contract_id=5,
            key="d1/0",
            kind=DutyKind.RETURN,
            due=date(2026, 11, 20),
            title="複合機リース",
        ),
        make_record(contract_id=3, due=date(2026, 12, 1)),
        make_record(
            contract_id=5, key="d2/0", kind=DutyKind.TERM, due=date(2027, 1, 31), title="複合機リース"
        ),
    ]
    contracts = {
        5: Contract(
            id=5,
            title="複合機リース",
            counterparty="株式会社サンプルリース",
            terms=ContractTerms(
                start=date(2024, 2, 1),
                end=date(2027, 1, 31),
                renewal_term=Period(1, Unit.YEAR, Direction.AFTER),
                renewal_notice=Period(3, Unit.MONTH, Direction.BEFORE),
            ),
        ),
    }
    text = _text(report_html(records, PERIOD, contracts=contracts))
    assert "対象期間: 2026-11-22（日）〜2027-02-19（金） 印刷日: 2026-11-22（日）" in text
    order = [
        text.index(s)
        for s in (
            "期限超過 (1)",
            "2026-11-20（金） 2日超過",
            "クラウド会計サービス利用規約",
            "2026-12-01（火）",
            "複合機リース 相手方",
            "2027-01-31（日）",
            "種類別の件数",
        )
    ]
    assert order == sorted(order)
    assert (
        "相手方: 株式会社サンプルリース / 契約期間: 2024-02-01〜2027-01-31 / 自動更新: 1年ごと / "
        "更新拒絶の通知: 満了の3か月前まで"
    ) in text
    assert "契約期間満了 1 更新拒絶の通知期限 1 返還・破棄 1 1 合計 3 1" in text


def test_contract_text_is_escaped(make_record: MakeRecord) -> None:
    html = report_html([make_record(title="<b>A&B</b>", clause="<script>alert(1)</script>")], PERIOD)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;A&amp;B&lt;/b&gt;" in html


def test_a_done_item_shows_its_state_and_is_not_overdue(make_record: MakeRecord) -> None:
    text = _text(report_html([make_record(due=date(2026, 11, 1), state=ReminderState.DONE)], PERIOD))
    assert "期限超過 (" not in text
    assert "2026-11-01（日） 対応済み" in text


def test_english_report(make_record: MakeRecord) -> None:
    html = report_html([make_record(title="Cloud ERP")], PERIOD, lang="en")
    text = _text(html)
    assert "<html lang='en'>" in html
    assert "Period: 2026-11-22 (Sun) to 2027-02-19 (Fri) Printed: 2026-11-22 (Sun)" in text
    assert "2026-12-01 (Tue) 9 days left Renewal notice Customer 11" in text
    assert "30 days before expiry on 2026-12-31." in text
    assert report_title(PERIOD, "en") == "Contract deadline report  2026-11-22 to 2027-02-19"


def test_empty_range_says_so() -> None:
    assert "この期間に期限はありません。" in report_html([], PERIOD)


def test_unknown_language_is_refused(make_record: MakeRecord) -> None:
    with pytest.raises(ValueError, match="language"):
        report_html([make_record()], PERIOD, lang="fr")


@pytest.mark.parametrize(("terms", "ja", "en"), [
    (ContractTerms(start=date(2025, 4, 1), end=date(2026, 3, 31)), "2025-04-01〜2026-03-31",
     "2025-04-01 to 2026-03-31"),
    (ContractTerms(start=date(2025, 4, 1), initial_term=Period(1, Unit.YEAR, Direction.AFTER)),
     "2025-04-01から1年", "1 year from 2025-04-01"),
    (ContractTerms(start=date(2025, 4, 1)), "2025-04-01から", "from 2025-04-01"),
    (ContractTerms(end=date(2026, 3, 31)), "2026-03-31まで", "until 2026-03-31"),
    (ContractTerms(), None, None),
])
def test_a_term_shows_what_is_known_and_never_a_question_mark(terms, ja, en) -> None:
    contract = Contract(id=1, title="T", terms=terms)
    assert (term_text(contract, "ja"), term_text(contract, "en")) == (ja, en)


def test_a_notice_without_a_length_reads_as_written() -> None:
    by_expiry = Period(None, None, Direction.BEFORE, Qualifier.BY_EXPIRY)
    assert notice_text(by_expiry, "ja") == "期間満了日まで"
    assert notice_text(by_expiry, "en") == "by expiry"
    assert notice_text(Period(3, Unit.MONTH, Direction.BEFORE), "ja") == "満了の3か月前まで"
    assert notice_text(Period(1, Unit.MONTH, Direction.BEFORE), "en") == "1 month before expiry"


def test_rows_quote_the_clause_sentence_and_say_how_many_days_are_left(make_record: MakeRecord) -> None:
    sentence = "甲は、期間満了の30日前までに書面で通知する。"
    text = _text(report_html([make_record()], PERIOD, sentences={1: sentence}))
    assert f"あと9日 更新拒絶の通知期限 利用者側 11 {sentence}" in text


def test_overdue_rows_name_the_counterparty(make_record: MakeRecord) -> None:
    contracts = {3: Contract(id=3, title="T", counterparty="株式会社サンプル")}
    text = _text(report_html([make_record(due=date(2026, 11, 20))], PERIOD, contracts=contracts))
    assert "2026-11-20（金） 2日超過 クラウド会計サービス利用規約 株式会社サンプル" in text
