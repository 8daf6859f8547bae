"""Speed of the period engine: timelines and reminders for 10,000 contracts, and `tracker due` start-up.

Run as `python benchmarks/bench_schedule.py`; prints figures (targets: under 2 s, under 0.3 s).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import date, timedelta

from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.schedule import ContractTerms
from tracker.schedule import plan_deadlines, terms_from_duties

TODAY = date(2026, 11, 22)
SPAN = SourceSpan(0, 1, "…")


def _duty(kind: DutyKind, amount: int | None, unit: Unit | None, direction: Direction, anchor: str,
          qualifier: Qualifier | None = None) -> Duty:
    return Duty(kind, Party.CUSTOMER, Period(amount, unit, direction, qualifier), anchor, SPAN)


def _contract(rng: random.Random) -> tuple[ContractTerms, list[tuple[str, Duty]], dict[str, date]]:
    """A contract as the extractor sees them: a term, a renewal, a cutoff and seven other duties."""
    start = date(2022, 1, 1) + timedelta(days=rng.randrange(1800))
    monthly = rng.random() < 0.25
    term = Period(1, Unit.MONTH if monthly else Unit.YEAR, Direction.AFTER)
    cutoff_unit, cutoff_amount = rng.choice([(Unit.DAY, 30), (Unit.MONTH, 3), (Unit.BUSINESS_DAY, 20),
                                             (Unit.MONTH, 1)])
    duties = [
        _duty(DutyKind.TERM, term.amount, term.unit, Direction.AFTER, "start"),
        _duty(DutyKind.TERM, term.amount, term.unit, Direction.AFTER, "expiry"),
        _duty(DutyKind.RENEWAL_NOTICE, cutoff_amount, cutoff_unit, Direction.BEFORE, "expiry"),
        _duty(DutyKind.TERMINATION_NOTICE, 30, Unit.DAY, Direction.BEFORE, "cancellation_date"),
        _duty(DutyKind.RETURN, 1, Unit.MONTH, Direction.AFTER, "termination"),
        _duty(DutyKind.CURE, 14, Unit.DAY, Direction.AFTER, "violation_notice"),
        _duty(DutyKind.DATA_DELETION, 30, Unit.DAY, Direction.AFTER, "termination"),
        _duty(DutyKind.CONFIDENTIALITY, 2, Unit.YEAR, Direction.AFTER, "termination"),
        _duty(DutyKind.PAYMENT, None, None, Direction.AFTER, "invoice", Qualifier.END_OF_NEXT_MONTH),
        _duty(DutyKind.NOTIFICATION, 5, Unit.BUSINESS_DAY, Direction.BEFORE, "change_effective"),
    ]
    events: dict[str, date] = {}
    for name in ("termination", "violation_notice", "invoice", "change_effective"):
        if rng.random() < 0.3:
            events[name] = TODAY + timedelta(days=rng.randrange(-300, 300))
    terms = terms_from_duties(duties, start=start, end=None)
    return terms, [(f"d{i}", d) for i, d in enumerate(duties)], events


def bench_plans(count: int = 10_000) -> None:
    """The first run starts with cold memo tables, as a freshly started application does."""
    rng = random.Random(7)
    contracts = [_contract(rng) for _ in range(count)]
    for run in ("cold", "warm"):
        began, cpu = time.perf_counter(), time.process_time()
        deadlines = reminders = 0
        for terms, duties, events in contracts:
            for deadline in plan_deadlines(terms, duties, events, TODAY, horizon_years=3):
                deadlines += 1
                reminders += len(deadline.reminders)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
        print(f"plan_deadlines ({run}): {count} contracts x 10 duties, 3-year horizon: {elapsed:.2f} s wall, "
              f"{cpu:.2f} s CPU ({deadlines} deadlines, {reminders} reminders; target < 2 s)")


def bench_cold_start(runs: int = 5) -> None:
    for args in (["2026-04-30", "before", "30", "day"], ["2026-01-09", "before", "5", "business_day"]):
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tracker", "due", *args], check=True, capture_output=True)
            times.append(time.perf_counter() - began)
        print(f"tracker due {' '.join(args)}: cold start to exit, best {min(times):.3f} s, "
              f"median {sorted(times)[runs // 2]:.3f} s (target < 0.3 s)")


if __name__ == "__main__":
    bench_plans()
    bench_cold_start()
