"""Recomputes a contract's deadlines from its terms, reviewed duties and recorded events.

Runs inside the caller's unit of work, so the deadlines always match what was just saved.
"""

from __future__ import annotations

from datetime import date

from tracker.domain import ReviewState, Settings
from tracker.schedule import plan_deadlines
from tracker.store import Repo


def duty_key(duty_id: int) -> str:
    """The stable key a duty's deadlines are filed under ("d12/…")."""
    return f"d{duty_id}"


def replan(repo: Repo, contract_id: int, settings: Settings, today: date) -> None:
    contract = repo.contract(contract_id)
    duties = {duty_key(d.id): d for d in repo.duties(contract_id) if d.state is not ReviewState.REJECTED}
    deadlines = plan_deadlines(
        contract.terms,
        [(key, d.duty) for key, d in duties.items()],
        repo.events(contract_id),
        today,
        lead_times=settings.lead_times,
        duty_lead_times={key: d.lead_times for key, d in duties.items() if d.lead_times is not None},
        convention=settings.convention,
    )
    repo.sync_deadlines(contract_id, deadlines, duties)
