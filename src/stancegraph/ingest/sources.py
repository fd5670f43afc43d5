"""Paths given by the user -> the documents to read, lazily, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .metadata import is_sidecar


@dataclass(frozen=True)
class Source:
    """A file to read and its stable document name (``key``, posix-style)."""

    path: Path
    key: str


def iter_sources(paths: Iterable[Path | str]) -> Iterator[Source | IngestError]:
    """Files under ``paths``, in sorted order, each with its key.

    A file given directly is yielded as is (key: its base name). A folder is walked
    recursively (key: the path relative to it); hidden entries and ``*.meta.json`` sidecars
    are skipped, symbolic links to folders are followed once (a link back to a folder being
    walked is skipped, so loops end), and an entry that cannot be read is yielded as an
    IngestError so that the caller can report it and go on.
    """
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path, path, {})
                continue
            if not path.exists():
                reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
                yield IngestError(path, reason)
                continue
        except OSError as exc:
            yield IngestError(path, f"cannot access ({exc.strerror or exc})")
            continue
        yield _check_file(path, path.name)


def _walk(root: Path, folder: Path, seen: dict[tuple[int, int], Path]) -> Iterator[Source | IngestError]:
    # ``seen`` maps the (device, inode) of every folder walked so far, i.e. its real
    # identity, to the path it was first walked under: a symbolic link leading back to an
    # ancestor (a loop) or to a folder already read is skipped, so each file is read once
    # and the walk ends.
    try:
        st = folder.stat()
        ident = (st.st_dev, st.st_ino)
        if ident in seen:
            first = seen[ident]
            what = "symbolic link loop" if folder.is_relative_to(first) else "symbolic link"
            yield IngestError(folder, f"{what} to a folder already read ({first}), skipped")
            return
        seen[ident] = folder
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(folder, f"cannot list folder ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
            is_file = entry.is_file()
        except OSError as exc:
            yield IngestError(path, f"cannot access ({exc.strerror or exc})")
            continue
        if is_dir:
            yield from _walk(root, path, seen)
        elif is_sidecar(path):
            continue
        elif entry.is_symlink() and not os.path.exists(path):
            yield IngestError(path, "broken symbolic link")
        else:
            yield _check_file(path, path.relative_to(root).as_posix()) if is_file else IngestError(
                path, "not a regular file"
            )


def _check_file(path: Path, key: str) -> Source | IngestError:
    if not os.access(path, os.R_OK):
        return IngestError(path, "cannot read (permission denied)")
    return Source(path=path, key=key)
