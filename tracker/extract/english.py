"""English contracts: the kind of each period the English grammar finds (english_periods), read by
their own small rule table (the Japanese rules never see Latin text).

The renewal reading (renewal_en) decides first, from the period's place in its sentence: the notice
that stops a renewal and each renewal's length. The other kinds are told by the words of the clause
and the direction (before / prior / within / after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Direction, DutyKind, Party
from tracker.extract.context import Context
from tracker.extract.english_periods import EnglishHit
from tracker.extract.occurrences import Occurrences
from tracker.extract.renewal_en import Role, Sentences, role

# English party words: who is the customer, who the provider, and words for either side
_PARTIES = (
    (re.compile(r"(?i)\b(?:either party|each party|both parties|the parties|the other party)\b"), Party.BOTH),
    (re.compile(r"\b(?:Customer|Client|Subscriber|Licensee|Buyer|Tenant|Lessee|You|you)\b"), Party.CUSTOMER),
    (re.compile(r"\b(?:Provider|Company|Supplier|Vendor|Licensor|Seller|Landlord|Lessor|We|we)\b"),
     Party.PROVIDER),
)


@dataclass(frozen=True)
class EnglishRule:
    """`sentence` must be found in the clause (lower-cased), `before` in the words before the period."""

    kind: DutyKind
    direction: Direction | None
    sentence: re.Pattern[str]
    anchor: str
    obligor: Party | None = Party.CUSTOMER
    before: re.Pattern[str] | None = None


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_B, _A = Direction.BEFORE, Direction.AFTER
# first fit wins: specific wording (unpaid, cure, change) before the general (notice, term)
RULES: tuple[EnglishRule, ...] = (
    EnglishRule(DutyKind.DEFAULT, _A, _r(r"unpaid|overdue"), "payment_due", before=_r(r"more than $")),
    EnglishRule(DutyKind.CURE, _A, _r(r"\bcure|remed(?:y|ied)\b"), "violation_notice"),
    EnglishRule(DutyKind.CHANGE_NOTICE, _B, _r(r"\bchang|\bmodif|\bamend|revised"), "change_effective",
                Party.PROVIDER),
    EnglishRule(DutyKind.TERMINATION_NOTICE, _B, _r(r"terminat|cancel"), "cancellation_date"),
    EnglishRule(DutyKind.NOTIFICATION, _B, _r(r"notice|notif"), "event"),
    EnglishRule(DutyKind.CONFIDENTIALITY, _A, _r(r"confidential|obligations in this (?:article|sect)|surviv"),
                "termination", Party.BOTH),
    EnglishRule(DutyKind.CLAIM_LIMITATION, _A, _r(r"\bclaim|action .{0,20}brought|service credit"),
                "claim_arises", Party.BOTH),
    EnglishRule(DutyKind.NOTIFICATION, _A, _r(r"deemed (?:received|delivered|given)"), "dispatch",
                Party.BOTH),
    EnglishRule(DutyKind.NOTIFICATION, _A, _r(r"\bnotif|\bcertif|\breport|\binform"), "event"),
    EnglishRule(DutyKind.DATA_DELETION, _A, _r(r"\bdelet|\berase|\bexport|read-only|\bretain"), "termination",
                Party.PROVIDER),
    EnglishRule(DutyKind.RETURN, _A, _r(r"\breturn|\bdestroy"), "termination"),
    EnglishRule(DutyKind.PAYMENT, _A, _r(r"\bpa(?:y|id)\b|invoice"), "invoice"),
    EnglishRule(DutyKind.INSPECTION, _A, _r(r"\binspect|\baccept"), "delivery"),
    # the initial term; a renewal's length is the renewal reading's
    EnglishRule(DutyKind.TERM, _A, _r(r"\bterm\b"), "start", None),
)


# The event named right after the period ("within 72 hours after becoming aware of it"), where
# it says more than the rule's own anchor: (words after the period, words the clause must hold,
# anchor). The first that fits wins.
ANCHORS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, str], ...] = (
    (_r(r"^[^.;]{0,20}?after (?:the )?end of (?:the|each|a|any) (?:calendar )?(?:month|quarter|period|year)"),
     None, "period_end"),
    (_r(r"^[^.;]{0,20}?after (?:first )?(?:becoming aware|it becomes aware|learning|discovering)"), None,
     "incident"),
    (_r(r"^[^.;]{0,20}?after (?:completing|completion of|the completion of)"), _r(r"\bdelet|\berase"),
     "data_deletion"),
    (_r(r"^[^.;]{0,20}?(?:prior|advance) (?:written )?notice"), _r(r"\bsuspen"), "suspension"),
)


def english_anchor(rule: EnglishRule, ctx: Context) -> str:
    """The event the words after the period name, else the rule's anchor."""
    for after, clause, anchor in ANCHORS:
        if after.search(ctx.after) and (clause is None or clause.search(ctx.clause)):
            return anchor
    return rule.anchor


def is_english(compact: str) -> bool:
    """Mostly Latin text (encode drops the rest, a fast way to count)."""
    return len(compact.encode("ascii", "ignore")) * 2 > len(compact)


# the renewal reading decides first (renewal_en): the notice that stops a renewal, a renewal's length
RENEWAL_RULES = {
    Role.NOTICE: EnglishRule(DutyKind.RENEWAL_NOTICE, _B, _r(""), "expiry", Party.BOTH),
    Role.RENEWAL: EnglishRule(DutyKind.TERM, _A, _r(""), "expiry", None),
}


LONGEST_WORDS = 40  # no rule's `sentence` matches more characters (a test holds the table to it)


class RuleWords:
    """Where the words of each rule occur in one compact text (occurrences): a run of periods in one
    long clause reads the text about once per rule, not once per period."""

    def __init__(self, compact: str) -> None:
        self._found = {rule.sentence: Occurrences(rule.sentence, compact, LONGEST_WORDS) for rule in RULES}

    def in_clause(self, rule: EnglishRule, ctx: Context) -> bool:
        """Whether the clause or its heading holds the rule's words."""
        found = self._found[rule.sentence]
        return found.within(ctx.start, ctx.start + len(ctx.clause), " " + ctx.heading)


def classify_english(
    hit: EnglishHit, ctx: Context, sentences: Sentences, words: RuleWords
) -> EnglishRule | None:
    """The renewal reading first, then the first rule of the table whose words the clause holds."""
    found = role(hit, sentences)
    if found is not None:
        return RENEWAL_RULES[found]
    if hit.loose:
        return None
    for rule in RULES:
        if rule.direction is not None and rule.direction is not hit.direction:
            continue
        if rule.before and not rule.before.search(ctx.before):
            continue
        if words.in_clause(rule, ctx):
            return rule
    return None


# what follows a party word used as a subject: "Provider may", "Customer shall", "the other party fails"
_SUBJECT_VERB = re.compile(
    r" ?(?:shall|will|may|must|can|agrees|gives|has|is|fails|breaches|materially|becomes)\b"
)


def english_obligor(rule: EnglishRule, ctx: Context) -> Party | None:
    """The party that is the last subject before the period ("Provider may suspend … after
    giving Customer ten (10) days' notice" → Provider), else the rule's default."""
    if rule.obligor is None or rule.kind in (DutyKind.CONFIDENTIALITY, DutyKind.DATA_DELETION):
        return rule.obligor
    best: tuple[int, Party] | None = None
    for pattern, party in _PARTIES:
        for m in pattern.finditer(ctx.before):
            if _SUBJECT_VERB.match(ctx.before, m.end()) and (best is None or m.start() > best[0]):
                best = (m.start(), party)
    return best[1] if best else rule.obligor
