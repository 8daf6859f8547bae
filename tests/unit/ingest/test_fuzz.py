"""Fuzzing ingestion: a file made from a sample contract with random edits is read into a Document
or refused with one IngestError line; it never raises anything else and never stalls (each input
has a time limit: the hypothesis deadline; benchmarks/bench_fuzz.py runs 10,000 and reports)."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.ingest.mutations import Mutant, mutants
from tracker.ingest import IngestError, load_document


def read_or_refuse(mutant: Mutant, folder: Path) -> None:
    path = folder / f"fuzz{mutant.suffix}"
    path.write_bytes(mutant.data)
    try:
        document = load_document(path)
    except IngestError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path)), mutant.name
    else:
        assert len(document.offsets) == len(document.text), mutant.name


@settings(max_examples=60, deadline=timedelta(seconds=10), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_mutated_samples_are_read_or_refused_in_one_line(seed: int) -> None:
    (mutant,) = mutants(seed, 1)
    with tempfile.TemporaryDirectory() as folder:
        read_or_refuse(mutant, Path(folder))
