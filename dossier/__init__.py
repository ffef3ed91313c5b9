"""dossier: an evidence archive for leaked documents.

Python API::

    from dossier import Archive
    archive = Archive.init("leak-archive")
    summary = archive.ingest(["files/"], collection="papers")
    report = archive.verify()
"""

__version__ = "0.1.0"

from .archive import Archive  # noqa: E402
from .errors import (  # noqa: E402
    ArchiveError,
    ConfigError,
    DataError,
    DossierError,
    IntegrityError,
    LimitError,
)

__all__ = [
    "Archive",
    "ArchiveError",
    "ConfigError",
    "DataError",
    "DossierError",
    "IntegrityError",
    "LimitError",
    "__version__",
]
