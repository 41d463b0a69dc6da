"""gunicorn settings for Récits vivants: `gunicorn -c deploy/gunicorn.conf.py config.wsgi`.

Every value can be changed by an environment variable (docs/deploiement.md). Sync workers
behind nginx: nginx buffers slow clients and whole uploads, so a worker is busy only while
Django works.
"""

import multiprocessing
import os

# Where to listen: nginx talks to this address (a Unix socket works too: unix:/run/recits/web.sock).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# 2 × cores + 1: Django waits on the database part of the time.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
# A contribution with six HEIC photos takes a few seconds to clean; nothing takes a minute.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Load Django once, before forking: workers start fast and share memory.
preload_app = True
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# Only the local proxy may say which scheme (https) the visitor used.
forwarded_allow_ips = os.environ.get("GUNICORN_PROXIES", "127.0.0.1,::1")
# Access log on stdout (the systemd journal): who, what, status, size, time in µs. The
# request line is masked (exploitation/journal_web.py): a contribution link carries its
# secret in the path, and search terms are the visitors' own words.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # "" turns it off
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logger_class = "exploitation.journal_web.JournalMasque"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(D)sµs "%(a)s"'
proc_name = "recits-web"
