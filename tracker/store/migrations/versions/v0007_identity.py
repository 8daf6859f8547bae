"""Identities a calendar can rely on, and what was sent to each calendar.

`contract_identities` gives every imported file (by content hash) a random UUID, kept after the
contract is removed so that the same file imported again gets the same identity back. A duty's
place in its contract (`clause_start`, `clause_end`: the offsets of the clause it was read from)
joins that identity in a deadline's UID, never a row id. `calendar_objects` remembers, per
calendar (a CalDAV URL or "ics" for files), each event sent: its SEQUENCE, the hash of its content
(a change raises the SEQUENCE), its href and ETag on a server, the day it shows on and
the day of its deadline (which selects the objects of an export's window).

Revision ID: 0007_identity
Revises: 0005_facts
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_identity"
down_revision = "0005_facts"
branch_labels = None
depends_on = None

_PLACE = sa.text("UPDATE duties SET clause_start = :start, clause_end = :end WHERE id = :id")


def upgrade() -> None:
    identities = op.create_table(
        "contract_identities",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
    )
    op.create_table(
        "calendar_objects",
        sa.Column("calendar", sa.String(500), primary_key=True),
        sa.Column("uid", sa.String(255), primary_key=True),
        sa.Column("contract_uid", sa.String(36), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("stamp", sa.DateTime, nullable=False),
        sa.Column("href", sa.Text),
        sa.Column("etag", sa.String(200)),
        sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    with op.batch_alter_table("duties") as batch:
        batch.add_column(sa.Column("clause_start", sa.Integer))
        batch.add_column(sa.Column("clause_end", sa.Integer))
    connection = op.get_bind()
    hashes = connection.execute(sa.text("SELECT content_hash FROM contracts")).scalars().all()
    if hashes:
        op.bulk_insert(identities, [{"content_hash": h, "uid": str(uuid.uuid4())} for h in hashes])
    duties = connection.execute(sa.text("SELECT id, extracted, edited FROM duties")).all()
    for duty_id, extracted, edited in duties:
        duty = _json(extracted) or _json(edited) or {}
        span = duty.get("span") or {}
        connection.execute(_PLACE, {"start": span.get("start"), "end": span.get("end"), "id": duty_id})


def downgrade() -> None:
    with op.batch_alter_table("duties") as batch:
        batch.drop_column("clause_end")
        batch.drop_column("clause_start")
    op.drop_table("calendar_objects")
    op.drop_table("contract_identities")


def _json(value: object) -> dict | None:
    """A JSON column as SQLite (text) or PostgreSQL (already decoded) hands it back."""
    if value is None or isinstance(value, dict):
        return value
    return json.loads(str(value))
