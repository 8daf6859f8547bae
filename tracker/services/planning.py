"""Planning: when deadlines are computed, in one place.

A contract's deadlines depend on its facts, duties and events, and on the day they were computed
for (which terms lie ahead, a payment's next occurrence). They are computed on change, inside the
write that made the change, and on a date roll-over, which replans only the contracts whose
`replan_on` day has come, in small transactions of their own. A read never plans: a command run
with another "today" shows the stored plan and leaves every dismissed or snoozed state alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from tracker.domain import Deadline, Settings
from tracker.schedule.periods import add_months
from tracker.services.scheduling import replan
from tracker.store import Repo, Store

BATCH = 200  # contracts replanned per transaction: a writer elsewhere waits at most this long
# A plan reaches three years past the day it was made for; it is made again within two or three
# months even when nothing in it passes (spread by contract id, so that a folder imported on one
# day is not replanned all on one day either)
_HORIZON_DAYS, _SPREAD_DAYS = 61, 31
_DAY = timedelta(days=1)


def plan_contract(repo: Repo, contract_id: int, settings: Settings, day: date) -> None:
    """Recomputes one contract's deadlines for `day` and notes when they go stale."""
    plan_contracts(repo, [contract_id], settings, day)


def plan_contracts(repo: Repo, contract_ids: Sequence[int], settings: Settings, day: date) -> None:
    """Recomputes these contracts' deadlines for `day` and notes when each goes stale."""
    planned = replan(repo, contract_ids, settings, day)
    repo.set_planned(day, {cid: stale_on(deadlines, day, cid) for cid, deadlines in planned.items()})


def stale_on(deadlines: Sequence[Deadline], day: date, contract_id: int) -> date:
    """The first day after `day` on which a plan made on `day` could come out differently: the
    day after one of its dates passes (a term ends, a cutoff turns overdue, a series moves on to
    its next occurrence), the day a past date leaves the year kept behind, or the horizon's turn."""
    latest = day + timedelta(days=_HORIZON_DAYS + contract_id % _SPREAD_DAYS)
    soonest = latest
    for deadline in deadlines:
        due = deadline.due if type(deadline.due) is date else deadline.due.date()  # type: ignore[union-attr]
        stale = due + _DAY if due >= day else add_months(due, 12)[0] + _DAY
        soonest = min(soonest, stale)
    return max(soonest, day + _DAY)


def plan_all(repo: Repo, settings: Settings, day: date) -> None:
    """Every contract, in the caller's transaction (a change of settings touches them all)."""
    ids = repo.contract_ids()
    for at in range(0, len(ids), BATCH):
        plan_contracts(repo, ids[at:at + BATCH], settings, day)


def roll_over(store: Store, day: date) -> int:
    """Replans the contracts whose deadlines are stale on `day`, BATCH to a transaction; returns
    how many. Cheap when none are: one indexed query."""
    done = 0
    while True:
        def batch(repo: Repo) -> int:
            ids = repo.due_for_replan(day, BATCH)
            if ids:
                plan_contracts(repo, ids, repo.settings(), day)
            return len(ids)

        if not store.read(lambda repo: repo.due_for_replan(day, 1)):
            return done
        done += store.write(batch)
