"""Bytes on disk -> text: size limit, binary sniffing, encoding detection.

Order matters: the size is checked from ``stat`` before anything is read, binary formats are
recognised by their magic bytes before any decoding is tried, and only then is the text
decoded (BOM first, then strict UTF-8, then a Western single-byte code page chosen by
charset-normalizer).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .errors import IngestError

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: a long transcript is ~1 MB; more is a wrong file

# Magic bytes of files users drop into a corpus folder by mistake -> the name we report.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (or DOCX/ODT/XLSX)"),
    (b"PK\x05\x06", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"{\\rtf", "RTF"),
    (b"ID3", "MP3"),
    (b"OggS", "Ogg"),
    (b"RIFF", "RIFF (WAV/AVI/WebP)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Single-byte encodings a French text file plausibly uses when it is not UTF-8.
_WESTERN = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
# C0/C1 control characters other than layout ones (tab, newlines, form feed), and U+FFFD.
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def format_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB".replace(".0 MB", " MB")
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB".replace(".0 kB", " kB")
    return f"{n} bytes"


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing non-regular files and files over ``max_bytes``
    without reading them (a FIFO would block, a huge file would fill memory)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise IngestError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(path, "not a regular file")
    if st.st_size > max_bytes:
        raise IngestError(
            path, f"file is {format_size(st.st_size)}, over the {format_size(max_bytes)} limit"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise IngestError(path, f"file is over the {format_size(max_bytes)} limit")
    return data


def sniff_binary(data: bytes) -> str | None:
    """A name for the binary format ``data`` looks like, or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NUL bytes by design
    if b"\x00" in data[:65536]:
        return "contains NUL bytes"
    return None


def decode(path: Path, data: bytes) -> str:
    """Decode ``data`` to text (BOM stripped), or raise IngestError."""
    if not data:
        raise IngestError(path, "empty file")
    kind = sniff_binary(data)
    if kind is not None:
        looks = kind if kind.startswith("contains") else f"looks like {kind}"
        raise IngestError(path, f"binary file ({looks})")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    path, f"undecodable bytes ({encoding} byte order mark, bad byte at {exc.start + len(bom)})"
                ) from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_single_byte(data)
            if text is None:
                raise IngestError(
                    path, "undecodable bytes (neither UTF-8, UTF-16 nor a Western code page such as cp1252)"
                ) from None
    if not text.strip():
        raise IngestError(path, "empty file")
    bad = _count_bad_characters(text)
    if bad > max(2, len(text) // 100):
        raise IngestError(
            path, f"undecodable bytes ({bad} control characters in {len(text)}: not a text file)"
        )
    return text


def _decode_single_byte(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported on use: no work at import time

    best = from_bytes(data, cp_isolation=_WESTERN).best()
    if best is not None:
        # latin-1 maps 0x80-0x9F to control characters where cp1252 has ’ « œ € …: French
        # files that decode as cp1252 are cp1252.
        encodings = ["cp1252", best.encoding] if best.encoding == "latin_1" else [best.encoding]
        for encoding in encodings:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    try:  # charset-normalizer gives up on short or odd inputs; cp1252 is the usual culprit
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _count_bad_characters(text: str) -> int:
    # Control characters never occur in real prose: many of them mean the bytes were not
    # text in the encoding we chose.
    return len(_BAD_CHARACTERS.findall(text))
