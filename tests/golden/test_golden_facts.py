"""Reviewed golden facts: each sample contract's `facts` object (dates, term, renewal, parties)
against tests/golden/facts.json, hand-checked against the contracts in contracts/.

A website's terms (saas_terms_of_service, equipment_rental, telecom) state no start date of their
own: their 施行日 / 改定日 date the document, so start stays null there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.extract import extract
from tracker.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "tests" / "golden" / "facts.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_facts_match_the_reviewed_annotation(name: str) -> None:
    facts = extract(load_document(ROOT / "contracts" / name)).facts.to_json()
    assert facts == EXPECTED[name]


def test_every_dated_sample_has_its_start_term_and_counterparty() -> None:
    dated = {name: f for name, f in EXPECTED.items() if f["start"]}
    assert len(dated) >= 7
    for facts in dated.values():
        assert facts["end"] and facts["initial_term"]
        assert len([p for p in facts["parties"] if p["name"]]) >= 1
