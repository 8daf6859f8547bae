"""What an import proposes from a contract's facts: our side, the counterparty, dates and terms.

"Us" is the party whose name matches one of the user's own company names (Settings.own_names);
failing that, the party on the side the user chose. The counterparty is a named party that is not
us. Terms of service that state no date of their own ask for the day we accepted them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from tracker.domain import ContractFacts, Fact, FactName, FactRecord, Party, PartyFact, RenewalRegime

# a website's terms, as titles name them: 利用規約, サービス約款, Terms of Service / of Use
_TERMS_TITLE = re.compile(r"規約|約款|terms\s+of\s+(service|use)|terms\s+and\s+conditions", re.IGNORECASE)
_SIDES = (Party.CUSTOMER, Party.PROVIDER)


def _normal(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


def is_own(party: PartyFact, own_names: Iterable[str]) -> bool:
    """A party is ours when its name (or short name) holds one of our names, or the other way round."""
    names = [_normal(n) for n in (party.name, party.short) if n]
    for own in filter(None, map(_normal, own_names)):
        if any(own in name or (len(name) >= 2 and name in own) for name in names):
            return True
    return False


def our_party(parties: Sequence[PartyFact], own_names: Sequence[str]) -> PartyFact | None:
    return next((p for p in parties if p.role in _SIDES and is_own(p, own_names)), None)


def is_terms_of_service(title: str | None) -> bool:
    return bool(title and _TERMS_TITLE.search(title))


def _renewal_term(facts: ContractFacts) -> Fact[Any] | None:
    """No renewal term unless it renews automatically; then the length the regime rule
    (domain.regimes) gave the facts. Where that is unknown the import takes the duties' regime,
    under the same rule."""
    renewal = facts.renewal
    if renewal is not None and renewal.value is not RenewalRegime.AUTOMATIC:
        return Fact(None, renewal.span, renewal.confidence)
    return facts.renewal_term


def propose(facts: ContractFacts, title: str | None, own_names: Sequence[str],
            role: Party | None) -> list[FactRecord]:
    """The facts an import proposes (all inferred); `role` is the side the user chose, if any."""
    proposed: list[FactRecord] = []
    us = our_party(facts.parties, own_names)
    if us is not None and us.role is not None and role is None:
        proposed.append(FactRecord(FactName.ROLE, us.role, span=us.span, confidence=us.confidence))
    side = role or (us.role if us else None) or Party.CUSTOMER
    other = next((p for p in facts.parties if p.name and p.role in _SIDES and p.role != side), None)
    if other is not None:
        proposed.append(FactRecord(FactName.COUNTERPARTY, other.name, span=other.span,
                                   confidence=other.confidence))
    terms: list[tuple[FactName, Fact[Any] | None]] = [
        (FactName.START, facts.start), (FactName.END, facts.end),
        (FactName.INITIAL_TERM, facts.initial_term), (FactName.RENEWAL_NOTICE, facts.renewal_notice),
        (FactName.MINIMUM_TERM, facts.minimum_term),
    ]
    terms.append((FactName.RENEWAL_TERM, _renewal_term(facts)))
    proposed += [FactRecord(name, fact.value, span=fact.span, confidence=fact.confidence)
                 for name, fact in terms if fact is not None]
    if facts.start is None and facts.end is None and is_terms_of_service(title):
        proposed.append(FactRecord(FactName.ACCEPTED_TERMS, True))
    return proposed
