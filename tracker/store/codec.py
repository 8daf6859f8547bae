"""Turns the domain's frozen dataclasses into JSON values and back, driven by their type hints.

Fields missing from stored JSON take their defaults and unknown keys are ignored, so a domain type
that gains a field still reads rows written before it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Sequence
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
    return typing.cast(T, None if data is None else _decoder(typing.cast(Any, cls))(data))


Decoder = Callable[[Any], Any]


@cache
def _decoder(tp: Any) -> Decoder:
    """A function decoding a JSON value (not None) of type `tp`, built once per type: a query
    decodes thousands of deadlines."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if date in options and datetime in options:
            return _day_or_moment
        return _decoder(options[0]) if len(options) == 1 else _identity
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda data: tuple(item(v) for v in data)
    if origin is tuple:
        items = [_decoder(a) for a in args]
        return lambda data: tuple(f(v) for f, v in zip(items, data, strict=True))
    if origin in (frozenset, set):
        item = _decoder(args[0])
        return lambda data: frozenset(item(v) for v in data)
    if origin is dict:
        key, value = _decoder(args[0]), _decoder(args[1])
        return lambda data: {key(k): value(v) for k, v in data.items()}
    if origin is not None:  # Sequence[int] and the like
        item = _decoder(args[0]) if args else _identity
        return lambda data: tuple(item(v) for v in data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is datetime:
        return datetime.fromisoformat
    if tp is date:
        return _day_or_moment
    if tp is float:
        return float
    return _identity


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init]
    plain = [(name, None if fn is _identity else fn) for name, fn in fields]  # None: taken as is

    def build(data: Any) -> Any:
        kwargs = {}
        for name, fn in plain:
            if name in data:
                value = data[name]
                kwargs[name] = value if fn is None or value is None else fn(value)
        return cls(**kwargs)

    return build


def _day_or_moment(text: str) -> date:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _identity(data: Any) -> Any:
    return data
