"""A contract's status from its dates: active, renewing, ending, ended or terminated.

The stored status is the user's word only when it says the contract is over (ended or
terminated by hand); any other stored value means "follow the dates", so a contract whose term ran
out without renewal reads "ended" the day after its expiry without anyone editing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from tracker.domain.contract import ContractStatus
from tracker.domain.schedule import ContractTerms, Convention
from tracker.schedule.plan import closing_day
from tracker.schedule.timeline import initial_cycle, timeline

# stored values that are the user's word: the contract is over whatever its dates say
_BY_HAND = frozenset({ContractStatus.ENDED, ContractStatus.TERMINATED})
# a last term ending this soon reads "ending" (the upcoming list looks as far ahead)
ENDING_SOON = timedelta(days=90)


def contract_status(
    terms: ContractTerms,
    events: Mapping[str, date],
    today: date,
    *,
    stored: ContractStatus = ContractStatus.ACTIVE,
    convention: Convention = Convention.LEGAL,
) -> ContractStatus:
    """terminated: a recorded end has passed; ending: it is ahead, or the last term ends within
    ENDING_SOON; ended: the last term is over; renewing: the term's renewal cutoff has passed (or
    no cutoff is known and the renewal is near), so the next term follows; else active."""
    if stored in _BY_HAND:
        return stored
    closed = closing_day(events)
    if closed is not None:
        return ContractStatus.TERMINATED if closed < today else ContractStatus.ENDING
    line = timeline(terms, today, horizon_years=0, convention=convention)
    current = line.current
    if current is None:  # not begun, dates unknown, or over (a renewing term is never over)
        first = initial_cycle(terms)
        return ContractStatus.ENDED if first is not None and first.end < today else ContractStatus.ACTIVE
    soon = current.end - today <= ENDING_SOON
    if terms.renewal_term is None:
        return ContractStatus.ENDING if soon else ContractStatus.ACTIVE
    passed = current.cutoff.day < today if current.cutoff is not None else soon
    return ContractStatus.RENEWING if passed else ContractStatus.ACTIVE
