"""Extraction speed over the five seed contracts (target ≥ 1,000,000 characters/s in-process) and
the cold start of `tracker extract SEED --json` (target < 0.5 s).

Run: python benchmarks/bench_extract.py [SEEDS_DIR]   (default: ../shared/seeds beside the checkout)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tracker.extract import extract
from tracker.ingest import load_document

ROOT = Path(__file__).resolve().parent.parent

ROUNDS = 20
COLD_RUNS = 7


def _rounds(work: Callable[[], object]) -> list[float]:
    """Seconds per round; the median and the best round are less at the mercy of a busy machine."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    seeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        sys.exit(f"no seed contracts in {seeds_dir}")
    documents = [load_document(p) for p in paths]
    chars = sum(len(d.text) for d in documents)

    extract_only = _rounds(lambda: [extract(d) for d in documents])
    with_ingest = _rounds(lambda: [extract(load_document(p)) for p in paths])

    cold = []
    for _ in range(COLD_RUNS):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tracker", "extract", str(paths[0]), "--json"],
            check=True, capture_output=True, cwd=ROOT,
        )
        cold.append(time.perf_counter() - t0)

    print(f"seeds: {len(paths)} documents, {chars:,} characters, {ROUNDS} rounds (median / best round)")
    for label, times in (("extract only", extract_only), ("ingest + extract", with_ingest)):
        median, best = chars / statistics.median(times), chars / min(times)
        print(f"{label + ':':<18} {median:>12,.0f} / {best:,.0f} characters/s")
    print(f"cold start `tracker extract {paths[0].name} --json`: "
          f"median {statistics.median(cold):.3f} s, best {min(cold):.3f} s")


if __name__ == "__main__":
    main()
