"""The one error the ingest step raises (or yields, from ``iter_sources``)."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file that cannot become a Document, and why, in words a user can act on.

    ``str(error)`` is ``"<path>: <reason>"`` so that a batch can print it as is.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # picklable across worker processes (pipeline may use them)
        return (type(self), (self.path, self.reason))
