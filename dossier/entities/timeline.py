"""A collection's timeline: every dated event, from document metadata and dates in the text."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from .store import document_date


def events(conn: Any, collection: str, since: str | None = None, until: str | None = None,
           query: str | None = None, sort: str = "date") -> list[dict[str, Any]]:
    """Return dated events of a collection: {date, precision, kind, doc, page, text, sentence}."""
    found: list[dict[str, Any]] = []
    docs = conn.execute("SELECT id, path FROM documents WHERE collection = ?", (collection,)).fetchall()
    paths = {d[0]: d[1] for d in docs}
    for doc_id, path in docs:
        own = document_date(conn, doc_id)
        if own:
            found.append({"date": own, "precision": "day", "kind": "document", "doc": doc_id, "path": path,
                          "page": None, "text": own, "sentence": f"date of the document {path}"})
    rows = conn.execute(
        "SELECT m.doc_id, m.page, m.start, m.end, m.text, m.value, m.detail, p.text AS page_text FROM mentions m "
        "JOIN documents d ON d.id = m.doc_id JOIN pages p ON p.doc_id = m.doc_id AND p.page = m.page "
        "WHERE d.collection = ? AND m.type = 'date'", (collection,)).fetchall()
    for row in rows:
        value = row["value"]
        # A decade (20世纪60年代) is stored as its first year; its detail says it is a decade.
        precision = json.loads(row["detail"] or "{}").get("precision") or {4: "year", 7: "month"}.get(len(value), "day")
        found.append({"date": value, "precision": precision, "kind": "text",
                      "doc": row["doc_id"], "path": paths[row["doc_id"]], "page": row["page"], "text": row["text"],
                      "sentence": sentence(row["page_text"], row["start"], row["end"])})
    if since:
        found = [e for e in found if e["date"] >= since]
    if until:
        found = [e for e in found if e["date"][:len(until)] <= until]
    if query:
        found = [e for e in found if query in e["sentence"]]
    keys = {"date": lambda e: (e["date"], e["doc"], e["page"] or 0), "document": lambda e: (e["path"], e["date"])}
    return sorted(found, key=keys[sort])


_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.\s")


def sentence(text: str, start: int, end: int, limit: int = 200) -> str:
    """Return the sentence around [start, end) of a page, at most `limit` characters."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - limit), start)), default=max(0, start - limit))
    right_match = _SENTENCE_END.search(text, end, end + limit)
    right = right_match.end() if right_match else min(len(text), end + limit)
    return re.sub(r"\s+", " ", text[left:right]).strip()


def to_csv(found: list[dict[str, Any]]) -> str:
    """Return events as CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["date", "precision", "kind", "doc", "path", "page", "text", "sentence"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(found)
    return buffer.getvalue()


def plot(found: list[dict[str, Any]], path: Any, title: str = "") -> None:
    """Draw events on a time axis (SVG or PNG, by file suffix) with matplotlib."""
    import datetime

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = []
    for event in found:
        value = event["date"] + "-01-01"[len(event["date"]) - 4:] if len(event["date"]) < 10 else event["date"]
        points.append((datetime.date.fromisoformat(value), event))
    fig, ax = plt.subplots(figsize=(10, 3))
    levels = [(i % 5) + 1 for i in range(len(points))]
    ax.vlines([p[0] for p in points], 0, levels, color="tab:gray", linewidth=0.6)
    ax.plot([p[0] for p in points], [0] * len(points), "o", color="tab:red", markersize=3)
    for (when, event), level in zip(points[:60], levels):
        ax.annotate(event["date"], (when, level), fontsize=6, ha="center", va="bottom")
    ax.get_yaxis().set_visible(False)
    for side in ("left", "top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title or f"{len(points)} dated events")
    fig.autofmt_xdate()
    fig.savefig(path, metadata={"Date": None} if str(path).endswith(".svg") else None)
    plt.close(fig)
