"""A period counted from the first day of the start's month has its own anchor, start_month."""

import pytest

from tests.unit.extract.helpers import anchors_of


@pytest.mark.parametrize(("text", "expected"), [
    ("最低利用期間は、サービス開始日の属する月の初日から6か月間とします。", ["start_month"]),
    ("本契約の有効期間は、契約締結日の属する月の1日より起算して2年間とする。", ["start_month"]),
    ("本契約の有効期間は、契約締結日から2年間とする。", ["start"]),  # the start day itself
])
def test_month_of_start(text, expected):
    assert anchors_of(text) == expected
