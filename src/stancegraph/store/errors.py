"""Errors raised by the store layer. Messages name the store and the reason."""

from __future__ import annotations


class StoreError(Exception):
    """A store could not be opened, read or written."""


class StoreInUseError(StoreError):
    """Another process holds the store's write lock (RocksDB allows one writer process)."""


class NotAStoreError(StoreError):
    """The path exists but is not an Oxigraph store (a file, or a folder of other things)."""
