"""Contract facts: the parties, the dates and the renewal regime of one contract, each with the span
it was read from and a confidence.

The dates come from term_dates (Japanese) and english_term, the parties from party_names; the
renewal regime, its notice and the minimum term come from the duties already read, through the one
rule of domain.regimes that the scheduler follows too (a renewal notice means an automatic renewal;
同一条件で更新 without a length renews for the initial term; an implausible cycle is flagged).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tracker.domain import Duty, DutyKind, Period, SourceSpan
from tracker.domain.facts import ContractFacts, Fact, PartyFact, RenewalRegime
from tracker.domain.regimes import choose_regime
from tracker.domain.schedule import Explanation
from tracker.extract import english_term, party_names, term_dates
from tracker.extract.parties import Parties
from tracker.extract.term_dates import Read
from tracker.extract.textview import TextView

Spanner = Callable[[int, int], SourceSpan]


def read_facts(
    view: TextView, parties: Parties, duties: Sequence[Duty], english: bool,
    span: Spanner,
) -> ContractFacts:
    """The facts of one contract; `span` maps compact offsets to a SourceSpan of the text."""

    def fact(read: Read | None) -> Fact[Any] | None:
        if read is None:
            return None
        where = span(read.start, read.end) if read.end > read.start else None  # none: read from an absence
        return Fact(read.value, where, read.confidence)

    compact = view.compact
    found = term_dates.dates_in(compact)
    perpetual = None
    signed = None
    if english:
        start = english_term.english_start(compact, found)
        end, term, perpetual = english_term.english_end(compact, found, start)
        named = [replace(n, start=view.to_compact(n.start), end=view.to_compact(n.end))
                 for n in party_names.english_parties(view.text)]
    else:
        start, end, term = term_dates.japanese_term(compact, found)
        signed = term_dates.japanese_signed(compact, found)
        if start is None and signed is not None:
            term = term_dates.japanese_term_from_signing(compact)
            start = signed if term else None
        named = party_names.japanese_parties(compact, parties, view.line_starts)
    if end is None and start is not None and term is not None:
        last = term_dates.term_end(start.value, term.value)  # type: ignore[arg-type]
        end = Read(last, term.start, term.end, min(start.confidence, term.confidence)) if last else None
    initial = fact(term) or _duty_fact(duties, DutyKind.TERM, "start")
    renewal, renewal_term, notice, review = _renewal(duties, initial, perpetual is not None, end is not None)
    return ContractFacts(
        start=fact(start),
        end=fact(end),
        perpetual=fact(perpetual),
        signed=fact(signed),
        initial_term=initial,
        renewal=renewal,
        renewal_term=renewal_term,
        renewal_notice=notice,
        minimum_term=_duty_fact(duties, DutyKind.MINIMUM_TERM),
        parties=tuple(PartyFact(n.name, n.short, n.role, span(n.start, n.end), 0.7) for n in named),
        review=review,
    )


def _duty_fact(duties: Sequence[Duty], kind: DutyKind, anchor: str | None = None) -> Fact[Period] | None:
    duty = next((d for d in duties if d.kind is kind and d.period.amount is not None
                 and (anchor is None or d.anchor == anchor)), None)
    return None if duty is None else Fact(duty.period, duty.span, duty.confidence)


def _renewal(
    duties: Sequence[Duty], initial: Fact[Period] | None, perpetual: bool, ends: bool
) -> tuple[Fact[RenewalRegime] | None, Fact[Period] | None, Fact[Period] | None, tuple[Explanation, ...]]:
    """The regime: automatic where a renewal term or a renewal cutoff is stated, evergreen where the
    term has no end, none where it ends and nothing renews it; the renewal length is the one
    domain.regimes chooses, with what it leaves to the user's review."""
    regime = choose_regime(duties, initial.value if initial else None)
    review = () if regime.review is None else (regime.review,)
    notice = _duty_fact(duties, DutyKind.RENEWAL_NOTICE)
    stated = _duty_fact(duties, DutyKind.TERM, "expiry")
    term = None
    if regime.renewal_term is not None:
        # the stated renewal, or the initial term it is assumed to repeat (from the cutoff's clause)
        term = stated if regime.renewal_stated and stated else Fact(
            regime.renewal_term, notice.span if notice else None, 0.5)
    found = term or notice or (stated if regime.review else None)
    if found:
        return Fact(RenewalRegime.AUTOMATIC, found.span, 0.75), term, notice, review
    if perpetual:
        return Fact(RenewalRegime.EVERGREEN, None, 0.6), None, None, review
    if ends or initial:
        return Fact(RenewalRegime.NONE, None, 0.5), None, None, review
    return None, None, None, review


__all__ = ["read_facts"]
