"""Starting the application: the database choice, a database from a newer version, the first-run offer."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from tracker.gui import app


def test_a_newer_database_is_refused_with_a_clear_message(qapp, tmp_path, monkeypatch):
    from tracker.services.app import TrackerService

    db = tmp_path / "newer.sqlite"
    TrackerService.open(str(db)).close()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    assert app.main(["--db", str(db)]) == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot open the database"
    assert "newer version of Contract Deadline Tracker" in text
    assert "9999" in text


def test_an_unopenable_location_is_reported(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert app.main(["--db", str(blocker / "x.sqlite")]) == 1
    assert str(blocker / "x.sqlite") in shown[-1]


def test_the_window_paints_before_the_database_opens(qtbot, tmp_path, contract_file, monkeypatch):
    """The frame is shown while the loader works; the pages appear once it is done."""
    from PySide6.QtWidgets import QApplication

    from tracker.gui.main_window import MainWindow
    from tracker.services.app import TrackerService

    db = tmp_path / "t.sqlite"
    with_contract = TrackerService.open(str(db))
    with_contract.import_paths([contract_file])
    with_contract.close()
    seen: list[str] = []
    created: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self) -> None:
            super().__init__()
            created.append(self)

    monkeypatch.setattr(app, "MainWindow", Recorded)

    def run_event_loop(*_args) -> int:
        window = created[0]
        seen.append(f"shown {window.isVisible()}, pages {hasattr(window, 'contractsPage')}")
        qtbot.waitUntil(lambda: hasattr(window, "contractsPage"), timeout=20000)
        seen.append(f"contracts {window.contractsPage.model.rowCount()}")
        window.hide()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app.main(["--db", str(db)]) == 0
    assert seen == ["shown True, pages False", "contracts 1"]


def test_database_choice_order(qapp, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", "/env/tracker.sqlite")
    assert app.database_choice("/cli/tracker.sqlite") == "/cli/tracker.sqlite"
    assert app.database_choice(None) == "/env/tracker.sqlite"
    monkeypatch.delenv("TRACKER_DB")
    assert app.database_choice(None) is None


def test_first_run_offers_the_samples(qtbot, main_window, service, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(main_window.importer.finished, timeout=30000) as blocker:
        app.offer_samples(main_window)
    assert len(blocker.args[0].imported) >= 5
    assert main_window.contractsPage.proxy.rowCount() == len(service.list_contracts())
    assert not service.is_empty()


def test_declining_the_samples_leaves_the_database_empty(qtbot, main_window, service, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    app.offer_samples(main_window)
    assert not main_window.importer.isRunning()
    assert service.is_empty()


def test_minimized_start_without_a_tray_goes_to_the_task_bar(qtbot, tmp_path, contract_file, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from tracker.gui.main_window import MainWindow
    from tracker.services.app import TrackerService

    db = tmp_path / "t.sqlite"
    with_contract = TrackerService.open(str(db))
    with_contract.import_paths([contract_file])
    with_contract.close()
    seen: list[tuple[bool, bool]] = []

    def run_event_loop(*_args) -> int:
        qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=20000)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend((w.isMinimized(), w.contractsPage.model.rowCount() == 1) for w in windows)
        for window in windows:
            window.hide()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app.main(["--db", str(db), "--minimized"]) == 0
    assert seen == [(True, True)]


def test_the_first_paint_waits_for_no_database_module() -> None:
    """What tracker.gui.app imports before the window paints: Qt and the frame, not the store, the
    extractor or the exports (they load on the loader's thread and in MainWindow.attach)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = ("import sys, tracker.gui.app; print(sorted({m.split('.')[0] if not m.startswith('tracker.') "
             "else '.'.join(m.split('.')[:2]) for m in sys.modules if m.startswith(('sqlalchemy', "
             "'tracker.store', 'tracker.extract', 'tracker.services.exports', 'icalendar'))}))")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.stdout.strip() == "[]", done.stderr
