"""A contract's facts as stored: proposed by an import (inferred) until the user confirms them.

A fact the user typed or confirmed is never overwritten by a re-import; an inferred one is
replaced by what the new reading proposes. `needs` says what a contract still wants from the user
and so why it may have no deadline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from tracker.domain.contract import Contract
from tracker.domain.duty import Party, Period, SourceSpan


class FactState(StrEnum):
    INFERRED = "inferred"  # read from the text, proposed to the user
    CONFIRMED = "confirmed"  # confirmed or typed by the user: a re-import leaves it alone


class FactName(StrEnum):
    COUNTERPARTY = "counterparty"
    ROLE = "role"
    START = "start"
    END = "end"
    INITIAL_TERM = "initial_term"
    RENEWAL_TERM = "renewal_term"
    RENEWAL_NOTICE = "renewal_notice"
    MINIMUM_TERM = "minimum_term"
    # the text is terms of service with no date of its own: its start is the day we accepted it
    ACCEPTED_TERMS = "accepted_terms"


# the type of each fact's value, so that the store can decode it
FACT_TYPES: dict[FactName, Any] = {
    FactName.COUNTERPARTY: str,
    FactName.ROLE: Party,
    FactName.START: date,
    FactName.END: date,
    FactName.INITIAL_TERM: Period,
    FactName.RENEWAL_TERM: Period,
    FactName.RENEWAL_NOTICE: Period,
    FactName.MINIMUM_TERM: Period,
    FactName.ACCEPTED_TERMS: bool,
}
_TERMS = (FactName.START, FactName.END, FactName.INITIAL_TERM, FactName.RENEWAL_TERM,
          FactName.RENEWAL_NOTICE, FactName.MINIMUM_TERM)
# the facts that move deadlines: while one of them is inferred, so are the contract's deadlines
SCHEDULING = frozenset({*_TERMS, FactName.ROLE})


@dataclass(frozen=True)
class FactRecord:
    name: FactName
    value: Any  # of FACT_TYPES[name]; None: known to be absent (no renewal term)
    state: FactState = FactState.INFERRED
    span: SourceSpan | None = None  # where it was read; None when the user typed it
    confidence: float = 1.0
    version: int = 1  # raised by every write of the fact


class Need(StrEnum):
    """What a contract still wants from the user."""

    ACCEPTED_DATE = "accepted_date"  # terms of service: the day you accepted them
    START_DATE = "start_date"  # no date at all, so no deadline can be counted
    CONFIRMATION = "confirmation"  # facts read from the text wait for a confirmation


def contract_value(contract: Contract, name: FactName) -> Any:
    """The value the contract holds now for the fact `name`."""
    if name is FactName.COUNTERPARTY:
        return contract.counterparty
    if name is FactName.ROLE:
        return contract.role
    if name is FactName.ACCEPTED_TERMS:
        return None
    return getattr(contract.terms, name.value)


def apply_facts(contract: Contract, facts: Iterable[FactRecord]) -> Contract:
    """The contract with each fact's value filled into its field."""
    facts = tuple(facts)
    terms = {f.name.value: f.value for f in facts if f.name in _TERMS}
    fields: dict[str, Any] = {"terms": dataclasses.replace(contract.terms, **terms)}
    for fact in facts:
        if fact.name is FactName.COUNTERPARTY:
            fields["counterparty"] = fact.value
        elif fact.name is FactName.ROLE and fact.value is not None:
            fields["role"] = fact.value
    return dataclasses.replace(contract, **fields)


def needs(contract: Contract, facts: Iterable[FactRecord]) -> tuple[Need, ...]:
    """What the user must still give or confirm; the first one is why no deadline may be shown."""
    facts = tuple(facts)
    found: list[Need] = []
    if contract.terms.start is None and contract.terms.end is None:
        accepted = any(f.name is FactName.ACCEPTED_TERMS and f.value for f in facts)
        found.append(Need.ACCEPTED_DATE if accepted else Need.START_DATE)
    if any(f.state is FactState.INFERRED and f.name is not FactName.ACCEPTED_TERMS for f in facts):
        found.append(Need.CONFIRMATION)
    return tuple(found)
