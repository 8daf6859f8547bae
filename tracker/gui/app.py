"""Starts the desktop application: Qt, fonts, language, the database, the main window, the tray.

`tracker` with no subcommand lands here (tracker.cli.main); `tracker --minimized` starts in the tray
(used by start-at-login); `--db` and $TRACKER_DB choose the database, then the settings dialog's
choice, then the default in the user's data folder; $TRACKER_TODAY fixes "today" for demonstrations.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.gui.display import missing_display
from tracker.gui.i18n import install_translator
from tracker.gui.main_window import MainWindow
from tracker.gui.names import APPLICATION, DATABASE_KEY, ORGANIZATION
from tracker.gui.plain_text import as_rich_text
from tracker.gui.reminder_notifier import tray_icon
from tracker.gui.service_loader import ServiceLoader
from tracker.services.errors import DatabaseVersionError

if TYPE_CHECKING:
    from tracker.services.app import TrackerService

_LANGUAGE_KEY = "ui/language"  # the language the last run showed, for the frame painted before loading

# Japanese text needs a CJK font wherever the platform's default has none (offscreen, minimal Linux).
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAGothic",
    "Yu Gothic UI",
    "Hiragino Sans",
)


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="tracker", description="Contract Deadline Tracker")
    parser.add_argument("--db", metavar="URL", help="database file or SQLAlchemy URL")
    parser.add_argument("--minimized", action="store_true", help="start in the system tray")
    return parser.parse_known_args(list(argv))


def _clock() -> Callable[[], date] | None:
    fixed = os.environ.get("TRACKER_TODAY")
    if not fixed:
        return None
    day = date.fromisoformat(fixed)
    return lambda: day


def add_cjk_fallback(app: QApplication) -> None:
    """Keep the platform's font for Latin text and fall back to an installed CJK family."""
    installed = set(QFontDatabase.families())
    cjk = [family for family in CJK_FAMILIES if family in installed]
    if not cjk:
        return
    font = QFont(app.font())
    font.setFamilies([*font.families(), *cjk])
    app.setFont(font)


def database_choice(cli_db: str | None) -> str | None:
    """--db, then $TRACKER_DB, then the settings dialog's choice; None: the service's default."""
    chosen = (
        cli_db or os.environ.get("TRACKER_DB") or QSettings(ORGANIZATION, APPLICATION).value(DATABASE_KEY, "")
    )
    return str(chosen) if chosen else None


def open_error_text(exc: Exception, db: str | None) -> str:
    """What the user reads when the database does not open."""
    if isinstance(exc, DatabaseVersionError):
        return QApplication.translate(
            "App",
            "This database was written by a newer version of Contract Deadline Tracker.\n\n%1\n\n"
            "Update the application, or choose another database with --db.",
        ).replace("%1", str(exc))
    text = QApplication.translate("App", "%1\n\nLocation: %2").replace("%1", str(exc) or type(exc).__name__)
    return text.replace("%2", db or QApplication.translate("App", "default"))


def offer_samples(window: MainWindow) -> None:
    """First run: an empty database offers the sample contracts, so the calendar fills at once."""
    answer = QMessageBox.question(
        window,
        QApplication.translate("App", "Welcome"),
        QApplication.translate(
            "App",
            "Your contract list is empty. Load the sample contracts to see how deadlines, the calendar and "
            "reminders work? You can remove them at any time.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.loadSamples()


def main(argv: Sequence[str]) -> int:
    args, qt_args = _parse(argv)
    problem = None if QApplication.instance() else missing_display(os.environ)
    if problem:
        print(f"tracker: {problem}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in a terminal ends it (Qt holds the loop)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Contract Deadline Tracker")
    app.setWindowIcon(tray_icon())  # the drawn calendar leaf, for the window and the tray alike
    add_cjk_fallback(app)
    settings = QSettings(ORGANIZATION, APPLICATION)
    install_translator(app, str(settings.value(_LANGUAGE_KEY, "")) or None)  # the last run's, until loaded
    window = MainWindow()
    if not args.minimized:
        window.show()  # an empty frame paints at once; the pages follow once the database is open
    db = database_choice(args.db)
    loader = ServiceLoader(db, _clock())
    opened: list[TrackerService] = []

    def loaded(service: TrackerService) -> None:
        opened.append(service)
        language = install_translator(app, service.settings().language)
        settings.setValue(_LANGUAGE_KEY, language)
        window.attach(service)
        tray = window.notifier.trayAvailable()
        app.setQuitOnLastWindowClosed(not tray)
        if args.minimized and not tray:
            window.showMinimized()  # no tray to live in: the task bar is the next best place
        if service.is_empty() and not args.minimized:  # a start at login asks nothing
            QTimer.singleShot(0, window, lambda: offer_samples(window))

    def failed(exc: Exception) -> None:
        QMessageBox.critical(window, QApplication.translate("App", "Cannot open the database"),
                             as_rich_text(open_error_text(exc, db)))  # a path may look like markup
        window.hide()
        app.exit(1)

    loader.loaded.connect(loaded)
    loader.failed.connect(failed)
    loader.start()
    status = app.exec()
    loader.wait()
    for service in opened:
        window.shutdown()
        service.close()
    return status
