"""Renewal regimes end to end: a contract in our own words imported, viewed on a given day, ended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.domain import ContractStatus, DutyKind
from tracker.services.app import TrackerService

# a one-year term from the start; it renews "on the same terms" unless the customer objects two
# months before the expiry, and no renewal length is restated
SAME_TERMS = (
    "第10条（利用期間）\n本サービスの利用期間は、サービス開始日から1年間とする。\n"
    "２　前項の利用期間満了の日の2か月前までに利用者から終了の申出がない限り、利用期間は同一の条件で"
    "自動的に更新されるものとし、以後も同様とする。\n"
)

# a one-year term that ends unless the customer asks to continue; those who signed up on the web
# renew month by month instead
TWO_REGIMES = (
    "第5条（利用期間）\n１　利用期間は、利用開始日から1年間とし、この期間満了日までに利用者から継続の申出が"
    "ない場合は、期間満了をもって終了するものとします。\n"
    "２　ウェブサイトの申込画面から申し込んだ利用者には前項を適用せず、"
    "利用期間は1ヶ月毎の自動更新となります。\n"
)


@pytest.fixture
def svc(db_url: str) -> Iterator[TrackerService]:
    service = TrackerService.open(db_url, clock=lambda: date(2026, 5, 1))
    yield service
    service.close()


@pytest.fixture
def contract_id(svc: TrackerService, tmp_path: Path) -> int:
    path = tmp_path / "same_terms.txt"
    path.write_text(SAME_TERMS, encoding="utf-8")
    (cid,) = svc.import_paths([path], start=date(2025, 4, 1)).imported
    return cid


def _dates(svc: TrackerService) -> list[tuple[date, DutyKind]]:
    return [(r.deadline.due, r.deadline.kind) for r in svc.upcoming(400)]


def test_the_second_term_has_its_cutoff_and_expiry(svc: TrackerService, contract_id: int) -> None:
    assert _dates(svc)[:2] == [(date(2027, 1, 29), DutyKind.RENEWAL_NOTICE),
                               (date(2027, 3, 31), DutyKind.TERM)]
    detail = svc.contract(contract_id)
    assert detail.contract.status is ContractStatus.ACTIVE
    assert "initial term" in detail.contract.notes  # the assumed renewal length, for review


def test_a_recorded_termination_ends_the_renewals(svc: TrackerService, contract_id: int) -> None:
    detail = svc.record_event(contract_id, "termination", date(2026, 9, 30))
    assert [d for d in _dates(svc) if d[1] in (DutyKind.TERM, DutyKind.RENEWAL_NOTICE)] == []
    assert detail.contract.status is ContractStatus.ENDING
    assert svc.list_contracts()[0].contract.status is ContractStatus.ENDING


def test_two_regimes_are_not_merged_into_monthly_cutoffs(svc: TrackerService, tmp_path: Path) -> None:
    path = tmp_path / "two_regimes.txt"
    path.write_text(TWO_REGIMES, encoding="utf-8")
    (cid,) = svc.import_paths([path], start=date(2026, 1, 10)).imported
    detail = svc.contract(cid)
    assert detail.contract.terms.renewal_term is None  # the monthly regime is set aside, for review
    assert "two renewal regimes" in detail.contract.notes
    assert [(d.deadline.due, d.deadline.kind) for d in detail.deadlines] == [
        (date(2027, 1, 8), DutyKind.RENEWAL_NOTICE), (date(2027, 1, 9), DutyKind.TERM)]  # 01-09: Saturday
