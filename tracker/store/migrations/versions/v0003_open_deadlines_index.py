"""An index for the open-deadline queries (upcoming, reminders, the next deadline per contract):
they filter on state and a due-day range, which (state, due) answers without visiting done rows.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deadlines_state_due", "deadlines", ["state", "due"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_state_due", "deadlines")
