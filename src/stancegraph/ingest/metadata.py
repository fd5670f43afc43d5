"""Document metadata given by the user: a sidecar ``<file>.meta.json`` and/or arguments.

A sidecar is a JSON object with any of the keys ``speaker``, ``role``, ``party``, ``date``,
``source_url``, ``title`` (strings or null), e.g. for ``interview.txt`` either
``interview.txt.meta.json`` or ``interview.meta.json``::

    {"speaker": "Claire Dumontel", "party": "PS", "date": "2011-03-12",
     "source_url": "https://example.org/entretien"}

Values given to ``read_document(meta=...)`` (the CLI options) win over the sidecar's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import IngestError

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 1_000_000


@dataclass(frozen=True)
class Metadata:
    speaker: str | None = None
    role: str | None = None
    party: str | None = None
    date: str | None = None
    source_url: str | None = None
    title: str | None = None

    def merged(self, override: Metadata | None) -> Metadata:
        """This metadata with every field that ``override`` sets replaced by its value."""
        if override is None:
            return self
        changes = {f.name: getattr(override, f.name) for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def sidecar_for(path: Path) -> Path | None:
    """The sidecar of ``path`` if one exists: ``<file>.meta.json`` first, then ``<stem>.meta.json``."""
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def load_sidecar(path: Path, sidecar: Path) -> Metadata:
    """Parse ``sidecar``; errors name the document ``path`` and the sidecar's file name."""
    where = f"sidecar {sidecar.name}"
    try:
        raw = sidecar.read_bytes()[: MAX_SIDECAR_BYTES + 1]
    except OSError as exc:
        raise IngestError(path, f"{where}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_SIDECAR_BYTES:
        raise IngestError(path, f"{where}: over {MAX_SIDECAR_BYTES // 1000} kB, not a metadata file")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IngestError(path, f"{where}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise IngestError(
            path, f"{where}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    return metadata_from_mapping(data, path, where)


def metadata_from_mapping(data: object, path: Path, where: str) -> Metadata:
    """Check a mapping of metadata keys (sidecar or JSON questionnaire header)."""
    if not isinstance(data, dict):
        raise IngestError(path, f"{where}: expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(Metadata.keys()))
    if unknown:
        raise IngestError(
            path, f"{where}: unknown key {unknown[0]!r} (known: {', '.join(Metadata.keys())})"
        )
    values = {}
    for key, value in data.items():
        if value is not None and not isinstance(value, str):
            raise IngestError(path, f"{where}: {key!r} must be a string, got {type(value).__name__}")
        values[key] = value.strip() if isinstance(value, str) and value.strip() else None
    return Metadata(**values)
