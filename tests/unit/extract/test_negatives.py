"""Numbers that are not duties: nothing may be reported for these texts."""

import pytest

from tests.unit.extract.helpers import duties_of
from tracker.domain import Document
from tracker.extract.negatives import NEGATIVES
from tracker.extract.pipeline import readings


@pytest.mark.parametrize(
    "text",
    [
        "当社の賠償責任は、利用者から過去6ヶ月間に受領した料金の総額を上限とします。",  # look-back
        "月額料金の1ヶ月分を違約金として支払う。",  # an amount of money
        "暴力団員でなくなった時から5年を経過しない者。",  # an excluded person
        "次の者と取引しない。役員のうち、その職を退いた日から5年を経過していない者がある法人",  # the same
        "中途解約希望日までの期間が30日未満の場合は、この限りではない。",  # a threshold
        "利用期間が6ヶ月に満たない場合には、平均日額料金に30を乗じた額とする。",  # a threshold
        "本サービスが全く利用できない状態が24時間以上連続した場合に限り責任を負う。",  # an SLA
        "当社は24時間365日体制で監視を行います。",  # service hours
        "年14.6%の割合による遅延損害金を支払う。",  # an interest rate
        "本規約は2024年4月1日から施行します。",  # a calendar date
        "電気通信事業法（昭和59年法律第86号）を遵守する。",  # a law's year
        "利用者は、毎月20日までに申し込むものとします。",  # a day of the month
        "報告書は第5営業日に提出する。",  # an ordinal day of no named month (翌月第5営業日 is a fixed day)
        "12月から3月までの期間は休止とする。",  # calendar months
        "月の途中で開始したときは、1ヶ月を30日として日割りで計算する。",  # a day-count convention
        "年間利用料は、1年を365日として日割計算した額とします。",  # a day-count convention
        # a day count for interest
        "契約者は、年14.5%の割合（うるう年も365日として計算する）で計算した額を延滞利息として支払うものとします。",
        "ポイントの有効期間は、ポイントを付与した日から2年間とします。",  # not the contract's term
        "パスワードの有効期間は90日とし、利用者は90日ごとに変更するものとします。",  # nor is a password's
        "招待URLの有効期間は、発行日から7日間とします。",  # nor a link's
        "甲乙間の令和二年六月一日付秘密保持契約に基づき既に開示された情報を含む。",  # a date in kanji
        # a statute's own retention duty, described in brackets with a full stop inside
        "契約者は、法令に基づく帳簿の保存義務（7年間。ただし一部は5年間）が自らに課されていることを確認し、"
        "必要なデータを自ら出力して保存するものとします。",
    ],
)
def test_not_a_duty(text: str) -> None:
    assert duties_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the statute's period is dropped, the contract's own deletion kept
            "当社は、法令上の保存義務（5年間）を負う記録を除き、契約終了後30日以内にデータを削除します。",
            [("data_deletion", "provider", 30, "day", "after", None)],
        ),
        (  # a duty of the contract told in brackets is kept
            "乙は、本契約に基づく秘密保持義務（本契約終了後3年間）を負う。",
            [("confidentiality", "provider", 3, "year", "after", None)],
        ),
        (  # a full stop inside brackets does not cut the sentence from its verb
            "乙は、秘密情報（公知のものを除く。以下同じ）を、本契約終了後3年間、秘密として保持する。",
            [("confidentiality", "provider", 3, "year", "after", None)],
        ),
    ],
)
def test_statutory_periods_only_are_dropped(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize("negative", NEGATIVES, ids=lambda negative: negative.name)
def test_every_negative_fires_on_its_example(negative) -> None:
    text = negative.example
    document = Document(source="example", title=None, text=text, original=text)
    assert any(negative.fires(hit, ctx) for hit, ctx, _, _ in readings(document))


@pytest.mark.parametrize(
    "text",
    [
        # the window a cap is measured over
        "当社の賠償額は、損害の発生した月から遡って6か月の間に受領した料金の総額を上限とする。",
        "当社は、障害の発生から4時間以内に復旧しなかった場合、月額料金の5%を返金する。",  # a service credit
        "ワンタイムパスワードの有効期間は、発行から24時間とする。",  # a password's validity
        "見積書の有効期限は、発行日から30日とする。",  # a quotation's
        "利息は、閏年も365日として計算する。",  # a day-count convention
    ],
)
def test_not_a_duty_by_its_reason(text: str) -> None:
    document = Document(source="example", title=None, text=text, original=text)
    assert all(rule is None and rejected for _, _, rejected, rule in readings(document))
