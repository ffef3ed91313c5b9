"""The API reference page, rendered on the server from the OpenAPI description (no remote script)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..auth import current_user, render

router = APIRouter()


@router.get("/api/docs", include_in_schema=False)
def api_docs(request: Request) -> Response:
    """List every API operation with its parameters."""
    current_user(request)
    spec = request.app.openapi()
    operations = []
    for path, methods in sorted(spec["paths"].items()):
        for method, op in methods.items():
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""),
                               "params": [p["name"] + ("*" if p.get("required") else "") for p in op.get("parameters", [])]})
    return render(request, "api_docs.html", {"operations": operations, "spec": spec})
