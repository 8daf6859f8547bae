"""Alembic environment: runs on the connection tracker.store.migrate hands over (online only)."""

from alembic import context

from tracker.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
