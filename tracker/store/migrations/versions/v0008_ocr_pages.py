"""OCR'd pages by the content hash of their file, so the same scan is read only once.

Revision ID: 0008_ocr_pages
Revises: 0006_planning
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_ocr_pages"
down_revision = "0006_planning"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_pages",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("page", sa.Integer, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ocr_pages")
