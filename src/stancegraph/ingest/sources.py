"""Paths given by the user -> the documents to read, lazily, in a stable order.

A folder holds more than documents (a README, a licence, scripts, spreadsheets, gold files),
so a folder walk keeps only files whose extension is a document type (``DOCUMENT_SUFFIXES``,
case-insensitive) and leaves out project files named README*, LICENSE*...
(``NOT_DOCUMENT_NAMES``). A file named on the command line is always read: the user chose it,
and the reader sniffs what it holds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .metadata import is_sidecar


# The formats read_document reads (see the package docstring); ".mdown" and ".ndjson" are
# spellings of Markdown and JSON lines that the reader also accepts.
DOCUMENT_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"}
)
# Files that come with a corpus but are about it, not part of it ("README.md", "LICENSE.txt").
NOT_DOCUMENT_NAMES = re.compile(r"(?:readme|licen[cs]e|copying|changelog)(?:[._-].*)?", re.IGNORECASE)
SKIP_REASON = "not a document type"

SkipCallback = Callable[[Path, str], None]


def is_document_file(path: Path) -> bool:
    """Whether a folder walk reads ``path`` (by its name only)."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES and not NOT_DOCUMENT_NAMES.fullmatch(path.name)


@dataclass(frozen=True)
class Source:
    """A file to read and its stable document name (``key``, posix-style)."""

    path: Path
    key: str


def iter_sources(
    paths: Iterable[Path | str], *, on_skip: SkipCallback | None = None
) -> Iterator[Source | IngestError]:
    """Files under ``paths``, in sorted order, each with its key.

    A file given directly is yielded as is, whatever its extension (key: its base name). A
    folder is walked recursively (key: the path relative to it); hidden entries and
    ``*.meta.json`` sidecars are left out silently, files that are not documents (see
    ``is_document_file``) are left out and reported to ``on_skip(path, reason)`` so that the
    caller can count them ("3 files skipped (not a document type)"), symbolic links to
    folders are followed once (a link back to a folder being walked is skipped, so loops
    end), and an entry that cannot be read is yielded as an IngestError so that the caller
    can report it and go on.
    """
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path, on_skip)
                continue
            if not path.exists():
                reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
                yield IngestError(path, reason)
                continue
        except OSError as exc:
            yield IngestError(path, f"cannot access ({exc.strerror or exc})")
            continue
        yield _check_file(path, path.name)


def _walk(root: Path, on_skip: SkipCallback | None) -> Iterator[Source | IngestError]:
    # Depth-first in sorted order, with an explicit stack rather than recursion, so a tree
    # thousands of folders deep cannot exhaust Python's recursion limit.
    seen: dict[tuple[int, int], Path] = {}
    stack: list[Iterator[os.DirEntry | IngestError]] = [_list_folder(root, seen)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        if isinstance(item, IngestError):
            yield item
            continue
        entry = item
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
            stack.append(_list_folder(path, seen))
        elif is_sidecar(path):
            continue
        elif not is_document_file(path):
            if on_skip is not None:
                on_skip(path, SKIP_REASON)
        elif entry.is_symlink() and not os.path.exists(path):
            yield IngestError(path, "broken symbolic link")
        else:
            yield _check_file(path, path.relative_to(root).as_posix()) if is_file else IngestError(
                path, "not a regular file"
            )


def _list_folder(folder: Path, seen: dict[tuple[int, int], Path]) -> Iterator[os.DirEntry | IngestError]:
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
            return iter([IngestError(folder, f"{what} to a folder already read ({first}), skipped")])
        seen[ident] = folder
        with os.scandir(folder) as it:
            return iter(sorted(it, key=lambda e: e.name))
    except OSError as exc:
        return iter([IngestError(folder, f"cannot list folder ({exc.strerror or exc})")])


def _check_file(path: Path, key: str) -> Source | IngestError:
    if not os.access(path, os.R_OK):
        return IngestError(path, "cannot read (permission denied)")
    return Source(path=path, key=key)
