"""Alembic environment: runs migrations on the connection the store hands over."""
from alembic import context

from mlfun.db.schema import metadata

connection = context.config.attributes.get("connection")
target_metadata = metadata


def run() -> None:
    if connection is None:
        raise RuntimeError("mlfun runs its migrations through mlfun.db.store.upgrade(url)")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run()
