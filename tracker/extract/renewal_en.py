"""What a period means in an English term-and-renewal clause: the notice that stops a renewal, the
length of each renewal, or neither (the reading of the other kinds takes over).

A period is read by its place in the sentence: a notice period ("at least ninety (90) days prior
to", "upon thirty days' written notice") in a sentence that renews the contract ("automatically
renew … unless"), that keeps it running until notice ("continue until terminated by either party
upon …") or that times the notice against the end of a term ("prior to the expiration of the
then-current term") stops a renewal; a period whose nearest cue before it is a renewal word
("renew for successive one (1) year periods", "an additional period of") is the renewal's length.
A notice to end a contract that never renews, a cure period and a cap ("up to ten years") are not.
"""

from __future__ import annotations

import bisect
import re
from enum import Enum

from tracker.domain import Direction, Unit
from tracker.extract.english_periods import EnglishHit
from tracker.extract.occurrences import Occurrences

# a full stop after a word (or a heading in capitals), before a capital, a quote, an item mark or a
# section number: "notice.8.2 Remedies", "term.(c)If", "TERM.This"
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z)\"'\]])|(?<=[A-Z]{2}))\."
    r"(?=[\"(]?[A-Z]|\d{1,2}(?:\.\d{1,2})*\.? ?[A-Z(\"]|\(?[a-z0-9]{1,3}\))"
)
_REACH = 600  # the most a sentence reaches either side of a period


class Role(Enum):
    NOTICE = "renewal_notice"
    RENEWAL = "renewal_term"


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_ROLL = r"roll(?:s|ed|ing)? (?:forward|over)"
_NOTICE_AFTER = re.compile(
    r"(?i)^(?:'s?|s')? ?(?:\(\w+\) )?(?:(?:advance|prior|written|express|previous|calendar|days?'?) ?)*"
    r"(?:notice|notification)"
)
_NOTICE_BEFORE = re.compile(
    r"(?i)(?:notice|notif\w*|in writing)\b[^;]{0,60}?\b"
    + _words("at least", "not less than", "no less than", "no later than", "of", "within", "minimum of",
             "upon", "with")
    + r" ?(?:an? |the )?$"
)
# "commencing six months prior to expiry": when something starts, not a notice
_WINDOW_START = re.compile(r"(?i)\b(?:commencing|beginning|starting) $")
# the words that make a period a renewal's length when they are the last cue before it, and the others
_RENEW_CUE = _words(
    r"renew\w*", "extended", "extends? automatically", "extend (?:the|this|such)", "extension", r"prolong\w*",
    r"automatic\w*", "successive", "consecutive", "subsequent", "additional", "further", "another",
    "thereafter", _ROLL, "year[ -]to[ -]year", r"continu\w* (?:automatically|thereafter)",
)
_OTHER_CUE = _words(
    "initial", "original", "first", r"commenc\w*", "effective", r"expir\w*", "until", "up to",
    "not to exceed", "maximum", "total", "aggregate", "within", "following", "after", "prior",
    "before", "notice", "cure", "remedy", "license", "licence", "later than", "longer than",
    "beyond", "more than", "exceed", "payment", "fee", "price", r"royalt\w*",
)
_CUE = re.compile(rf"(?i)\b(?:(?P<renew>{_RENEW_CUE})|{_OTHER_CUE})\b")
# "on a year-to-year basis" names a renewal wherever the contract runs on; "up to" a cap, not a length
_BASIS = re.compile(r"(?i)(?:year[ -]?to[ -]?year|month[ -]?to[ -]?month)")
_CAP = re.compile(r"(?i)\bup to(?: an?)?(?: additional| further| another)? ?$")
# "monthly fee", "annual report": a word form that qualifies a thing, not a period
_THING_NEXT = re.compile(
    r"(?i) ?(?:fees?|payments?|reports?|charges?|rent|royalt|minimum|amounts?|sales|invoices?|statements?|"
    r"meetings?|budgets?|prices?|review|audit|plan)"
)
# "a one (1) year Renewal Term", "automatic annual renewals"
_RENEWAL_NEXT = re.compile(r"(?i) ?(?:(?:renewal|extension) (?:term|period)s?|renewals?)\b")
# a sentence that renews the contract, or keeps it running until a notice ends it (_RUNS_UNTIL)
_RENEWS = re.compile(
    r"(?i)renew|\b"  # no word boundary before renew: EDGAR text glues words ("itsrenewals")
    + _words(r"extend(?:s|ed)?\b", "extension", "prolong(?:s|ed)?", "evergreen", "successive", _ROLL,
             "year[ -]to[ -]year", "month[ -]to[ -]month")
)
_RUNS_UNTIL = re.compile(
    r"(?i)\b(?:continu\w*|remain\w*|in (?:full )?(?:force|effect))\b[^.]{0,160}?\buntil "
    + _words(r"terminated", r"cancel\w*", "either party", "one party", "one of the parties")
)
_RENEW_VERB = re.compile(rf"(?i)\b(?:renew|extend|extension|prolong|continu|successive|{_ROLL})")
# a notice timed against the end of a term or an anniversary ("prior to the end of the Initial Term")
_AT_TERM_END = re.compile(
    r"(?i)^[^;]{0,70}?\b(?:prior to|before|preceding|in advance of|at|upon)"
    r"(?: the| such| any| each| its)? (?:"
    + _words(r"expir\w*", "end", "anniversary", "renewal", "termination")
    + " (?:date )?of (?:the |this |such |any |each |said |its )?"
    + "(?:then[ -]?current |current |initial |original |renewal |extension |applicable )?"
    + _words("term", "agreement", "period", "renewal", "extension", "contract")
    + "|(?:expiry|expiration|renewal|anniversary) date)"
)
# a notice to end the contract once its first term is over, or on any anniversary, stops a renewal
_AFTER_FIRST_TERM = re.compile(
    r"(?i)\b(?:following|after|at the end of|upon expiration of) the (?:initial|original|first) term"
    r"|\b(?:each|any) anniversary"
)
# a contract that renews somewhere in its text, so that a notice before a term's end stops a renewal
_DOCUMENT_RENEWS = re.compile(
    r"(?i)automatic\w* (?:be )?(?:renew|extend|continu)|(?:renew|extend|continu)\w* automatic"
    r"|(?:renew|extend)(?:s|ed)?(?: automatically)? for|successive|evergreen|year[ -]to[ -]year"
    r"|then[ -]?current|renewal term"
)
_CURE = re.compile(r"(?i)\b(?:cure|remed(?:y|ied)|breach|default)")
# a notice that ends the contract or refuses a renewal (not one that changes fees or opens talks)
_ENDS = re.compile(
    r"(?i)\b(?:terminat|cancel|non-?renew|not (?:to )?(?:renew|extend)|unless|until|discontinu|expir)"
)
_NOT_ENDING = re.compile(
    r"(?i)\b(?:negotiat|discuss|propos|offer|good faith|option|exercise|invoice|request)"
)
# the renewal of something other than the contract: an insurance policy, a bond
_OTHER_THING = re.compile(r"(?i)\b(?:insurance|coverage|polic(?:y|ies)|bond)\b")
# a renewal that needs both parties' consent is no automatic renewal: it has no notice and no length
_MUTUAL = re.compile(
    r"(?i)\bmutual(?:ly)? (?:written )?(?:agree|consent)|\bagreed? (?:in writing|by both|to (?:renew|extend))"
    r"|(?:agreement|consent) of (?:all|both|the) parties|consent of both"
)
# nor is a period of a survival clause or of a definition ("Contract Year" means …) a renewal's length
_SURVIVAL = re.compile(r"(?i)\bsurviv")
_DEFINITION = re.compile(r"(?i)\"[^\"]{1,40}\"\s?(?:means|shall mean|shall refer to|refers to)\b")
_TAIL_PERIOD = re.compile(
    r"(?i)^[^;]{0,15}?\b(?:following|after|from) (?:the )?(?:expiration|termination|expiry)"
)


# the words a whole sentence is searched for, found once per text (occurrences); none matches more
# than LONGEST_WORDS characters (a test holds them to it)
SENTENCE_WORDS = (_ENDS, _RENEWS, _AFTER_FIRST_TERM, _RENEW_VERB)
LONGEST_WORDS = 40


class Sentences:
    """English sentence bounds of one compact text, computed once."""

    def __init__(self, compact: str) -> None:
        self.compact = compact
        self._ends = [m.end() for m in _SENTENCE_END.finditer(compact)]
        self.renews = _DOCUMENT_RENEWS.search(compact) is not None
        self._words = {p: Occurrences(p, compact, LONGEST_WORDS) for p in SENTENCE_WORDS}

    def around(self, index: int) -> tuple[str, int]:
        """The sentence holding `index`, and its offset in the text."""
        i = bisect.bisect_right(self._ends, index)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.compact)
        start, end = max(start, index - _REACH), min(end, index + _REACH)
        return self.compact[start:end], start

    def holds(self, words: re.Pattern[str], sentence: str, offset: int) -> bool:
        """Whether `sentence`, found at `offset` by `around`, holds `words` (one of SENTENCE_WORDS)."""
        return self._words[words].within(offset, offset + len(sentence))


def _is_notice(hit: EnglishHit, pre: str, post: str) -> bool:
    if _WINDOW_START.search(pre, max(len(pre) - 12, 0)):  # it ends `pre`: only its last words are read
        return False
    return hit.direction is Direction.BEFORE or bool(_NOTICE_AFTER.match(post) or _NOTICE_BEFORE.search(pre))


def _renewal_length(hit: EnglishHit, pre: str, words: str, post: str) -> bool:
    if hit.unit not in (Unit.MONTH, Unit.YEAR):
        return False
    if hit.loose and _THING_NEXT.match(post):
        return False
    if _BASIS.fullmatch(words) and post.startswith(" basis"):
        return True
    if _CAP.search(pre):
        return False
    cues = _CUE.findall(pre[-50:] if hit.loose else pre[-90:])
    if cues:
        return bool(cues[-1])  # the last cue is a renewal word
    return bool(_RENEWAL_NEXT.match(post))


def role(hit: EnglishHit, sentences: Sentences) -> Role | None:
    """The renewal role of `hit`, or None where it plays none."""
    sentence, offset = sentences.around(hit.start)
    at, end = hit.start - offset, hit.end - offset
    pre, post = sentence[:at], sentence[end:]
    near = pre[-120:] + " " + post[:100]  # the words that qualify this period, not the whole sentence
    if _CURE.search(pre[-80:] + " " + post[:80]) or _MUTUAL.search(near) or _OTHER_THING.search(near):
        return None
    if _is_notice(hit, pre, post):
        if hit.loose or not sentences.holds(_ENDS, sentence, offset) or _NOT_ENDING.search(near):
            return None
        if (
            sentences.holds(_RENEWS, sentence, offset)
            or _RUNS_UNTIL.search(sentence)
            or sentences.holds(_AFTER_FIRST_TERM, sentence, offset)
        ):
            return Role.NOTICE
        if sentences.renews and _AT_TERM_END.search(post):
            return Role.NOTICE
        return None
    if _SURVIVAL.search(near) or _DEFINITION.search(pre) or _TAIL_PERIOD.match(post):
        return None
    if sentences.holds(_RENEW_VERB, sentence, offset) and _renewal_length(hit, pre, sentence[at:end], post):
        return Role.RENEWAL
    return None
