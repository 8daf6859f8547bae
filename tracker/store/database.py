"""The store: one engine per database and one transaction per unit of work.

`read(work)` and `write(work)` run `work(repo)` in a session of their own and commit or roll
back as a whole. A write that meets a locked SQLite file, a PostgreSQL serialisation failure or a
lost race on a unique key is run again from the start, so the caller sees no such error.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tracker.store import migrate
from tracker.store.engine import WRITE_OPTION, database_url, make_engine
from tracker.store.errors import StoreError, VersionConflict
from tracker.store.preflight import check_sqlite_file
from tracker.store.repository import Repo

T = TypeVar("T")

ATTEMPTS = 8
_RETRY_PGCODES = {"40001", "40P01"}  # serialization_failure, deadlock_detected


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str, *, revision: str = "head") -> Store:
        """Opens a file path or URL and migrates it (to `revision`; tests pin older ones). Another
        application's SQLite file, or a newer tracker's, is refused before anything is written."""
        try:
            url = database_url(target)
            check_sqlite_file(url)  # before the engine: its first connection already writes
            engine = make_engine(url)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open the database {target}: {_one_line(exc)}") from exc
        try:
            _retrying(lambda: migrate.upgrade(engine, revision))
        except SQLAlchemyError as exc:
            engine.dispose()
            location = engine.url.render_as_string(hide_password=True)
            raise StoreError(f"cannot open the database {location}: {_one_line(exc)}") from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def location(self) -> str:
        """The SQLite file, or the URL without its password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    @contextmanager
    def session_scope(self, *, write: bool = False) -> Iterator[Repo]:
        """One transaction: committed if the block ends normally (and writes), else rolled back."""
        with Session(self.engine, expire_on_commit=False) as session:
            if write:
                session.connection(execution_options={WRITE_OPTION: True})
            yield Repo(session)
            if write:
                session.commit()

    def read(self, work: Callable[[Repo], T]) -> T:
        with self.session_scope() as repo:
            return work(repo)

    def write(self, work: Callable[[Repo], T]) -> T:
        """Runs `work` in a write transaction, again from the start after a transient failure."""
        for attempt in range(ATTEMPTS):
            try:
                with self.session_scope(write=True) as repo:
                    return work(repo)
            except StaleDataError as exc:
                raise VersionConflict("the record was changed by someone else; reload it") from exc
            except (OperationalError, IntegrityError, DBAPIError) as exc:
                if attempt == ATTEMPTS - 1 or not _retryable(exc, attempt):
                    raise StoreError(_one_line(exc)) from exc
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")


def _retrying(work: Callable[[], T]) -> T:
    """`work` again after a locked SQLite file: a second process creating the same new database
    can hold it for a moment in ways the busy timeout does not cover (switching to WAL)."""
    for attempt in range(ATTEMPTS):
        try:
            return work()
        except OperationalError as exc:
            if attempt == ATTEMPTS - 1 or "database is locked" not in str(exc.orig):
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def _retryable(exc: DBAPIError, attempt: int) -> bool:
    if isinstance(exc, IntegrityError):
        return attempt == 0  # a concurrent insert of the same key, which the next attempt sees
    if "database is locked" in str(exc.orig) or "database is busy" in str(exc.orig):
        return True
    return getattr(exc.orig, "sqlstate", None) in _RETRY_PGCODES


def _one_line(exc: Exception) -> str:
    """The first line of the driver's message, without SQLAlchemy's statement and background link."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
