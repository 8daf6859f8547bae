"""A duty survives the trip to the JSON of `tracker extract --json` and back."""

from tracker.domain import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit


def test_duty_json_has_the_documented_fields() -> None:
    duty = Duty(
        kind=DutyKind.RENEWAL_NOTICE,
        obligor=Party.CUSTOMER,
        period=Period(30, Unit.DAY, Direction.BEFORE),
        anchor="expiry",
        span=SourceSpan(4211, 4221, "期間満了30日前までに", article="11"),
        confidence=0.921,
    )
    assert duty.to_json() == {
        "article": "11", "paragraph": None, "item": None, "kind": "renewal_notice",
        "obligor": "customer", "amount": 30, "unit": "day", "direction": "before",
        "anchor": "expiry", "qualifier": None, "text": "期間満了30日前までに",
        "start": 4211, "end": 4221, "confidence": 0.92,
    }


def test_duty_without_a_number_round_trips() -> None:
    duty = Duty(
        kind=DutyKind.RETURN,
        obligor=Party.CUSTOMER,
        period=Period(None, None, Direction.AFTER, Qualifier.PROMPTLY),
        anchor="termination",
        span=SourceSpan(10, 20, "速やかに返還", article="15", paragraph=2, item=1),
    )
    assert Duty.from_json(duty.to_json()) == duty


def test_a_fractional_amount_prints_as_written_and_a_whole_one_as_an_int() -> None:
    assert Period(1.5, Unit.MONTH, Direction.BEFORE).amount == 1.5
    whole = Period(2.0, Unit.YEAR, Direction.AFTER).amount
    assert whole == 2 and isinstance(whole, int)


def test_a_fractional_amount_in_whole_smaller_units() -> None:
    after, before = Direction.AFTER, Direction.BEFORE
    assert Period(1.5, Unit.YEAR, after).in_whole_units() == Period(18, Unit.MONTH, after)
    assert Period(1.5, Unit.MONTH, before).in_whole_units() == Period(45, Unit.DAY, before)
    assert Period(2.5, Unit.WEEK, Direction.AFTER).in_whole_units() is None  # 17.5 days
    assert Period(0.5, Unit.DAY, Direction.AFTER).in_whole_units() is None
