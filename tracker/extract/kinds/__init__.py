"""Kind rules: which duty a period expression states, decided from the words around it.

Each family module (renewal, termination, returns, notices, obligations) lists its rules as data;
`classify` tries them by their unique priority, lowest first, and the first that fits wins.
"""

from __future__ import annotations

from tracker.extract.context import Context
from tracker.extract.kinds.notices import RULES as NOTICES
from tracker.extract.kinds.obligations import RULES as OBLIGATIONS
from tracker.extract.kinds.renewal import RULES as RENEWAL
from tracker.extract.kinds.returns import RULES as RETURNS
from tracker.extract.kinds.rule import Rule
from tracker.extract.kinds.termination import RULES as TERMINATION
from tracker.extract.periods import Cue

RULES: tuple[Rule, ...] = tuple(
    sorted((*TERMINATION, *OBLIGATIONS, *RENEWAL, *RETURNS, *NOTICES), key=lambda r: r.priority)
)


def classify(cue: Cue, ctx: Context) -> Rule | None:
    """The first rule that fits a period with this cue in this clause, or None: not a duty."""
    for rule in RULES:
        if rule.fits(cue, ctx):
            return rule
    return None


__all__ = ["RULES", "Rule", "classify"]
