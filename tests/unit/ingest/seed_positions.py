"""Helper: compare the 条/項/号 of each answer-key duty with the position ingestion gives its text.

Reads the shared seeds and key at test time (nothing of them is copied into the repository).
Run as a script to see every mismatch: `python -m tests.unit.ingest.seed_positions`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tracker.ingest import load_document

SHARED = Path(__file__).resolve().parents[3].parent / "shared"  # beside the checkout, as CI places it
_PARENS = str.maketrans("（）", "()")  # the key writes some brackets half-width


def mismatches() -> tuple[int, list[str]]:
    """(number of key duties checked, descriptions of those whose position differs)."""
    key = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))["documents"]
    checked, wrong = 0, []
    for name, doc in sorted(key.items()):
        document = load_document(SHARED / "seeds" / name)
        for duty in doc["duties"]:
            piece = max(duty["text"].split("…"), key=len).translate(_PARENS)
            pattern = r"\s*".join(re.escape(c) for c in piece if not c.isspace())
            want = (duty["article"], duty["paragraph"], duty["item"])
            text = document.text.translate(_PARENS)
            found = [document.position(m.start()) for m in re.finditer(pattern, text)]
            checked += 1
            if want not in found:
                wrong.append(f"{name[:3]} {duty['text']}: want {want}, got {found or 'text not found'}")
    return checked, wrong


if __name__ == "__main__":
    n, bad = mismatches()
    print("\n".join(bad))
    print(f"{n - len(bad)}/{n} positions right")
