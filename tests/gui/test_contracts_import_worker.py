"""The import controller on a stand-in service: progress, cancelling, and a failure of the whole import."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain import ImportProgress, ImportResult
from tracker.gui.import_worker import ImportController
from tracker.services.errors import ServiceError


class SlowService:
    """Imports 'files' one by one until cancelled; records the thread it ran on."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.thread: threading.Thread | None = None

    def import_paths(self, paths, *, progress=None, cancelled=None):
        self.thread = threading.current_thread()
        if self.fail:
            raise ServiceError("database is locked")
        done = 0
        while not cancelled():
            progress(ImportProgress(done, 1000, f"/tmp/file{done}.txt"))
            done += 1
            threading.Event().wait(0.001)
        return ImportResult(imported=tuple(range(done)))


def test_an_import_runs_off_the_gui_thread_and_can_be_cancelled(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    service = SlowService()
    controller = ImportController(service, window)
    with qtbot.waitSignal(controller.finished, timeout=10000) as blocker:
        assert controller.importPaths(["/tmp/folder"])
        assert controller.isRunning()
        assert not controller.importPaths(["/tmp/other"])  # one import at a time
        qtbot.waitUntil(lambda: service.thread is not None)
        controller.cancel()
    assert isinstance(blocker.args[0], ImportResult)
    assert service.thread is not threading.main_thread()
    assert not controller.isRunning()


def test_a_failed_import_is_shown_and_reported_as_none(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    controller = ImportController(SlowService(fail=True), window)
    with qtbot.waitSignal(controller.finished, timeout=10000) as blocker:
        controller.importPaths(["/tmp/folder"])
    assert blocker.args == [None]
    assert [QTextDocumentFragment.fromHtml(text).toPlainText() for text in shown] == ["database is locked"]
