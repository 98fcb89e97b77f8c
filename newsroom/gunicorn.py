"""gunicorn's configuration for the archive: ``gunicorn -c python:newsroom.gunicorn newsroom.wsgi``.

``scripts/serve --production`` runs exactly that.  Each value can be changed from the
environment (the README's Environment table).
"""

import os

bind = (
    os.environ.get("GUNICORN_BIND")
    or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
)
# Pages are rendered on the CPU and the database answers quickly: a worker or two per core.
workers = int(os.environ.get("WEB_CONCURRENCY") or (os.cpu_count() or 1) + 1)
worker_class = "sync"
# No page takes more than a second or two (lists, feeds and sitemap files are bounded); the
# slowest request is an editor's upload of many pages, imported while the editor waits.  A worker
# silent for longer is stuck, and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, so no slow leak lives for ever.
max_requests = 5000
max_requests_jitter = 500
# Request line and header limits: gunicorn's defaults, spelled out; a larger request is a 400.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
# The heartbeat files of the workers in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# X-Forwarded-* headers are believed from these addresses only (a proxy on this machine).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "newsroom-archive"


def post_worker_init(worker):
    """Each worker loads what it needs and freezes it before its first request (newsroom.warm)."""
    from newsroom.warm import settle

    settle()
