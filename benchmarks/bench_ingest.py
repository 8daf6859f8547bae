"""Ingestion speed: chars/s of cleaning + structure over the seed contracts, and .pdf/.docx load times.

Run from the repository root: `python benchmarks/bench_ingest.py [SEED_DIR]`. The PDF and .docx
are built from the seed text in a temporary folder (nothing is written to the repository).
"""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.unit.ingest.make_files

from tests.unit.ingest.make_files import pdf_bytes, write_docx
from tracker.ingest import document_from_text, load_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # beside the checkout
SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "seeds"


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()  # CPU time: other work on a busy machine does not count
        action()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    seconds = best_of(30, lambda: [document_from_text(t) for t in texts])
    print(f"document_from_text: {len(texts)} seeds, {chars} chars in {seconds * 1000:.1f} ms "
          f"= {chars / seconds / 1e6:.2f} M chars/s")
    lines = [line for line in texts[0].splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "seed.pdf"
        pdf.write_bytes(pdf_bytes([lines[i:i + 40] for i in range(0, len(lines), 40)]))
        docx = write_docx(Path(tmp) / "seed.docx", lines[:3], lines[3:])
        for path in (pdf, docx):
            seconds = best_of(3, functools.partial(load_document, path))
            print(f"load_document {path.suffix}: {path.stat().st_size // 1024} KB, "
                  f"{len(lines)} lines in {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
