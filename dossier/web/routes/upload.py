"""Upload files or archives into a collection; they are ingested and read in the background with live progress."""

from __future__ import annotations

import shutil
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from ...accounts.users import User
from ..auth import audit, check_csrf, collection_role, render, require_user, web
from ..errors import NotFound, WebError
from ..jobs import Job, safe_name

router = APIRouter()
MAX_FILES = 1000


def _job(request: Request, user: User, job_id: str) -> Job:
    job = web(request).jobs.get(job_id) if len(job_id) == 24 else None
    if job is None or (job.user != user.name and not user.can(job.collection, "owner")):
        raise NotFound()
    collection_role(request, user, job.collection)  # a revoked role hides the job too
    return job


@router.get("/c/{name}/upload", include_in_schema=False)
def upload_form(request: Request, name: str, user: User = Depends(require_user)) -> Response:
    """The upload form."""
    collection_role(request, user, name, "editor")
    return render(request, "upload.html", {"name": name})


async def _receive(request: Request, user: User, name: str, files: list[UploadFile], note: str) -> Job:
    collection_role(request, user, name, "editor")
    if not files or len(files) > MAX_FILES:
        raise WebError(400, f"Choose between 1 and {MAX_FILES} files to upload.")
    jobs = web(request).jobs
    job = jobs.new(user.name, name)
    folder = jobs.folder(job.id)
    for upload in files:
        target = folder / safe_name(upload.filename or "")
        stem, n = target.name, 1
        while target.exists():  # two uploads with one name keep both
            n += 1
            target = folder / f"{n}-{stem}"
        with target.open("wb") as out:
            shutil.copyfileobj(upload.file, out, 1 << 20)
        job.files.append(target.name)
    audit(request, user, "upload", collection=name, detail={"files": job.files, "job": job.id})
    text = f"uploaded through the web app by {user.name}" + (f": {note.strip()[:500]}" if note.strip() else "")
    jobs.start(job, text)
    return job


@router.post("/c/{name}/upload", include_in_schema=False)
async def upload(request: Request, name: str, files: list[UploadFile] = File(...), note: str = Form(""),
                 csrf: str = Form(""), user: User = Depends(require_user)) -> Response:
    """Receive files and start ingesting them; redirects to the job page."""
    check_csrf(request, csrf)
    job = await _receive(request, user, name, files, note)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", include_in_schema=False)
def job_page(request: Request, job_id: str, user: User = Depends(require_user)) -> Response:
    """An upload's progress page (the box inside polls /jobs/ID/status)."""
    return render(request, "job.html", {"job": _job(request, user, job_id).as_dict()})


@router.get("/jobs/{job_id}/status", include_in_schema=False)
def job_status(request: Request, job_id: str, user: User = Depends(require_user)) -> Response:
    """The progress box alone, for htmx polling."""
    return render(request, "_job.html", {"job": _job(request, user, job_id).as_dict()})


@router.post("/api/collections/{name}/upload", tags=["upload"], status_code=202)
async def api_upload(request: Request, name: str, files: list[UploadFile] = File(...), note: str = Form(""),
                     csrf: str = Form(""), user: User = Depends(require_user)) -> dict[str, Any]:
    """Upload files or archives into a collection (editor or owner); returns the job to poll."""
    check_csrf(request, csrf)
    return (await _receive(request, user, name, files, note)).as_dict()


@router.get("/api/jobs/{job_id}", tags=["upload"])
def api_job(request: Request, job_id: str, user: User = Depends(require_user)) -> dict[str, Any]:
    """Return an upload's stage (queued, storing, reading, done, failed), counts and summary."""
    return _job(request, user, job_id).as_dict()
