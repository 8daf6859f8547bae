"""English contracts: periods written "thirty (30) days", "10 business days", read by their own
small rule table (the Japanese rules never see Latin text).

The scan and the clause machinery are shared; what differs is the wording: the number and unit,
the direction words (before / prior / within / after) and the words that decide the kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Direction, DutyKind, Party, Unit
from tracker.extract.context import Context

# numbers written as words without digits: "thirty days"
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90, "a hundred and twenty": 120,
}
_WORD_ALTERNATION = "|".join(sorted(WORDS, key=len, reverse=True))
_PERIOD = re.compile(
    r"(?i)(?:\b[a-z]+(?:-[a-z]+)? ?\( ?(?P<num>\d{1,4}) ?\)|(?<![\w.,])(?P<bare>\d{1,4})"
    rf"|\b(?P<word>{_WORD_ALTERNATION}))"
    r"[ -]?(?P<unit>business days?|calendar days?|days?|weeks?|months?|years?|hours?)\b"  # one-year
)
_UNITS = {"business": Unit.BUSINESS_DAY, "calendar": Unit.DAY, "day": Unit.DAY, "days": Unit.DAY,
          "week": Unit.WEEK, "weeks": Unit.WEEK, "month": Unit.MONTH, "months": Unit.MONTH,
          "year": Unit.YEAR, "years": Unit.YEAR, "hour": Unit.HOUR, "hours": Unit.HOUR}
_BEFORE = re.compile(r"(?i)^'?s?'? ?(?:prior|before|in advance)")
_PAST = re.compile(r"(?i)(?:preceding|prior to the (?:event|date of the claim))")  # a look-back window
_NOT_PERIOD = re.compile(r"(?i)^ ?(?:per |of the time|%)")
# English party words: who is the customer, who the provider, and words for either side
_PARTIES = (
    (re.compile(r"(?i)\b(?:either party|each party|both parties|the parties|the other party)\b"), Party.BOTH),
    (re.compile(r"\b(?:Customer|Client|Subscriber|Licensee|Buyer|Tenant|Lessee|You|you)\b"), Party.CUSTOMER),
    (re.compile(r"\b(?:Provider|Company|Supplier|Vendor|Licensor|Seller|Landlord|Lessor|We|we)\b"),
     Party.PROVIDER),
)


@dataclass(frozen=True)
class EnglishHit:
    start: int
    end: int
    amount: int
    unit: Unit
    direction: Direction


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
# first fit wins: specific wording (unpaid, cure, change, renew) before the general (notice, term)
RULES: tuple[EnglishRule, ...] = (
    EnglishRule(DutyKind.DEFAULT, _A, _r(r"unpaid|overdue"), "payment_due", before=_r(r"more than $")),
    EnglishRule(DutyKind.CURE, _A, _r(r"\bcure|remed(?:y|ied)\b"), "violation_notice"),
    EnglishRule(DutyKind.CHANGE_NOTICE, _B, _r(r"\bchang|\bmodif|\bamend|revised"), "change_effective",
                Party.PROVIDER),
    EnglishRule(DutyKind.RENEWAL_NOTICE, _B, _r(r"renew"), "expiry"),
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
    # "renews for successive one-year terms": a renewal term runs from expiry
    EnglishRule(DutyKind.TERM, _A, _r(r"renew|successive"), "expiry", None,
                before=_r(r"renew|successive|additional|further")),
    EnglishRule(DutyKind.TERM, _A, _r(r"\bterm\b|renew|successive periods"), "start", None),
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


def find_english_periods(compact: str) -> list[EnglishHit]:
    hits = []
    for m in _PERIOD.finditer(compact):
        after = compact[m.end() : m.end() + 30]
        if _NOT_PERIOD.match(after) or _PAST.match(after.lstrip(" ")):
            continue
        unit = _UNITS[m.group("unit").split()[0].lower()]
        direction = Direction.BEFORE if _BEFORE.match(after) else Direction.AFTER
        digits = m.group("num") or m.group("bare")
        amount = int(digits) if digits else WORDS[m.group("word").lower()]
        hits.append(EnglishHit(m.start(), m.end(), amount, unit, direction))
    return hits


def classify_english(hit: EnglishHit, ctx: Context) -> EnglishRule | None:
    text = ctx.clause + " " + ctx.heading
    for rule in RULES:
        if rule.direction is not None and rule.direction is not hit.direction:
            continue
        if rule.before and not rule.before.search(ctx.before):
            continue
        if rule.sentence.search(text):
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
