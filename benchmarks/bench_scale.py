"""Scale benchmark: 1,000 and 10,000 real-text contracts, each with its own dates.

The sample contracts in contracts/ are imported once through the service; every further contract
is a copy of one of them made by copying its rows (contract, original, duties, facts) with a start
date of its own spread over six years, a unique content hash, and no plan yet, so that planning
them is the roll-over's work. Measured, against the goals of issues 14 and 15:

- the database size (goal < 200 MB at 10,000 contracts);
- the first command of a new day: open, roll over, upcoming(90) (goal < 1 s);
- upcoming(90): its SQL alone (goal < 20 ms) and the whole call (goal < 50 ms);
- the deadlines of one month, as the calendar asks them (goal < 50 ms);
- removing a contract (goal < 50 ms).

Run as `python benchmarks/bench_scale.py [1000 10000]`.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_store import sql_only, timed  # noqa: E402

from tracker.resources import sample_contracts_dir  # noqa: E402
from tracker.services.app import TrackerService  # noqa: E402

TODAY = date(2026, 11, 22)
FIRST_START = date(2021, 1, 1)
SPREAD_DAYS = 6 * 365
RUNS = 15  # contracts removed, one at a time


def copy_contracts(db: Path, count: int) -> None:
    """Fills the database up to `count` contracts with copies of the imported ones (see above)."""
    conn = sqlite3.connect(db)
    try:
        columns = {table: [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                   for table in ("contracts", "originals", "duties", "contract_facts", "contract_identities")}
        templates = [r[0] for r in conn.execute("SELECT id FROM contracts ORDER BY id")]
        rows = {table: {} for table in ("contracts", "originals")}
        for table, key in (("contracts", "id"), ("originals", "contract_id")):
            for row in conn.execute(f"SELECT * FROM {table}"):
                rows[table][row[columns[table].index(key)]] = list(row)
        duties = {t: conn.execute("SELECT * FROM duties WHERE contract_id = ?", (t,)).fetchall()
                  for t in templates}
        facts = {t: conn.execute("SELECT * FROM contract_facts WHERE contract_id = ?", (t,)).fetchall()
                 for t in templates}
        next_id = max(templates) + 1
        duty_id = conn.execute("SELECT max(id) FROM duties").fetchone()[0] + 1
        c_cols, d_cols = columns["contracts"], columns["duties"]
        for n in range(len(templates), count):
            template = templates[n % len(templates)]
            contract = list(rows["contracts"][template])
            start = FIRST_START + timedelta(days=(n * 397) % SPREAD_DAYS)
            digest = f"{n:064x}"
            contract[c_cols.index("id")] = next_id
            contract[c_cols.index("content_hash")] = digest
            contract[c_cols.index("start")] = start.isoformat()
            contract[c_cols.index("end")] = None
            contract[c_cols.index("replan_on")] = date.min.isoformat()
            contract[c_cols.index("planned_on")] = None
            contract[c_cols.index("title")] = f"{contract[c_cols.index('title')]} #{n}"
            conn.execute(f"INSERT INTO contracts VALUES ({','.join('?' * len(contract))})", contract)
            original = list(rows["originals"][template])
            original[columns["originals"].index("contract_id")] = next_id
            conn.execute(f"INSERT INTO originals VALUES ({','.join('?' * len(original))})", original)
            conn.execute("INSERT INTO contract_identities (content_hash, uid) VALUES (?, ?)",
                         (digest, f"00000000-0000-4000-8000-{n:012x}"))
            for duty in duties[template]:
                copy = list(duty)
                copy[d_cols.index("id")], copy[d_cols.index("contract_id")] = duty_id, next_id
                conn.execute(f"INSERT INTO duties VALUES ({','.join('?' * len(copy))})", copy)
                duty_id += 1
            for fact in facts[template]:
                copy = list(fact)
                copy[columns["contract_facts"].index("contract_id")] = next_id
                conn.execute(f"INSERT INTO contract_facts VALUES ({','.join('?' * len(copy))})", copy)
            next_id += 1
        conn.commit()
    finally:
        conn.close()


def size_mb(db: Path) -> tuple[float, int]:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        deadlines = conn.execute("SELECT count(*) FROM deadlines").fetchone()[0]
    return db.stat().st_size / 1e6, deadlines


def run(count: int, folder: Path) -> None:
    db = folder / f"scale{count}.sqlite"
    svc = TrackerService.open(str(db), clock=lambda: TODAY)
    svc.import_paths([p for p in sample_contracts_dir().iterdir() if p.name != "README.md"],
                     start=FIRST_START)
    svc.close()
    copy_contracts(db, count)
    svc = TrackerService.open(str(db), clock=lambda: TODAY)
    began = time.perf_counter()
    planned = svc.roll_over()
    print(f"{count} contracts: planning all {planned} took {time.perf_counter() - began:.1f} s")
    svc.close()
    size, deadlines = size_mb(db)
    print(f"  database {size:.1f} MB, {deadlines} deadline rows (goal < 200 MB at 10,000)")

    tomorrow = TODAY + timedelta(days=1)
    began = time.perf_counter()
    svc = TrackerService.open(str(db), clock=lambda: tomorrow)
    rolled = svc.roll_over()
    shown = svc.upcoming(90)
    first = time.perf_counter() - began
    print(f"  first command of a new day (open, roll over {rolled}, upcoming(90) of {len(shown)}): "
          f"{first * 1000:.0f} ms (goal < 1000 ms)")
    try:
        for label, fn, goal in [
            ("upcoming(90)", lambda: svc.upcoming(90), 50),
            ("one month (calendar)", lambda: svc.deadlines_between(date(2027, 3, 1), date(2027, 3, 31)), 50),
            ("due_reminders()", lambda: svc.due_reminders(), 50),
            ("list_contracts()", lambda: svc.list_contracts(), None),
        ]:
            ms, rows = timed(fn)
            print(f"  {label:<22} SQL {sql_only(svc, fn):7.1f} ms   call {ms:7.1f} ms  ({len(rows)} rows)"  # type: ignore[arg-type]
                  + (f"  (goal < {goal} ms)" if goal else ""))
        ids = [s.contract.id for s in svc.list_contracts()[-RUNS:]]
        removal = []
        for contract_id in ids:
            began = time.perf_counter()
            svc.delete_contract(contract_id)  # type: ignore[arg-type]
            removal.append((time.perf_counter() - began) * 1000)
        print(f"  removing a contract: median {statistics.median(removal):.1f} ms (goal < 50 ms)")
    finally:
        svc.close()


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1000, 10_000]
    with tempfile.TemporaryDirectory(prefix="tracker-bench-scale-") as tmp:
        for count in counts:
            run(count, Path(tmp))


if __name__ == "__main__":
    main()
