"""Kinds read from the clause's verb and its setting: reasonable-time demands, cooling-off after
signing, data kept or taken out, approvals told, claims honoured only if notified in time, changes
asked for, settlements, unanswered contacts, notice periods for changes, answers to inquiries."""

import pytest

from tests.unit.extract.helpers import duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demand giving "a reasonable time of at least N days"
            "買主が分割金の支払を遅滞し、書面で15日以上の相当の期間を定めて催告されたにもかかわらず、"
            "その期間内に支払わなかったときは、売主は本契約を解除できる。",
            [("cure", "customer", 15, "day", "after", None)],
        ),
        (  # cooling-off counted from signing (契約を締結した日)
            "受講者は、受講契約を締結した日から8日以内であれば、書面により契約を解除することができる。",
            [("termination_notice", "customer", 8, "day", "after", None)],
        ),
        (  # the customer's last day to take its data out (引き出す)
            "契約が終了した日の翌日以降6か月以内は、会員は登録したデータを引き出すことができる。",
            [("data_deletion", "customer", 6, "month", "after", None)],
        ),
        (  # the provider keeps (保持) data for a time
            "当社は、会員の投稿データを最終ログインから起算して1年間保持するよう努める。",
            [("data_deletion", "provider", 1, "year", "after", None)],
        ),
        (  # telling that an application was approved is a notice, not an inspection
            "本部は、審査の終了後3日以内に、加盟を承認した旨を申込者に通知する。",
            [("notification", "provider", 3, "day", "after", None)],
        ),
        (  # a claim honoured only if the provider is told in time: the customer's limit
            "当社は、損害発生の翌日から起算して14日以内に当社に対して通知があったときに限り、損害を賠償する。",
            [("claim_limitation", "customer", 14, "day", "after", None)],
        ),
        (  # a change of date the customer asks for is its own notice, not a change of the terms
            "会員は、予約日を変更する場合、変更希望日の2日前までに当社に連絡する。",
            [("notification", "customer", 2, "day", "before", None)],
        ),
        (  # settling (精算) what is owed is a payment, by both sides
            "甲及び乙は、本契約が終了したときは、互いの債権債務を2か月以内に精算する。",
            [("payment", "both", 2, "month", "after", None)],
        ),
        (  # a contact that cannot be made for a time
            "当社は、会員との電子メールによる連絡が14日以上取れなくなったときは、登録を抹消できる。",
            [("response", "customer", 14, "day", "after", None)],
        ),
        (  # a notice period (予告期間) before a change of the terms
            "当社は、本規約を改定する場合、2週間の予告期間をおいて改定後の内容を会員に通知する。",
            [("change_notice", "provider", 2, "week", "before", None)],
        ),
        (  # an answer to an inquiry, the period inside the noun phrase
            "当社は、会員からの問い合わせへの2営業日以内の対応に努める。",
            [("response", "provider", 2, "business_day", "after", None)],
        ),
    ],
)
def test_kind_from_the_clause(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_day_counted_back_is_not_an_ordinal() -> None:
    """さかのぼって10日目 "the 10th day counting back" is a deadline, not a day's number."""
    text = "旅行代金は、出発日の前日から起算してさかのぼって10日目にあたる日より前に支払うものとする。"
    assert [d[:4] for d in duties_of(text)] == [("payment", "customer", 10, "day")]
