"""Build the FastAPI app over one archive: routes, static files, security headers, error handling."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Awaitable, Callable

from fastapi import FastAPI, Request, Response
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

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app


def run(archive: str | Path, host: str, port: int, **options: Any) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(archive, **options), host=host, port=port, log_level="info", server_header=False)
