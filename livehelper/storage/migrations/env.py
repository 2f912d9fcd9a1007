"""Alembic environment: the engine is handed over by livehelper.storage.migrate."""

from alembic import context

from livehelper.storage.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # A batch migration rebuilds a table by dropping the old one; with foreign keys on, that drop would
        # cascade into the child tables and delete their rows. SQLite only takes this outside a transaction.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # end SQLAlchemy's implicit transaction so Alembic's own one commits
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=sqlite)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    if sqlite:
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
        if problems:
            raise RuntimeError(f"the migration left {len(problems)} rows whose references are broken")
