"""A kind rule as reviewable data: the cue it needs, the words before, after and around, and an
example of our own that it must classify (tests/unit/extract/test_kind_rules.py holds it to that)."""

from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass, field

from tracker.domain import Direction, DutyKind, Party
from tracker.extract.context import Context
from tracker.extract.periods import Cue

# the start of the next verb phrase with a subject of its own (…を発行し、甲は、…): an `after` window
# that must stay in the period's own phrase stops there, as (?:(?!NEXT_PHRASE)[^。])
NEXT_PHRASE = r"し、[^、。]{1,8}?(?:は|が)"

AFTER = frozenset({Cue.WITHIN, Cue.LAPSE, Cue.DURATION, Cue.NONE})
BEFORE = frozenset({Cue.BEFORE})
ANY = AFTER | BEFORE


@dataclass(frozen=True)
class Rule:
    """`before` is searched in the clause before the period, `after` in the clause after it,
    `around` in the item lead-in + clause + article heading, `lead` in the item lead-in alone,
    `then` in the next clause,
    `unless` in the clause; all given patterns must hold (`unless` must not). Rules are tried by
    `priority`, lowest first; no two rules share one, so the order never depends on file order."""

    name: str
    kind: DutyKind
    priority: int
    cues: frozenset[Cue] = ANY
    before: str | None = None
    after: str | None = None
    around: str | None = None
    lead: str | None = None  # searched in the item lead-in (次の各号…削除する), for items only
    unless: str | None = None
    then: str | None = None  # searched in the clause after this one
    anchor: str | None = None  # the anchor where the words name none (or always, with lookup=False)
    lookup: bool = True  # read the anchor from the words next to the period (anchors.py)
    obligor: Party | None = Party.CUSTOMER  # default where the clause names no one
    direction: Direction | None = None  # where the words fix it (解約予告期間は2か月: before), else the cue's
    cited: bool = False  # the kind is that of the article the clause cites, where its heading names one
    _: KW_ONLY
    example: str  # a sentence this rule, and no rule of a lower priority number, classifies
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key in ("before", "after", "around", "lead", "unless", "then"):
            pattern = getattr(self, key)
            if pattern is not None:
                self._compiled[key] = re.compile(pattern)

    def fits(self, cue: Cue, ctx: Context) -> bool:
        if cue not in self.cues:
            return False
        c = self._compiled
        if "before" in c and not c["before"].search(ctx.before):
            return False
        if "after" in c and not c["after"].search(ctx.after):
            return False
        if "lead" in c and not c["lead"].search(ctx.lead):
            return False
        if "then" in c and not c["then"].search(ctx.following):
            return False
        if "around" in c and not c["around"].search(ctx.whole + "\n" + ctx.heading):
            return False
        return not ("unless" in c and c["unless"].search(ctx.clause))
