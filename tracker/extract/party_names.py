"""The parties as a contract introduces them: their full names and the short names they are given.

Japanese: 株式会社X（以下「甲」という。）/ 賃貸人 Y（以下「貸主」という。）; English: "XYZ Inc., a
Delaware corporation ("Licensee")" / (hereinafter "the Company"). A side comes from the contract's own
words for its short name (parties.Parties reads 甲/乙 from who entrusts or leases to whom).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.domain import Party
from tracker.extract.parties import CUSTOMER_WORDS, PROVIDER_WORDS, Parties


@dataclass(frozen=True)
class Named:
    name: str | None
    short: str | None
    role: Party | None
    start: int
    end: int


# （以下「甲」という。） / (以下｢当社｣) / （以下、甲という）
_JA_DEFINED = re.compile(
    r"[（(]以下[、,]?(?:[「『｢]([^」』「｢｣]{1,12})[」』｣]|(甲|乙|丙))(?:と(?:いい|いう|言い|称|略)[^）)]{0,8})?[）)]"
)
# what may stand before a name in the head: a line's start, punctuation, と (A と B は)
_JA_NAME = re.compile(r"[^「」『』（）()。、：:＊*]{2,40}$")
_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|事務所|大学|銀行|会社|商会|機構"
)
_PARTICLE = re.compile(r"[がのをにはへでも]")
_ROLE_WORD = re.compile("|".join(CUSTOMER_WORDS + PROVIDER_WORDS))
_LEAD = re.compile(r"^(?:と|及び|および|並びに|[0-9]{1,2}[.．、)）])")
_ROLE_PREFIX = re.compile(
    "^(?:" + "|".join(sorted(CUSTOMER_WORDS + PROVIDER_WORDS, key=len, reverse=True)) + ")"
)


def japanese_parties(compact: str, parties: Parties, line_starts: Sequence[int]) -> list[Named]:
    """The named sides defined in the head: a company name with the short name it is given."""
    found: list[Named] = []
    described: dict[str, bool] = {}
    head = compact[:3000]
    for m in _JA_DEFINED.finditer(head):
        short = m.group(1) or m.group(2)
        role = parties.words.get(short)
        line = line_starts[bisect.bisect_right(line_starts, m.start()) - 1] if line_starts else 0
        before = _JA_NAME.search(head, max(0, line, m.start() - 40), m.start())
        name = _clean_ja(before.group()) if before else None
        if name and (not _COMPANY.search(name) or _PARTICLE.match(name)):
            name = None  # が提携するカード会社: words about a company, not its name
        if name is None and short not in ("甲", "乙", "丙"):
            continue
        if any(n.short == short for n in found):
            continue
        found.append(Named(name, short, role if role in (Party.CUSTOMER, Party.PROVIDER) else None,
                           before.start() if before else m.start(), m.end()))
        described[short] = bool(before and _ROLE_WORD.search(before.group()))
    return _opposite_sides(found, described)


def _opposite_sides(found: list[Named], described: dict[str, bool]) -> list[Named]:
    """甲 and 乙 read on one side (乙 described as 発注者, 甲 left at the default) are two sides: the one
    not described by a role word takes the other side."""
    pair = [n for n in found if n.short in ("甲", "乙")]
    if len(pair) != 2 or pair[0].role is None or pair[0].role is not pair[1].role:
        return found
    other = Party.PROVIDER if pair[0].role is Party.CUSTOMER else Party.CUSTOMER
    flip = [n for n in pair if not described[n.short or ""]]
    if len(flip) != 1:
        return found
    return [replace(n, role=other) if n is flip[0] else n for n in found]


def _clean_ja(name: str) -> str | None:
    """と株式会社X → 株式会社X (the second of A と B); 賃貸人有限会社X → 有限会社X; 1.株式会社X →
    株式会社X."""
    name = _LEAD.sub("", name)
    stripped = _ROLE_PREFIX.sub("", name)
    name = stripped if _COMPANY.search(stripped) else name
    return name.strip("　 ") or None


# English: NAME, a Delaware corporation ("Short") / NAME (hereinafter referred to as "Short")
_EN_SHORT = re.compile(
    r"\( ?(?:the |hereinafter |herein )?(?:referred to (?:herein )?as |called )?(?:the )?"
    r"[\"“](?P<short>[A-Z][^\"“”()]{0,30})[\"”]"
)
# the description after a name: ", a Delaware corporation with offices at …"
_EN_DESCRIBED = re.compile(r",? ?\b(?:an?|the) [A-Za-z]")
# an address or a description before the bracket: "ABC Corp., with its principal office at 1 Main
# Street, Springfield (\"ABC\")", "XYZ S.A., being a company organised … having its registered office at"
_EN_ADDRESS = re.compile(
    r"(?i),? ?\b(?:(?:with|having|maintaining) (?:its |a |an |their )?(?:principal |registered |head |chief "
    r"|executive |business )*(?:offices?|place of business|address)|(?:located|residing|domiciled|"
    r"headquartered) (?:at|in)\b|whose (?:registered |principal )*(?:office|address)|being an? "
    r"|(?:organi[sz]ed|incorporated|existing) (?:and existing )?under)"
)
# where the next name opens after the previous party's address: "…, Pennsylvania and Jeffrey Smith"
# a name's label in a preamble set out as a list: "BETWEEN: ACME LTD. … AND: ZETA CORP."
_EN_LABEL = re.compile(r"^.*\b(?:BETWEEN|AND|AMONG|BY AND BETWEEN) ?: ?")
_EN_NEXT = re.compile(r"(?i)\b(?:and|between|among)\s+(?=[A-Z])")
_EN_CUSTOMER = re.compile(
    r"(?i)licensee|customer|client|buyer|purchaser|distributor|reseller|franchisee|tenant|lessee|subscriber"
    r"|dealer"
)
_EN_PROVIDER = re.compile(r"(?i)licensor|provider|supplier|vendor|seller|manufacturer|consultant|contractor"
                          r"|franchisor|landlord|lessor|developer")
_EN_NOT_PARTY = re.compile(r"(?i)agreement|effective|parties|party$|term\b|date")
_SPACES = re.compile(r"\s")  # one for one: offsets stay those of the text
_EN_JOIN = {"of", "and", "&", "de", "the"}


def english_parties(text: str) -> list[Named]:
    """The sides the preamble defines (before the recitals), at most four; offsets into `text`,
    read with its own spaces ("Acme, Inc.", which the compact view would glue)."""
    head = _SPACES.sub(" ", text[:4000])
    stop = re.search(r"(?i)\bwhereas\b|\brecitals?\b|\bbackground\b", head)
    head = head[: stop.start()] if stop and stop.start() > 100 else head
    found: list[Named] = []
    for m in _EN_SHORT.finditer(head):
        short = m.group("short").strip()
        if _EN_NOT_PARTY.search(short):
            continue
        window = head[max(0, m.start() - 300) : m.start()].rsplit(")", 1)[-1]
        name = _capitalised_tail(_before_address(window))
        role = (Party.PROVIDER if _EN_PROVIDER.search(short) else
                Party.CUSTOMER if _EN_CUSTOMER.search(short) else None)
        if all(n.short != short for n in found):
            found.append(Named(name, short, role, m.start(), m.end()))
    return found[:4]


def _before_address(window: str) -> str:
    """The part of `window` that holds the name: after the previous party's address, before this
    party's description or address."""
    cut = _EN_ADDRESS.search(window)
    if cut:
        # an address that runs into "and NAME": the name comes after the last "and"
        opener = max(_EN_NEXT.finditer(window, cut.end()), key=lambda m: m.start(), default=None)
        if opener and not _EN_ADDRESS.search(window, opener.end()):
            window = window[opener.end():]
    cuts = [m.start() for m in (_EN_DESCRIBED.search(window), _EN_ADDRESS.search(window)) if m]
    return window[: min(cuts)] if cuts else window


def _capitalised_tail(text: str) -> str | None:
    """The capitalised words `text` ends with: "between Acme Holdings, Inc." → "Acme Holdings, Inc.";
    "BETWEEN: ACME LTD." → "ACME LTD."."""
    words = _EN_LABEL.sub("", text.rstrip(" ,")).split(" ")
    taken: list[str] = []
    for word in reversed(words):
        if not word or '"' in word or not (word[0].isupper() or word in _EN_JOIN):
            break
        taken.append(word)
    while taken and taken[-1] in _EN_JOIN:
        taken.pop()
    return " ".join(reversed(taken)) or None
