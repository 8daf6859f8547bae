"""The GUI imports on a worker thread while the main thread keeps reading: neither sees an error."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.unit.services.conftest import write_contract
from tracker.domain import Duty, ImportResult
from tracker.services.app import TrackerService


def test_reads_go_on_while_a_thread_imports(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    paths = [write_contract(tmp_path, f"{i}.txt", str(i)) for i in range(40)]
    results: list[ImportResult] = []
    heard_from: set[str] = set()
    svc.add_change_listener(lambda: heard_from.add(threading.current_thread().name))
    worker = threading.Thread(target=lambda: results.append(svc.import_paths(paths)), name="importer")

    worker.start()
    seen = 0
    while worker.is_alive():
        seen = max(seen, len(svc.list_contracts()))
        svc.upcoming(365)
    worker.join()

    assert len(results[0].imported) == 40 and results[0].failed == ()
    assert len(svc.list_contracts()) == 40 and seen <= 40
    assert heard_from == {"importer"}
