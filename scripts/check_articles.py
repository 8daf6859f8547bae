"""Check article attribution: is each key duty's text inside the article (and paragraph) the key names?

    PYTHONPATH=. python scripts/check_articles.py GOLD.json DOCS_DIR [-v]

Finds each key duty's `text` in the cleaned document (NFKC, spaces ignored) and compares the
parsed position there with the key's article and paragraph. Only numbered key articles are checked.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from tracker.ingest import load_document


def _squash(text: str) -> tuple[str, list[int]]:
    """NFKC text without whitespace, and the index in `text` of each kept char."""
    chars, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                chars.append(c)
                where.append(i)
    return "".join(chars), where


def main(gold_path: str, docs: str, verbose: bool) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))["documents"]
    totals = {"ok": 0, "wrong article": 0, "wrong paragraph": 0, "text not found": 0}
    for name, doc_key in gold.items():
        doc = load_document(Path(docs) / name)
        squashed, where = _squash(doc.text)
        for duty in doc_key["duties"]:
            article = str(duty["article"]) if duty["article"] is not None else None
            if article is None or not re.fullmatch(r"\d+(-\d+)*", article):
                continue
            needle, _ = _squash(duty["text"])
            found = squashed.find(needle[:30])
            if found < 0:
                totals["text not found"] += 1
                if verbose:
                    print(f"{name}: 第{article}条 text not found")
                continue
            got = doc.position(where[found])
            if got[0] != article:
                verdict = "wrong article"
            elif duty["paragraph"] is not None and got[1] != duty["paragraph"]:
                verdict = "wrong paragraph"
            else:
                verdict = "ok"
            totals[verdict] += 1
            if verbose and verdict != "ok":
                print(f"{name}: key {article}/{duty['paragraph']} got {got[0]}/{got[1]} ({verdict})")
    print(" ".join(f"{k}: {v}" for k, v in totals.items()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv)
