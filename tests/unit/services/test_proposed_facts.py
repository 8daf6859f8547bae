"""Our side, the counterparty and the renewal term an import proposes from the facts read."""

from __future__ import annotations

from datetime import date

from tracker.domain import (
    ContractFacts,
    Direction,
    Fact,
    FactName,
    Party,
    PartyFact,
    Period,
    RenewalRegime,
    Unit,
)
from tracker.services.facts import is_own, is_terms_of_service, propose

CUSTOMER = PartyFact("株式会社 山手物流", "甲", Party.CUSTOMER)
PROVIDER = PartyFact("North Pier Systems, Inc.", "the Company", Party.PROVIDER)


def _values(facts: ContractFacts, own: tuple[str, ...] = (), role: Party | None = None,
            title: str | None = None) -> dict[FactName, object]:
    return {f.name: f.value for f in propose(facts, title, own, role)}


def test_our_name_matches_ignoring_spaces_case_and_width() -> None:
    assert is_own(CUSTOMER, ["山手物流"])
    assert is_own(CUSTOMER, ["株式会社山手物流"])
    assert is_own(PROVIDER, ["north pier systems"])
    assert is_own(PartyFact("ＡＢＣ商会", None, Party.CUSTOMER), ["abc商会"])
    assert not is_own(PROVIDER, ["山手物流"])
    assert not is_own(PROVIDER, [""])


def test_the_party_named_as_ours_sets_the_role_and_the_other_is_the_counterparty() -> None:
    facts = ContractFacts(parties=(CUSTOMER, PROVIDER))
    assert _values(facts, own=("North Pier",)) == {
        FactName.ROLE: Party.PROVIDER, FactName.COUNTERPARTY: "株式会社 山手物流"}
    assert _values(facts, own=("山手物流",)) == {
        FactName.ROLE: Party.CUSTOMER, FactName.COUNTERPARTY: "North Pier Systems, Inc."}


def test_without_our_name_we_are_on_the_chosen_side_else_the_customer() -> None:
    facts = ContractFacts(parties=(CUSTOMER, PROVIDER))
    assert _values(facts) == {FactName.COUNTERPARTY: "North Pier Systems, Inc."}
    assert _values(facts, role=Party.PROVIDER) == {FactName.COUNTERPARTY: "株式会社 山手物流"}


def test_the_renewal_term_proposed_is_the_one_the_regime_rule_gave_the_facts() -> None:
    # domain.regimes alone decides a renewal without its own length (the facts carry its answer):
    # where the facts leave the length unknown, none is proposed from them
    year = Period(1, Unit.YEAR, Direction.AFTER)
    facts = ContractFacts(initial_term=Fact(year), renewal=Fact(RenewalRegime.AUTOMATIC))
    assert FactName.RENEWAL_TERM not in _values(facts)
    stated = ContractFacts(initial_term=Fact(year), renewal=Fact(RenewalRegime.AUTOMATIC),
                           renewal_term=Fact(Period(6, Unit.MONTH, Direction.AFTER)))
    assert _values(stated)[FactName.RENEWAL_TERM] == Period(6, Unit.MONTH, Direction.AFTER)
    ending = ContractFacts(initial_term=Fact(year), renewal=Fact(RenewalRegime.NONE))
    assert _values(ending)[FactName.RENEWAL_TERM] is None


def test_dates_are_proposed_as_read() -> None:
    facts = ContractFacts(start=Fact(date(2025, 11, 1)), end=Fact(date(2026, 10, 31)))
    assert _values(facts) == {FactName.START: date(2025, 11, 1), FactName.END: date(2026, 10, 31)}


def test_terms_of_service_with_no_date_ask_for_the_day_of_acceptance() -> None:
    assert is_terms_of_service("クラウドストレージ利用規約")
    assert is_terms_of_service("サービス約款")
    assert is_terms_of_service("Terms of Service")
    assert is_terms_of_service("Website Terms and Conditions")
    assert not is_terms_of_service("業務委託契約書")
    assert _values(ContractFacts(), title="利用規約") == {FactName.ACCEPTED_TERMS: True}
    dated = ContractFacts(start=Fact(date(2025, 4, 1)))
    assert FactName.ACCEPTED_TERMS not in _values(dated, title="利用規約")
