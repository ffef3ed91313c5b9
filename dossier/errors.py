"""The dossier error family.

A problem with one document (corrupt, encrypted, hostile) is a ``DataError``: the ingest
records it on that document and goes on. A problem with the installation or the archive
itself is a ``ConfigError`` or ``ArchiveError`` and stops the command. ``IntegrityError``
means evidence no longer matches its record: the most serious thing dossier can say.
"""

from __future__ import annotations


class DossierError(Exception):
    """Base class: a message meant for the person at the keyboard."""

    exit_code = 1


class ConfigError(DossierError):
    """A setting or the installation is wrong; the message names the key and value."""


class ArchiveError(DossierError):
    """The archive folder is missing, unreadable or not a dossier archive."""


class DataError(DossierError):
    """One document cannot be read as what it claims to be."""


class LimitError(DataError):
    """A container exceeded an unpacking limit (size, ratio, member count, depth)."""


class IntegrityError(DossierError):
    """Stored evidence or its log does not match what was recorded."""

    exit_code = 3
