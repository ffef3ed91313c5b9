"""Every setting, declared once: name, default, help.

A setting ``max_depth`` is read from the environment variable ``DOSSIER_MAX_DEPTH``;
command-line options override it. ``docs/settings.md`` documents each one and a test
checks that the two agree.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import Any, Callable

from .errors import ConfigError


@dataclasses.dataclass(frozen=True)
class Setting:
    """One named setting with its default and help text."""

    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        """The environment variable that sets it."""
        return "DOSSIER_" + self.name.upper()


def _size(text: str) -> int:
    """Parse '10G', '512M', '64k' or a plain byte count."""
    text = text.strip().upper().removesuffix("B")
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def _names(text: str) -> str:
    """Parse a comma-separated list of lower-case names ('chi_sim, uig') into 'chi_sim,uig'."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names):
        raise ValueError(text)
    return ",".join(names)


def _english_ner(text: str) -> str:
    """Parse 'model' or 'rules'."""
    value = text.strip().lower()
    if value not in ("model", "rules"):
        raise ValueError(text)
    return value


def _flag(text: str) -> bool:
    """Parse 1/0, true/false, yes/no, on/off."""
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(text)


SETTINGS: tuple[Setting, ...] = (
    Setting("archive", "./dossier-archive", "Archive folder used when --archive is not given."),
    Setting("user", "", "Name recorded in the custody log as the actor; defaults to the login name."),
    Setting("workers", 2, "Threads that hash and store files in parallel during ingest and verify.", int),
    Setting("max_expanded_bytes", 20 << 30,
            "Most bytes unpacked from one top-level container, all nesting levels together "
            "(accepts K/M/G suffixes).", _size),
    Setting("max_ratio", 200,
            "Largest allowed ratio of unpacked bytes to packed bytes for a container once it has "
            "unpacked more than 16 MiB (zip bomb guard).", int),
    Setting("max_members", 200_000, "Most members unpacked from one top-level container.", int),
    Setting("max_depth", 8, "Deepest nesting of containers inside containers that is unpacked.", int),
    Setting("extract_timeout", 300.0, "Seconds one document may take to read (OCR included) before its "
            "worker is stopped and the document marked failed.", float),
    Setting("extract_timeout_per_mib", 300.0, "Extra seconds allowed per MiB of a document, so that a long "
            "scanned PDF (10-50 s of OCR a page) is not stopped like a hung parser.", float),
    Setting("extract_memory", 3 << 30, "Address space each extraction worker process may add to what it "
            "starts with (accepts K/M/G suffixes).", _size),
    Setting("ocr_engines", "rapidocr,tesseract",
            "OCR engines for pages without a usable text layer, comma-separated: rapidocr (Chinese and "
            "Latin) and tesseract (Uyghur, Latin); none turns OCR off.", _names),
    Setting("ocr_langs", "uig,eng,chi_sim",
            "Tesseract language packs, comma-separated: uig for Uyghur, Latin-script packs such as eng "
            "for Latin pages, chi_sim/chi_tra for Chinese when rapidocr is off or misses a line.", _names),
    Setting("render_pages", True, "Render each PDF and image page to a PNG with a thumbnail for the viewer "
            "(1 or 0).", _flag),
    Setting("checkpoint_every", 10_000,
            "Custody entries between signed checkpoints during a long ingest "
            "(one is always signed at the end).", int),
    Setting("web_secure_cookies", True, "Mark web session cookies Secure (sent over HTTPS only); 0 for plain "
            "http on localhost.", _flag),
    Setting("web_session_hours", 12.0, "Hours a web log-in lasts before the user signs in again.", float),
    Setting("web_login_attempts", 5, "Failed log-ins allowed per user name in 15 minutes before further "
            "attempts are refused (four times as many per address, for newsrooms behind one NAT).", int),
    Setting("entity_workers", 2, "Processes that extract entities in parallel during `dossier entities --extract` "
            "(1 reads in the command's own process).", int),
    Setting("english_ner", "model", "English names: model (spaCy's en_core_web_sm with rules first) or rules "
            "(the rules alone: faster, lower recall).", _english_ner),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """Return a setting: the override if given, else its environment variable, else the default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise ConfigError(
            f"{setting.env} has value {raw!r}; expected {type(setting.default).__name__} "
            f"like {setting.default!r}"
        ) from exc


def limits(**overrides: Any) -> dict[str, Any]:
    """Return the unpacking limits, with any non-None overrides applied."""
    names = ("max_expanded_bytes", "max_ratio", "max_members", "max_depth")
    return {n: get(n, overrides.get(n)) for n in names}
