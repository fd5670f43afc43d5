"""Serve a store over the SPARQL 1.1 Protocol with Oxigraph's own server binary.

``stancegraph serve`` runs ``oxigraph serve-read-only`` (or ``oxigraph serve`` with
``--allow-update``) from the ``oxigraph`` PyPI package on the store folder, with the union of
the named graphs as default graph (as the embedded store queries it) and a query timeout.
Endpoints: ``/query`` (SPARQL query), ``/update`` and ``/store`` (SPARQL update and Graph
Store Protocol, with ``--allow-update`` only).

What the binary offers and what it does not (oxigraph 0.5): ``--timeout-s`` bounds query
time; there is no result-size limit and no way to turn off ``SERVICE`` federation, which
lets a query make the server fetch any URL it can reach. So by default a small guard in
this process listens on ``host:port`` and forwards requests to the binary on a private
loopback port, answering 400 instead of a response over ``max_result_bytes`` (responses
are buffered up to that size, then sent whole), answering 504 when a query runs past the
timeout (and restarting the binary then: oxigraph 0.5 keeps some queries, a sort or a big
join, running past ``--timeout-s``, burning a CPU), and refusing every query or update that
mentions ``SERVICE`` (a plain word
check, outside and inside literals alike: simple, so that no quoting trick gets through; a
query that merely contains the word, e.g. ``"service public"``, is refused too and can be
run with ``stancegraph sparql`` instead).

Loopback (127.0.0.1) by default: another host must be asked for with ``--host``.
A store folder is locked by the process that opened it read-write; the CLI closes its own
store before starting the server, and ``serve-read-only`` can run beside other readers.
"""

from __future__ import annotations

import http.client
import http.server
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from .store import DEFAULT_PATH


class ServeError(Exception):
    """The server could not be started (no binary, no store, port taken, store locked...)."""


_SERVICE = re.compile(r"\bservice\b", re.IGNORECASE)
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
               "proxy-authorization", "proxy-authenticate", "host", "content-length"}
MAX_REQUEST_BYTES = 64 * 1024 * 1024  # a query or an update body; bigger loads: `oxigraph load`
# A response bigger than this is refused (400) rather than sent: one careless
# `SELECT * WHERE { ?s ?p ?o }` on a big store would otherwise stream gigabytes.
DEFAULT_MAX_RESULT_BYTES = 100 * 1024 * 1024
_CANCELLED = b"The SPARQL operation has been cancelled"  # what oxigraph 0.5 writes on timeout


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` executable installed by the ``oxigraph`` PyPI package."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    for candidate in (str(beside_python), shutil.which("oxigraph")):
        if candidate and os.access(candidate, os.X_OK) and Path(candidate).is_file():
            return candidate
    raise ServeError("the oxigraph server binary was not found: pip install 'oxigraph>=0.5,<0.6'")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` right now (for tests and the guard's private port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> str:
    return f"[{host.strip('[]')}]:{port}" if ":" in host else f"{host}:{port}"


def mentions_service(text: str) -> bool:
    """True if a query or update contains the word SERVICE anywhere (see module docstring)."""
    return bool(_SERVICE.search(text))


@dataclass
class Server:
    """A running Oxigraph server (and its guard). ``url`` is what clients use, e.g. as a
    store URL: ``open_store(server.url)``."""

    process: subprocess.Popen
    host: str
    port: int
    store_dir: Path | None
    allow_update: bool
    guard: "_Guard | None" = None
    log: Path | None = None
    command: list[str] = field(default_factory=list, repr=False)
    _stopped: bool = field(default=False, repr=False)
    _restarting: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def url(self) -> str:
        return f"http://{_bind(self.host, self.port)}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    def running(self) -> bool:
        return self.process.poll() is None or self._restarting.locked()

    def restart_backend(self) -> None:
        """Stop the oxigraph process and start it again on the same port: the only way to
        end a query it keeps running past its timeout (oxigraph 0.5 cannot cancel a sort or
        a large join), which would otherwise burn a CPU for good. Queries in flight fail
        (502); updates are transactions, so none is half applied."""
        if self._stopped or not self.command or not self._restarting.acquire(blocking=False):
            return  # another request is restarting it already
        try:
            _end(self.process)
            with open(self.log or os.devnull, "ab") as log_file:
                self.process = _spawn(self.command, log_file)
            bind = self.command[self.command.index("--bind") + 1]
            inner_host, _, inner_port = bind.rpartition(":")
            _wait_ready(self.process, inner_host.strip("[]"), int(inner_port), 15.0, self.log, self.store_dir)
        finally:
            self._restarting.release()

    def stop(self) -> None:
        """Stop the guard and the server process (this one only, by its handle)."""
        if self._stopped:
            return
        self._stopped = True
        if self.guard is not None:
            self.guard.shutdown()
        _end(self.process)

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def store_dir_from_url(store_url: str | os.PathLike | None) -> Path:
    """The folder to serve: only a store on disk can be served (not memory: or a URL)."""
    text = str(store_url) if store_url is not None else DEFAULT_PATH
    if text == "memory:" or "://" in text:
        raise ServeError(f"serve needs a store folder on disk, not {text!r}")
    return Path(text).expanduser()


def start_server(
    store_dir: str | os.PathLike | None,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    allow_update: bool = False,
    timeout_s: int | None = 30,
    guard: bool = True,
    ready_timeout: float = 15.0,
    max_result_bytes: int | None = DEFAULT_MAX_RESULT_BYTES,
) -> Server:
    """Start ``oxigraph serve[-read-only]`` on ``store_dir`` and wait until it answers.

    ``store_dir=None`` serves an in-memory store (only useful with ``allow_update``). With
    ``guard`` (the default) a guard in this process listens on ``host:port`` and refuses
    SERVICE queries; the binary then listens on a private loopback port.
    """
    path = Path(store_dir).expanduser() if store_dir is not None else None
    if path is not None:
        if path.is_file():
            raise ServeError(f"{path} is a file, not a store folder")
        if not allow_update and not (path / "CURRENT").is_file():
            raise ServeError(f"no store at {path}: build one first (stancegraph build ... --store {path})")
    elif not allow_update:
        raise ServeError("a read-only server needs a store folder")
    inner_host, inner_port = (("127.0.0.1", free_port("127.0.0.1")) if guard else (host, port))
    command = [oxigraph_binary(), "serve" if allow_update else "serve-read-only"]
    if path is not None:
        command += ["--location", str(path)]
    command += ["--bind", _bind(inner_host, inner_port), "--union-default-graph"]
    if timeout_s:
        command += ["--timeout-s", str(int(timeout_s))]
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"stancegraph-oxigraph-{os.getpid()}-{inner_port}.log"
    with open(log, "wb") as log_file:
        process = _spawn(command, log_file)
    server = Server(process, host, port, path, allow_update, log=log, command=command)
    try:
        _wait_ready(process, inner_host, inner_port, ready_timeout, log, path)
        if guard:
            server.guard = _Guard.start(host, port, inner_host, inner_port, max_result_bytes, timeout_s)
            server.guard.on_timeout = server.restart_backend
    except BaseException:
        server.stop()
        raise
    return server


def _spawn(command: list[str], log_file) -> subprocess.Popen:
    # The kernel's parent-death signal fires when the *thread* that started the child ends:
    # only asked for from the main thread (a backend restarted by a request thread is not
    # covered against a SIGKILL of this process; SIGTERM and Ctrl-C still stop it).
    linux_main = sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                            preexec_fn=_die_with_parent if linux_main else None)


def _end(process: subprocess.Popen) -> None:
    """Stop one process we started, by its handle."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _die_with_parent() -> None:
    """Run in the server child before exec (Linux): have the kernel send it SIGTERM when the
    process that started it dies, even by SIGKILL, so no orphan server keeps the store."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _wait_ready(process, host, port, timeout, log: Path, path: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = log.read_text(errors="replace").strip()
            if "lock" in message.lower():
                raise ServeError(f"store {path} is in use by another process (a build, or another server?)")
            if "address" in message.lower() and "in use" in message.lower():
                raise ServeError(f"port {port} on {host} is already in use: choose another with --port")
            raise ServeError(f"oxigraph server exited with code {process.returncode}: {message[-500:]}")
        try:
            with socket.create_connection((host.strip("[]"), port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise ServeError(f"oxigraph server did not answer on {_bind(host, port)} within {timeout:g} s")


class _Guard(http.server.ThreadingHTTPServer):
    """Forwards HTTP requests to the Oxigraph binary; refuses SERVICE queries."""

    daemon_threads = True

    def __init__(self, address, upstream: tuple[str, int], max_result_bytes: int | None = None,
                 timeout_s: int | None = None):
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        self.upstream = upstream
        self.max_result_bytes = max_result_bytes
        self.timeout_s = timeout_s
        self.on_timeout = None  # called after a query ran over the deadline (restarts the backend)
        super().__init__(address, _GuardHandler)

    @classmethod
    def start(cls, host: str, port: int, inner_host: str, inner_port: int,
              max_result_bytes: int | None = None, timeout_s: int | None = None) -> "_Guard":
        try:
            guard = cls((host.strip("[]"), port), (inner_host, inner_port), max_result_bytes, timeout_s)
        except OSError as exc:
            raise ServeError(f"cannot listen on {_bind(host, port)}: {exc.strerror or exc}") from None
        threading.Thread(target=guard.serve_forever, name="stancegraph-guard", daemon=True).start()
        return guard


class _GuardHandler(http.server.BaseHTTPRequestHandler):
    server: _Guard
    protocol_version = "HTTP/1.0"  # one request per connection: responses stream until close

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - keep the terminal quiet
        pass

    def _refuse(self, code: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _texts(self, body: bytes) -> list[str]:
        """Every query or update text the request carries (URL, form body, raw body)."""
        texts = []
        parsed = urllib.parse.urlsplit(self.path)
        for key, value in urllib.parse.parse_qsl(parsed.query, keep_blank_values=True):
            if key in ("query", "update"):
                texts.append(value)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            texts += [value for key, value in form if key in ("query", "update")]
        elif content_type in ("application/sparql-query", "application/sparql-update"):
            texts.append(body.decode("utf-8", "replace"))
        return texts

    def _forward(self) -> None:
        if self.headers.get("Transfer-Encoding"):
            self._refuse(411, "send a Content-Length (chunked requests are not accepted)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._refuse(413, f"request body over {MAX_REQUEST_BYTES // (1024 * 1024)} MB")
            return
        body = self.rfile.read(length) if length else b""
        if any(mentions_service(text) for text in self._texts(body)):
            self._refuse(
                403,
                "SERVICE (federated query) is refused by this endpoint: it would make the server "
                "fetch other URLs. Queries that merely contain the word 'service' are refused too; "
                "run them with `stancegraph sparql` on the store.",
            )
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        # Oxigraph's --timeout-s does not stop every query (a sort or a large join can run on)
        # and may report a cancelled query inside a 200 response: the guard keeps its own
        # deadline and answers 504 either way.
        timeout_s = self.server.timeout_s
        deadline = time.monotonic() + timeout_s + 2 if timeout_s else None
        connection = http.client.HTTPConnection(*self.server.upstream, timeout=timeout_s + 2 if timeout_s else 3600)
        cancelled = False
        try:
            connection.request(self.command, self.path, body=body if body or self.command in ("POST", "PUT") else None,
                               headers=headers)
            response = connection.getresponse()
            limit = self.server.max_result_bytes
            if not limit:
                self._send_head(response, None)
                while chunk := response.read(65536):
                    self.wfile.write(chunk)
                return
            # Buffered up to the limit, so that an oversized result is refused cleanly (a
            # response cut in the middle would look like a network error to the client).
            chunks, size = [], 0
            while chunk := response.read(65536):
                size += len(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError
                if size > limit:
                    self._refuse(400, f"the result is over {limit / (1024 * 1024):.3g} MB, this endpoint's limit: "
                                      "ask for less (LIMIT, fewer variables) or restart it with a larger "
                                      "--max-result-mb")
                    return
                chunks.append(chunk)
            if response.status == 200 and chunks and chunks[-1].rstrip().endswith(_CANCELLED):
                cancelled = True  # oxigraph stopped it itself: no need to restart it
                raise TimeoutError
            self._send_head(response, size)
            for chunk in chunks:
                self.wfile.write(chunk)
        except TimeoutError:
            connection.close()
            if not cancelled and self.server.on_timeout is not None:
                self.server.on_timeout()  # before answering, so that the client's next query works
            try:
                self._refuse(504, f"the query ran over the {timeout_s} s timeout of this endpoint: ask for "
                                  "less, or run it with `stancegraph sparql` on the store")
            except OSError:
                pass
        except OSError as exc:
            try:
                self._refuse(502, f"the Oxigraph server did not answer: {exc}")
            except OSError:
                pass
        finally:
            connection.close()

    def _send_head(self, response, length: int | None) -> None:
        self.send_response(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in _HOP_BY_HOP:
                self.send_header(key, value)
        if length is not None and self.command != "HEAD":
            self.send_header("Content-Length", str(length))
        self.end_headers()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = _forward


def serve_forever(
    store_url: str | os.PathLike | None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    timeout: int | None = 30,
    max_result_bytes: int | None = DEFAULT_MAX_RESULT_BYTES,
    allow_remote: bool = False,
) -> None:
    """Run the server in the foreground until Ctrl-C or SIGTERM (what ``stancegraph serve``
    does). A host other than loopback is refused unless ``allow_remote``."""
    path = store_dir_from_url(store_url)
    if not is_loopback(host):
        if not allow_remote:
            raise ServeError(
                f"--host {host} is not a loopback address: anyone who can reach this machine could "
                "query the store; add --allow-remote if that is what you want"
            )
        print(
            f"warning: listening on {host}: anyone who can reach this machine can query the store"
            + (" and change it (--allow-update)" if allow_update else ""),
            file=sys.stderr,
        )
    server = start_server(path, host, port, allow_update=allow_update, timeout_s=timeout,
                          max_result_bytes=max_result_bytes)
    mode = "read-write" if allow_update else "read-only"
    print(f"SPARQL endpoint {server.query_url} ({mode}, store {path}, union default graph, "
          f"query timeout {timeout or 'none'} s); Ctrl-C to stop", file=sys.stderr)
    if allow_update:
        print(f"updates: {server.update_url}   graph store: {server.store_url}", file=sys.stderr)
    # `kill PID` (SIGTERM) must stop the oxigraph child too, as Ctrl-C does: otherwise it
    # would live on, serving and holding the store.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        while server.running():
            time.sleep(0.5)
        raise ServeError(f"the oxigraph server stopped (exit code {server.process.returncode})")
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
