"""GUI import benchmark: while 100 files import on the worker thread, the event loop never stalls
longer than 100 ms (goal).

A 5 ms QTimer on the GUI thread records the gaps between its ticks from the moment the import
starts until the import reports its result; the longest gap is the worst stall the user could feel.
Run as `python benchmarks/bench_gui_import_stall.py` (offscreen unless a display is set).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_store import make_files  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from tracker.gui.main_window import MainWindow  # noqa: E402
from tracker.services.app import TrackerService  # noqa: E402

TODAY = date(2026, 11, 22)
FILES = 100
GOAL_MS = 100.0


def main() -> None:
    app = QApplication([])
    QMessageBox.warning = lambda *args, **kwargs: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="tracker-bench-stall-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        folder = Path(tmp) / "files"
        folder.mkdir()
        files = make_files(folder)[:FILES]
        svc = TrackerService.open(str(Path(tmp) / "bench.sqlite"), clock=lambda: TODAY)
        window = MainWindow(svc)
        window.resize(1200, 800)
        window.show()
        app.processEvents()

        gaps: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append((now - last) * 1000)
            last = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        results = []
        refreshes: list[float] = []  # the one refresh of the pages once the import is done
        refresh = window.refresh

        def timed_refresh() -> None:
            start = time.perf_counter()
            refresh()
            refreshes.append((time.perf_counter() - start) * 1000)

        window.refresh = timed_refresh  # type: ignore[method-assign]
        window.importer.finished.connect(lambda result: (results.append(result), loop.quit()))
        began = time.perf_counter()
        timer.start()
        last = time.perf_counter()
        window.importPaths([str(path) for path in files])
        loop.exec()
        timer.stop()
        elapsed = time.perf_counter() - began
        window.shutdown()
        svc.close()
    result = results[0]
    worst = max(gaps)
    print(f"imported {len(result.imported)} of {FILES} files in {elapsed:.1f} s on the worker thread")
    print(f"event loop gaps while importing: longest {worst:.0f} ms, 99th percentile "
          f"{statistics.quantiles(gaps, n=100)[98]:.0f} ms, median {statistics.median(gaps):.1f} ms "
          f"over {len(gaps)} ticks (goal: longest < {GOAL_MS:.0f} ms)")
    print(f"of which the refresh of the pages after the import: {max(refreshes, default=0):.0f} ms")
    print("PASS" if worst < GOAL_MS else "FAIL")


if __name__ == "__main__":
    main()
