"""Several processes on one SQLite file: concurrent imports lose nothing, and a killed import
leaves every contract complete or absent."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from tests.unit.services.conftest import write_contract
from tracker.extract import extract
from tracker.ingest import load_document
from tracker.services.app import TrackerService
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[3]
# imports the files named on the command line one by one and prints the result as JSON
WORKER = """
import json, sys
from datetime import date
from tracker.services.app import TrackerService
svc = TrackerService.open(sys.argv[1], clock=lambda: date(2026, 11, 22))
result = svc.import_paths(sys.argv[2:], start=date(2026, 1, 1), end=date(2026, 12, 31))
print(json.dumps({"imported": len(result.imported), "updated": len(result.updated), "failed": result.failed}))
"""


def _worker(db: Path, files: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WORKER, str(db), *map(str, files)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_importing_at_once_lose_nothing(tmp_path: Path) -> None:
    files = [write_contract(tmp_path, f"c{i:03}.txt", f"unique line {i}") for i in range(300)]
    db = tmp_path / "shared.sqlite"

    first, second = _worker(db, files[:200]), _worker(db, files[100:])
    outputs = [proc.communicate(timeout=120) for proc in (first, second)]

    assert [proc.returncode for proc in (first, second)] == [0, 0], outputs
    results = [json.loads(out) for out, _ in outputs]
    assert [r["failed"] for r in results] == [[], []]
    assert [r["imported"] + r["updated"] for r in results] == [200, 200]
    assert sum(r["imported"] for r in results) == 300
    svc = TrackerService.open(str(db), clock=lambda: date(2026, 11, 22))
    try:
        assert len(svc.list_contracts()) == 300
    finally:
        svc.close()


def test_a_killed_import_leaves_each_contract_complete_or_absent(tmp_path: Path) -> None:
    files = [write_contract(tmp_path, f"c{i:04}.txt", f"unique line {i}") for i in range(1000)]
    db = tmp_path / "killed.sqlite"
    TrackerService.open(str(db)).close()
    proc = _worker(db, files)
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 60
        while store.read(lambda repo: len(repo.contract_ids())) < 30 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL

        ids = store.read(lambda repo: repo.contract_ids())
        assert 30 <= len(ids) < 1000
        by_name = {path.name: path for path in files}
        for contract_id in ids:
            contract = store.read(lambda repo, cid=contract_id: repo.contract(cid))
            name, data = store.read(lambda repo, cid=contract_id: repo.original(cid))
            assert hashlib.sha256(data).hexdigest() == contract.content_hash
            assert data == by_name[name].read_bytes()
            expected = extract(load_document(by_name[name])).duties
            assert len(store.read(lambda repo, cid=contract_id: repo.duties(cid))) == len(expected)
            deadlines = store.read(lambda repo, cid=contract_id: repo.contract_deadlines(cid))
            assert (date(2026, 12, 31), "term") in [(d.deadline.due, d.deadline.kind) for d in deadlines]
    finally:
        store.close()
