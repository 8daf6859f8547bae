"""Export speed: 10,000 deadlines to .ics (target < 2 s), a 100-page report to PDF (target < 10 s),
and `tracker export-ics` over a database of 10,000 contracts (issue 15: < 5 s and < 200 MiB; the
default window, streamed, with the record of what was sent): the first export, which records every
event, and a second one, which finds them unchanged.

Run: python benchmarks/bench_export.py [--contracts N]   (prints the figures; Qt runs offscreen)
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tracker.domain import Deadline, DeadlineId, DeadlineRecord, DutyKind, Explanation, Party, ReminderState
from tracker.export import IcalOptions, ReportPeriod, deadlines_to_csv, deadlines_to_ical, report_html

TODAY = date(2026, 11, 22)
KINDS = list(DutyKind)
CLAUSE = (
    "本契約の有効期間は、利用開始日から1年間とし、期間満了の30日前までにいずれの当事者からも書面による"
    "別段の意思表示がない限り、さらに1年間自動的に更新されるものとし、以後も同様とする。"
)


def records(count: int) -> list[DeadlineRecord]:
    """`count` deadlines over ten contracts each, due over two years, five reminders each."""
    made = []
    for i in range(count):
        due = TODAY + timedelta(days=i % 730 - 30)
        made.append(
            DeadlineRecord(
                id=i,
                contract_id=i // 10,
                contract_title=f"クラウドサービス利用規約 第{i // 10}号",
                duty_id=i,
                deadline=Deadline(
                    key=DeadlineId(f"d{i % 10}", str(i)),
                    kind=KINDS[i % len(KINDS)],
                    due=due,
                    unrolled=due,
                    explanation=Explanation(
                        ja=f"期間満了日 {due + timedelta(days=30)} の30日前: 満了日を含めず30日を遡った前日",
                        en=f"30 days before the expiry date {due + timedelta(days=30)} (legal)",
                    ),
                    obligor=Party.CUSTOMER,
                    reminders=tuple(due - timedelta(days=n) for n in (60, 30, 14, 7, 1)),
                ),
                state=ReminderState.PENDING,
                clause_text=CLAUSE,
                article=str(i % 30 + 1),
                sequence=i % 3,
                contract_uid=f"00000000-0000-4000-8000-{i // 10:012d}",
                clause=(i % 10 * 100, i % 10 * 100 + 60),
            )
        )
    return made


def timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label:<52} {time.perf_counter() - start:6.2f} s")
    return result


def database_export(contracts: int) -> None:
    """`tracker export-ics` in a process of its own: wall time and peak memory."""
    from archive import make_archive  # benchmarks/archive.py

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "archive.sqlite"
        rows = timed(f"make an archive of {contracts:,} contracts", lambda: make_archive(db, contracts))
        print(f"{'':<52} {rows:,} deadline rows")
        env = {**os.environ, "TRACKER_DB": str(db), "TRACKER_TODAY": TODAY.isoformat(),
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        for run in ("first", "second"):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "tracker", "export-ics", "-o", f"{folder}/out.ics"],
                                  env=env, capture_output=True, text=True, check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            size = Path(folder, "out.ics").stat().st_size / 1e6
            print(f"export-ics, {run} run: {done.stdout.strip().split(' written')[0]}")
            print(f"{'':<52} {wall:6.2f} s wall, {after.ru_utime - before.ru_utime:5.2f} s CPU, "
                  f"{after.ru_maxrss / 1024:5.0f} MiB peak, {size:5.1f} MB file")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contracts", type=int, default=10_000)
    database_export(parser.parse_args().contracts)
    many = records(10_000)
    stamp = datetime(2026, 11, 22, tzinfo=UTC)
    data = timed("10,000 deadlines to .ics (alarms)", lambda: deadlines_to_ical(many, stamp=stamp))
    print(f"{'':<52} {len(data) / 1e6:6.1f} MB")
    timed(
        "10,000 deadlines to .ics (alarms + reminder events)",
        lambda: deadlines_to_ical(many, stamp=stamp, options=IcalOptions(reminder_events=True)),
    )
    timed("10,000 deadlines to CSV", lambda: deadlines_to_csv(many))

    from tracker.printing import write_report_pdf

    period = ReportPeriod(first=TODAY, last=TODAY + timedelta(days=365), today=TODAY)
    rows = sorted(records(900), key=lambda r: (not r.is_overdue(TODAY), r.deadline.due))
    html = timed("report HTML (900 deadlines)", lambda: report_html(rows, period))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        pages = timed("report to PDF", lambda: write_report_pdf(html, path, printed_on=TODAY))
        print(f"{'':<52} {pages:6d} pages, {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
