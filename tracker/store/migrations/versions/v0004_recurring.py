"""Recurring deadlines: one row stands for every occurrence of a monthly payment or report.

`recurrence` holds the RRULE (NULL for a single date); `recurs_from` and `recurs_until` bound the
series, so the calendar finds the series that reach into a month; a partial index keeps that
lookup off the single-date rows.

Revision ID: 0004_recurring
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_recurring"
down_revision = "0003"
branch_labels = None
depends_on = None

_RECURRING = sa.text("recurrence IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("deadlines") as table:
        table.add_column(sa.Column("recurrence", sa.String(200), nullable=True))
        table.add_column(sa.Column("recurs_from", sa.Date(), nullable=True))
        table.add_column(sa.Column("recurs_until", sa.Date(), nullable=True))
    op.create_index("ix_deadlines_recurring", "deadlines", ["recurs_from"],
                    sqlite_where=_RECURRING, postgresql_where=_RECURRING)


def downgrade() -> None:
    op.drop_index("ix_deadlines_recurring", "deadlines")
    with op.batch_alter_table("deadlines") as table:
        table.drop_column("recurs_until")
        table.drop_column("recurs_from")
        table.drop_column("recurrence")
