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


class DevTools:
    """A page in a live headless Chromium, driven over the DevTools protocol.

    For what --dump-dom cannot do (hovering with the mouse). The WebSocket client is
    tornado's, which the notebook dependencies (ipykernel) already install. Use as a
    context manager; the Chromium process and its profile are removed on exit.
    """

    def __init__(self, path: Path, *, window: tuple[int, int] = (1280, 800), timeout: float = 60):
        import asyncio
        import json
        import urllib.request

        from tornado.websocket import websocket_connect

        self._json = json
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="sg-chromium-")
        self.proc = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0",
             f"--window-size={window[0]},{window[1]}", Path(path).resolve().as_uri()],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.loop = asyncio.new_event_loop()
        self._id = 0
        try:
            port_file = Path(self.profile) / "DevToolsActivePort"
            deadline = time.monotonic() + timeout
            while not (port_file.exists() and port_file.read_text().strip()):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("chromium did not open its DevTools port")
                time.sleep(0.05)
            port = port_file.read_text().split()[0]
            # The DevTools HTTP endpoint is on loopback: the proxy flag does not apply to it here.
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=10) as r:
                targets = json.load(r)
            url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
            async def connect():  # tornado binds futures to the running loop: create them inside it
                return await websocket_connect(url, max_message_size=64 * 2**20)

            self.ws = self.loop.run_until_complete(connect())
        except BaseException:
            self.close()
            raise

    def call(self, method: str, **params):
        self._id += 1
        self.loop.run_until_complete(self._write(self._json.dumps({"id": self._id, "method": method, "params": params})))
        while True:
            msg = self.loop.run_until_complete(self._read())
            if msg is None:
                raise RuntimeError("chromium closed the DevTools connection")
            data = self._json.loads(msg)
            if data.get("id") == self._id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data["result"]

    async def _write(self, message: str) -> None:
        await self.ws.write_message(message)

    async def _read(self):
        return await self.ws.read_message()

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"page never satisfied {expression!r}")
            time.sleep(0.1)

    def navigate(self, path: Path) -> None:
        """Open another file in the same tab (returns once the navigation has started)."""
        self.call("Page.navigate", url=Path(path).resolve().as_uri())

    def mouse_move(self, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.loop.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "DevTools":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
