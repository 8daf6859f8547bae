"""GUI calendar benchmark: switching the month view with 10,000 deadlines in the database (goal < 50 ms).

Each switch is timed from setCurrentPage until the new month is queried, marked and painted.
Run as `python benchmarks/bench_gui_calendar.py` (offscreen unless a display is set).
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

from bench_store import fill_deadlines  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tracker.gui.calendar_page import CalendarPage  # noqa: E402
from tracker.gui.i18n import install_translator  # noqa: E402
from tracker.gui.month_cache import READ_AHEAD_AFTER_MS  # noqa: E402
from tracker.services.app import TrackerService  # noqa: E402

TODAY = date(2026, 11, 22)
DEADLINES = 10_000
GOAL_MS = 50.0


def main() -> None:
    app = QApplication([])
    install_translator(app, "ja")
    with tempfile.TemporaryDirectory(prefix="tracker-bench-gui-", ignore_cleanup_errors=True) as tmp:
        db = Path(tmp) / "bench.sqlite"
        svc = TrackerService.open(str(db), clock=lambda: TODAY)
        svc.load_samples()
        svc.close()
        total = fill_deadlines(db, DEADLINES)
        svc = TrackerService.open(str(db), clock=lambda: TODAY)
        try:
            page = CalendarPage(svc)
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            months = [(2025 + (11 + i) // 12, (11 + i) % 12 + 1) for i in range(36)]  # 2025-12 … 2028-11
            in_view = statistics.mean(len(svc.deadlines_between(date(y, m, 1), date(y, m, 28)))
                                      for y, m in months)
            print(f"calendar month switch over {total} deadlines ({in_view:.0f} in a month on average), "
                  f"goal < {GOAL_MS:.0f} ms:")
            for label, cold in (("paging month by month (next month read ahead)", False),
                                ("jumping to a month not read yet", True)):
                times = []
                for year, month in months:
                    if cold:
                        page.months.clear()
                    start = time.perf_counter()
                    page.showMonth(year, month)
                    page.calendar.repaint()
                    app.processEvents()
                    times.append((time.perf_counter() - start) * 1000)
                    QTest.qWait(READ_AHEAD_AFTER_MS + 100)  # the user's pause between two clicks
                    QThreadPool.globalInstance().waitForDone()
                    app.processEvents()
                median, worst = statistics.median(times), max(times)
                print(f"  {label:<48} median {median:5.1f} ms, worst {worst:5.1f} ms "
                      f"{'OK' if median < GOAL_MS else 'SLOW'}")
            times = []
            for _ in range(5):
                start = time.perf_counter()
                page.refresh()
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
            print(f"  refresh after a change ({page.upcomingModel.rowCount()} rows in the upcoming list, "
                  f"overdue included): median {statistics.median(times):.0f} ms")
            page.close()
            page.deleteLater()
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()
        finally:
            svc.close()


if __name__ == "__main__":
    main()
