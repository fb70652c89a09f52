"""Demo data is marked row by row, so removing it later takes exactly those rows and keeps
everything the user made (also rows the user added inside a demo party group).

Revision ID: 0006
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demo_row",
        sa.Column("table_name", sa.String, primary_key=True),
        sa.Column("row_id", sa.Integer, primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("demo_row")
