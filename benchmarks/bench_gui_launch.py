"""GUI launch benchmark with 1,000 contracts in the database: the time from starting `tracker` to the
first paint of the main window (goal < 1.0 s), and to the contract list filled (the database opened on
a worker thread and the pages attached).

Each launch is a fresh Python process running tracker.gui.app.main, timed from spawning it. Run as
`python benchmarks/bench_gui_launch.py [--db FILE]` (offscreen unless a display is set); without --db
it imports 1,000 contracts into a temporary database first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_store import CONTRACTS, make_files  # noqa: E402

TODAY = date(2026, 11, 22)
RUNS = 5
GOAL_S = 1.0

# The child: the real entry point, noting the wall-clock time of the main window's first paint and of
# the first idle moment after its pages were attached, then quitting.
CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
qapp = QApplication([sys.argv[0]])
import tracker.gui.app as app
marks = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and "paint" not in marks and isinstance(watched, QWidget)
                and isinstance(watched.window(), app.MainWindow)):
            marks["paint"] = time.time()
        return False

watch = FirstPaint()
qapp.installEventFilter(watch)
attach = app.MainWindow.attach
def attached(self, service):
    attach(self, service)
    def ready():
        print("PAINT", marks.get("paint", 0.0), "READY", time.time(), self.contractsPage.model.rowCount(),
              flush=True)
        QApplication.quit()
    QTimer.singleShot(0, ready)
app.MainWindow.attach = attached
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def launch(db: Path, env: dict[str, str]) -> tuple[float, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(db)], env=env, capture_output=True, text=True)
    words = out.stdout.split()
    if len(words) < 5 or words[4] != str(CONTRACTS):
        raise SystemExit(f"the window did not show {CONTRACTS} contracts:\n{out.stdout}{out.stderr[-2000:]}")
    return float(words[1]) - start, float(words[3]) - start


def _make_database(tmp: Path) -> Path:
    from tracker.services.app import TrackerService

    folder = tmp / "files"
    folder.mkdir()
    db = tmp / "bench.sqlite"
    svc = TrackerService.open(str(db), clock=lambda: TODAY)
    began = time.perf_counter()
    result = svc.import_paths(make_files(folder))
    print(f"setup: {len(result.imported)} contracts imported in {time.perf_counter() - began:.1f} s")
    svc.close()
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help=f"an existing database with {CONTRACTS} contracts (planned for {TODAY})")
    given = parser.parse_args().db
    with tempfile.TemporaryDirectory(prefix="tracker-bench-launch-") as folder:
        tmp = Path(folder)
        db = Path(given) if given else _make_database(tmp)
        env = dict(os.environ, TRACKER_TODAY=TODAY.isoformat(), XDG_CONFIG_HOME=str(tmp / "config"),
                   PYTHONPATH=str(ROOT))
        runs = [launch(db, env) for _ in range(RUNS)]
    paints, ready = [p for p, _ in runs], [r for _, r in runs]
    median = statistics.median(paints)
    print(f"first paint with {CONTRACTS} contracts: median {median:.2f} s, min {min(paints):.2f} s, "
          f"max {max(paints):.2f} s over {RUNS} runs (goal < {GOAL_S} s)")
    print(f"contract list filled: median {statistics.median(ready):.2f} s, min {min(ready):.2f} s, "
          f"max {max(ready):.2f} s")
    print("PASS" if median < GOAL_S else "FAIL")


if __name__ == "__main__":
    main()
