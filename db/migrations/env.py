"""Alembic environment: runs migrations on the connection the store hands over."""
from alembic import context

from mlfun.db.models import Base

connection = context.config.attributes.get("connection")
target_metadata = Base.metadata


def run() -> None:
    if connection is None:
        raise RuntimeError("mlfun runs its migrations through mlfun.db.store.upgrade(url)")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run()
