"""Write the bad-input corpus whose bytes are awkward to edit by hand.

Run ``python tests/bad_inputs/make.py`` to (re)write them beside this script; the tests call
``make(folder)`` into a temporary folder and check that the committed files are the same
bytes, so the corpus cannot drift from this description of it.

The symbolic link loop, the unreadable file and the huge (sparse) file are made by the tests
themselves at run time: git keeps neither permissions nor loops well, and a 20 MB file has
no place in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

FRENCH = (
    "Entretien avec Claire Dumontel, députée (PS) de la Sarthe\n"
    "Faut-il abroger la loi Hadopi ?\n"
    "Oui, c’était une erreur : « la riposte graduée » n’a rien rapporté aux œuvres.\n"
    "Et la neutralité du Net ?\n"
    "Elle doit être inscrite dans la loi, à 100 %.\n"
)

FILES: dict[str, bytes] = {
    # French text in the Windows code page (’ « » œ are bytes 0x92 0xAB 0xBB 0x9C there).
    "cp1252.txt": FRENCH.encode("cp1252"),
    # UTF-8 with a byte order mark, which must not end up in Document.text.
    "utf8-bom.txt": b"\xef\xbb\xbf" + FRENCH.encode("utf-8"),
    # UTF-16 little-endian with its byte order mark (NUL bytes everywhere, yet text).
    "utf16.txt": FRENCH.encode("utf-16"),
    # A PDF saved with a .txt name.
    "binary.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    # NUL bytes without a byte order mark: not text.
    "nul-bytes.txt": b"Bonjour\x00\x00\x00\x01\x02 le monde\x00\n",
    # High bytes that are neither UTF-8 nor a Western code page's text (C1 controls).
    "undecodable.txt": bytes(b for _ in range(8) for b in range(0x80, 0xA0)) + b"\n",
}


def make(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in FILES.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for path in make(target):
        print(path)
