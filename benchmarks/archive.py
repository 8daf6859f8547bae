"""A database of many contracts for the export and sync benchmarks, made fast.

The samples in contracts/ are imported once through the service (real texts, real duties and
deadlines, facts confirmed), then their rows are copied until there are `count` contracts: each
copy is a file of its own (its own content hash and identity), with the sample's duties and
deadlines moved by a few weeks so that the dates spread over the year.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

from tracker.services.app import TrackerService

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)
_DAY_KEYS = ("due", "unrolled")


def make_archive(path: Path, count: int) -> int:
    """Creates the database at `path` with `count` contracts; returns its number of deadlines."""
    svc = TrackerService.open(f"sqlite:///{path}", clock=lambda: TODAY)
    samples = sorted(p for p in (ROOT / "contracts").iterdir() if p.suffix != ".md" or p.stem != "README")
    svc.import_paths(samples, start=date(2025, 4, 1))
    svc.confirm_facts([s.contract.id for s in svc.list_contracts() if s.contract.id is not None])
    svc.close()
    db = sqlite3.connect(path)
    try:
        _copy(db, count)
        db.commit()
        return int(db.execute("SELECT count(*) FROM deadlines").fetchone()[0])
    finally:
        db.close()


def _copy(db: sqlite3.Connection, count: int) -> None:
    db.row_factory = sqlite3.Row
    contracts = [dict(r) for r in db.execute("SELECT * FROM contracts")]
    duties = [dict(r) for r in db.execute("SELECT * FROM duties")]
    deadlines = [dict(r) for r in db.execute("SELECT * FROM deadlines")]
    made = len(contracts)
    copy = 0
    while made < count:
        copy += 1
        shift = timedelta(days=(copy * 17) % 365 - 180)
        for contract in contracts:
            if made >= count:
                break
            row = {**contract, "id": None, "content_hash": f"{contract['content_hash'][:48]}{copy:016x}"}
            new_id = _insert(db, "contracts", row)
            db.execute("INSERT INTO contract_identities (content_hash, uid) VALUES (?, ?)",
                       (row["content_hash"], str(uuid.uuid4())))
            duty_ids = {}
            for duty in (d for d in duties if d["contract_id"] == contract["id"]):
                duty_ids[duty["id"]] = _insert(db, "duties", {**duty, "id": None, "contract_id": new_id})
            for deadline in (d for d in deadlines if d["contract_id"] == contract["id"]):
                moved = {**deadline, "id": None, "contract_id": new_id,
                         "duty_id": duty_ids.get(deadline["duty_id"])}
                db.execute(*_insert_sql("deadlines", _shifted(moved, shift)))
            made += 1


def _shifted(row: dict[str, object], shift: timedelta) -> dict[str, object]:
    """The deadline moved by `shift`: its due day, first reminder and the same in its detail."""
    def move(value: object) -> object:
        if not isinstance(value, str) or len(value) < 10:
            return value
        moved = date.fromisoformat(value[:10]) + shift
        return moved.isoformat() + value[10:]

    if row["recurrence"] is not None:
        return row
    detail = json.loads(str(row["detail"]))
    for key in _DAY_KEYS:
        if key in detail:  # "unrolled" is left out where it is the due day
            detail[key] = move(detail[key])
    detail["reminders"] = [move(day) for day in detail.get("reminders", ())]
    return {**row, "detail": json.dumps(detail, ensure_ascii=False), "due": move(row["due"]),
            "first_reminder": move(row["first_reminder"])}


def _insert_sql(table: str, row: dict[str, object]) -> tuple[str, tuple[object, ...]]:
    names = [k for k in row if row[k] is not None or k != "id"]
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            tuple(row[k] for k in names))


def _insert(db: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    cursor = db.execute(*_insert_sql(table, row))
    assert cursor.lastrowid is not None
    return cursor.lastrowid
