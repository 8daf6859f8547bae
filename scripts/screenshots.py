"""Screenshots for the docs: the main window on a temporary database holding the sample contracts, with
"today" frozen, each main view grabbed in Japanese and in English at 1600×1000
(docs/screenshots/<view>_<lang>.png) and at 1024×700 (<view>_<lang>_1024x700.png).

Run as `python scripts/screenshots.py` (offscreen by default; under Xvfb set DISPLAY and
QT_QPA_PLATFORM=xcb). Nothing touches the user's own database or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_home = tempfile.mkdtemp(prefix="tracker-screenshots-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_home) / "config")  # window layout and reminders state
os.environ["XDG_DATA_HOME"] = str(Path(_home) / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tracker.gui.app import add_cjk_fallback  # noqa: E402
from tracker.gui.i18n import install_translator  # noqa: E402
from tracker.gui.main_window import MainWindow  # noqa: E402
from tracker.gui.settings_dialog import SettingsDialog  # noqa: E402
from tracker.services.app import TrackerService  # noqa: E402

TODAY = date(2026, 11, 22)
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1600, 1000, ""), (1024, 700, "_1024x700"))


def settle() -> None:
    """Let pending work (read-ahead, refresh timers, layout) finish before grabbing."""
    QTest.qWait(250)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def save(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path.relative_to(ROOT))
    return path


def busiest_contract(service: TrackerService) -> int:
    """The contract with the most duties shows the review table best."""
    summaries = service.list_contracts()
    best = max(summaries, key=lambda s: s.duty_count)
    assert best.contract.id is not None
    return best.contract.id


def shoot(app: QApplication, service: TrackerService, language: str, size: tuple[int, int, str]) -> None:
    install_translator(app, language)
    window = MainWindow(service)
    width, height, suffix = size
    window.resize(width, height)
    window.show()

    def contracts() -> QWidget:
        window.tabs.setCurrentWidget(window.contractsStack)
        window.showContractList()
        return window

    def contract() -> QWidget:
        window.tabs.setCurrentWidget(window.contractsStack)
        window.openContract(busiest_contract(service))
        return window

    def calendar() -> QWidget:
        window.tabs.setCurrentWidget(window.calendarPage)
        page = window.calendarPage
        page.selectDate(date(2026, 11, 30))
        page.upcomingView.selectRow(0)
        return window

    def week() -> QWidget:
        calendar()
        window.calendarPage.showWeek()
        return window

    def reminders() -> QWidget:
        window.tabs.setCurrentWidget(window.remindersPage)
        window.remindersPage.view.selectRow(0)
        return window

    views: list[tuple[str, Callable[[], QWidget]]] = [
        ("contracts", contracts),
        ("contract", contract),
        ("calendar", calendar),
        ("week", week),
        ("reminders", reminders),
    ]
    for name, show in views:
        save(show(), f"{name}_{language}{suffix}")
    window.calendarPage.views.setCurrentIndex(0)
    dialog = SettingsDialog(service, window)
    dialog.show()
    save(dialog, f"settings_{language}{suffix}")
    dialog.close()
    window.shutdown()
    window.hide()
    window.deleteLater()
    settle()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    add_cjk_fallback(app)
    with tempfile.TemporaryDirectory(prefix="tracker-screenshots-db-") as tmp:
        service = TrackerService.open(str(Path(tmp) / "samples.sqlite"), clock=lambda: TODAY)
        try:
            service.load_samples()
            for size in SIZES:
                for language in ("ja", "en"):
                    shoot(app, service, language, size)
        finally:
            QThreadPool.globalInstance().waitForDone()
            service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
