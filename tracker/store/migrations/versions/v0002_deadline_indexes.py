"""Indexes for the date queries: upcoming and the calendar filter on the due day, reminders on
state and first reminder day.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deadlines_due", "deadlines", ["due"])
    op.create_index("ix_deadlines_state_first_reminder", "deadlines", ["state", "first_reminder"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_state_first_reminder", "deadlines")
    op.drop_index("ix_deadlines_due", "deadlines")
