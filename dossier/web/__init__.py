"""The newsroom web app: server-rendered pages and a JSON API over one archive (``create_app``)."""

from .app import create_app

__all__ = ["create_app"]
