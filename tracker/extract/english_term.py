"""The English term grammar: the Effective Date, and the end of the initial term.

English contracts define an Effective Date ("made and entered into as of June 1, 2004 (the
"Effective Date")", "Commencement Date" means 1 April 2020) and give the term in words: a length
("for a term of three (3) years from the Effective Date"), an end date ("shall continue until
December 31, 2010", "Termination Date: December 31, 2023"), an anniversary ("expire on the fifth
anniversary") or no end ("in perpetuity"). A sentence about the term of the agreement itself
outranks one that mentions a term in passing.
"""

from __future__ import annotations

import re

from tracker.domain import Direction, Period, Unit
from tracker.extract.dates import Dated
from tracker.extract.english_periods import find_english_periods
from tracker.extract.term_dates import Read

_Q = "[\"“”']?"
# the date defined as the Effective Date: DATE (the "Effective Date") / "Effective Date" means DATE
_EFFECTIVE_AFTER = re.compile(
    rf"(?i)[^.;()]{{0,40}}?(?:\( ?(?:the |hereinafter |herein )?[^()]{{0,25}}?"
    rf"|,? ?(?:hereinafter |herein )(?:called |referred to as )?(?:the )?){_Q}effective date"
)
# "Commencement Date" means: 1 April 2020 / "Effective Date" means 12:01 a.m. Eastern Time on …
_EFFECTIVE_BEFORE = re.compile(
    rf"(?i)(?:(?:effective|commencement) date{_Q}(?: of this agreement)?"
    r"(?: ?(?:shall be|is|will be|shall mean|means))?[:,]?(?: ?[0-9:.]+ ?[ap]\.?m\.?[a-z ]{0,30}? on)?"
    r"|\beffective(?: as of| as from| on| from)?|\bcommenc\w*(?: on| upon| as of)?|\bbegin\w*(?: on| as of)?"
    r"|\bstart\w*(?: on)?)(?: the)? ?(?:this ?)?$"
)
# the preamble's date: made / entered into / dated / executed (as of) …
_MADE = re.compile(r"(?i)(?:made|entered into|dated|executed|as of|this)\b[^.;]{0,40}$")
# "effective as of the date of the last signature": a date the text does not state
_UNSTATED = re.compile(
    r"(?i)effective (?:as of |on |upon )?the (?:date|day) (?:of |on which |that |when )?(?:the )?"
    r"(?:last|later|latest|final|signature|execution|full)"
)
_SIGNATURE = re.compile(
    r"(?i)(?:(?<![a-z])dated?|\bsigned (?:in|on|at)[^.:]{0,20}?|signature [a-z ]{0,50}? on) ?:? ?$"
)
# a signature table that puts its labels under the dates: "December 8, 2005 December 7, 2005 --- Date Date"
_DATE_LABEL_AFTER = re.compile(r"(?i)(?: ?[0-9/]{6,10}| ?[a-z]+\.? ?[0-9]{1,2},? ?[0-9]{4})?[- ]*date\b")
_NOT_OURS = re.compile(r"(?i)(?:source|filed|[0-9]-k|10-q)[^.]{0,30}$")
# another document's date: "the original Purchase Contract, made effective on 6 April 1998", "a
# Memorandum of Understanding … effective from 16th June 1999", "by letter dated November 30, 2007",
# "the Mutual Confidentiality Agreement …, which was effective July 17, 2009" (not "this Agreement,
# dated as of …", not a title in capitals, not an "Effective Date:" label)
_OTHER_DOCUMENT = re.compile(
    r"\b(?P<before>[A-Za-z]+ )?(?:[Aa]greement|[Cc]ontract|Memorandum of Understanding|[Ll]etter|MOU"
    r"|[Aa]mendment|[Oo]rder)[\"”']?(?:(?![Aa]greement|[Cc]ontract)[^.;()]){0,40}?"
    r"(?:[Ee]ffective(?! ?[Dd]ate)|dated)\b[^.;()0-9]{0,12}$"
)
_OURS = re.compile(r"(?i)this |present |hereby |said ")
# …unless it is the title at the head of this one ("SERVICES AGREEMENT Co-Branding and Services
# Agreement, effective as of October 1, 1999"); a title names no other document "that certain" one
_HEAD = 400
_CITED = re.compile(r"(?i)certain|pursuant|under|amend|between")
_SENTENCE_END = re.compile(r"\.(?=[A-Z(0-9\"“])|;|:(?=[A-Z])")
# the term's words before a period or an end date
_TERM_WORDS = re.compile(
    r"(?i)\bterm\b|\bcontinu|remain in (?:full )?(?:force|effect)|in (?:full )?(?:force|effect)|\bexpir"
    r"|\bshall (?:be )?(?:effective|terminat)|\bperiod\b|\bvalid\b"
)
_NOT_INITIAL = re.compile(
    r"(?i)renew|extension|extended|additional|successive|surviv|(?:during|throughout) the term|the term and\b"
    r"|(?:after|following) the initial term|month[- ]to[- ]month|year[- ]to[- ]year"
    r"|(?:after|following) (?:the )?(?:terminat|expir)"
)
# "unless earlier terminated or extended as provided below": a proviso, not a renewal of the term
_UNLESS = re.compile(
    r"(?i)\bunless\b[^.;]{0,100}(?:extended|renewed|terminated)\b"
    r"(?: as (?:provided|set forth) (?:herein|below|above))?"
)
# the end date under its label: "Termination Date: December 31, 2023", "Expiration Date" means …
_END_LABEL = re.compile(
    rf"(?i)\b(?:termination|expiration|expiry|end) date{_Q}(?: ?(?:shall mean|means|is|shall be))? ?:? ?$"
)
# the date named as the term's end: "through February 16, 2019 (the "Initial Term")"
_NAMED_TERM = re.compile(rf"(?i),? ?\( ?(?:the ?)?(?:initial ?)?{_Q}(?:[a-z]+ )?(?:initial )?term{_Q} ?\)")
_TERM_HEADING = re.compile(
    r"(?i)\bterm(?: and termination| of (?:the |this )?agreement)?\W{0,3}(?:[0-9.]{1,6} ?)?$"
)
# what follows a period that is a part of the term, not its length: "the first three months of the Term"
_PART_OF_TERM = re.compile(r"(?i) ?(?:of (?:the|this|each|any)|remaining|prior|preceding|before)\b")
# a sentence about the term of the agreement itself
_STRONG = re.compile(
    r"(?i)term of this (?:agreement|contract)|initial term|\bthe term (?:of|shall|will|is|hereof)\b"
    r"|(?:agreement|contract) (?:shall be|is) effective|take effect|become effective|initial period"
    r"|(?:agreement|contract) (?:shall|will|is) (?:commence|continue|remain|be effective|be valid"
    r"|be in effect|be for a term|expire|terminate|begin)"
)
# the term's own length, without a "from": "the initial term is 3 years", "remain in effect for 5 years"
_TERM_OF = re.compile(r"(?i)initial|term of|\bterm\b|commenc|remain in|continue")
_UNTIL = re.compile(
    r"(?i)(?:until|through|thru|(?:expir|terminat|\bend|conclud)\w*(?: on| at| as of)?"
    r"|to and including"
    r"|\bto)(?: and including)?(?: the (?:later|earlier) of ?(?:\(a\) ?)?)?(?: the)?"
    r"(?: close of business on| midnight on)? ?$"
)
_FROM = re.compile(
    r"(?i)[^.;]{0,60}?(?:\bfrom\b|\bafter\b|\bcommenc|\bbeginning|\bstarting|\bfollowing|\bof the effective)"
)
_ANNIVERSARY = re.compile(
    r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth"
    r"|[0-9]{1,2}(?:st|nd|rd|th)) ?(?:\([0-9a-z]+\) ?)?anniversary of the (?:effective|commencement|date)"
)
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))}
_ORDINALS |= {"fifteenth": 15, "twentieth": 20}
_PERPETUAL = re.compile(
    r"(?i)in perpetuity|\bperpetual(?:ly)?\b|\bindefinite(?:ly)?\b|unlimited period"
    r"|until (?:it is |so |otherwise )?terminated"
)


def _sentence(compact: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(compact, max(0, at - 400), at)),
                default=max(0, at - 400))
    m = _SENTENCE_END.search(compact, at, at + 400)
    return start, m.start() if m else min(len(compact), at + 400)


def english_start(compact: str, found: list[Dated]) -> Read | None:
    """The Effective Date: a date defined or introduced as such, else the preamble's date."""
    ours = [d for d in found if not _NOT_OURS.search(compact, max(0, d.start - 40), d.start)
            and not _other_document(compact, d.start)]
    for d in ours:
        if _EFFECTIVE_AFTER.match(compact, d.end, d.end + 80) or _EFFECTIVE_BEFORE.search(
            compact, max(0, d.start - 60), d.start
        ):
            return Read(d.day, d.start, d.end, 0.8)
    unstated = _UNSTATED.search(compact)
    for d in ours if not unstated else ():
        if d.start < 3000 and _MADE.search(compact, max(0, d.start - 60), d.start):
            return Read(d.day, d.start, d.end, 0.65)
    # no date of its own: the day the last party signed ("Date: July 16, 2012" under each signature)
    signed = [d for d in ours if _SIGNATURE.search(compact, max(0, d.start - 70), d.start)
              or _DATE_LABEL_AFTER.match(compact, d.end)]
    block = [d for d in signed if d.start - signed[0].start < 600] if signed else []
    last = max(block, key=lambda d: d.day, default=None)
    return Read(last.day, last.start, last.end, 0.5) if last else None


def _other_document(compact: str, at: int) -> bool:
    """Whether the date at `at` dates another document than this agreement."""
    m = _OTHER_DOCUMENT.search(compact, max(0, at - 90), at)
    if not m or _OURS.match(m.group("before") or ""):
        return False
    return at >= _HEAD or bool(_CITED.search(compact, max(0, m.start() - 60), at))


def _initial(text: str) -> bool:
    """Whether `text` speaks of the initial term, not a renewal, an extension or a time after it."""
    return not _NOT_INITIAL.search(_UNLESS.sub("", text))


def _strong(compact: str, s: int, before: str) -> bool:
    """Whether the sentence starting at `s` is about the term itself, by its words or its heading
    ("2. Term. This Agreement …")."""
    return bool(_STRONG.search(before) or _TERM_HEADING.search(compact, max(0, s - 30), s))


def english_end(
    compact: str, found: list[Dated], start: Read | None
) -> tuple[Read | None, Read | None, Read | None]:
    """(end, initial term, perpetual): the end date, anniversary or length the term's own words give
    (a sentence about the term of the agreement itself first, else the earliest), or no end at all."""
    candidates: list[tuple[bool, int, Read | None, Read | None]] = []
    for d in found:
        if start and d.day <= start.value:  # type: ignore[operator]
            continue
        s, _ = _sentence(compact, d.start)
        before = compact[s : d.start]
        stated = Read(d.day, d.start, d.end, 0.75)
        if _END_LABEL.search(compact, max(0, d.start - 40), d.start):
            candidates.append((False, d.start, stated, None))
            continue
        until = _UNTIL.search(compact, max(s, d.start - 40), d.start)
        named = until and _NAMED_TERM.match(compact, d.end)
        if named or (until and _TERM_WORDS.search(before) and _initial(before)):
            candidates.append((not (named or _strong(compact, s, before)), d.start, stated, None))
    for hit in find_english_periods(compact):
        if hit.unit not in (Unit.YEAR, Unit.MONTH):
            continue
        s, e = _sentence(compact, hit.start)
        before = compact[s : hit.start]
        # the words right after the length, up to a comma ("one (1) year renewal terms")
        after = compact[hit.end : min(e, hit.end + 25)].split(",", 1)[0]
        if not _TERM_WORDS.search(before) or not _initial(before + after):
            continue
        if _PART_OF_TERM.match(compact, hit.end):
            continue
        if not (_FROM.match(compact, hit.end, e) or _TERM_OF.search(before)):
            continue
        # "… for two (2) years from and after the Effective Date (the "Initial Term")"
        named = _NAMED_TERM.search(compact, hit.end, min(e, hit.end + 60))
        weak = not (named or _strong(compact, s, before))
        if weak:
            continue  # a few months in passing: a notice or a price period, rarely the term
        length = Read(Period(hit.amount, hit.unit, Direction.AFTER), hit.start, hit.end, 0.7)
        candidates.append((weak, hit.start, None, length))
    for m in _ANNIVERSARY.finditer(compact):
        s, _ = _sentence(compact, m.start())
        before = compact[s : m.start()]
        if _TERM_WORDS.search(before) and _initial(before):
            word = m.group(1).lower()
            years = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
            # "until the fifth anniversary": a term of five years (its end a day before it)
            length = Read(Period(years, Unit.YEAR, Direction.AFTER), m.start(), m.end(), 0.7)
            candidates.append((not _strong(compact, s, before), m.start(), None, length))
    weak, at, end, term = min(candidates, key=lambda c: (c[0], c[1]), default=(True, 0, None, None))
    # "an Initial Term of three (3) years. The Term shall commence on July 23, 2013 and shall expire on
    # July 22, 2016": the dates that follow the length say the same more precisely
    end = end or next((c[2] for c in candidates if c[2] and c[0] == weak and 0 < c[1] - at < 400), None)
    if weak:
        perpetual = _perpetual(compact)
        if perpetual or not candidates:
            return None, None, perpetual or Read(True, 0, 0, 0.3)  # no term stated: until terminated
    return end, term, None


def _perpetual(compact: str) -> Read | None:
    """A term with no end: "continues in perpetuity", "shall remain in effect until terminated"."""
    for m in _PERPETUAL.finditer(compact):
        s, _ = _sentence(compact, m.start())
        before = compact[s : m.start()]
        if re.search(r"(?i)\bterm\b|this agreement|\bagreement (?:shall|will)", before) and not re.search(
            r"(?i)licen[cs]e|right|surviv|obligation", before
        ):
            return Read(True, m.start(), m.end(), 0.6)
    return None


__all__ = ["english_end", "english_start"]
