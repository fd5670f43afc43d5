"""Drive Debian's headless Chromium without extra packages: --dump-dom + --screenshot.

One Chromium process per page load, with a fresh profile, background traffic off and
every host name unresolvable (a proxy on a closed port catches the rest), so a page that
tries to fetch anything gets nothing. ``--virtual-time-budget`` lets the page's timers run
(vis-network lays out in setTimeout batches) before the DOM is dumped; the stancegraph
page writes its state and counts as data-* attributes on <body> when it is laid out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM = Path(os.environ.get("STANCEGRAPH_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).parent / "artifacts"

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--hide-scrollbars",
    # Network off: no name resolves, and anything that bypasses DNS hits a closed port.
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def available() -> bool:
    return CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)


class _Attrs(HTMLParser):
    """Attributes of the first <html> and <body> tags of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html: dict[str, str] = {}
        self.body: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and not self.html:
            self.html = {k: v or "" for k, v in attrs}
        elif tag == "body" and not self.body:
            self.body = {k: v or "" for k, v in attrs}


@dataclass
class Page:
    dom: str
    html_attrs: dict[str, str]
    body: dict[str, str]
    screenshot: Path | None
    seconds: float
    stderr: str

    def count(self, name: str) -> int:
        return int(self.body[f"data-{name}"])


def load(
    path: Path,
    *,
    fragment: str = "",
    screenshot: Path | None = None,
    budget_ms: int = 30000,
    window: tuple[int, int] = (1280, 800),
    timeout: float = 180,
) -> Page:
    """Open ``path`` (file:// URL, plus ``#fragment``), let it settle, dump the DOM.

    ``screenshot`` (a .png path) is taken in the same run. Raises RuntimeError with
    Chromium's stderr tail when it fails.
    """
    if not available():
        raise RuntimeError(f"{CHROMIUM} not found: install Debian's chromium package")
    url = Path(path).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    profile = tempfile.mkdtemp(prefix="sg-chromium-")
    cmd = [
        str(CHROMIUM),
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--window-size={window[0]},{window[1]}",
        f"--virtual-time-budget={budget_ms}",
        "--dump-dom",
    ]
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        cmd.append(f"--screenshot={screenshot}")
    cmd.append(url)
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "LANG": "C.UTF-8"})
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or "<body" not in proc.stdout:
        tail = "\n".join(proc.stderr.splitlines()[-15:])
        raise RuntimeError(f"chromium failed on {url} (exit {proc.returncode}):\n{tail}")
    parser = _Attrs()
    parser.feed(proc.stdout)
    return Page(proc.stdout, parser.html, parser.body, screenshot, seconds, proc.stderr)


def ink(png: Path, box: tuple[int, int, int, int] | None = None) -> int:
    """Number of pixels in ``box`` (left, top, right, bottom) that are not near-white."""
    from PIL import Image

    with Image.open(png) as im:
        gray = im.convert("L")
        if box is not None:
            gray = gray.crop(box)
        return sum(count for value, count in enumerate(gray.histogram()) if value < 235)
