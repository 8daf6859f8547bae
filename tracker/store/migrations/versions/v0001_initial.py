"""The first schema: contracts with their originals, duties, events, deadlines and settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("counterparty", sa.String(500)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("start", sa.Date),
        sa.Column("end", sa.Date),
        sa.Column("terms", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "originals",
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "duties",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("extracted", sa.JSON),
        sa.Column("edited", sa.JSON),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("lead_times", sa.JSON),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("anchor", sa.String(64), primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
    )
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("duty_id", sa.Integer, sa.ForeignKey("duties.id", ondelete="SET NULL")),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("first_reminder", sa.Date),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("snoozed_until", sa.Date),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("clause_text", sa.Text, nullable=False),
        sa.Column("article", sa.String(64)),
        sa.UniqueConstraint("contract_id", "key", name="uq_deadlines_contract_key"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("settings", "deadlines", "events", "duties", "originals", "contracts"):
        op.drop_table(table)
