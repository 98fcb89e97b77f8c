"""Django's PostgreSQL backend, starting the project's embedded server on first contact.

Settings name this backend only when no DATABASE_URL is given.  Starting the server here,
not in settings, keeps imports free of side effects: ``manage.py check`` never starts it,
and the first query of a process does.
"""

from pathlib import Path

from django.db import OperationalError
from django.db.backends.postgresql import base

from archive.database_server import EmbeddedServer

_ready: set[Path] = set()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        server = EmbeddedServer(Path(self.settings_dict["EMBEDDED_DIR"]))
        if server.base_dir not in _ready:
            self._start(server)
        try:
            return super().get_new_connection(conn_params)
        except OperationalError:
            # The server may have been stopped since this process first reached it.
            self._start(server)
            return super().get_new_connection(conn_params)

    def _start(self, server: EmbeddedServer) -> None:
        server.ensure_running()
        name = self.settings_dict.get("NAME")
        # Django's maintenance connections (creating the test database) name no database.
        if name and name != "postgres":
            server.create_database(name)
        _ready.add(server.base_dir)
