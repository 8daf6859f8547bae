"""Each annotated duty of our sample contracts (contracts/) sits in its annotated 条/項/号.

The annotations in tests/golden/expected/<file>.json give article/paragraph/item per duty; here
the duty's `text` (up to its first "…", which marks a gap) is looked up in the loaded Document,
both sides NFKC-normalised, and `Document.position` must give the annotated triple.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tracker.domain import Document
from tracker.ingest import load_document

ROOT = Path(__file__).resolve().parents[3]
EXPECTED = ROOT / "tests" / "golden" / "expected"
CASES = sorted(p for p in EXPECTED.glob("*.json") if (ROOT / "contracts" / p.stem).exists())


def _normalised(text: str) -> tuple[str, list[int]]:
    """NFKC of `text`, and for each of its chars the index of the char it came from."""
    pieces, origin = [], []
    for i, char in enumerate(text):
        norm = unicodedata.normalize("NFKC", char)
        pieces.append(norm)
        origin.extend([i] * len(norm))
    return "".join(pieces), origin


def _positions(document: Document, fragment: str) -> list[tuple[str | None, int | None, int | None]]:
    """Position of every occurrence of `fragment` in the document."""
    text, origin = _normalised(document.text)
    found, at = [], text.find(fragment)
    while at >= 0:
        found.append(document.position(origin[at]))
        at = text.find(fragment, at + 1)
    return found


@pytest.mark.parametrize("expected_path", CASES, ids=[p.stem for p in CASES])
def test_annotated_duties_sit_in_their_article_paragraph_and_item(expected_path: Path) -> None:
    duties = json.loads(expected_path.read_text(encoding="utf-8"))["duties"]
    document = load_document(ROOT / "contracts" / expected_path.stem)
    wrong = []
    for duty in duties:
        fragment = unicodedata.normalize("NFKC", duty["text"].split("…")[0])
        want = (duty["article"], duty["paragraph"], duty["item"])
        found = _positions(document, fragment)
        if want not in found:
            wrong.append(f"{duty['text']}: want {want}, got {found or 'text not found'}")
    assert duties
    assert not wrong, "\n".join(wrong)


def test_there_are_annotated_contracts() -> None:
    assert len(CASES) >= 12
