"""A registry of named extraction components, spaCy-style.

A component is a function ``(state: DocState, config: dict) -> None`` that reads and adds to
the per-document state; it is registered under a name with a version (bumped when its rules
change; the lexicon version is appended at run time) and a default config.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    func: Callable
    default_config: dict = field(default_factory=dict)


REGISTRY: dict[str, Component] = {}


def component(name: str, version: str, **default_config) -> Callable:
    def register(func: Callable) -> Callable:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"extraction component {name!r} registered twice")
        REGISTRY[name] = Component(name, version, func, dict(default_config))
        return func

    return register


def get_component(name: str) -> Component:
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown extraction component {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
