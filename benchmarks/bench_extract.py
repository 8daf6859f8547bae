"""Extraction speed: ingest + extract over the seeds and the jadev texts together (issue 9 target
≥ 500,000 characters/s in-process), CUAD apart as English text, the cost of each stage, and the
cold start of `tracker extract SEED --json` (target ≤ 0.5 s).

The machine is shared, so the figures are CPU seconds (time.process_time), the best of a few rounds;
wall-clock is printed beside for the cold start only.

Run: python benchmarks/bench_extract.py [SHARED_DIR]   (default: the shared/ beside the checkout or
its parent, as for a worktree under wt/)
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from tracker.domain import Document, Duty
from tracker.extract import extract
from tracker.extract.dates import find_dates
from tracker.extract.facts import read_facts
from tracker.extract.pipeline import _Run
from tracker.ingest.clean import clean
from tracker.ingest.readers import read_file, read_text
from tracker.ingest.structure import parse

ROOT = Path(__file__).resolve().parent.parent

ROUNDS = 3
COLD_RUNS = 5
CUAD_TEXTS = 60
T = TypeVar("T")


def _cpu(work: Callable[[], object]) -> float:
    """CPU seconds of the best of ROUNDS runs of `work`."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def _stages(paths: list[Path]) -> dict[str, float]:
    """CPU seconds of each stage over `paths`, the steps of load_document and extract one by one."""
    cost: dict[str, float] = defaultdict(float)

    def timed(stage: str, work: Callable[..., T], *args: Any) -> T:
        start = time.process_time()
        value = work(*args)
        cost[stage] += time.process_time() - start
        return value

    for p in paths:
        raw = timed("ingest: read", lambda path: read_text(path, read_file(path)), p)
        cleaned = timed("ingest: clean", clean, raw)
        title, articles = timed("ingest: structure", parse, cleaned.text)
        doc = Document(source=str(p), title=title, text=cleaned.text, articles=articles,
                       original=raw, offsets=cleaned.offsets)
        run = timed("extract: view, clauses, parties", _Run, doc)
        numbered = timed("extract: periods + classification", run.periods)
        qualified = timed("extract: number-less duties", _qualified, run)
        duties = sorted(numbered + qualified, key=lambda d: (d.span.start, d.span.end))
        timed("extract: facts", read_facts, run.view, run.parties, duties, not run.japanese, run.source)
        timed("extract: dates", find_dates, run.view.compact)
    return cost


def _qualified(run: _Run) -> list[Duty]:
    return [d for _, d in run.qualified()] if run.japanese else []


def _report(label: str, paths: list[Path]) -> None:
    from tracker.ingest import load_document

    chars = sum(len(load_document(p).text) for p in paths)
    total = _cpu(lambda: [extract(load_document(p)) for p in paths])
    print(f"{label}: {len(paths)} documents, {chars:,} characters; ingest + extract "
          f"{total:.3f} CPU s = {chars / total:,.0f} characters/s (best of {ROUNDS})")
    stages = _stages(paths)
    for stage, seconds in stages.items():
        print(f"  {stage:<38} {seconds:7.3f} s  {100 * seconds / sum(stages.values()):5.1f} %")


def _cold_start(path: Path) -> None:
    wall, cpu = [], []
    for _ in range(COLD_RUNS):
        t0 = time.perf_counter()
        before = time.process_time(), _children_cpu()
        subprocess.run([sys.executable, "-m", "tracker", "extract", str(path), "--json"],
                       check=True, capture_output=True, cwd=ROOT)
        wall.append(time.perf_counter() - t0)
        cpu.append(_children_cpu() - before[1])
    print(f"cold start `tracker extract {path.name} --json`: CPU best {min(cpu):.3f} s, "
          f"wall best {min(wall):.3f} s (python -X importtime shows the imports)")


def _children_cpu() -> float:
    import os

    t = os.times()
    return t.children_user + t.children_system


def main() -> None:
    beside = [d / "shared" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared").is_dir()]
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else (beside or [ROOT.parent / "shared"])[0]
    seeds = sorted((shared / "seeds").glob("*.txt"))
    jadev = sorted((shared / "jadev" / "texts").glob("*"))
    cuad = sorted((shared / "cuad" / "texts").glob("*"))[:CUAD_TEXTS]
    if not seeds or not jadev:
        sys.exit(f"no seed or jadev contracts under {shared}")
    _report("seeds + jadev", seeds + jadev)
    if cuad:
        _report("CUAD (English)", cuad)
    _cold_start(seeds[0])


if __name__ == "__main__":
    main()
