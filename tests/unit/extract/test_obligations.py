"""Confidentiality, claim limits, inspection and payment."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本条に定める秘密保持義務は、本契約終了後も5年間存続する。",
            [("confidentiality", "both", 5, "year", "after", None)],
        ),
        (
            "受託者は、本契約の終了後3年間は、秘密情報を第三者に開示してはならない。",
            [("confidentiality", "provider", 3, "year", "after", None)],
        ),
        (  # standard terms: the duty "not to disclose" for a time after the end
            "当社及び会員は、相手方の秘密情報を、利用期間中及び利用終了後3年間、第三者に開示しないものとします。",
            [("confidentiality", "both", 3, "year", "after", None)],
        ),
        (
            "お客様は、当社の機密情報を、契約終了後1年間、第三者に漏えいしません。",
            [("confidentiality", "customer", 1, "year", "after", None)],
        ),
        (
            "受託者は、本契約終了後も2年間、業務上知り得た秘密を守るものとする。",
            [("confidentiality", "provider", 2, "year", "after", None)],
        ),
        (  # the period of a notice about secret information is no secrecy period
            "開示者は、秘密情報を開示した日から14日以内に、秘密である旨を書面で受領者に通知する。",
            [("notification", "both", 14, "day", "after", None)],
        ),
        (
            "お客様は、損害の発生を知った日から6ヶ月以内に当社に請求しなければならない。",
            [("claim_limitation", "customer", 6, "month", "after", None)],
        ),
        (
            "甲は、納品物の納入を受けた日から十日以内に検査を行う。",
            [("inspection", "customer", 10, "day", "after", None)],
        ),
        (
            "利用者は、請求書の発行日から30日以内に利用料金を支払うものとします。",
            [("payment", "customer", 30, "day", "after", None)],
        ),
        (
            "甲は、検収完了月の翌月末日までに委託料を乙に支払う。",
            [("payment", "customer", None, None, "after", "end_of_next_month")],
        ),
        (
            "利用者は、返金の請求を対象期間の末日から2か月以内に行わなかったときは、その権利を失う。",
            [("claim_limitation", "customer", 2, "month", "after", None)],
        ),
        (  # the claim is not the act due within the period: a later request
            "乙は、機器の返却を受けた日から10日以内に記録媒体のデータを消去し、甲の請求があるときは証明書を交付する。",
            [("data_deletion", "provider", 10, "day", "after", None)],
        ),
        (
            "本契約から生じた債権は、行使できる時から2年間行使しないときは、時効により消滅する。",
            [("claim_limitation", "both", 2, "year", "after", None)],
        ),
        (  # a defect found within the window: the buyer's claim, the seller repairs
            "受注者は、納品後6か月以内に成果物に不具合が発見されたときは、無償で修補する。",
            [("claim_limitation", "customer", 6, "month", "after", None)],
        ),
        (  # no competing business for a time after the end: a restraint read like secrecy
            "加盟者は、本契約の終了後2年間、本部の事業と同種又は類似の事業を自ら営んではならない。",
            [("confidentiality", "customer", 2, "year", "after", None)],
        ),
        (  # a similar thing done freely after the end is no restraint
            "甲は、本契約終了後1年間、類似の業務を乙に委託することができる。",
            [],
        ),
        (  # a warranty period: the time to claim a repair
            "受注者は、保証期間（検収日から6か月）内に発見された不具合を無償で修補する。",
            [("claim_limitation", "customer", 6, "month", "after", None)],
        ),
        (  # a payment after the warranty has run out is still a payment
            "保証期間経過後、甲は、請求書受領後30日以内に修理費を支払う。",
            [("payment", "customer", 30, "day", "after", None)],
        ),
        (  # a defect found in a check made within the window: the check is the inspection
            "利用者は、機器の受領後7日以内にその動作を確認し、不具合を発見した場合は当社に申し出るものとします。",
            [("inspection", "customer", 7, "day", "after", None)],
        ),
        (  # a notice not given loses the claim: a claim window
            "買主は、引渡しから6か月以内に通知しなければ、契約不適合を理由とする損害賠償を請求することができない。",
            [("claim_limitation", "customer", 6, "month", "after", None)],
        ),
        (  # a plain duty to notify under a refund heading, its lapse told in the next sentence
            "第5条（返金）\n2 甲は、前項の事由があったときは、その事実を知った日から十日以内に、"
            "書面により乙に通知しなければならない。甲が当該期間内に通知しなかったときは、乙は前項の返金義務を負わない。",
            [("notification", "customer", 10, "day", "after", None)],
        ),
        (
            "当社は、最終ログインから1年間、会員の閲覧履歴を保存し、その後消去します。",
            [("data_deletion", "provider", 1, "year", "after", None)],
        ),
        (
            "利用料金は毎月末日で締め、利用者は翌月25日までに当社指定の口座に振り込むものとします。",
            [("payment", "customer", 25, "day", "after", None)],
        ),
        (
            "乙は、本契約の締結日から14日以内に、敷金として賃料の2か月分を甲に預託する。",
            [("payment", "provider", 14, "day", "after", None)],
        ),
        (  # a notice not given in time ends the other side's liability: a claim window
            "買主が受領後10日以内に不足の通知をしないときは、売主の責任は消滅する。",
            [("claim_limitation", "customer", 10, "day", "after", None)],
        ),
        (  # a survival clause
            "本契約終了後も、第9条及び第11条の規定は、なお2年間効力を有する。",
            [("confidentiality", "both", 2, "year", "after", None)],
        ),
        (  # an outage threshold in the same sentence as the claim period is not a duty
            "本サービスが連続して48時間以上利用できなかった場合、利用者は、復旧日から10日以内に申請することにより"
            "返金を請求できます。",
            [("claim_limitation", "customer", 10, "day", "after", None)],
        ),
        (  # the claim as the topic: 請求は…以内にしなければならない
            "前項の損害賠償の請求は、損害を知った時から六か月以内にしなければならない。",
            [("claim_limitation", "both", 6, "month", "after", None)],
        ),
        (
            "甲は、検収完了月の翌月末日限り、委託料を乙の口座に振り込む。",
            [("payment", "customer", None, None, "after", "end_of_next_month")],
        ),
        (  # silence deemed to pass an inspection is the inspection period, not an answer
            "発注者は、納品後10日以内に異議を述べないときは、検収に合格したものとみなす。",
            [("inspection", "customer", 10, "day", "after", None)],
        ),
        (  # paying the amount claimed is a payment, not a claim
            "会員は、当社から請求を受けた日から20日以内に、その請求に係る金額を支払う。",
            [("payment", "customer", 20, "day", "after", None)],
        ),
        (  # a due date counted as the Nth day from an event
            "ガス料金の支払期日は、検針日の翌日から起算して20日目の日とします。",
            [("payment", "customer", 20, "day", "after", None)],
        ),
        (
            "本件代金の支払期限は、請求書の到達日から45日後とする。",
            [("payment", "customer", 45, "day", "after", None)],
        ),
        (
            "委託者は、原稿の受領後2営業日以内に承認又は修正依頼を行う。",
            [("inspection", "customer", 2, "business_day", "after", None)],
        ),
        (  # approving a draft or asking for corrections is the acceptance review
            "発注者は、原稿を受け取った日から5営業日以内に、これを承認し、又は修正を求めるものとする。",
            [("inspection", "customer", 5, "business_day", "after", None)],
        ),
        (  # a claim lost to prescription
            "運送品の毀損についての運送人の責任に係る債権は、引渡しの日から1年を経過したときは、時効により消滅する。",
            [("claim_limitation", "customer", 1, "year", "after", None)],
        ),
        (  # a liability that ends unless notice is sent within the time: the keeper's client claims
            "倉庫業者の責任は、預け主が荷物を受け出した日から2週間以内にその旨の通知を発しないときは、消滅する。",
            [("claim_limitation", "customer", 2, "week", "after", None)],
        ),
    ],
)
def test_obligation_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "検収期間は、納品後10営業日とする。",
            [("inspection", "customer", 10, "business_day", "after", None)],
        ),
        (
            "乙の契約不適合責任の期間は、引渡しの日から1年間とする。",
            [("claim_limitation", "customer", 1, "year", "after", None)],
        ),
    ],
)
def test_periods_named_for_their_purpose_are_not_terms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_payment_due_before_a_date() -> None:
    text = "利用者は、支払期日の3営業日前までに利用料金を当社指定の口座に振り込むものとします。"
    assert duties_of(text) == [("payment", "customer", 3, "business_day", "before", None)]


def test_paid_at_the_end_of_the_next_month() -> None:
    assert duties_of("甲は、委託料を当月末日締め翌月末日払いにて乙に支払う。") == [
        ("payment", "customer", None, None, "after", "end_of_next_month")
    ]


def test_without_a_tree_the_heading_is_read_from_the_line_not_a_cross_reference() -> None:
    text = (
        "第9条（秘密保持）\n"
        "当事者は、相手方の情報を第三者に開示しない。\n"
        "2 第5条（解除）の場合も同様とする。\n"
        "3 本条の規定は、本契約終了後2年間有効とする。"
    )
    assert duties_of(text) == [("confidentiality", "both", 2, "year", "after", None)]


def test_the_nth_day_with_no_event_is_an_ordinal() -> None:
    assert duties_of("代金は、月末締めとし、5営業日目に振り込むものとする。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an invoice issued in one period, paid in the next: one payment, the customer's
            "受注者は、検収の日から10日以内に請求書を発行し、発注者は、請求書の受領日から30日以内に支払う。",
            [("payment", "customer", 30, "day", "after", None)],
        ),
        (  # a check on the way to the payment is no inspection
            "委託者は、請求書の受領後30日以内に、その内容を確認し、受託者に支払う。",
            [("payment", "customer", 30, "day", "after", None)],
        ),
        (  # an act on the way to the refund, with no new subject, stays in the phrase
            "賃貸人は、本契約終了後1か月以内に、敷金から未払賃料を控除し、残額を賃借人に返還する。",
            [("payment", "provider", 1, "month", "after", None)],
        ),
        (  # moving out in one period, the deposit paid back in the next
            "賃借人は、終了日から5日以内に貸室を明け渡し、賃貸人は、明渡しの日から1か月以内に敷金を返還する。",
            [
                ("return", "customer", 5, "day", "after", None),
                ("payment", "provider", 1, "month", "after", None),
            ],
        ),
    ],
)
def test_each_period_of_a_long_sentence_takes_its_own_verb(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refund within a time after the member's request: the provider pays (the member only asked)
        ("当社は、会員から解約の申出があった日から14日以内に、前払いの料金を会員に返金します。",
         [("payment", "provider", 14, "day", "after", None)]),
        # a refund asked for within a time: a claim window
        ("会員は、購入日から30日以内であれば、代金の全額返金を求めることができます。",
         [("claim_limitation", "customer", 30, "day", "after", None)]),
        # the refund paid within a time of the request is a payment
        ("当社は、返金を求める申出を受けた日から14日以内に返金します。",
         [("payment", "provider", 14, "day", "after", None)]),
        # no refund is no payment
        ("会員が利用開始日から8日以内に退会した場合でも、当社は受領済みの料金を返金しません。", []),
    ],
)
def test_refunds(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "発注者は、当月分の委託料を翌月20日までに受注者に支払う。",
        "発注者は、当月分の委託料を翌月20日限り受注者に支払う。",
        "発注者は、当月分の委託料を翌月の20日までに受注者の口座に振り込む。",
        "委託料は、毎月末日締め翌月20日払いとする。",
    ],
)
def test_a_day_of_the_next_month_is_read_alike_however_written(text: str) -> None:
    assert duties_of(text) == [("payment", "customer", 20, "day", "after", None)]
    assert anchors_of(text) == ["month_end"]


@pytest.mark.parametrize(
    "text",
    [
        "翌月20日払込分より新料金を適用する。",  # a payment batch named by its day, no deadline
        "受注者は、翌月20日限り本件作業場から退去する。",  # a day to leave, no payment
    ],
)
def test_a_day_of_the_next_month_without_a_payment_is_no_duty(text: str) -> None:
    assert duties_of(text) == []
