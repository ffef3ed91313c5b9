"""The `dossier` command line.

Exit codes: 0 success; 1 the command failed (message on stderr); 2 wrong usage;
3 an integrity check failed (`verify`, `verify-proof`). `ingest` exits 0 when every
input was recorded, including files that failed with a recorded reason: those are
listed in its summary (and in `--json` output under "problems").
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import click
from rich.console import Console
from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn,
                           TimeRemainingColumn, TransferSpeedColumn)
from rich.table import Table

from . import __version__, settings
from .archive import Archive
from .errors import DossierError, IntegrityError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class Context:
    """Options shared by every command."""

    def __init__(self, archive: str | None = None, as_json: bool = False, debug: bool = False):
        self.archive_path = archive or settings.get("archive")
        self.json = as_json
        self.debug = debug

    def open(self) -> Archive:
        """Open the selected archive."""
        return Archive.open(self.archive_path)

    def emit(self, data: Any) -> None:
        """Print JSON output."""
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


_pass_context = click.make_pass_decorator(Context)


def _set_archive(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Context).archive_path = value


def _set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(Context).json = True


def pass_ctx(command: Callable) -> Callable:
    """Give a command the shared Context and accept --archive / --json after the verb too."""
    command = _pass_context(command)
    command = click.option("--json", "as_json_here", is_flag=True, expose_value=False, callback=_set_json,
                           help="Machine-readable JSON output.")(command)
    return click.option("--archive", "-a", "archive_here", metavar="DIR", expose_value=False,
                        callback=_set_archive, help="Archive folder (default: $DOSSIER_ARCHIVE, "
                        "else ./dossier-archive).")(command)


class DossierGroup(click.Group):
    """Turns DossierError into a message and an exit code; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DossierError as exc:
            if ctx.obj is not None and getattr(ctx.obj, "debug", False):
                raise
            err.print(f"[bold red]Error:[/] {exc}", highlight=False)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            err.print("Interrupted. Run the same command again to resume; nothing is lost or doubled.")
            sys.exit(130)


@click.group(cls=DossierGroup)
@click.option("--archive", "-a", metavar="DIR", help="Archive folder (default: $DOSSIER_ARCHIVE, else ./dossier-archive).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="dossier")
@click.pass_context
def main(ctx: click.Context, archive: str | None, as_json: bool, debug: bool) -> None:
    """dossier: keep every byte of a leak, prove it, and read it.

    Example: dossier --archive leak init && dossier -a leak ingest files/ --collection papers
    """
    ctx.obj = Context(archive, as_json, debug)  # sub-command options may override these


@main.command()
@click.argument("directory", required=False)
@pass_ctx
def init(ctx: Context, directory: str | None) -> None:
    """Create a new archive folder with its catalog, blob store and signing key.

    Example: dossier init leak-archive
    """
    path = directory or ctx.archive_path
    with Archive.init(path) as archive:
        data = {"archive": str(archive.root), "id": archive.archive_id, "verifier_key": archive.vkey}
    if ctx.json:
        ctx.emit(data)
        return
    out.print(f"Created archive {data['archive']}", highlight=False)
    out.print(f"Checkpoints are signed with key {data['verifier_key']}", highlight=False)
    out.print("Publish that key line where readers can find it: it is how they check your proofs.")
    out.print(f"Create the first web app admin with `dossier -a {data['archive']} user add NAME --admin`.",
              highlight=False)


class BarProgress:
    """A rich progress bar fed by ingest and verify: files, bytes, rate and time left."""

    def __init__(self, label: str, console: Console):
        self.bar = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(),
            TextColumn("{task.fields[files]}/{task.fields[total_files]} files"),
            DownloadColumn(binary_units=True), TransferSpeedColumn(),
            TextColumn("{task.fields[members]} unpacked"), TimeRemainingColumn(),
            console=console, transient=False,
        )
        self.label = label
        self.task: Any = None
        self.files = self.members = 0

    def start(self, files: int, size: int) -> None:
        """Show the bar for this many files and bytes."""
        self.task = self.bar.add_task(self.label, total=max(size, 1), files=0, total_files=files, members=0)
        self.bar.start()

    def advance(self, files: int, size: int, members: int) -> None:
        """Move the bar on by finished files, their bytes and the members unpacked from them."""
        self.files += files
        self.members += members
        self.bar.update(self.task, advance=size, files=self.files, members=self.members)

    def stop(self) -> None:
        """Remove the live display."""
        self.bar.stop()


def _progress(ctx: Context, label: str) -> BarProgress | None:
    if ctx.json or not err.is_terminal:
        return None
    return BarProgress(label, err)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--collection", "-c", required=True, help="Collection to add the files to (created if new).")
@click.option("--note", help="Free text recorded in each file's custody entry (source, channel, date).")
@click.option("--max-expanded-size", type=str, help="Most bytes unpacked from one container, e.g. 20G.")
@click.option("--max-ratio", type=int, help="Largest expansion ratio before a container counts as a bomb.")
@click.option("--max-members", type=int, help="Most members unpacked from one container.")
@click.option("--max-depth", type=int, help="Deepest nesting of containers that is unpacked.")
@click.option("--no-extract", is_flag=True, help="Only store and log; read the text later with `dossier extract`.")
@pass_ctx
def ingest(ctx: Context, paths: tuple[Path, ...], collection: str, note: str | None,
           max_expanded_size: str | None, max_ratio: int | None, max_members: int | None,
           max_depth: int | None, no_extract: bool) -> None:
    """Store files and folders byte-exact, unpacking zip, tar, 7z, rar and gzip.

    Example: dossier ingest leak/ --collection xinjiang-papers --note "via SecureDrop, 2026-11-02"
    """
    limits = {"max_expanded_bytes": settings._size(max_expanded_size) if max_expanded_size else None,
              "max_ratio": max_ratio, "max_members": max_members, "max_depth": max_depth}
    progress = _progress(ctx, f"Ingesting into {collection}")
    with ctx.open() as archive:
        try:
            summary = archive.ingest(list(paths), collection, note=note, progress=progress, **limits)
        finally:
            if progress is not None:
                progress.stop()
    data = summary.as_dict()
    if not no_extract:
        data["extract"] = _run_extract(ctx, archive_path=ctx.archive_path, collection=collection)
    if ctx.json:
        ctx.emit(data)
        return
    out.print(
        f"Ingested {data['files']} files into [bold]{collection}[/] ({data['members']} unpacked from containers): "
        f"{data['stored']} stored, {data['duplicates']} duplicates, {data['already_in_collection']} already there, "
        f"{data['failed']} failed, {data['partial']} partial, {data['skipped']} skipped.", highlight=False)
    if data["problems"]:
        table = Table("status", "document", "reason", title="Recorded problems", title_justify="left")
        for problem in data["problems"]:
            table.add_row(problem["status"], problem["name"], problem["reason"])
        out.print(table)
    out.print(f"Custody log: {data['custody_tree_size']} entries, checkpoint signed.")
    swept = data["leftover_temporary_files_removed"]
    if swept["files"]:
        out.print(f"Removed {swept['files']} temporary files ({swept['bytes']:,} bytes) that an interrupted run left "
                  "in the archive's tmp/ folder; none was in the catalog.", highlight=False)
    if "extract" in data:
        _print_extract(data["extract"])


def _run_extract(ctx: Context, archive_path: str, collection: str | None = None,
                 doc_ids: list[str] | None = None, force: bool = False) -> dict[str, Any]:
    progress = _progress(ctx, "Reading documents")
    with Archive.open(archive_path) as archive:
        try:
            summary = archive.extract(collection=collection, doc_ids=doc_ids, force=force, progress=progress)
        finally:
            if progress is not None:
                progress.stop()
    return summary.as_dict()


def _print_extract(data: dict[str, Any]) -> None:
    out.print(f"Read {data['documents']} documents: {data['done']} with text ({data['pages']} pages, "
              f"{data['needs_ocr']} pages awaiting OCR), {data['unsupported']} not readable yet, "
              f"{data['failed']} failed.", highlight=False)
    if data["problems"]:
        table = Table("document", "reason", title="Could not be read", title_justify="left")
        for problem in data["problems"]:
            table.add_row(problem["name"], problem["reason"])
        out.print(table)


@main.command()
@click.argument("doc_ids", nargs=-1)
@click.option("--collection", "-c", help="Only documents of this collection.")
@click.option("--force", is_flag=True, help="Read documents again even if they were read before.")
@pass_ctx
def extract(ctx: Context, doc_ids: tuple[str, ...], collection: str | None, force: bool) -> None:
    """Read the text of stored documents (all not yet read, or the given IDs) in isolated workers.

    Example: dossier extract --collection xinjiang-papers --force
    """
    ids = None
    if doc_ids:
        with ctx.open() as archive:
            ids = [archive.resolve(d) for d in doc_ids]
    else:
        ctx.open().close()  # a clear error for a missing archive before workers start
    data = _run_extract(ctx, ctx.archive_path, collection, ids, force)
    if ctx.json:
        ctx.emit(data)
    else:
        _print_extract(data)


def _human(size: int | None) -> str:
    if size is None:
        return "-"
    from .ingest.unpack import human

    return human(size)


def _display_names(archive: Archive, collection: str | None) -> list[dict[str, Any]]:
    sql = ("SELECT id, collection, parent_id, path, sha256, size, mime, status, reason, encrypted "
           "FROM documents {} ORDER BY collection, rowid")
    rows = archive.conn.execute(sql.format("WHERE collection = ?" if collection else ""),
                                (collection,) if collection else ()).fetchall()
    by_id = {r["id"]: dict(r) for r in rows}
    for row in by_id.values():
        parts, parent = [row["path"]], by_id.get(row["parent_id"] or "")
        while parent is not None:
            parts.append(parent["path"])
            parent = by_id.get(parent["parent_id"] or "")
        row["display"] = " ▸ ".join(reversed(parts))
    return list(by_id.values())


@main.command(name="ls")
@click.argument("collection", required=False)
@pass_ctx
def list_documents(ctx: Context, collection: str | None) -> None:
    """List documents: ID, name, SHA-256, size, type and status.

    Example: dossier ls xinjiang-papers
    """
    with ctx.open() as archive:
        if collection and not archive.conn.execute("SELECT 1 FROM collections WHERE name=?", (collection,)).fetchone():
            raise DossierError(f"no collection named {collection!r}")
        rows = _display_names(archive, collection)
    if ctx.json:
        ctx.emit([{k: r[k] for k in ("id", "collection", "parent_id", "display", "sha256", "size", "mime",
                                     "status", "reason", "encrypted")} for r in rows])
        return
    table = Table("id", "name", "sha256", "size", "type", "status")
    for r in rows:
        status = r["status"] + (" 🔒" if r["encrypted"] else "")
        table.add_row(r["id"], r["display"], (r["sha256"] or "-")[:16], _human(r["size"]), r["mime"] or "-", status)
    out.print(table)
    out.print(f"{len(rows)} documents")


@main.command()
@click.argument("doc_id")
@click.option("--text", "with_text", is_flag=True, help="Print the extracted text instead of the record.")
@click.option("--page", type=int, help="With --text: only this page (from 1).")
@pass_ctx
def show(ctx: Context, doc_id: str, with_text: bool, page: int | None) -> None:
    """Show one document: its record, names, parent, children and custody entries, or its text.

    Example: dossier show 3fa29c1e --text --page 2
    """
    if with_text:
        _show_text(ctx, doc_id, page)
        return
    with ctx.open() as archive:
        full = archive.resolve(doc_id)
        doc = dict(archive.conn.execute("SELECT * FROM documents WHERE id = ?", (full,)).fetchone())
        doc["names"] = [dict(r) for r in archive.conn.execute(
            "SELECT name, arrived_at FROM names WHERE doc_id = ? ORDER BY arrived_at, name", (full,))]
        parent = archive.conn.execute("SELECT id, path FROM documents WHERE id = ?", (doc["parent_id"],)).fetchone()
        doc["parent"] = dict(parent) if parent else None
        doc["children"] = [dict(r) for r in archive.conn.execute(
            "SELECT id, path, status, sha256 FROM documents WHERE parent_id = ? ORDER BY rowid", (full,))]
        doc["custody"] = archive.custody.entries_for(full)
        extraction = archive.conn.execute("SELECT * FROM extractions WHERE doc_id = ?", (full,)).fetchone()
        doc["extraction"] = dict(extraction) if extraction else None
        doc["metadata"] = {r["key"]: r["value"] for r in archive.conn.execute(
            "SELECT key, value FROM doc_metadata WHERE doc_id = ? ORDER BY key", (full,))}
    if ctx.json:
        ctx.emit(doc)
        return
    table = Table.grid(padding=(0, 2))
    for key in ("id", "collection", "path", "sha256", "size", "mime", "status", "reason", "encrypted",
                "received_at"):
        value = doc[key]
        if key == "size":
            value = f"{value} bytes" if value is not None else "-"
        table.add_row(f"[bold]{key}[/]", "-" if value is None else str(value))
    out.print(table)
    if doc["parent"]:
        out.print(f"[bold]parent[/]  {doc['parent']['id']}  {doc['parent']['path']}", highlight=False)
    out.print("[bold]names[/]")
    for name in doc["names"]:
        out.print(f"  {name['name']}  (arrived {name['arrived_at']})", highlight=False)
    if doc["children"]:
        out.print(f"[bold]children[/] ({len(doc['children'])})")
        for child in doc["children"]:
            out.print(f"  {child['id']}  {child['status']:8} {child['path']}", highlight=False)
    if doc["extraction"]:
        x = doc["extraction"]
        out.print(f"[bold]text[/]  {x['status']}, {x['pages']} pages, by {x['extractor']}"
                  + (f" ({x['reason']})" if x["reason"] else ""), highlight=False)
        for warning in json.loads(x["warnings"] or "[]"):
            out.print(f"  [yellow]warning:[/] {warning}", highlight=False)
    for key, value in doc["metadata"].items():
        out.print(f"  {key}: {value}", highlight=False)
    out.print("[bold]custody[/]")
    for entry in doc["custody"]:
        out.print(f"  #{entry['seq']} {entry['time']} {entry['event']} by {entry['user']} with {entry['tool']}",
                  highlight=False)


def _show_text(ctx: Context, doc_id: str, page: int | None) -> None:
    with ctx.open() as archive:
        full = archive.resolve(doc_id)
        sql = "SELECT page, text, lang, script, engine, words, width, height FROM pages WHERE doc_id = ?"
        args: list[Any] = [full]
        if page is not None:
            sql += " AND page = ?"
            args.append(page)
        rows = [dict(r) for r in archive.conn.execute(sql + " ORDER BY page", args)]
        read = archive.conn.execute("SELECT status, reason FROM extractions WHERE doc_id = ?", (full,)).fetchone()
    if read is None:
        raise DossierError(f"document {full} has not been read yet; run `dossier extract {full}`")
    if page is not None and not rows:
        raise DossierError(f"document {full} has no page {page}")
    if ctx.json:
        for row in rows:
            row["words"] = json.loads(row["words"]) if row["words"] else None
        ctx.emit({"doc": full, "status": read["status"], "reason": read["reason"], "pages": rows})
        return
    if read["status"] != "done":
        raise DossierError(f"document {full} has no text: {read['status']} ({read['reason']})")
    for row in rows:
        if page is None:
            out.print(f"[dim]── page {row['page']} · {row['lang'] or '?'} · {row['engine']} ──[/]", highlight=False)
        click.echo(row["text"])


@main.command()
@click.option("--checkpoint", "checkpoints", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A signed checkpoint published earlier; the log must still be consistent with it.")
@pass_ctx
def verify(ctx: Context, checkpoints: tuple[Path, ...]) -> None:
    """Re-hash every blob and re-check log, checkpoints and catalog; exit 3 on any mismatch.

    Example: dossier verify --checkpoint published/checkpoint-2026-11-02.txt
    """
    progress = _progress(ctx, "Verifying blobs")
    with ctx.open() as archive:
        try:
            report = archive.verify(progress=progress)
        finally:
            if progress is not None:
                progress.stop()
        for path in checkpoints:
            _check_published(archive, path, report)
    if ctx.json:
        ctx.emit(report.as_dict())
    else:
        for finding in report.findings:
            style = "red" if finding.severity == "error" else "yellow"
            out.print(f"[{style}]{finding}[/]", highlight=False)
        verdict = "[bold green]OK[/]" if report.ok else "[bold red]FAILED[/]"
        out.print(f"{verdict}: {report.entries} custody entries, {report.checkpoints} signed checkpoints, "
                  f"{report.documents} documents, {report.blobs} blobs ({_human(report.bytes)}) checked.",
                  highlight=False)
    if not report.ok:
        sys.exit(IntegrityError.exit_code)


def _check_published(archive: Archive, path: Path, report: Any) -> None:
    from .store.checkpoint import open_note

    try:
        signed = open_note(path.read_text(), archive.vkey)
    except DossierError as exc:
        report.error("checkpoint", str(path), str(exc))
        return
    if signed.size > report.entries:
        report.error("checkpoint", str(path), f"published for {signed.size} entries; the log now has {report.entries}")
    elif archive.custody.root(signed.size) != signed.root:
        report.error("checkpoint", str(path), "the log no longer matches this published checkpoint: it was rewritten")


@main.command()
@click.argument("doc_id")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the bundle to a file instead of stdout.")
@pass_ctx
def proof(ctx: Context, doc_id: str, output: Path | None) -> None:
    """Print a document's inclusion proof with the signed checkpoint, as JSON.

    Example: dossier proof 3fa29c1e -o report.proof.json
    """
    from .store.proof import build_proof

    with ctx.open() as archive:
        bundle = build_proof(archive, archive.resolve(doc_id))
    text = json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"
    if output:
        output.write_text(text)
        err.print(f"Proof written to {output}", highlight=False)
    else:
        click.echo(text, nl=False)


@main.command(name="verify-proof")
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("original", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--key", help="Verifier key the publisher announced; without it the bundle's own key is used.")
@pass_ctx
def verify_proof_command(ctx: Context, bundle: Path, original: Path, key: str | None) -> None:
    """Check a proof bundle against the original file, with no archive needed; exit 3 if it fails.

    Example: dossier verify-proof report.proof.json report.pdf --key "dossier/…+…+…"
    """
    from .store.proof import verify_proof

    try:
        data = json.loads(bundle.read_text())
    except (ValueError, UnicodeDecodeError) as exc:
        raise IntegrityError(f"{bundle} is not a JSON proof bundle: {exc}") from exc
    result = verify_proof(data, original, key)
    if ctx.json:
        ctx.emit(result)
        return
    entry = result["entry"]
    out.print(f"[bold green]OK[/]: {original.name} (sha256 {result['sha256']}) is entry {result['leaf_index']} "
              f"({entry.get('event')} {entry.get('time')} by {entry.get('user')}) of custody log "
              f"{result['origin']}, size {result['tree_size']}, root {result['root']}.", highlight=False)
    if result["key_from_bundle"]:
        out.print(f"[yellow]The key came from the bundle itself: {result['key']}\n"
                  "Compare it with the key the publisher announced, or pass that key with --key.[/]",
                  highlight=False)


@main.command(name="export")
@click.option("--bagit", "bag_dir", required=True, type=click.Path(path_type=Path),
              help="Folder to write the BagIt bag to (new or empty).")
@click.argument("collection")
@pass_ctx
def export_command(ctx: Context, bag_dir: Path, collection: str) -> None:
    """Export a collection's originals, custody log and checkpoint as a validated BagIt bag.

    Example: dossier export --bagit out/papers-bag xinjiang-papers
    """
    from .export.bag import export_bag

    with ctx.open() as archive:
        result = export_bag(archive, bag_dir, collection)
    if ctx.json:
        ctx.emit(result)
    else:
        out.print(f"Wrote and validated BagIt bag {result['bag']} with {result['originals']} originals.",
                  highlight=False)


@main.command()
@click.argument("query", required=False)
@click.option("--collection", "-c", help="Only pages of this collection.")
@click.option("--doc", "doc_id", metavar="ID", help="Only pages of this document (ID or unique prefix).")
@click.option("--limit", type=click.IntRange(0, 10_000), default=20, show_default=True, help="Hits to show.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Hits to skip (for the next page of results).")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Order by BM25 relevance, or by the document's own date, newest first.")
@click.option("--batch", "batch_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run one query per line of this file (names of officials, places) instead of QUERY.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="With --batch: write the hits to a .csv or .json file (default: CSV on stdout).")
@pass_ctx
def search(ctx: Context, query: str | None, collection: str | None, doc_id: str | None, limit: int, offset: int,
           sort: str, batch_file: Path | None, output: Path | None) -> None:
    """Search the text of every read page: words, "phrases", AND/OR/NOT, field:value filters.

    Example: dossier search '"应收尽收" OR 陈全国 collection:papers year:2017'
    """
    if (query is None) == (batch_file is None):
        raise click.UsageError("give either a QUERY or --batch FILE")
    if output is not None and batch_file is None:
        raise click.UsageError("--output works with --batch; for one query use --json")
    with ctx.open() as archive:
        if batch_file is not None:
            _search_batch(ctx, archive, batch_file, output, collection, limit)
            return
        doc = archive.resolve(doc_id) if doc_id else None
        results = archive.search(query, collection=collection, doc=doc, limit=limit, offset=offset, sort=sort)
        behind = archive.index.behind()
    if ctx.json:
        ctx.emit({**results.as_dict(), "documents_not_indexed": behind})
        return
    from rich.text import Text

    table = Table("doc", "name", "page", "snippet")
    for hit in results.hits:
        snippet = Text(hit.snippet.text)
        for start, end in hit.snippet.spans:
            snippet.stylize("bold black on yellow", start, end)
        table.add_row(hit.doc[:12], hit.name, str(hit.page), snippet)
    if results.hits:
        out.print(table)
    shown = f" (showing {offset + 1}–{offset + len(results.hits)})" if results.hits else ""
    out.print(f"{results.total} pages match{shown}.", highlight=False)
    for name, counts in results.facets.items():
        if counts:
            out.print(f"[bold]{name}[/]: " + " · ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)
    if behind:
        err.print(f"[yellow]{behind} read documents are not in the search index yet: an extract running now adds "
                  "them; otherwise run `dossier reindex`.[/]", highlight=False)


def _search_batch(ctx: Context, archive: Archive, batch_file: Path, output: Path | None, collection: str | None,
                  limit: int) -> None:
    import csv
    import io

    lines = batch_file.read_text(encoding="utf-8-sig").splitlines()
    rows = archive.index.batch(lines, collection=collection, limit=limit)
    fields = ["query", "total", "doc", "name", "page", "snippet", "score", "error"]
    if output is not None and output.suffix.lower() == ".json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    queries = list(dict.fromkeys(r["query"] for r in rows))
    found = len({r["query"] for r in rows if r["doc"]})
    hits = sum(1 for r in rows if r["doc"])
    failed = len({r["query"] for r in rows if r["error"]})
    summary = f"{len(queries)} queries: {found} with hits, {hits} hits" + (f", {failed} not understood" if failed else "")
    if output is None:
        click.echo(text, nl=False)
        err.print(summary, highlight=False)
    else:
        output.write_text(text, encoding="utf-8")
        if ctx.json:
            ctx.emit({"queries": len(queries), "with_hits": found, "hits": hits, "errors": failed, "output": str(output)})
        else:
            out.print(f"{summary}; written to {output}", highlight=False)


class IndexProgress:
    """A rich progress bar for reindex: documents and pages indexed."""

    def __init__(self, console: Console):
        self.bar = Progress(TextColumn("[bold]Indexing"), BarColumn(), TextColumn("{task.completed}/{task.total} documents"),
                            TextColumn("{task.fields[pages]} pages"), TimeRemainingColumn(), console=console)
        self.task: Any = None
        self.pages = 0

    def start(self, documents: int, _size: int) -> None:
        """Show the bar for this many documents."""
        self.task = self.bar.add_task("index", total=max(documents, 1), pages=0)
        self.bar.start()

    def advance(self, documents: int, pages: int, _members: int) -> None:
        """Move the bar on by indexed documents and their pages."""
        self.pages += pages
        self.bar.update(self.task, advance=documents, pages=self.pages)

    def stop(self) -> None:
        """Remove the live display."""
        self.bar.stop()


@main.command()
@pass_ctx
def reindex(ctx: Context) -> None:
    """Rebuild the search index from the pages in the catalog (after an upgrade, or to repair it).

    Example: dossier reindex
    """
    import time

    progress = None if ctx.json or not err.is_terminal else IndexProgress(err)
    started = time.monotonic()
    with ctx.open() as archive:
        try:
            pages = archive.index.reindex(progress=progress)
        finally:
            if progress is not None:
                progress.stop()
        documents = archive.conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
    seconds = time.monotonic() - started
    if ctx.json:
        ctx.emit({"documents": documents, "pages": pages, "seconds": round(seconds, 2)})
    else:
        out.print(f"Indexed {pages} pages of {documents} read documents in {seconds:.1f} s.", highlight=False)



@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@pass_ctx
def serve(ctx: Context, host: str, port: int) -> None:
    """Serve the archive to a team in the browser, with the JSON API under /api/.

    Example: dossier serve --host 127.0.0.1 --port 8000
    """
    from .web.app import run

    ctx.open().close()  # a clear error for a wrong folder before the server starts
    with Archive.open(ctx.archive_path) as archive:
        if archive.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0:
            err.print("No users yet: create the first admin with `dossier user add NAME --admin`.")
    run(ctx.archive_path, host, port)


@main.group(cls=DossierGroup)
def user() -> None:
    """Manage the web app's users and their roles in collections.

    Example: dossier user add ayse --admin
    """


@user.command(name="add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="Make the user a site admin (sees every collection).")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="The password (prompted for when not given; at least 10 characters).")
@pass_ctx
def user_add(ctx: Context, name: str, admin: bool, password: str) -> None:
    """Create a user with an argon2id-hashed password.

    Example: dossier user add ayse --admin
    """
    from .accounts.users import Users

    with ctx.open() as archive:
        Users(archive.conn).add(name, password, admin=admin, actor=archive.user)
    if ctx.json:
        ctx.emit({"name": name, "admin": admin})
    else:
        out.print(f"Added user {name}{' (site admin)' if admin else ''}.", highlight=False)


@user.command(name="list")
@pass_ctx
def user_list(ctx: Context) -> None:
    """List users, whether each is a site admin, and their role in each collection.

    Example: dossier user list --json
    """
    from .accounts.users import Users

    with ctx.open() as archive:
        rows = Users(archive.conn).list()
    if ctx.json:
        ctx.emit(rows)
        return
    table = Table("user", "admin", "roles", "created")
    for row in rows:
        roles = ", ".join(f"{c}: {r}" for c, r in sorted(row["roles"].items())) or "-"
        table.add_row(row["name"], "yes" if row["admin"] else "", roles, row["created_at"][:19])
    out.print(table)
    out.print(f"{len(rows)} users")


@user.command(name="grant")
@click.argument("name")
@click.argument("collection")
@click.argument("role", type=click.Choice(["owner", "editor", "viewer"]))
@pass_ctx
def user_grant(ctx: Context, name: str, collection: str, role: str) -> None:
    """Give a user a role in a collection (replacing their earlier role); written to the audit log.

    Example: dossier user grant bilal xinjiang-papers viewer
    """
    from .accounts.users import Users

    with ctx.open() as archive:
        Users(archive.conn).grant(name, collection, role, actor=archive.user)
    out.print(f"{name} is now {role} of {collection}.", highlight=False)


@user.command(name="revoke")
@click.argument("name")
@click.argument("collection")
@pass_ctx
def user_revoke(ctx: Context, name: str, collection: str) -> None:
    """Take away a user's role in a collection; written to the audit log.

    Example: dossier user revoke bilal xinjiang-papers
    """
    from .accounts.users import Users

    with ctx.open() as archive:
        Users(archive.conn).revoke(name, collection, actor=archive.user)
    out.print(f"{name} no longer has access to {collection}.", highlight=False)


# -- entities (issue 5): who a leak names, across scripts and collections -----------------

_ENTITY_TYPES = click.Choice(["person", "org", "place", "date", "id_number", "phone", "email", "url", "docno"])


@main.command()
@click.option("--collection", "-c", help="Only entities named in this collection.")
@click.option("--type", "kind", type=_ENTITY_TYPES, help="Only entities of this type.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Entities to list.")
@click.option("--extract", "run_extract", is_flag=True,
              help="First extract entities from read documents not yet done (resumable).")
@click.option("--force", is_flag=True, help="With --extract: extract again from every read document.")
@click.option("--suggest-redactions", "redact_doc", metavar="ID",
              help="List personal data on one document's pages to consider redacting, instead of listing entities.")
@click.option("--private", "private_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --suggest-redactions: file of private persons' names, one a line.")
@click.option("--ftm", "ftm_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the collection's entities as FollowTheMoney JSON lines (needs --collection).")
@pass_ctx
def entities(ctx: Context, collection: str | None, kind: str | None, limit: int, run_extract: bool, force: bool,
             redact_doc: str | None, private_file: Path | None, ftm_file: Path | None) -> None:
    """List the people, organisations, places and other entities the documents name, most mentioned first.

    Example: dossier entities --extract --collection xinjiang-papers --type person
    """
    from .entities.store import EntityStore

    with ctx.open() as archive:
        store = EntityStore(archive)
        if redact_doc:
            _suggest_redactions(ctx, archive, redact_doc, private_file)
            return
        if run_extract:
            summary = store.run(collection=collection, force=force).as_dict()
            if not ctx.json:
                out.print(f"Extracted {summary['mentions']} mentions from {summary['pages']} pages of "
                          f"{summary['documents']} documents; {summary['linked']} names linked across scripts.",
                          highlight=False)
        if ftm_file:
            if not collection:
                raise click.UsageError("--ftm needs --collection")
            from .entities.ftm import to_jsonl

            ftm_file.write_text(to_jsonl(store, collection), encoding="utf-8")
        rows = store.listing(collection, kind, limit)
    if ctx.json:
        ctx.emit(rows)
        return
    if ftm_file:
        out.print(f"Wrote FollowTheMoney entities to {ftm_file}", highlight=False)
    table = Table("id", "type", "name", "mentions", "documents", "other names")
    for row in rows:
        table.add_row(f"#{row['id']}", row["type"], row["name"], str(row["mentions"]), str(row["documents"]),
                      ", ".join(n for n in row["names"] if n != row["name"])[:80])
    out.print(table)


def _suggest_redactions(ctx: Context, archive: Archive, doc: str, private_file: Path | None) -> None:
    from .entities.redact import suggest

    doc_id = archive.resolve(doc)
    pages = [(r[0], r[1]) for r in archive.conn.execute("SELECT page, text FROM pages WHERE doc_id = ? ORDER BY page",
                                                        (doc_id,))]
    names = private_file.read_text(encoding="utf-8").splitlines() if private_file else []
    found = suggest(pages, names)
    if ctx.json:
        ctx.emit({"doc": doc_id, "suggestions": found})
        return
    table = Table("page", "offsets", "type", "text", "reason", title=f"Redaction suggestions for {doc_id}",
                  title_justify="left")
    for item in found:
        table.add_row(str(item["page"]), f"{item['start']}-{item['end']}", item["type"], item["text"], item["reason"])
    out.print(table)
    out.print(f"{len(found)} suggestions; nothing was changed.")


@main.command()
@click.argument("name")
@click.option("--type", "kind", type=_ENTITY_TYPES, help="The entity's type, when the name is ambiguous.")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a co-occurrence network picture (SVG) to this file.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Mentions to print.")
@pass_ctx
def entity(ctx: Context, name: str, kind: str | None, graph_file: Path | None, limit: int) -> None:
    """Show one entity: its names, every mention with a snippet, documents, co-occurring entities, dates.

    Example: dossier entity "Chen Quanguo" --graph chen.svg
    """
    from .entities.store import EntityStore

    with ctx.open() as archive:
        store = EntityStore(archive)
        page = store.page(store.one(name, kind))
    if graph_file:
        from .entities.graph import svg

        graph_file.write_text(svg(page, page["cooccurring"]), encoding="utf-8")
    if ctx.json:
        ctx.emit(page)
        return
    out.print(f"[bold]#{page['id']} {page['name']}[/] ({page['type']})", highlight=False)
    out.print(f"Names: {', '.join(page['names'])}", highlight=False)
    if page["links"]:  # how each name was joined, so a coarse link (transliteration) can be checked and split
        out.print("Linked: " + ", ".join(f"{name} ({how})" for name, how in page["links"].items()), highlight=False)
    out.print(f"{len(page['mentions'])} mentions in {len(page['documents'])} documents of "
              f"{', '.join(page['collections'])}; first dated {page['first_date'] or '-'}, "
              f"last dated {page['last_date'] or '-'}", highlight=False)
    table = Table("document", "page", "date", "snippet")
    for mention in page["mentions"][:limit]:
        table.add_row(mention["doc"][:12], str(mention["page"]), mention["date"] or "", mention["snippet"])
    out.print(table)
    if page["cooccurring"]:
        out.print("Named on the same pages: " + ", ".join(f"{c['name']} ({c['pages']})" for c in page["cooccurring"]),
                  highlight=False)
    if graph_file:
        out.print(f"Wrote the network picture to {graph_file}", highlight=False)


@main.command()
@click.argument("collection_a")
@click.argument("collection_b", required=False)
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.8, show_default=True,
              help="Lowest fuzzy match score to report.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the matches as CSV, or JSON when the name ends in .json.")
@pass_ctx
def xref(ctx: Context, collection_a: str, collection_b: str | None, min_score: float, output: Path | None) -> None:
    """Cross-reference collections: for each entity of A, the matching entities of B, scored and explained.

    Example: dossier xref china-cables karakax-list --output matches.csv
    """
    import csv
    import io

    from .entities.store import EntityStore
    from .entities.xref import collection_entities
    from .entities.xref import xref as cross

    with ctx.open() as archive:
        store = EntityStore(archive)
        known = {r[0] for r in archive.conn.execute("SELECT name FROM collections")}
        others = [collection_b] if collection_b else sorted(known - {collection_a})
        for name in [collection_a, *others]:
            if name not in known:
                raise DossierError(f"no collection named {name!r}; `dossier ls` lists the documents of each")
        a = collection_entities(store, collection_a)
        b = [e for other in others for e in collection_entities(store, other)]
        matches = [m.as_dict() for m in cross(a, b, min_score) if m.a.id != m.b.id or collection_b]
    if output:
        if output.suffix == ".json":
            output.write_text(json.dumps(matches, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, ["a_id", "a_name", "type", "b_id", "b_name", "score", "how", "why"],
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(matches)
            output.write_text(buffer.getvalue(), encoding="utf-8")
    if ctx.json:
        ctx.emit(matches)
        return
    table = Table("type", collection_a, collection_b or "others", "score", "how", "why")
    for match in matches:
        table.add_row(match["type"], match["a_name"], match["b_name"], f"{match['score']:.2f}", match["how"],
                      match["why"])
    out.print(table)
    out.print(f"{len(matches)} matches for {len(a)} names of {collection_a}.", highlight=False)


@main.command()
@click.argument("collection")
@click.option("--since", metavar="DATE", help="Only events on or after this ISO date (2017, 2017-03, 2017-03-01).")
@click.option("--until", metavar="DATE", help="Only events on or before this ISO date.")
@click.option("--grep", "query", metavar="TEXT", help="Only events whose sentence contains this text.")
@click.option("--sort", type=click.Choice(["date", "document"]), default="date", show_default=True,
              help="Order of the events.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the events as CSV.")
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Draw the events on a time axis (SVG or PNG by the file's suffix).")
@pass_ctx
def timeline(ctx: Context, collection: str, since: str | None, until: str | None, query: str | None, sort: str,
             csv_file: Path | None, plot_file: Path | None) -> None:
    """List every dated event of a collection: documents' own dates and dates in the text with their sentence.

    Example: dossier timeline xinjiang-papers --since 2017 --csv events.csv --plot events.svg
    """
    from .entities import timeline as tl

    with ctx.open() as archive:
        found = tl.events(archive.conn, collection, since, until, query, sort)
    if csv_file:
        csv_file.write_text(tl.to_csv(found), encoding="utf-8")
    if plot_file:
        tl.plot(found, plot_file, title=f"{collection}: {len(found)} dated events")
    if ctx.json:
        ctx.emit(found)
        return
    table = Table("date", "document", "page", "sentence")
    for event in found:
        table.add_row(event["date"], event["path"], str(event["page"] or ""), event["sentence"])
    out.print(table)
    out.print(f"{len(found)} dated events.", highlight=False)


@main.command()
@click.argument("names", nargs=-1)
@click.option("--file", "alias_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read alias groups from a file: one group a line, names separated by tabs or ' = '.")
@click.option("--merge", is_flag=True, help="Merge the entities the other NAMES mean into the first one.")
@click.option("--split", "split_name", metavar="NAME", help="Take this name out of the entity NAME means.")
@pass_ctx
def alias(ctx: Context, names: tuple[str, ...], alias_file: Path | None, merge: bool, split_name: str | None) -> None:
    """Record that names mean the same entity (logged in the custody log), or merge and split entities.

    Example: dossier alias 陈全国 "Chen Quanguo" "Secretary Chen"
    """
    from .entities.aliases import AliasList
    from .entities.store import EntityStore

    with ctx.open() as archive:
        store = EntityStore(archive)
        if split_name:
            if len(names) != 1:
                raise click.UsageError("--split needs exactly one entity NAME")
            moved, seq = store.split(store.one(names[0]), split_name)
            data: dict[str, Any] = {"split": moved, "name": split_name, "custody_seq": seq}
            message = f"Split {split_name!r} off as entity #{moved} (custody entry {seq})."
        elif merge:
            if len(names) < 2:
                raise click.UsageError("--merge needs two or more NAMES")
            target = store.one(names[0])
            others = [store.one(n) for n in names[1:]]
            seq = store.merge(target, others)
            data = {"merged_into": target, "merged": others, "custody_seq": seq}
            message = f"Merged {len(others)} entities into #{target} {store.label(target)} (custody entry {seq})."
        else:
            groups = AliasList.parse(alias_file.read_text(encoding="utf-8")) if alias_file else AliasList()
            if names:
                if len(names) < 2:
                    raise click.UsageError("give a name and at least one alias, or --file")
                groups.groups.append(list(names))
            if not groups.groups:
                raise click.UsageError("give NAMES or --file")
            added, seq = store.add_aliases(groups)
            data = {"aliases": added, "custody_seq": seq}
            message = f"Recorded {added} aliases (custody entry {seq})."
        archive.sign_checkpoint()
    if ctx.json:
        ctx.emit(data)
    else:
        out.print(message, highlight=False)

if __name__ == "__main__":  # pragma: no cover
    main()
