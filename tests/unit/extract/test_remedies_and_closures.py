"""Prepayments, withdrawn orders, remedies asked for in time, facility closures, clearing out by a
month's end, role words such as advertiser and leasing company, and their near misses."""

import pytest

from tests.unit.extract.helpers import duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # paying in advance before a start date
            "新規の顧客は、利用開始日の5営業日前までに初回料金を前払いするものとする。",
            [("payment", "customer", 5, "business_day", "before", None)],
        ),
        (  # paying in advance by each month's end
            "会員は、翌月分の会費を毎月末日までに当社指定の方法で前払いするものとします。",
            [("payment", "customer", None, None, "before", "end_of_month")],
        ),
        (  # prepaying (前納) by a day of each month
            "借主は、翌月分の賃料を毎月25日までに前納するものとする。",
            [("payment", "customer", None, None, "before", None)],
        ),
        (  # cancelling a booking before the day of use
            "お客様は、利用日の3日前までにキャンセルすることができる。",
            [("termination_notice", "customer", 3, "day", "before", None)],
        ),
        (  # a refund wished for must be asked for in time
            "会員は、返金を希望する場合、請求日から30日以内に当社に申し出なければならない。",
            [("claim_limitation", "customer", 30, "day", "after", None)],
        ),
        (  # withdrawing an order by notice before the start
            "広告主は、配信開始日の10営業日前までに当社に通知することにより、注文を取り消すことができる。",
            [("termination_notice", "customer", 10, "business_day", "before", None)],
        ),
        (  # a remedy asked for within a time, or lost
            "購入者は、代替品の提供を求める場合、受領日から14日以内に当社に申し出なければならない。",
            [("claim_limitation", "customer", 14, "day", "after", None)],
        ),
        (  # the papers needed to claim insurance are a report, not the claim itself
            "借手は、損害発生日から20日以内に、保険金の請求に必要な書類を貸手に提出する。",
            [("notification", "customer", 20, "day", "after", None)],
        ),
        (  # closing the facility the service runs in
            "当社は、本施設を閉鎖する場合、閉鎖日の2か月前までに会員に書面で通知します。",
            [("abolition_notice", "provider", 2, "month", "before", None)],
        ),
        (  # clearing out by the end of the month the contract ends in
            "契約が終了したときは、利用者は、終了日の属する月の末日までに所有物を撤去するものとします。",
            [("return", "customer", None, None, "after", "end_of_month")],
        ),
        (  # by the end of the month a member leaves in
            "会員は、退会日の属する月の末日までに私物を撤去し、ロッカーを明け渡すものとします。",
            [("return", "customer", None, None, "after", "end_of_month")],
        ),
        (  # defects found within a time after delivery, the finding named before the defect
            "乙は、成果物の納入後6か月以内に発見された不具合を無償で修補する。",
            [("claim_limitation", "customer", 6, "month", "after", None)],
        ),
        (  # either side named right after the period gives the notice
            "満了日の2か月前までに、会員又は当社のいずれからも解約の申出がないときは、同一条件で1年間更新される。",
            [
                ("renewal_notice", "both", 2, "month", "before", None),
                ("term", None, 1, "year", "after", None),
            ],
        ),
        (  # role words: the leasing company and the advertiser
            "リース会社は、事故の発生を知った日から7日以内に広告主に報告する。",
            [("notification", "provider", 7, "day", "after", None)],
        ),
    ],
)
def test_remedies_and_closures(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # closing one customer's account is no discontinuation of the service
        "当社は、アカウントを閉鎖する場合、閉鎖日の30日前までに会員に通知します。",
        # the day a cancellation fee starts to be charged is no deadline
        "利用日の3日前以降のキャンセルについては、キャンセル料として料金の50%を申し受けます。",
        # a request to pay the balance, not a remedy with a deadline
        "当社は、利用者に対し、未払料金の支払を求める場合、その旨を通知する。",
    ],
)
def test_not_a_closure_or_a_remedy(text: str) -> None:
    kinds = [d[0] for d in duties_of(text)]
    assert "abolition_notice" not in kinds and "claim_limitation" not in kinds
