"""Fuzzing ingestion at scale: N mutants of the sample contracts (tests/unit/ingest/mutations.py),
each read with load_document; reports crashes (any error but IngestError), refusals, and the
slowest inputs in CPU seconds. Goal: no crash, no input over 1 s.

Run from the repository root: `python benchmarks/bench_fuzz.py [COUNT] [SEED] [--extract]`
(default 10,000 inputs, seed 0; --extract also runs extraction on each document read).
"""

from __future__ import annotations

import heapq
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.unit.ingest.mutations

from tests.unit.ingest.mutations import mutants
from tracker.ingest import IngestError, load_document


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 10_000
    seed = int(args[1]) if len(args) > 1 else 0
    with_extract = "--extract" in sys.argv
    if with_extract:
        from tracker.extract import extract
    crashes: list[tuple[str, str]] = []
    slowest: list[tuple[float, str]] = []
    refused = over = total_bytes = 0
    began = time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        for mutant in mutants(seed, count):
            path = Path(folder) / f"fuzz{mutant.suffix}"
            path.write_bytes(mutant.data)
            total_bytes += len(mutant.data)
            start = time.process_time()
            try:
                document = load_document(path)
                if with_extract:
                    extract(document)
            except IngestError:
                refused += 1
            except Exception:
                crashes.append((mutant.name, traceback.format_exc(limit=-3)))
            seconds = time.process_time() - start
            over += seconds > 1.0
            heapq.heappush(slowest, (seconds, f"{mutant.name} ({len(mutant.data)} bytes)"))
            if len(slowest) > 5:
                heapq.heappop(slowest)
    elapsed = time.process_time() - began
    extracted = ", with extraction" if with_extract else ""
    print(f"{count} inputs (seed {seed}, {total_bytes / 1e6:.1f} MB{extracted})"
          f" in {elapsed:.1f} s CPU: {count - refused - len(crashes)} read, {refused} refused,"
          f" {len(crashes)} crashes, {over} over 1 s")
    for seconds, name in sorted(slowest, reverse=True):
        print(f"  slow: {seconds:.3f} s  {name[:150]}")
    for name, trace in crashes[:10]:
        print(f"  CRASH {name[:150]}\n{trace}")
    sys.exit(1 if crashes or over else 0)


if __name__ == "__main__":
    main()
