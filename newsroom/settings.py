"""Settings of the newspaper archive, read from the environment.

DJANGO_DEBUG          boolean, default off
DJANGO_SECRET_KEY     required when DEBUG is off
DJANGO_ALLOWED_HOSTS  comma-separated host names (default: localhost names only)
DATABASE_URL          a PostgreSQL URL; without it the embedded server in .postgres/ is used
NEWSROOM_PGDATA       folder of the embedded server (default .postgres/ in the project)
ARCHIVE_CACHE_URL     redis://… to keep readers' pages in Redis (default: files in ARCHIVE_CACHE_DIR)
ARCHIVE_CACHE_DIR     folder of the file cache (default .cache/ in the project)
ARCHIVE_PAGE_CACHE    boolean, default on: readers' pages kept in the cache (archive/caching.py)
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False, environ=os.environ) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false, yes/no, on/off), not {raw!r}")


def env_list(name: str, default: list[str], environ=os.environ) -> list[str]:
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret_key(debug: bool, environ=os.environ) -> str:
    key = environ.get("DJANGO_SECRET_KEY", "").strip()
    if key:
        return key
    if debug:
        return "django-insecure-local-development-only"
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off")


def database(environ=os.environ) -> dict:
    url = environ.get("DATABASE_URL", "").strip()
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    from archive.database_server import EmbeddedServer

    server_dir = Path(environ.get("NEWSROOM_PGDATA") or BASE_DIR / ".postgres").resolve()
    return {
        "ENGINE": "archive.embedded_db",
        "NAME": "newsroom",
        **EmbeddedServer(server_dir).connection_settings(),
        "EMBEDDED_DIR": str(server_dir),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = secret_key(DEBUG)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "archive",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "archive.caching.ReaderPageCache",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def page_cache(environ=os.environ) -> dict:
    """Shared by every worker process: Redis when a URL is given, else files on this machine."""
    url = environ.get("ARCHIVE_CACHE_URL", "").strip()
    if url:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    folder = environ.get("ARCHIVE_CACHE_DIR") or BASE_DIR / ".cache"
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(folder),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


CACHES = {"default": page_cache()}
ARCHIVE_PAGE_CACHE = env_bool("ARCHIVE_PAGE_CACHE", True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "archive.storage.ArchiveStaticFilesStorage"},
}
# Serve from the apps' folders too, so a checkout works before collectstatic has run.
WHITENOISE_USE_FINDERS = True

# Page files larger than this are refused by the importer (bytes).
ARCHIVE_MAX_PAGE_BYTES = int(os.environ.get("ARCHIVE_MAX_PAGE_BYTES", 2 * 1024 * 1024))

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", False)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
