"""Storage: SQLModel tables, the engine factory and Alembic migrations."""
