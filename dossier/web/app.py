"""Build the FastAPI app over one archive: routes, static files, security headers, error handling."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__, settings
from . import errors
from .routes import ROUTERS
from .state import HERE, WebState

# No inline script or style anywhere: htmx comes from /static and is told not to inject
# its indicator <style>; document text is escaped and shown as text, so a leaked page's
# <script> or remote image can never run or load.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """ASGI middleware adding HEADERS (and no-store outside /static) to every response."""

    def __init__(self, app: Any):
        self.app = app
        self.raw = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def add_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.raw if k not in have]
                if not static and b"cache-control" not in have:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, add_headers)


def create_app(archive: str | Path, secure_cookies: bool | None = None, session_hours: float | None = None,
               login_attempts: int | None = None) -> FastAPI:
    """Return the web app serving an archive folder (settings fill in what is not given)."""
    state = WebState(Path(archive).absolute(),
                     bool(settings.get("web_secure_cookies", secure_cookies)),
                     float(settings.get("web_session_hours", session_hours)),
                     int(settings.get("web_login_attempts", login_attempts)))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(title="dossier", version=__version__, lifespan=lifespan, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="JSON API of a dossier archive. Authenticate with `Authorization: Bearer <token>` "
                              "(create a token on your account page) or a browser session. Collections you have "
                              "no role in answer 404, like things that do not exist.")
    app.state.web = state
    errors.install(app)
    app.add_middleware(SecurityHeaders)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app


def run(archive: str | Path, host: str, port: int, **options: Any) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    # No access log: URLs carry search queries and document IDs; the audit table records every read.
    uvicorn.run(create_app(archive, **options), host=host, port=port, log_level="info", server_header=False,
                access_log=False)
