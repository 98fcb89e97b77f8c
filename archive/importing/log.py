"""Telling a running import from one that died: each run holds a lock while its log is open.

An import killed outright (``kill -9``, the machine gone, the database restarted) cannot
close its 导入记录.  While a run is alive its database session holds a PostgreSQL advisory
lock named after the log; the server drops the lock with the session.  A log still 「进行中」
whose lock anybody can take belongs to a run that is gone, and is closed as 「中断」.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection
from django.utils import timezone

from archive.models import ImportLog

# The first half of the two-part lock key: import logs, apart from the importer's page locks.
LOCK_CLASS = 14_0001
#: Logs looked at per sweep, newest first (older ones are closed by later sweeps).
SWEEP_LIMIT = 100

logger = logging.getLogger(__name__)

# Logs this process holds: a session may take its own lock again, so the sweep skips them.
_held: set[int] = set()


def hold(log: ImportLog) -> None:
    """Take the log's lock in this database session, for as long as the run lasts."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_CLASS, _key(log)])
    _held.add(log.pk)


def hold_again() -> None:
    """Take again, on a new connection, the locks of this process's runs (the old one took them along)."""
    with connection.cursor() as cursor:
        for pk in _held:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_CLASS, pk % 2147483648])


def release(log: ImportLog) -> None:
    _held.discard(log.pk)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_CLASS, _key(log)])
    except DatabaseError:
        # The session is gone, and its lock with it.
        logger.info("the lock of import %s went with its session", log.pk, exc_info=True)


def close_abandoned() -> int:
    """Close as 「中断」 the logs still 「进行中」 whose run no longer holds its lock; how many."""
    running = list(
        ImportLog.objects.filter(status=ImportLog.Status.RUNNING)
        .exclude(pk__in=_held)
        .order_by("-id")
        .values_list("id", flat=True)[:SWEEP_LIMIT]
    )
    if not running:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM unnest(%s::bigint[]) AS id WHERE pg_try_advisory_lock(%s, (id %% 2147483648)::int)",
            [running, LOCK_CLASS],
        )
        gone = [pk for (pk,) in cursor.fetchall()]
        for pk in gone:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_CLASS, pk % 2147483648])
    return ImportLog.objects.filter(pk__in=gone, status=ImportLog.Status.RUNNING).update(
        status=ImportLog.Status.ABORTED, finished_at=timezone.now()
    )


def _key(log: ImportLog) -> int:
    return log.pk % 2147483648
