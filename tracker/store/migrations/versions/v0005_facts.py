"""Contract facts read by an import: each with its value, source span, confidence and state
(inferred until the user confirms it); deadlines counted from inferred facts say so.

Revision ID: 0005_facts
Revises: 0004_recurring
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_facts"
down_revision = "0004_recurring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_facts",
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.JSON),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("span", sa.JSON),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    with op.batch_alter_table("deadlines") as batch:
        batch.add_column(sa.Column("inferred", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("deadlines") as batch:
        batch.drop_column("inferred")
    op.drop_table("contract_facts")
