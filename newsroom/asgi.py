import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
# The entry points of a deployment: a real database server, never the embedded one.
os.environ.setdefault("DJANGO_PRODUCTION", "on")

application = get_asgi_application()
