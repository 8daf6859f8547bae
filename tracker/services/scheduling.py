"""Recomputes a contract's deadlines from its terms, reviewed duties and recorded events.

Runs inside the caller's unit of work, so the deadlines always match what was just saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from tracker.domain import Contract, ContractTerms, Deadline, FactState, ReviewState, Settings
from tracker.domain.proposals import SCHEDULING
from tracker.schedule import contract_status, plan_deadlines, terms_from_duties
from tracker.store import Repo, RowNotFound

# the parts of a contract's terms that are suggested from its duties at import
_SUGGESTED = ("initial_term", "renewal_term", "renewal_notice", "minimum_term", "term_from_month_start",
              "minimum_from_month_start")


def duty_key(duty_id: int) -> str:
    """The stable key a duty's deadlines are filed under ("d12/…")."""
    return f"d{duty_id}"


def replan(repo: Repo, contract_ids: Sequence[int], settings: Settings,
           today: date) -> dict[int, list[Deadline]]:
    """Recomputes and stores the deadlines of these contracts for `today` (see services.planning),
    reading what they depend on in a few queries for all of them; returns them by contract."""
    contracts = repo.contracts(contract_ids)
    duties_of = repo.duties_of(contract_ids)
    events = repo.all_events(contract_ids)
    inferred = repo.with_inferred(contract_ids, SCHEDULING)
    repo.load_deadlines(contract_ids)
    planned: dict[int, list[Deadline]] = {}
    for contract_id in contract_ids:
        if contract_id not in contracts:
            raise RowNotFound(f"no contract {contract_id}")
        duties = {duty_key(d.id): d for d in duties_of[contract_id] if d.state is not ReviewState.REJECTED}
        deadlines = plan_deadlines(
            contracts[contract_id].terms,
            [(key, d.duty) for key, d in duties.items()],
            events.get(contract_id, {}),
            today,
            lead_times=settings.lead_times,
            duty_lead_times={key: d.lead_times for key, d in duties.items() if d.lead_times is not None},
            convention=settings.convention,
        )
        repo.sync_deadlines(contract_id, deadlines, duties, contract_id in inferred)
        planned[contract_id] = deadlines
    return planned


def with_status(contract: Contract, events: Mapping[str, date], today: date, settings: Settings) -> Contract:
    """The contract with the status its dates give on `today` (a status set by hand to ended or
    terminated stays)."""
    status = contract_status(contract.terms, events, today, stored=contract.status,
                             convention=settings.convention)
    return dataclasses.replace(contract, status=status)


def suggested_terms(repo: Repo, contract_id: int) -> ContractTerms:
    """The terms the contract's duties suggest now (rejected duties left out)."""
    contract = repo.contract(contract_id)
    duties = [d.duty for d in repo.duties(contract_id) if d.state is not ReviewState.REJECTED]
    return terms_from_duties(duties, start=contract.terms.start, end=contract.terms.end,
                             calendar=contract.terms.calendar)


def follow_duties(repo: Repo, contract_id: int, before: ContractTerms) -> None:
    """After a duty was reviewed, let the terms follow it where they still hold what the duties
    suggested: rejecting a wrongly read renewal cutoff removes its cutoffs, editing it moves
    them. A value the user typed or confirmed is left alone."""
    contract = repo.contract(contract_id)
    after = suggested_terms(repo, contract_id)
    facts = {f.name.value: f for f in repo.facts(contract_id)}
    changes = {name: getattr(after, name) for name in _SUGGESTED
               if getattr(contract.terms, name) == getattr(before, name) != getattr(after, name)
               and (name not in facts or facts[name].state is FactState.INFERRED)}
    if changes:
        terms = dataclasses.replace(contract.terms, **changes)
        repo.save_contract(dataclasses.replace(contract, terms=terms))
    for name, value in changes.items():  # the proposal follows the duty it was read from
        if name in facts:
            repo.put_fact(contract_id, dataclasses.replace(facts[name], value=value))
