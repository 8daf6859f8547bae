"""Explicit planning, optimistic locking, typed deadline identities, compressed documents.

- contracts.version and contract_facts.version: an edit names the version it started from, so a
  second window or a colleague cannot silently undo a saved change (duties have this already).
- contracts.planned_on / replan_on: the day a contract's deadlines were computed for, and the
  first day on which they would come out differently (a term ends, a payment passes…); the daily
  roll-over replans only the contracts whose replan_on has come (date.min: not planned yet, as
  every contract is after this upgrade). The global "planned_on" setting goes.
- deadlines.duty_key + cycle replace the "<duty>/<cycle>" key string (unique per contract);
  deadlines.duty_id gets the index that removing a contract or a duty needs.
- the document and the original file are stored zlib-compressed (contracts.packed_document,
  originals.packed_data): they are most of the file.

Revision ID: 0006_planning
Revises: 0007_identity
"""

import json
import zlib
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006_planning"
down_revision = "0007_identity"
branch_labels = None
depends_on = None

_WINDOW = 500  # rows converted per round trip, so a large archive never sits in memory at once


def upgrade() -> None:
    # contracts and originals change with plain ALTER TABLE: a batch copy would drop the old
    # contracts table, and SQLite's ON DELETE CASCADE would empty every table that refers to it
    op.add_column("contracts", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("contracts", sa.Column("planned_on", sa.Date, nullable=True))
    op.add_column("contracts", sa.Column("replan_on", sa.Date, nullable=True))
    op.add_column("contracts", sa.Column("packed_document", sa.LargeBinary, nullable=True))
    op.add_column("originals", sa.Column("packed_data", sa.LargeBinary, nullable=True))
    op.add_column("contract_facts", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    with op.batch_alter_table("deadlines") as table:
        table.add_column(sa.Column("duty_key", sa.String(64), nullable=True))
        table.add_column(sa.Column("cycle", sa.String(64), nullable=True))

    bind = op.get_bind()
    _convert(bind, "SELECT id, document FROM contracts WHERE id > :after ORDER BY id",
             "UPDATE contracts SET packed_document = :value WHERE id = :id",
             lambda v: {"value": _pack_json(v)})
    _convert(bind, "SELECT contract_id, data FROM originals WHERE contract_id > :after ORDER BY contract_id",
             "UPDATE originals SET packed_data = :value WHERE contract_id = :id",
             lambda v: {"value": zlib.compress(v)})
    _convert(bind, "SELECT id, key FROM deadlines WHERE id > :after ORDER BY id",
             "UPDATE deadlines SET duty_key = :duty, cycle = :cycle WHERE id = :id", _identity)
    bind.execute(sa.text("DELETE FROM settings WHERE key = 'planned_on'"))
    # every contract is planned afresh by the next roll-over
    bind.execute(sa.text("UPDATE contracts SET replan_on = :never"), {"never": date.min})

    bind.execute(sa.text("ALTER TABLE contracts DROP COLUMN document"))
    bind.execute(sa.text("ALTER TABLE originals DROP COLUMN data"))
    op.create_index("ix_contracts_replan_on", "contracts", ["replan_on"])
    with op.batch_alter_table("deadlines") as table:
        table.drop_constraint("uq_deadlines_contract_key", type_="unique")
        table.drop_column("key")
        table.alter_column("duty_key", nullable=False)
        table.alter_column("cycle", nullable=False)
        table.create_unique_constraint("uq_deadlines_contract_identity", ["contract_id", "duty_key", "cycle"])
        table.create_index("ix_deadlines_duty_id", ["duty_id"])


def _pack_json(value: object) -> bytes:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"))


def _identity(key: str) -> dict[str, str]:
    """The old key "<duty>/<cycle>" as its two parts: the one place it is ever split."""
    duty, _, cycle = key.partition("/")
    return {"duty": duty, "cycle": cycle}


def _convert(bind: sa.Connection, select: str, update: str, values: Callable[[Any], dict[str, Any]]) -> None:
    """Rewrites one column row by row, in windows of _WINDOW rows keyed on the id."""
    after = 0
    while True:
        rows = bind.execute(sa.text(select + f" LIMIT {_WINDOW}"), {"after": after}).all()
        if not rows:
            return
        for row_id, value in rows:
            bind.execute(sa.text(update), {**values(value), "id": row_id})
        after = rows[-1][0]


def downgrade() -> None:
    raise NotImplementedError("0006_planning compresses documents; restore a backup to go back")
