"""Store benchmark: import 1,000 contracts into SQLite, the database size, and the date queries
over 100,000 deadlines. Prints figures; run as `python benchmarks/bench_store.py`.

The contracts are the samples in contracts/ and the shared seed texts (read at run time, never
copied), each with a unique line appended so that every file has its own content hash.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from tracker.domain import Explanation  # noqa: E402
from tracker.resources import sample_contracts_dir  # noqa: E402
from tracker.services.app import TrackerService  # noqa: E402
from tracker.store import Repo, Store  # noqa: E402
from tracker.store.codec import encode  # noqa: E402
from tracker.store.models import DeadlineRow  # noqa: E402

TODAY = date(2026, 11, 22)
CONTRACTS = 1000
DEADLINES = 100_000
TEXT_SUFFIXES = {".txt", ".md", ".html"}  # appending a line keeps these readable
SEEDS = ROOT.parent / "shared" / "seeds"


def make_files(folder: Path) -> list[Path]:
    sources = [p for p in sorted(sample_contracts_dir().iterdir())
               if p.suffix in TEXT_SUFFIXES and p.name != "README.md"]
    if SEEDS.is_dir():
        sources += sorted(SEEDS.glob("*.txt"))
    files = []
    for i in range(CONTRACTS):
        source = sources[i % len(sources)]
        target = folder / f"{i:04}_{source.name}"
        target.write_bytes(source.read_bytes() + f"\nbenchmark copy {i}\n".encode("ascii"))
        files.append(target)
    return files


def timed(fn: Callable[[], object], runs: int = 15) -> tuple[float, object]:
    """Median milliseconds over `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def fill_deadlines(db: Path, target: int) -> int:
    """Adds synthetic payment deadlines, spread over four years on every contract, up to `target`;
    the ones already past are marked done, as a user who keeps up would have."""
    store = Store.open(str(db))
    try:
        ids = store.read(lambda repo: repo.contract_ids())
        have = store.read(lambda repo: repo.session.query(DeadlineRow).count())
        per_contract = max(0, (target - have) // len(ids) + 1)
        why = encode(Explanation("ベンチマーク用の期限", "benchmark deadline"))

        def add(repo: Repo) -> None:
            for cid in ids:
                for j in range(per_contract):
                    due = TODAY - timedelta(days=365) + timedelta(days=(cid * 7 + j * 14) % 1460)
                    reminders = [due - timedelta(days=d) for d in (60, 30, 14, 7, 1)]
                    detail = {"key": f"bench{j}/0", "kind": "payment", "due": due.isoformat(),
                              "unrolled": due.isoformat(), "explanation": why, "obligor": None,
                              "reminders": [r.isoformat() for r in reminders]}
                    repo.session.add(DeadlineRow(
                        contract_id=cid, duty_key=f"bench{j}", cycle="0", kind="payment", due=due,
                        first_reminder=reminders[0], state="done" if due < TODAY else "pending",
                        sequence=0, detail=detail, clause_text="", article=None))

        store.write(add)
        return store.read(lambda repo: repo.session.query(DeadlineRow).count())
    finally:
        store.close()


def sql_only(svc: TrackerService, call: Callable[[], object]) -> float:
    """Median milliseconds of the queries that `call` runs, replayed on a plain sqlite3 connection."""
    seen: list[tuple[str, object]] = []

    def capture(conn: object, cursor: object, statement: str, parameters: object, *_: object) -> None:
        seen.append((statement, parameters))

    engine = svc._store.engine  # the benchmark peeks inside; the application never does
    event.listen(engine, "before_cursor_execute", capture)
    call()
    event.remove(engine, "before_cursor_execute", capture)
    queries = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    with sqlite3.connect(engine.url.database or "") as conn:
        ms, _ = timed(lambda: [conn.execute(s, p).fetchall() for s, p in queries])  # type: ignore[arg-type]
    return ms


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmp:
        folder, db = Path(tmp) / "in", Path(tmp) / "bench.sqlite"
        folder.mkdir()
        files = make_files(folder)
        svc = TrackerService.open(str(db), clock=lambda: TODAY)
        start = time.perf_counter()
        result = svc.import_paths(files, start=date(2025, 4, 1))
        seconds = time.perf_counter() - start
        print(f"import {len(files)} contracts: {seconds:.1f} s ({seconds / len(files) * 1000:.1f} ms each), "
              f"{len(result.imported)} imported, {len(result.failed)} failed")
        svc.close()

        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            deadlines = conn.execute("SELECT count(*) FROM deadlines").fetchone()[0]
            duties = conn.execute("SELECT count(*) FROM duties").fetchone()[0]
        size = db.stat().st_size / 1e6
        print(f"database size for {CONTRACTS} contracts with their originals: {size:.1f} MB "
              f"({duties} duties, {deadlines} deadlines)")

        days = [TODAY - timedelta(days=1)]  # ends on TODAY, so the queries below recompute nothing
        svc = TrackerService.open(str(db), clock=lambda: days[-1])
        days.append(TODAY)
        start = time.perf_counter()
        svc.refresh()
        print(f"daily recompute of every contract's deadlines: {time.perf_counter() - start:.1f} s")
        svc.close()

        total = fill_deadlines(db, DEADLINES)
        svc = TrackerService.open(str(db), clock=lambda: TODAY)
        try:
            print(f"queries over {total} deadlines (median of 15 runs; SQL alone, then the whole call "
                  "returning records):")
            for label, fn in [
                ("upcoming(days=90)", lambda: svc.upcoming(90)),
                ("upcoming(days=30)", lambda: svc.upcoming(30)),
                ("due_reminders()", lambda: svc.due_reminders()),
                ("deadlines_between(one month)", lambda: svc.deadlines_between(date(2026, 12, 1),
                                                                                 date(2026, 12, 31))),
                ("list_contracts()", lambda: svc.list_contracts()),
            ]:
                ms, rows = timed(fn)
                print(f"  {label:<30} SQL {sql_only(svc, fn):6.1f} ms   call {ms:6.1f} ms  "
                      f"({len(rows)} rows)")  # type: ignore[arg-type]
        finally:
            svc.close()


if __name__ == "__main__":
    main()
