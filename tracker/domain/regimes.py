"""Renewal regimes: which term, renewal and cutoff rule a contract's duties describe.

Contracts state the regime in many ways, and the extractor reports the parts it read as duties:
a term counted from the start, a term counted from the expiry (the renewal), a cutoff counted
back from the expiry. Two rules complete what is left unsaid, and one keeps apart what does not
belong together:

- a cutoff counted back from the expiry with no renewal length (満了の2か月前までに申出がない限り
  同一条件で更新) renews for the initial term: a notice that stops a renewal means there is one;
- a cutoff that is the expiry itself (期間満了日までに継続の申出がなければ終了) is no sign of a
  renewal: it is as often the last day to ask to continue;
- a renewal length stated in a paragraph of its own, apart from the initial term and from every
  cutoff, and of another length (a monthly renewal for those who signed up online, beside a
  one-year term) is an alternative regime: the contract is scheduled by its initial term and the
  alternative is set aside for the user to review;
- a renewal cycle that cannot be meant — a renewal shorter than the notice that stops it (a notice
  of 90 days before each renewal of 30 days), or a renewal shorter than a month where the text
  states no length (a 2-week trial's term taken as the renewal) — is flagged for review and never
  expanded into dates: it is more likely a misreading than a contract that renews every week.

This is the one rule for the regime: the facts of `tracker extract --json` and the scheduler both
take it from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.domain.duty import Duty, DutyKind, Period, Unit
from tracker.domain.schedule import Explanation
from tracker.domain.vocabulary import amount_text

# roughly how many days a unit spans, to compare a renewal with its notice
_DAYS = {Unit.HOUR: 1 / 24, Unit.DAY: 1, Unit.BUSINESS_DAY: 7 / 5, Unit.WEEK: 7, Unit.MONTH: 30.4,
         Unit.YEAR: 365.25}
_MONTH_DAYS = 28


@dataclass(frozen=True)
class Regime:
    """The periods that drive a timeline, and the duties of an alternative regime left out."""

    initial_term: Period | None = None
    renewal_term: Period | None = None  # None: no automatic renewal
    renewal_notice: Period | None = None
    month_start: bool = False  # the initial term runs from the first day of the start's month
    set_aside: tuple[Duty, ...] = ()
    review: Explanation | None = None  # why something was set aside or assumed, for the user
    renewal_stated: bool = False  # the renewal length is the text's, not assumed from the initial term


def _dated(duty: Duty) -> bool:
    return duty.period.amount is not None or duty.period.qualifier is not None


def _first(duties: Sequence[Duty], kind: DutyKind, anchors: tuple[str | None, ...]) -> Duty | None:
    for duty in duties:
        if duty.kind is kind and duty.anchor in anchors and _dated(duty):
            return duty
    return None


def _place(duty: Duty) -> tuple[str | None, int | None]:
    return duty.span.article, duty.span.paragraph


def _alternative(initial: Duty, renewal: Duty, notices: Sequence[Duty]) -> bool:
    """A renewal length in a paragraph of its own, of another length than the initial term."""
    apart = _place(renewal) != _place(initial) and all(_place(renewal) != _place(n) for n in notices)
    same_length = (renewal.period.amount, renewal.period.unit) == (initial.period.amount, initial.period.unit)
    return apart and renewal.span.paragraph is not None and not same_length


def _days(period: Period | None) -> float | None:
    if period is None or period.amount is None or period.unit is None:
        return None
    return period.amount * _DAYS[period.unit]


def _implausible(regime: Regime) -> Regime:
    """The regime with an unlikely renewal cycle taken out and flagged (module docstring)."""
    renewal, notice = _days(regime.renewal_term), _days(regime.renewal_notice)
    if renewal is None or regime.renewal_term is None:
        return regime
    shorter_than_notice = notice is not None and renewal < notice
    if not (shorter_than_notice or (renewal < _MONTH_DAYS and not regime.renewal_stated)):
        return regime
    term = _words(regime.renewal_term)
    if shorter_than_notice:
        ja = f"更新期間 ({term[0]}) が更新拒絶の通知期間 ({_words(regime.renewal_notice)[0]}) より短く、"
        en = f"a renewal of {term[1]} is shorter than its notice of {_words(regime.renewal_notice)[1]}"
    else:
        ja, en = f"更新期間の定めがなく、当初の期間 ({term[0]}) は1か月より短く、", (
            f"no renewal length stated and the initial term ({term[1]}) is shorter than a month")
    review = Explanation(ja=f"{ja}更新の日程は作成していません。契約書で更新の条件を確認してください",
                         en=f"{en}: no renewals were scheduled — check the renewal terms in the contract")
    return Regime(regime.initial_term, None, regime.renewal_notice, regime.month_start, regime.set_aside,
                  review)


def _words(period: Period | None) -> tuple[str, str]:
    """A period in Japanese and English words, for a review note."""
    if period is None or period.amount is None or period.unit is None:
        return "", ""
    return amount_text(period.amount, period.unit, "ja"), amount_text(period.amount, period.unit, "en")


def choose_regime(duties: Sequence[Duty], initial_term: Period | None = None) -> Regime:
    """The regime the duties describe (module docstring); a first match per role wins.
    `initial_term`: the term the text states where no duty holds it (the facts read it apart)."""
    return _implausible(_regime(duties, initial_term))


def _regime(duties: Sequence[Duty], read_term: Period | None) -> Regime:
    initial = _first(duties, DutyKind.TERM, ("start", "start_month", None))
    renewal = _first(duties, DutyKind.TERM, ("expiry",))
    notices = [d for d in duties if d.kind is DutyKind.RENEWAL_NOTICE and _dated(d)]
    notice = notices[0] if notices else None
    initial_term = initial.period if initial else read_term
    notice_period = notice.period if notice else None
    month_start = initial is not None and initial.anchor == "start_month"
    if initial is not None and renewal is not None and _alternative(initial, renewal, notices):
        ja = (f"更新の定めが二通りあります (第{renewal.span.article}条 第{renewal.span.paragraph}項の"
              f"「{renewal.span.text}」)。当初の期間で日程を作成しました。どちらが適用されるか確認してください")
        en = (f"two renewal regimes (article {renewal.span.article}, paragraph {renewal.span.paragraph}: "
              f"'{renewal.span.text}'); scheduled by the initial term — check which one applies")
        return Regime(initial_term, None, notice_period, month_start, (renewal,), Explanation(ja=ja, en=en))
    if renewal is not None:
        return Regime(initial_term, renewal.period, notice_period, month_start, renewal_stated=True)
    if initial_term is not None and notice is not None and notice.period.amount is not None:  # counted back
        ja = "更新後の期間の定めがないため、当初と同じ期間で更新するものとしました"
        en = "no renewal length stated: each renewal is taken to be as long as the initial term"
        review = Explanation(ja=ja, en=en)
        return Regime(initial_term, initial_term, notice_period, month_start, review=review)
    return Regime(initial_term, None, notice_period, month_start)
