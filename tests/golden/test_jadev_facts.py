"""Facts on the real Japanese contracts beside the checkout (../shared/jadev, read there, never
copied): the one contract that states its dates gets its start, end and term, and its named party;
the terms of service and 約款, which date only the document, get no start of their own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.seed_positions import SHARED
from tracker.extract import extract
from tracker.ingest import load_document

JADEV = SHARED / "jadev" / "texts"
pytestmark = pytest.mark.skipif(not JADEV.exists(), reason="no shared jadev")

# the documents that state the dates of their own term: (start, end, initial term)
DATED = {
    "07_stapla-gyomu-itaku-keiyakusho.txt": ("2019-05-13", "2020-05-12", {"amount": 1, "unit": "year"}),
}


def _facts(name: str) -> dict[str, Any]:
    return extract(load_document(JADEV / name)).facts.to_json()


@pytest.mark.parametrize("name", sorted(DATED))
def test_a_contract_that_states_its_dates_has_start_end_term_and_its_named_party(name: str) -> None:
    facts = _facts(name)
    assert (facts["start"], facts["end"], facts["initial_term"]) == DATED[name]
    named = [p for p in facts["parties"] if p["name"]]
    assert named and all(p["role"] for p in facts["parties"])


def test_terms_of_service_get_no_start_of_their_own() -> None:
    undated = sorted(p.name for p in JADEV.iterdir() if p.name not in DATED)
    assert len(undated) == 14
    assert [name for name in undated if _facts(name)["start"] is not None] == []
