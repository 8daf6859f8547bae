"""Turns the domain's frozen dataclasses into JSON values and back, driven by their type hints.

Fields missing from stored JSON take their defaults and unknown keys are ignored, so a domain type
that gains a field still reads rows written before it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def encode(value: Any) -> Any:
    """A JSON-ready copy of `value` (dataclasses become objects, dates ISO strings)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime too: its isoformat holds a "T"
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, frozenset | set):
        return sorted(encode(v) for v in value)
    if isinstance(value, Sequence):
        return [encode(v) for v in value]
    raise TypeError(f"cannot store a {type(value).__name__}")


def decode(cls: type[T], data: Any) -> T:
    """Rebuilds a dataclass of type `cls` from what `encode` produced."""
    return typing.cast(T, _decode(cls, data))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if date in options and datetime in options:
            return _decode(datetime if "T" in data else date, data)
        return _decode(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(args, data, strict=True))
    if origin in (frozenset, set):
        return frozenset(_decode(args[0], v) for v in data)
    if origin is dict:
        return {_decode(args[0], k): _decode(args[1], v) for k, v in data.items()}
    if origin is not None and isinstance(data, list):  # Sequence[int] and the like
        return tuple(_decode(args[0], v) for v in data) if args else tuple(data)
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            hints = _hints(tp)
            return tp(**{
                f.name: _decode(hints[f.name], data[f.name])
                for f in dataclasses.fields(tp)
                if f.name in data and f.init
            })
        if issubclass(tp, Enum):
            return tp(data)
        if tp is datetime:
            return datetime.fromisoformat(data)
        if tp is date:
            return datetime.fromisoformat(data) if "T" in data else date.fromisoformat(data)
        if tp is float:
            return float(data)
    return data
