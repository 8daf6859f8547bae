"""Reviewed golden snapshots: each sample contract's extracted duties against its annotation.

For every contract under contracts/ with tests/golden/expected/<file name>.json, every required
duty must be found (same article, amount, unit, direction, kind and obligor, as the shared
scorer matches them, and the same anchor and qualifier where the annotation gives one) and
nothing else may be reported except what matches an optional duty.
The document dates must be exactly the annotated ones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tracker.extract import extract
from tracker.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "golden" / "expected"
CASES = sorted(p for p in EXPECTED.glob("*.json") if (ROOT / "contracts" / p.stem).exists())


def _article(value: object) -> str | None:
    if value is None:
        return None
    s = unicodedata.normalize("NFKC", str(value)).replace(" ", "")
    for word in ("第", "条", "Article", "article"):
        s = s.replace(word, "")
    return s.replace("の", "-")


def _same(expected: dict[str, Any], found: dict[str, Any]) -> bool:
    """As the shared scorer: an unnumbered expected article (a heading, or None) accepts any article."""
    article = _article(expected.get("article"))
    if article is not None and not re.fullmatch(r"\d+(-\d+)*", article):
        article = None
    if article is not None and article != _article(found.get("article")):
        return False
    given = [name for name in _DATING if expected.get(name) is not None]
    return _key(expected) == _key(found) and all(expected[name] == found.get(name) for name in given)


# what the scheduler dates a duty by, compared where the annotation names it
_DATING = ("anchor", "qualifier")


def _key(duty: dict[str, Any]) -> tuple[object, ...]:
    amount = duty.get("amount")
    return (
        None if amount is None else float(amount),
        duty.get("unit"),
        duty.get("direction"),
        duty.get("kind"),
        duty.get("obligor"),
    )


def _describe(duty: dict[str, Any]) -> str:
    fields = ("article", "paragraph", "item", "kind", "obligor", "amount", "unit", "direction", "anchor",
              "qualifier", "text")
    return " ".join(str(duty.get(f)) for f in fields)


def _match(expected: list[dict[str, Any]], found: list[dict[str, Any]]) -> tuple[list, list]:
    """(missing required duties, unexpected found duties), matching one to one, required first."""
    free = list(found)
    missing = []
    for duty in sorted(expected, key=lambda d: bool(d.get("optional"))):
        hit = next((f for f in free if _same(duty, f)), None)
        if hit is None:
            if not duty.get("optional"):
                missing.append(duty)
            continue
        free.remove(hit)
    return missing, free


@pytest.mark.parametrize("expected_path", CASES, ids=[p.stem for p in CASES])
def test_extraction_matches_the_reviewed_annotation(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    result = extract(load_document(ROOT / "contracts" / expected_path.stem))
    found = [d.to_json() for d in result.duties]

    missing, unexpected = _match(expected["duties"], found)

    report = [f"missing: {_describe(d)}" for d in missing]
    report += [f"unexpected: {_describe(d)}" for d in unexpected]
    assert not report, "\n".join(report)
    assert [d.isoformat() for d in result.dates] == sorted(expected["dates"])


def test_there_are_golden_contracts() -> None:
    assert len(CASES) >= 6


def test_another_anchor_or_qualifier_is_a_mismatch() -> None:
    expected = {"article": "2", "kind": "response", "obligor": "provider", "amount": 5,
                "unit": "business_day", "direction": "after", "anchor": "order_receipt", "qualifier": None}
    assert _same(expected, expected)
    assert not _same(expected, {**expected, "anchor": "contact"})
    assert not _same({**expected, "qualifier": "promptly"}, expected)
    assert _same({**expected, "anchor": None}, {**expected, "anchor": "contact"})  # not annotated
