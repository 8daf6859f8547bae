"""How many documents each kind rule and each negative fires on, for spotting dead rules.

    PYTHONPATH=. python scripts/rule_coverage.py DOCS_DIR [DOCS_DIR ...]

Prints one line per rule (priority, name, documents it fired on) in the order `classify` tries
them, then the negatives, then the count of rules that fired on none of the documents.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from tracker.extract.kinds import RULES
from tracker.extract.negatives import NEGATIVES
from tracker.extract.pipeline import reasons
from tracker.ingest import load_document


def main(folders: list[str]) -> None:
    fired: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            fired.update(set(reasons(load_document(path))))
    names = [(str(rule.priority), rule.name) for rule in RULES]
    names += [("-", f"not:{name}") for name in dict.fromkeys(n.name for n in NEGATIVES)]
    for priority, name in names:
        print(f"{priority:>4} {name:<28} {fired[name]}")
    print(f"{sum(1 for _, name in names if not fired[name])} of {len(names)} fire on none of the documents")


if __name__ == "__main__":
    main(sys.argv[1:])
