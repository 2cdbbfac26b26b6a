"""Opening the database: URL forms people paste, SQLite pragmas, migrations on start."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.util import await_only

from selfcare import jsontext
from selfcare.store import codec

MIGRATIONS = Path(__file__).with_name("migrations")
T = TypeVar("T")


def async_url(url: str) -> str:
    """Map the plain forms (``postgres://``, ``postgresql://``, ``sqlite:///``) to async drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgresql+psycopg2", "postgresql+psycopg"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    return parsed.render_as_string(hide_password=False)


# Query parameters that may carry a credential (libpq and asyncpg names, and common ones).
_CREDENTIALS = ("password", "passwd", "pwd", "pass", "secret", "token", "key", "sslpassword")


def safe_url(url: str) -> str:
    """``url`` fit to print: every credential form masked — ``user:pass@``, ``?password=``,
    ``sslpassword``, tokens and keys in the query. Unparseable → only its scheme."""
    try:
        parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    except Exception:
        return url.split(":", 1)[0] + "://***"
    query = {
        name: ("***" if any(word in name.lower() for word in _CREDENTIALS) else value)
        for name, value in parsed.query.items()
    }
    return parsed.set(query=query).render_as_string(hide_password=True)


def is_sqlite(url: str) -> bool:
    return make_url(async_url(url)).get_backend_name() == "sqlite"


def create_engine(
    url: str, pool_size: int = 10, *, single: bool = False, durable: bool = True
) -> AsyncEngine:
    """An engine for ``url``. ``single`` gives SQLite one connection: SQLite has one writer,
    and funnelling our writes through one connection means they queue in-process instead of
    failing with "database is locked" when a read-then-write transaction loses a race.

    ``durable=False`` (SQLite only) commits with ``synchronous=NORMAL``: in WAL mode such a
    commit survives the process being killed but not a power cut, and it costs no fsync
    (4–12 ms each on the development VM's disk, taken while holding the write lock). The
    store uses it for writes a power cut may undo safely, and for the durable ones it then
    syncs itself once the lock is given back (:class:`WalSync`)."""
    url = async_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            private_folder(Path(parsed.database).parent)
        sizes = {"pool_size": 1, "max_overflow": 0} if single else {}
        # hide_parameters: a driver error must never carry a message body into a log.
        engine = create_async_engine(
            url,
            async_creator=_inline_connector(parsed.database or ":memory:"),
            hide_parameters=True,
            json_serializer=codec.dumps,
            json_deserializer=jsontext.loads,
            **sizes,
        )
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        if not durable:
            event.listen(engine.sync_engine, "connect", _no_fsync_per_commit)
        if single:
            # Writers take the write lock at BEGIN: two writer connections then queue on
            # busy_timeout instead of failing when a read-then-write transaction loses a race.
            event.listen(engine.sync_engine, "connect", _manual_transactions)
            if parsed.database and parsed.database != ":memory:":
                WriteTurns(Path(f"{parsed.database}.lock")).attach(engine)
            else:
                event.listen(engine.sync_engine, "begin", _begin_immediate)
        return engine
    # No pre-ping: it costs a round trip on every checkout, on the path of every message. A
    # connection found dead fails its statement instead, which invalidates the pool's
    # connections; callers retry (the inbox at once, the loops with backoff) on fresh ones.
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_recycle=1800,
        hide_parameters=True,
        json_serializer=codec.dumps,
        json_deserializer=jsontext.loads,
    )


PRIVATE_UMASK = 0o077  # health data: files 0600, folders 0700, whatever the shell's umask


def private_folder(folder: Path) -> None:
    """Create ``folder`` readable by this user only (an existing one is left as it is)."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask; be exact


def private_files(database: Path) -> None:
    """The SQLite file and its -wal/-shm readable by this user only. SQLite creates the
    -wal and -shm files with the database file's permissions, so this also holds for the
    ones it creates later."""
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, 0o600)


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL on disk, else None."""
    parsed = make_url(async_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class _InlineCalls:
    """Stands in for the queue to aiosqlite's thread: each call runs at once, here (a
    COMMIT excepted: :meth:`_InlineConnection.commit`).

    aiosqlite hands every call (cursor, execute, fetch, close, commit) to a thread of the
    connection's own and back through the event loop: four or more round trips between
    threads per statement, each waiting for the GIL, which cost more than the statement
    itself (0.3 ms of CPU and about 1 ms of wall time for ``SELECT 1`` under load, against
    microseconds for SQLite to answer from the page cache). Statements on a local file do
    not block for long — readers never wait in WAL mode, and a writer waits for the write
    lock in :class:`WriteTurns`, off the event loop, before BEGIN — so running them on the
    event loop's thread is the cheaper way to keep the loop responsive."""

    @staticmethod
    def put_nowait(item: tuple[asyncio.Future[Any] | None, Any]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:
            if future is not None and not future.done():
                future.set_exception(exc)
            elif future is None:
                raise
            return
        if future is not None and not future.done():
            future.set_result(result)


class _InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection without its thread (:class:`_InlineCalls`)."""

    def __init__(self, database: str) -> None:
        # Made and used on the event loop's thread only; SQLAlchemy's pool may close it
        # from the garbage collector's thread, hence no same-thread check.
        super().__init__(lambda: sqlite3.connect(database, timeout=30, check_same_thread=False), 64)
        self._tx = _InlineCalls()  # type: ignore[assignment]

    def __await__(self) -> Any:
        return self._connect().__await__()  # no thread to start

    async def commit(self) -> None:
        """A COMMIT may wait for the disk (fsync) or run a checkpoint: in a thread, so the
        event loop keeps taking webhooks meanwhile (they join the next group commit)."""
        await in_thread(self._conn.commit)


async def in_thread(function: Callable[[], T]) -> T:
    """``function()`` in a thread, awaited to its end even if the caller is cancelled: the
    connection it uses must not be rolled back, returned or closed under it (two threads in
    one SQLite connection at once can crash the process)."""
    future = asyncio.get_running_loop().run_in_executor(None, function)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        while not future.done():
            with contextlib.suppress(BaseException):
                await asyncio.shield(future)
        raise


async def wal_checkpoint(driver: Any) -> None:
    """``PRAGMA wal_checkpoint(TRUNCATE)`` on an aiosqlite connection, in a thread: it waits
    (SQLite's busy handler) for readers of other processes to move on."""
    connection: sqlite3.Connection = driver._conn

    def checkpoint() -> None:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()

    await in_thread(checkpoint)


def _inline_connector(database: str) -> Any:
    async def connect() -> aiosqlite.Connection:
        connection: aiosqlite.Connection = await _InlineConnection(database)
        return connection

    return connect


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # WAL lets readers run beside the writer; FULL sync makes an acknowledged write survive
    # power loss, and group commit keeps its cost per batch rather than per message.
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Erased health data is overwritten with zeros, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _no_fsync_per_commit(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _manual_transactions(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class WriteTurns:
    """Writers of one SQLite file, in every process, take turns on a lock file before BEGIN.

    SQLite's own busy handler makes a writer that finds the file locked sleep and poll, with
    sleeps growing to 100 ms: with the web process acknowledging webhooks and a worker process
    answering them, a webhook's write kept losing the race to the worker's transactions and
    waited seconds. A lock the kernel hands over on release (``flock``) makes each writer wait
    only for the transaction ahead of it. The lock is held from BEGIN to the connection's
    return to its pool (after COMMIT or ROLLBACK); waiting happens in a thread, never on the
    event loop; the lock file is 0600 beside the database, and closing it (a connection
    dropped, a process killed) releases the lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def attach(self, engine: AsyncEngine) -> None:
        event.listen(engine.sync_engine, "begin", self._begin)
        event.listen(engine.sync_engine.pool, "checkin", self._end)
        for name in ("invalidate", "close"):  # the connection goes: so does its lock file
            event.listen(engine.sync_engine.pool, name, self._gone)

    def _begin(self, connection: Connection) -> None:
        info = connection.connection.info
        fd = info.get("turn_fd")
        if fd is None:
            fd = info["turn_fd"] = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another writer's turn: wait for it off the event loop
            _wait_turn(fd)
        info["turn_held"] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self._release(info)
            raise

    def _end(self, _dbapi_connection: object, record: Any, *_args: object) -> None:
        self._release(record.info)

    def _gone(self, _dbapi_connection: object, record: Any, *_args: object) -> None:
        self._release(record.info)
        if (fd := record.info.pop("turn_fd", None)) is not None:
            os.close(fd)

    @staticmethod
    def _release(info: dict[Any, Any]) -> None:
        if info.pop("turn_held", False):
            fcntl.flock(info["turn_fd"], fcntl.LOCK_UN)


def _wait_turn(fd: int) -> None:
    """Block on the lock file in a thread of its own until it is ours (called where
    ``await_only`` may wait). Not in the loop's executor: a writer cancelled while it waits
    (a shutdown) must not leave the loop's ``shutdown_default_executor`` joined to a thread
    blocked in ``flock``, and a turn that arrives after the writer gave up is given back at
    once instead of being held by nobody."""
    loop = asyncio.get_running_loop()
    ours: asyncio.Future[None] = loop.create_future()

    def hand_over() -> None:
        if ours.done():  # cancelled meanwhile: nobody will release it
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            ours.set_result(None)

    def wait() -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            loop.call_soon_threadsafe(hand_over)
        except RuntimeError:  # the loop is closed: no writer is left to take the turn
            fcntl.flock(fd, fcntl.LOCK_UN)

    threading.Thread(target=wait, name="sqlite write turn", daemon=True).start()
    try:
        await_only(ours)
    except BaseException:
        # Still waiting: cancel, so that the turn is given back when it comes (hand_over).
        # Already handed over as the wait was interrupted: give it back now.
        if not ours.cancel() and not ours.cancelled():
            fcntl.flock(fd, fcntl.LOCK_UN)
        raise


class WalSync:
    """Makes SQLite commits power-safe after the write lock is given back.

    A commit with ``synchronous=FULL`` waits for the disk (an fdatasync of the write-ahead
    log, 5 ms on the development VM) while it holds SQLite's one write lock, and every other
    writer of every process — the worker answering, the sender claiming — waits behind it.
    So the store commits with ``synchronous=NORMAL`` (the log is written, not synced) and
    then syncs the log itself, after the lock is released and before anyone outside hears of
    the write. Syncing the whole file covers every frame written so far, others' included;
    if a checkpoint moved the frames into the database first, SQLite synced the log before
    and the database after it (``NORMAL`` still does), so they are on disk either way. A
    log file new since the last sync has its folder entry synced too, as SQLite would.
    """

    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}-wal")
        self._known: tuple[int, int] | None = None  # the log file whose entry is synced

    async def __call__(self) -> None:
        await in_thread(self._sync)

    def _sync(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:  # no log: the last checkpoint synced the database file
            return
        try:
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) != self._known:
                folder = os.open(self.path.parent, os.O_RDONLY | os.O_CLOEXEC)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)
                self._known = (st.st_dev, st.st_ino)
            os.fdatasync(fd)
        finally:
            os.close(fd)


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several processes may start at once; one migrates, the others wait for it.
        connection.execute(text("SELECT pg_advisory_xact_lock(74657201)"))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade)
