"""Shared helper of the extraction tests: run extract on a literal text, get comparable tuples."""

import re

from tracker.domain import Document
from tracker.extract import extract


def duties_of(text: str) -> list[tuple[object, ...]]:
    """(kind, obligor, amount, unit, direction, qualifier) of each duty, as plain strings."""
    result = extract(Document(source="test", title=None, text=text, original=text))
    return [
        (
            d.kind.value,
            d.obligor.value if d.obligor else None,
            d.period.amount,
            d.period.unit.value if d.period.unit else None,
            d.period.direction.value,
            d.period.qualifier.value if d.period.qualifier else None,
        )
        for d in result.duties
    ]


def anchors_of(text: str) -> list[str | None]:
    return [d.anchor for d in extract(Document(source="test", title=None, text=text, original=text)).duties]


def longest_match(pattern: re.Pattern[str]) -> int:
    """The most characters `pattern` can match (unbounded: a huge number), for the rules whose
    matches are looked up by occurrences."""
    return int(re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1])
