"""A contract's own facts as read from its text: parties, dates, term and renewal regime.

Each fact keeps the span it was read from and a confidence, so that an import can propose it and
the user can confirm it with the clause in view. `to_json` gives the `facts` object that
`tracker extract --json` prints (docs/facts.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from tracker.domain.duty import Party, Period, SourceSpan
from tracker.domain.schedule import Explanation

T = TypeVar("T")


class RenewalRegime(StrEnum):
    NONE = "none"  # the term ends; nothing renews it
    AUTOMATIC = "automatic"  # renews for `renewal_term` unless a party gives notice
    EVERGREEN = "evergreen"  # runs until a party terminates it


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One value read from the text, where it was read, and how sure the reading is (0–1)."""

    value: T
    span: SourceSpan | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class PartyFact:
    """A party as the contract names it: its full name, the short name it is given, its side."""

    name: str | None
    short: str | None
    role: Party | None
    span: SourceSpan | None = None
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "short": self.short, "role": self.role.value if self.role else None}


def _period_json(period: Period | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {"amount": period.amount, "unit": period.unit.value if period.unit else None}


def _value(fact: Fact[Any] | None) -> Any:
    return None if fact is None else fact.value


@dataclass(frozen=True)
class ContractFacts:
    """Everything is optional: a website's terms of service state no date of their own."""

    start: Fact[date] | None = None  # effective / start date of the initial term
    end: Fact[date] | None = None  # last day of the initial term, stated or computed
    perpetual: Fact[bool] | None = None  # no end at all (until terminated)
    signed: Fact[date] | None = None
    initial_term: Fact[Period] | None = None
    renewal: Fact[RenewalRegime] | None = None
    renewal_term: Fact[Period] | None = None
    renewal_notice: Fact[Period] | None = None
    minimum_term: Fact[Period] | None = None
    parties: tuple[PartyFact, ...] = ()
    review: tuple[Explanation, ...] = ()  # what the user should check: an implausible renewal cycle…

    def to_json(self) -> dict[str, Any]:
        end: str | None
        if self.end is not None:
            end = self.end.value.isoformat()
        elif self.perpetual is not None and self.perpetual.value:
            end = "perpetual"
        else:
            end = None
        renewal = _value(self.renewal)
        return {
            "start": self.start.value.isoformat() if self.start else None,
            "end": end,
            "signed": self.signed.value.isoformat() if self.signed else None,
            "initial_term": _period_json(_value(self.initial_term)),
            "renewal": None if renewal is None else {
                "regime": renewal.value,
                "term": _period_json(_value(self.renewal_term)),
                "notice": _period_json(_value(self.renewal_notice)),
            },
            "minimum_term": _period_json(_value(self.minimum_term)),
            "parties": [p.to_json() for p in self.parties],
            "review": [{"ja": r.ja, "en": r.en} for r in self.review],
        }
