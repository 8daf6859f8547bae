"""Import proposes, the user confirms: facts read from the text fill the contract, marked inferred.

The extraction is pinned (see conftest.py) and given facts written for these tests: a one-year
licence from 2025-10-01 between a provider and a customer, renewing yearly with a 30-day cutoff.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import DUTIES, duty, write_contract
from tracker.domain import (
    ContractFacts,
    Direction,
    Document,
    DutyKind,
    Fact,
    FactName,
    FactState,
    Need,
    Party,
    PartyFact,
    Period,
    RenewalRegime,
    Settings,
    SourceSpan,
    Unit,
)
from tracker.extract import Extraction
from tracker.services.app import TrackerService

START_SPAN = SourceSpan(0, 20, "有効期間は2025年10月1日から1年間", article="1")
FACTS = ContractFacts(
    start=Fact(date(2025, 10, 1), START_SPAN, 0.9),
    initial_term=Fact(Period(1, Unit.YEAR, Direction.AFTER), START_SPAN, 0.9),
    renewal=Fact(RenewalRegime.AUTOMATIC, START_SPAN, 0.8),
    renewal_notice=Fact(Period(30, Unit.DAY, Direction.BEFORE), START_SPAN, 0.8),
    parties=(PartyFact("株式会社みなと商事", "甲", Party.CUSTOMER, confidence=0.9),
             PartyFact("Blue Harbor Software K.K.", "乙", Party.PROVIDER, confidence=0.9)),
)


def _pin(monkeypatch: pytest.MonkeyPatch, facts: ContractFacts, title: str = "ライセンス契約書") -> None:
    def fixed(document: Document) -> Extraction:
        return Extraction(duties=DUTIES, dates=(), title=title, facts=facts)

    monkeypatch.setattr("tracker.services.importing.extract", fixed)


def test_import_fills_the_facts_as_inferred_and_deadlines_appear_at_once(
    svc: TrackerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(monkeypatch, FACTS)
    svc.save_settings(Settings(own_names=("Blue Harbor Software",)))

    (contract_id,) = svc.import_paths([write_contract(tmp_path, "a.txt")]).imported

    detail = svc.contract(contract_id)
    assert detail.contract.counterparty == "株式会社みなと商事"
    assert detail.contract.role is Party.PROVIDER  # the party named as ours
    assert detail.contract.terms.start == date(2025, 10, 1)
    # no renewal length stated: it renews for the initial term
    assert detail.contract.terms.renewal_term == Period(1, Unit.YEAR, Direction.AFTER)
    facts = {f.name: f for f in detail.facts}
    assert facts[FactName.START].span == START_SPAN
    assert facts[FactName.START].confidence == 0.9
    assert {f.state for f in detail.facts} == {FactState.INFERRED}
    assert detail.needs == (Need.CONFIRMATION,)
    assert detail.deadlines and all(d.inferred for d in detail.deadlines)
    assert [s.needs for s in svc.list_contracts()] == [(Need.CONFIRMATION,)]


def test_confirming_a_selection_is_one_action(
    svc: TrackerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(monkeypatch, FACTS)
    paths = [write_contract(tmp_path, "a.txt", "A"), write_contract(tmp_path, "b.txt", "B")]
    ids = svc.import_paths(paths).imported

    svc.confirm_facts(ids)

    for contract_id in ids:
        detail = svc.contract(contract_id)
        assert {f.state for f in detail.facts} == {FactState.CONFIRMED}
        assert detail.needs == ()
        assert detail.deadlines and not any(d.inferred for d in detail.deadlines)


def test_a_typed_value_survives_a_reimport_and_inferred_ones_follow_the_text(
    svc: TrackerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(monkeypatch, FACTS)
    path = write_contract(tmp_path, "a.txt")
    (contract_id,) = svc.import_paths([path]).imported
    terms = svc.contract(contract_id).contract.terms
    svc.update_contract(contract_id, terms=replace(terms, start=date(2025, 11, 15)))

    sixty = Period(60, Unit.DAY, Direction.BEFORE)
    _pin(monkeypatch, replace(FACTS, start=Fact(date(2024, 1, 1)), renewal_notice=Fact(sixty)))
    assert svc.import_paths([path]).updated == (contract_id,)

    detail = svc.contract(contract_id)
    assert detail.contract.terms.start == date(2025, 11, 15)
    assert detail.contract.terms.renewal_notice == sixty
    facts = {f.name: f for f in detail.facts}
    assert (facts[FactName.START].state, facts[FactName.START].span) == (FactState.CONFIRMED, None)
    assert facts[FactName.RENEWAL_NOTICE].state is FactState.INFERRED


def test_terms_of_service_without_a_date_ask_for_the_day_they_were_accepted(
    svc: TrackerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provider = PartyFact("Harbor Cloud Inc.", "当社", Party.PROVIDER)
    _pin(monkeypatch, ContractFacts(parties=(provider, PartyFact(None, "ユーザー", Party.CUSTOMER))),
         title="Harbor Cloud 利用規約")

    (contract_id,) = svc.import_paths([write_contract(tmp_path, "tos.txt")]).imported

    detail = svc.contract(contract_id)
    assert detail.contract.counterparty == "Harbor Cloud Inc."
    assert detail.needs == (Need.ACCEPTED_DATE, Need.CONFIRMATION)
    assert detail.deadlines == ()

    svc.update_contract(contract_id, terms=replace(detail.contract.terms, start=date(2026, 2, 1)))

    detail = svc.contract(contract_id)
    assert detail.needs == (Need.CONFIRMATION,)
    assert detail.deadlines


def test_a_role_given_on_import_is_confirmed_and_wins_over_our_names(
    svc: TrackerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(monkeypatch, FACTS)
    svc.save_settings(Settings(own_names=("Blue Harbor Software",)))

    (contract_id,) = svc.import_paths([write_contract(tmp_path, "a.txt")], role=Party.CUSTOMER).imported

    detail = svc.contract(contract_id)
    assert detail.contract.role is Party.CUSTOMER
    assert detail.contract.counterparty == "Blue Harbor Software K.K."
    assert {f.name: f.state for f in detail.facts}[FactName.ROLE] is FactState.CONFIRMED


def test_a_renewal_cutoff_without_a_renewal_length_renews_for_the_initial_term(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """同一条件で更新: the renewal restates no length; seen on 2026-05-01 the next cutoff and expiry show."""
    duties = (duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", 0, None),
              duty(DutyKind.RENEWAL_NOTICE, 2, Unit.MONTH, Direction.BEFORE, "expiry", 100))
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=duties, dates=(), title="保守サービス約款"))
    svc = TrackerService.open(db_url, clock=lambda: date(2026, 5, 1))
    try:
        path = write_contract(tmp_path, "a.txt")
        (contract_id,) = svc.import_paths([path], start=date(2025, 4, 1)).imported
        detail = svc.contract(contract_id)
    finally:
        svc.close()

    assert detail.contract.terms.renewal_term == Period(1, Unit.YEAR, Direction.AFTER)
    assert {f.name: f.state for f in detail.facts}[FactName.RENEWAL_TERM] is FactState.INFERRED
    firsts = [(str(d.deadline.due), d.deadline.kind.value) for d in detail.deadlines][:2]
    assert firsts == [("2027-01-29", "renewal_notice"), ("2027-03-31", "term")]
