"""Shared helper of the extraction tests: run extract on a literal text, get comparable tuples."""

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
