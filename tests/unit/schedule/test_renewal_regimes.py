"""Renewal regimes as scenarios with literal dates: what renews, for how long, and what is set aside."""

from datetime import date

from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.regimes import choose_regime
from tracker.schedule import plan_deadlines, terms_from_duties, timeline

YEAR = Period(1, Unit.YEAR, Direction.AFTER)


def duty(kind, amount, unit, direction, anchor, *, qualifier=None, obligor=Party.CUSTOMER,
         article="10", paragraph=1, text="…"):
    return Duty(kind=kind, obligor=obligor, period=Period(amount, unit, direction, qualifier), anchor=anchor,
                span=SourceSpan(0, 1, text, article=article, paragraph=paragraph))


# 第10条 1 利用期間は開始日から1年間 2 満了日の2か月前までに申出がない限り、同じ条件で自動的に更新する
SAME_TERMS = [
    ("d1", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None)),
    ("d2", duty(DutyKind.RENEWAL_NOTICE, 2, Unit.MONTH, Direction.BEFORE, "expiry", paragraph=2)),
]


def test_a_cutoff_without_a_renewal_length_renews_for_the_initial_term():
    terms = terms_from_duties([d for _, d in SAME_TERMS], start=date(2025, 4, 1), end=None)
    assert terms.renewal_term == YEAR
    deadlines = plan_deadlines(terms, SAME_TERMS, {}, date(2026, 5, 1))
    dates = [(d.kind, d.due) for d in deadlines]
    assert dates[:2] == [(DutyKind.RENEWAL_NOTICE, date(2027, 1, 29)),  # 01-30 is a Saturday
                         (DutyKind.TERM, date(2027, 3, 31))]


def test_the_assumed_renewal_is_said_for_review():
    regime = choose_regime([d for _, d in SAME_TERMS])
    assert regime.review is not None and "initial term" in regime.review.en
    assert regime.set_aside == ()


def test_a_cutoff_that_is_the_expiry_itself_implies_no_renewal():
    # 期間満了日までに継続の申出がない場合は終了する: the last day to ask to continue
    duties = [duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None),
              duty(DutyKind.RENEWAL_NOTICE, None, None, Direction.BEFORE, "expiry",
                   qualifier=Qualifier.BY_EXPIRY)]
    terms = terms_from_duties(duties, start=date(2025, 4, 1), end=None)
    assert terms.renewal_term is None
    assert [c.end for c in timeline(terms, date(2025, 6, 1)).cycles] == [date(2026, 3, 31)]


def test_a_stated_renewal_length_wins():
    duties = [d for _, d in SAME_TERMS] + [
        duty(DutyKind.TERM, 6, Unit.MONTH, Direction.AFTER, "expiry", obligor=None, paragraph=2)]
    regime = choose_regime(duties)
    assert regime.renewal_term == Period(6, Unit.MONTH, Direction.AFTER)
    assert regime.review is None


# 第22条 1 利用期間は開始日から1年間とし、満了日までに継続の申出がなければ終了する
#        3 ウェブで申し込んだ利用者には前各項を適用せず、1か月ごとに自動更新する
TWO_REGIMES = [
    ("d1", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None, article="22")),
    ("d2", duty(DutyKind.RENEWAL_NOTICE, None, None, Direction.BEFORE, "expiry",
                qualifier=Qualifier.BY_EXPIRY, obligor=Party.PROVIDER, article="22")),
    ("d3", duty(DutyKind.TERM, 1, Unit.MONTH, Direction.AFTER, "expiry", obligor=None, article="22",
                paragraph=3, text="1か月ごと")),
]


def test_two_alternative_regimes_are_not_merged():
    regime = choose_regime([d for _, d in TWO_REGIMES])
    assert regime.renewal_term is None  # the monthly renewal is not applied to the one-year term
    assert regime.set_aside == (TWO_REGIMES[2][1],)
    assert regime.review is not None
    assert "paragraph 3" in regime.review.en and "第3項" in regime.review.ja


def test_two_regimes_give_one_term_and_one_cutoff_not_monthly_ones():
    terms = terms_from_duties([d for _, d in TWO_REGIMES], start=date(2025, 4, 1), end=None)
    deadlines = plan_deadlines(terms, TWO_REGIMES, {}, date(2025, 6, 1))
    assert [(str(d.key), d.due) for d in deadlines] == [
        ("d1/0", date(2026, 3, 31)), ("d2/0", date(2026, 3, 31))]


def test_a_monthly_renewal_in_the_paragraph_of_its_cutoff_is_one_regime():
    # 2 満了の1か月前までに申出がなければ、以後1か月ごとに更新する: after a first year, monthly
    duties = [duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None),
              duty(DutyKind.RENEWAL_NOTICE, 1, Unit.MONTH, Direction.BEFORE, "expiry", paragraph=2),
              duty(DutyKind.TERM, 1, Unit.MONTH, Direction.AFTER, "expiry", obligor=None, paragraph=2)]
    regime = choose_regime(duties)
    assert regime.renewal_term == Period(1, Unit.MONTH, Direction.AFTER)
    assert regime.set_aside == ()


def test_a_term_from_the_first_of_the_start_month_starts_on_the_first():
    # 本契約の期間は、利用開始日の属する月の初日から1年間とする
    duties = [duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start_month", obligor=None)]
    terms = terms_from_duties(duties, start=date(2025, 4, 15), end=None)
    assert terms.term_from_month_start
    first = timeline(terms, date(2025, 5, 1)).cycles[0]
    assert (first.start, first.end) == (date(2025, 4, 1), date(2026, 3, 31))


# 第10条 1 利用期間は開始日から1年間 2 満了日の90日前までに申出がない限り、30日間ずつ更新する
SHORTER_THAN_NOTICE = [
    ("d1", duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", obligor=None)),
    ("d2", duty(DutyKind.RENEWAL_NOTICE, 90, Unit.DAY, Direction.BEFORE, "expiry", paragraph=2)),
    ("d3", duty(DutyKind.TERM, 30, Unit.DAY, Direction.AFTER, "expiry", obligor=None, paragraph=2)),
]


def test_a_renewal_shorter_than_its_notice_is_flagged_and_not_expanded():
    regime = choose_regime([d for _, d in SHORTER_THAN_NOTICE])
    assert regime.renewal_term is None
    assert regime.review is not None and "shorter than its notice of 90 days" in regime.review.en
    assert "通知期間 (90日)" in regime.review.ja
    terms = terms_from_duties([d for _, d in SHORTER_THAN_NOTICE], start=date(2025, 4, 1), end=None)
    assert [c.end for c in timeline(terms, date(2025, 6, 1)).cycles] == [date(2026, 3, 31)]


def test_an_assumed_renewal_shorter_than_a_month_is_flagged():
    # 1 試用期間は開始日から14日間 2 満了の3日前までに申出がない限り、同一条件で更新する
    duties = [duty(DutyKind.TERM, 14, Unit.DAY, Direction.AFTER, "start", obligor=None),
              duty(DutyKind.RENEWAL_NOTICE, 3, Unit.DAY, Direction.BEFORE, "expiry", paragraph=2)]
    regime = choose_regime(duties)
    assert regime.renewal_term is None
    assert regime.review is not None and "shorter than a month" in regime.review.en


def test_a_stated_short_renewal_longer_than_its_notice_stands():
    # 2 満了の3日前までに申出がない限り、2週間ずつ更新する: the text says so
    duties = [duty(DutyKind.TERM, 14, Unit.DAY, Direction.AFTER, "start", obligor=None),
              duty(DutyKind.RENEWAL_NOTICE, 3, Unit.DAY, Direction.BEFORE, "expiry", paragraph=2),
              duty(DutyKind.TERM, 2, Unit.WEEK, Direction.AFTER, "expiry", obligor=None, paragraph=2)]
    regime = choose_regime(duties)
    assert regime.renewal_term == Period(2, Unit.WEEK, Direction.AFTER)
    assert regime.review is None
