"""mlfun's progress store: SQLAlchemy models, the `Store` API, Alembic migrations.

Import `mlfun.db.store.Store`; the ORM is imported only when a store is opened.
"""
