"""A contract's status follows its dates: active, renewing, ending, ended, terminated."""

from datetime import date

import pytest

from tracker.domain.contract import ContractStatus
from tracker.domain.duty import Direction, Period, Unit
from tracker.domain.schedule import ContractTerms
from tracker.schedule import contract_status

YEAR = Period(1, Unit.YEAR, Direction.AFTER)
RENEWING = ContractTerms(start=date(2025, 4, 1), initial_term=YEAR, renewal_term=YEAR,
                         renewal_notice=Period(2, Unit.MONTH, Direction.BEFORE))
ONE_TERM = ContractTerms(start=date(2025, 4, 1), initial_term=YEAR)


@pytest.mark.parametrize(("terms", "events", "today", "expected"), [
    (RENEWING, {}, date(2025, 6, 1), ContractStatus.ACTIVE),
    (RENEWING, {}, date(2026, 2, 10), ContractStatus.RENEWING),  # the cutoff 2026-01-30 has passed
    (RENEWING, {}, date(2026, 4, 2), ContractStatus.ACTIVE),  # the second term has begun
    (RENEWING, {"termination": date(2026, 9, 30)}, date(2026, 6, 1), ContractStatus.ENDING),
    (RENEWING, {"termination": date(2026, 9, 30)}, date(2026, 10, 1), ContractStatus.TERMINATED),
    (ONE_TERM, {}, date(2025, 6, 1), ContractStatus.ACTIVE),
    (ONE_TERM, {}, date(2026, 2, 1), ContractStatus.ENDING),  # within 90 days of its end
    (ONE_TERM, {}, date(2026, 4, 1), ContractStatus.ENDED),  # ran out without renewal
    (ONE_TERM, {}, date(2029, 4, 1), ContractStatus.ENDED),  # long ago
    (ContractTerms(), {}, date(2026, 4, 1), ContractStatus.ACTIVE),  # no dates: nothing to say
    (ContractTerms(start=date(2027, 1, 1), initial_term=YEAR), {}, date(2026, 4, 1), ContractStatus.ACTIVE),
])
def test_status_from_dates(terms, events, today, expected):
    assert contract_status(terms, events, today) is expected


def test_an_end_set_by_hand_stays():
    status = contract_status(RENEWING, {}, date(2025, 6, 1), stored=ContractStatus.ENDED)
    assert status is ContractStatus.ENDED


def test_a_stored_computed_status_follows_the_dates_again():
    status = contract_status(RENEWING, {}, date(2025, 6, 1), stored=ContractStatus.RENEWING)
    assert status is ContractStatus.ACTIVE


def test_older_stored_values_still_read():
    assert ContractStatus("active") is ContractStatus.ACTIVE
    assert ContractStatus("ended") is ContractStatus.ENDED
