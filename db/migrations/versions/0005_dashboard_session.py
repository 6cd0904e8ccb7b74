"""dashboard_session: the instructor dashboard's server-side sessions.

The browser holds only a random session id; the table keeps its SHA-256, the cohort it
opens and when it expires, so logging out (deleting the row) or the expiry ends it, and a
leaked database holds no usable cookie. The instructor token itself never leaves the
login form.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-12
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dashboard_session",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("cohort_id", sa.Integer, sa.ForeignKey("cohort.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_dashboard_session_expires_at", "dashboard_session", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_dashboard_session_expires_at", "dashboard_session")
    op.drop_table("dashboard_session")
