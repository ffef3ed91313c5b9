"""One error handler for the whole app: error.html for pages, JSON for /api/, never a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DossierError
from ..index.query import QueryError

log = logging.getLogger("dossier.web")

TITLES = {400: "Bad request", 401: "Sign in needed", 403: "Not allowed", 404: "Not found",
          405: "Method not allowed", 413: "Too large", 429: "Too many attempts", 500: "Server error"}
# Hidden and missing things get the same words, so the answer does not tell which it was.
NOT_FOUND = "There is nothing at this address, or you have no access to it."


class WebError(Exception):
    """An HTTP error with a message safe to show to the user."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class NotFound(WebError):
    """A missing or hidden collection, document or page: 404 with one message for both."""

    def __init__(self) -> None:
        super().__init__(404, NOT_FOUND)


class SignInNeeded(WebError):
    """No valid session or token."""

    def __init__(self) -> None:
        super().__init__(401, "Sign in to continue.")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def render_error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """Return the error as JSON for API paths, else as error.html."""
    if _is_api(request):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    templates = request.app.state.web.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "title": TITLES.get(status, "Error"),
                                                              "message": message}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers on the app."""

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        if isinstance(exc, SignInNeeded) and not _is_api(request) and request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return render_error(request, exc.status, exc.message, headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = NOT_FOUND if exc.status_code == 404 else TITLES.get(exc.status_code, "Request refused") + "."
        return render_error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "request" for e in exc.errors()})
        return render_error(request, 400, f"These parameters are missing or malformed: {', '.join(fields)}.")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return render_error(request, 400, str(exc))

    @app.exception_handler(DossierError)
    async def dossier_error(request: Request, exc: DossierError) -> Response:
        log.warning("request to %s failed: %s", request.url.path, type(exc).__name__)
        return render_error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        from .app import HEADERS  # a 500 is answered outside the middleware that adds them

        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        response = render_error(request, 500, "Something went wrong on our side; the error was logged.")
        response.headers.update(HEADERS)
        return response

