"""OCR: pages per minute on this machine, and duty F1 on the seed contracts rendered as scans.

Each seed is rendered as 200 dpi A4 page images (tests/scans/render.py; `--skew 1.5 --noise 0.0005
--stamp` for a rougher copy), saved as an image-only PDF, read back by OCR and extracted; the
answer key is scored with ../shared/eval/score.py for the OCR'd text and for the original text,
and the ratio of the two F1s is the figure to watch (goal >= 0.95).

Run from the repository root: `python benchmarks/bench_ocr.py [--seeds DIR] [--keep DIR]`. Pages
per minute is wall time (both cores at work), so other load on the machine lowers it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.scans.render

from tests.scans.render import render_pages, save_pdf  # noqa: E402
from tracker.domain import Document  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.ingest import load_document  # noqa: E402

SHARED = ROOT.parent / "shared"  # beside the checkout; --seeds/--gold for elsewhere


def as_json(document: Document) -> str:
    """What `tracker extract --json` prints, for the scorer."""
    result = extract(document)
    return json.dumps({"dates": [d.isoformat() for d in result.dates],
                       "duties": [d.to_json() for d in result.duties]}, ensure_ascii=False)


def score(gold: Path, answers: Path, verbose: bool) -> tuple[float, str]:
    scorer = gold.parent.parent / "eval" / "score.py"  # shared/gold/seeds.json -> shared/eval/score.py
    command = [sys.executable, str(scorer), "--gold", str(gold), "--docs", str(answers)]
    command += ["-v"] if verbose else []
    run = subprocess.run([*command, "--", "cat", "{}"], capture_output=True, text=True, check=False)
    lines = run.stdout.strip().splitlines()
    found = re.match(r"F1 ([0-9.]+)", lines[-1]) if lines else None
    if found is None:
        raise SystemExit(f"bench_ocr: the scorer printed no summary: {run.stdout[-300:]} {run.stderr[-300:]}")
    return float(found.group(1)), run.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "seeds.json")
    parser.add_argument("--skew", type=float, default=0.0)
    parser.add_argument("--noise", type=float, default=0.0)
    parser.add_argument("--stamp", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the scans, OCR texts and answers here")
    parser.add_argument("-v", "--verbose", action="store_true", help="the scorer's misses for the OCR'd text")
    args = parser.parse_args()
    seeds = sorted(args.seeds.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"bench_ocr: no seeds in {args.seeds}")
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        work = args.keep or Path(tmp)
        (work / "ocr").mkdir(parents=True, exist_ok=True)
        (work / "text").mkdir(exist_ok=True)
        pages = 0
        seconds = 0.0
        for seed in seeds:
            original = load_document(seed)
            (work / "text" / seed.name).write_text(as_json(original), encoding="utf-8")
            images = render_pages(original.original, skew=args.skew, noise=args.noise, stamp=args.stamp)
            scan = save_pdf(images, work / f"{seed.stem}.pdf")
            start = time.perf_counter()
            document = load_document(scan)
            took = time.perf_counter() - start
            pages += len(images)
            seconds += took
            print(f"{seed.name}: {len(images)} pages in {took:.1f} s", flush=True)
            (work / f"{seed.stem}.ocr.txt").write_text(document.original, encoding="utf-8")
            (work / "ocr" / seed.name).write_text(as_json(document), encoding="utf-8")
        text_f1, _ = score(args.gold, work / "text", False)
        ocr_f1, report = score(args.gold, work / "ocr", args.verbose)
        if args.verbose:
            print(report)
    print(f"OCR {pages} pages in {seconds:.0f} s: {pages / seconds * 60:.1f} pages/min (wall, 2 cores)")
    print(f"duty F1: text {text_f1:.3f}, OCR {ocr_f1:.3f}, ratio {ocr_f1 / text_f1 if text_f1 else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
