"""A small co-occurrence network picture, as hand-written SVG (no font or plotting library needed)."""

from __future__ import annotations

import math
from typing import Any
from xml.sax.saxutils import escape

COLOURS = {"person": "#c0392b", "org": "#2471a3", "place": "#1e8449"}


def svg(centre: dict[str, Any], others: list[dict[str, Any]], size: int = 600) -> str:
    """Return an SVG drawing the entity in the middle and its co-occurring entities around it."""
    mid = size / 2
    radius = size / 2 - 90
    widest = max([o["pages"] for o in others] or [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
             f'font-family="Noto Sans CJK SC, Noto Sans, sans-serif" font-size="12">',
             f'<rect width="{size}" height="{size}" fill="white"/>']
    nodes = []
    for i, other in enumerate(others):
        angle = 2 * math.pi * i / max(1, len(others))
        x, y = mid + radius * math.cos(angle), mid + radius * math.sin(angle)
        width = 1 + 5 * other["pages"] / widest
        parts.append(f'<line x1="{mid:.1f}" y1="{mid:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#999" '
                     f'stroke-width="{width:.1f}"><title>{other["pages"]} pages together</title></line>')
        nodes.append((x, y, other))
    for x, y, other in nodes:
        colour = COLOURS.get(other.get("type", ""), "#555")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}"/>')
        parts.append(f'<text x="{x:.1f}" y="{y + 20:.1f}" text-anchor="middle">{escape(other["name"])} '
                     f'({other["pages"]})</text>')
    colour = COLOURS.get(centre.get("type", ""), "#555")
    parts.append(f'<circle cx="{mid}" cy="{mid}" r="12" fill="{colour}"/>')
    parts.append(f'<text x="{mid}" y="{mid + 28}" text-anchor="middle" font-weight="bold">'
                 f'{escape(centre["name"])}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
