#!/usr/bin/env python
import os
import secrets
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent


def local_secret_key() -> str:
    """This checkout's own secret key, kept in .secret_key (git-ignored) and made on first use.

    Commands run here work without configuration; a deployment sets DJANGO_SECRET_KEY, and
    the WSGI/ASGI entry points never fall back to this file.
    """
    path = PROJECT_DIR / ".secret_key"
    if not path.exists():
        with tempfile.NamedTemporaryFile("w", dir=PROJECT_DIR, prefix=".secret_key-", delete=False) as handle:
            handle.write(secrets.token_urlsafe(50) + "\n")
        try:
            os.link(handle.name, path)  # creates the file only if no other process did first
        except FileExistsError:
            pass
        finally:
            os.unlink(handle.name)
    return path.read_text().strip()


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    production = os.environ.get("DJANGO_PRODUCTION", "").strip().lower() in {"1", "true", "yes", "on"}
    if not os.environ.get("DJANGO_SECRET_KEY") and not production:
        os.environ["DJANGO_SECRET_KEY"] = local_secret_key()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
