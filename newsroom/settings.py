"""Settings of the newspaper archive, read from the environment.

DJANGO_DEBUG          boolean, default off
DJANGO_SECRET_KEY     required when DEBUG is off
DJANGO_ALLOWED_HOSTS  comma-separated host names (default: localhost names only)
DJANGO_PRODUCTION     boolean; on under gunicorn (the WSGI/ASGI entry points): DATABASE_URL required
DATABASE_URL          a PostgreSQL URL; without it the embedded server in .postgres/ is used
NEWSROOM_PGDATA       folder of the embedded server (default .postgres/ in the project)

The README's Environment table lists the rest (HTTPS, HSTS, the proxy header, limits).
ARCHIVE_CACHE_URL     redis://… to keep readers' pages in Redis (default: files in ARCHIVE_CACHE_DIR)
ARCHIVE_CACHE_DIR     folder of the file cache (default .cache/ in the project)
ARCHIVE_PAGE_CACHE    boolean, default on: readers' pages kept in the cache (archive/caching.py)
"""

import datetime
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


def database(environ=os.environ, production: bool = False) -> dict:
    url = environ.get("DATABASE_URL", "").strip()
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if production:
        # The embedded server is a development convenience: a deployment names its database.
        raise ImproperlyConfigured(
            "DATABASE_URL must be set in production (e.g. postgres://user:pw@host:5432/archive); "
            "the embedded PostgreSQL is for development only and is never started by the production server"
        )
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
PRODUCTION = env_bool("DJANGO_PRODUCTION", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG cannot be on in production (DJANGO_PRODUCTION)")
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
    "axes",
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
    "csp.middleware.CSPMiddleware",
    # Inside the policy: a page served from the cache still leaves with the site's headers.
    "archive.caching.ReaderPageCache",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out login before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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

DATABASES = {"default": database(production=PRODUCTION)}
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
WHITENOISE_USE_FINDERS = not PRODUCTION
if PRODUCTION:
    # Production serves only what collectstatic made: hashed names, compressed, cached for ever.
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Page files larger than this are refused by the importer (bytes).
ARCHIVE_MAX_PAGE_BYTES = int(os.environ.get("ARCHIVE_MAX_PAGE_BYTES", 2 * 1024 * 1024))
# A request carrying uploads larger than this is refused before its body is read (bytes).
ARCHIVE_MAX_UPLOAD_BYTES = int(os.environ.get("ARCHIVE_MAX_UPLOAD_BYTES", 64 * 1024 * 1024))
FILE_UPLOAD_HANDLERS = ["archive.uploads.PageUploadHandler"]

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", False)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# HTTPS, set where the site is served over it (the README's production environment).
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# Behind a proxy that ends HTTPS: trust its X-Forwarded-Proto, and only then.
if env_bool("DJANGO_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy: the site's own scripts, styles and images, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Admin logins: five wrong passwords for one account from one address lock that pair out for
# 15 minutes; a superuser sees (and can delete) the lock under 「Axes」 in the admin.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "archive.logins.username_for_lockout"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
