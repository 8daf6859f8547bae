"""GUI launch benchmark: from starting `tracker` to a shown, usable main window with 1,000 contracts
in the database (goal < 1.5 s).

Each launch is a fresh Python process running tracker.gui.app.main; the time runs from spawning it
until the main window has been shown and the event loop is idle (the process then quits).
Run as `python benchmarks/bench_gui_launch.py` (offscreen unless a display is set).
"""

from __future__ import annotations

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

from tracker.services.app import TrackerService  # noqa: E402

TODAY = date(2026, 11, 22)
RUNS = 5
GOAL_S = 1.5

# The child: the real entry point, with the window's show() followed by a report and a quit once
# the event loop has painted it and gone idle.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import tracker.gui.app as app
shown = app.MainWindow.show
def show(self):
    shown(self)
    def ready():
        print("READY", self.contractsPage.model.rowCount(), flush=True)
        QApplication.quit()
    QTimer.singleShot(0, ready)
app.MainWindow.show = show
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def launch(db: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(db)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if f"READY {CONTRACTS}" not in out.stdout:
        raise SystemExit(f"the window did not show {CONTRACTS} contracts:\n{out.stdout}{out.stderr[-2000:]}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tracker-bench-launch-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        db = Path(tmp) / "bench.sqlite"
        svc = TrackerService.open(str(db), clock=lambda: TODAY)
        began = time.perf_counter()
        result = svc.import_paths(make_files(folder))
        print(f"setup: {len(result.imported)} contracts imported in {time.perf_counter() - began:.1f} s")
        svc.close()
        env = dict(os.environ, TRACKER_TODAY=TODAY.isoformat(), XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   PYTHONPATH=str(ROOT))
        times = [launch(db, env) for _ in range(RUNS)]
    median = statistics.median(times)
    print(f"launch to a usable window with {CONTRACTS} contracts: median {median:.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s over {RUNS} runs (goal < {GOAL_S} s)")
    print("PASS" if median < GOAL_S else "FAIL")


if __name__ == "__main__":
    main()
