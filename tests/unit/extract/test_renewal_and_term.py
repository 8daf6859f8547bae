"""Terms, renewal cutoffs and minimum terms."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本契約の有効期間は、契約締結日から二年間とする。",
            [("term", None, 2, "year", "after", None)],
        ),
        (
            "本サービスの利用期間は、利用開始日より６ヶ月とします。",
            [("term", None, 6, "month", "after", None)],
        ),
        (
            "期間満了の2か月前までに会員から解約の申出がないときは、本契約はさらに1年間自動的に更新される。",
            [
                ("renewal_notice", "customer", 2, "month", "before", None),
                ("term", None, 1, "year", "after", None),
            ],
        ),
        (
            "契約期間満了前30日までに甲乙いずれからも別段の意思表示がない場合、同一条件で更新する。",
            [("renewal_notice", "both", 30, "day", "before", None)],
        ),
        (
            "利用契約は１ヶ月ごとの自動更新となります。",
            [("term", None, 1, "month", "after", None)],
        ),
        (
            "お客様は、利用開始日から3ヶ月間は最低利用期間として解約できないものとします。",
            [("minimum_term", "customer", 3, "month", "after", None)],
        ),
        (  # a term until a length has passed (1年を経過する日まで)
            "本契約の有効期間は、契約締結日から1年を経過する日までとする。",
            [("term", None, 1, "year", "after", None)],
        ),
        (  # a deletion by the day a length has passed is no term
            "当社は、契約終了日から30日を経過した日までに、利用者のデータを削除する。",
            [("data_deletion", "provider", 30, "day", "after", None)],
        ),
        (  # either party (当事者の一方) may stop the renewal
            "本契約は、期間満了の2か月前までに当事者の一方から何らの申出もないときは、更に1年間延長する。",
            [("renewal_notice", "both", 2, "month", "before", None),
             ("term", None, 1, "year", "after", None)],
        ),
        (  # a minimum term named for the thing hired (最低レンタル期間, 最低賃貸借期間)
            "月極プランの最低レンタル期間は、機材の引渡日から3か月とする。",
            [("minimum_term", "customer", 3, "month", "after", None)],
        ),
        (
            "最低賃貸借期間は、契約開始日から6か月とする。",
            [("minimum_term", "customer", 6, "month", "after", None)],
        ),
        (  # the rental term itself, and a floor (最低でも) on something else, are no minimum term
            "レンタル期間は、機材の引渡日から3か月とする。",
            [("term", None, 3, "month", "after", None)],
        ),
        (
            "契約期間満了日までに継続の意思表示がないときは、本契約は終了します。",
            [("renewal_notice", "customer", None, None, "before", "by_expiry")],
        ),
        (
            "賃借人は、リース期間満了の3か月前までに申し出ることにより、1年間を単位として再リースを受けることができる。",
            [
                ("renewal_notice", "customer", 3, "month", "before", None),
                ("term", None, 1, "year", "after", None),
            ],
        ),
        ("本契約は、6か月単位で自動更新される。", [("term", None, 6, "month", "after", None)]),
        (
            "会員は、入会日から6か月間は退会することができません。",
            [("minimum_term", "customer", 6, "month", "after", None)],
        ),
        (
            "貸主又は借主は、期間の末日の2か月前までに相手方に申し出ることにより、本契約を更新しないことができる。",
            [("renewal_notice", "both", 2, "month", "before", None)],
        ),
        ("本契約の有効期間は、締結日の翌日から3箇年とする。", [("term", None, 3, "year", "after", None)]),
        ("本覚書は、締結の日から三年間効力を有する。", [("term", None, 3, "year", "after", None)]),
        (  # the cutoff of a renewal, though the word before it is a cancellation
            "会員が利用期間の末日の14日前までに解約の申出をしない場合、本契約は自動更新されます。",
            [("renewal_notice", "customer", 14, "day", "before", None)],
        ),
        (  # the subject just after the period
            "本契約は、期間満了の1か月前までに甲乙が合意した場合に限り、更新することができる。",
            [("renewal_notice", "both", 1, "month", "before", None)],
        ),
        (  # the first term runs to the Nth anniversary of an event
            "本契約の期間は、締結の日から、供給開始日以降2年目の日までとする。",
            [("term", None, 2, "year", "after", None)],
        ),
        (  # renewed a unit at a time, on the same conditions
            "満了日の1か月前までに異議がないときは、本契約は、満了後も6か月ごとに同一の条件で継続されるものとする。",
            [
                ("renewal_notice", "customer", 1, "month", "before", None),
                ("term", None, 6, "month", "after", None),
            ],
        ),
        (  # a warehouse's storage period is its term
            "預り品の保管期間は、受入れの日から6か月とする。",
            [("term", None, 6, "month", "after", None)],
        ),
        (  # cancelled by the day before the renewal date, or renewed
            "利用者が更新日の前日までに退会しないときは、利用契約は自動的に更新される。",
            [("renewal_notice", "customer", None, None, "before", "by_expiry")],
        ),
        (  # the contract stays in force unless notice is given
            "期間満了の30日前までに何らの通知もないときは、本契約は同一の条件でさらに1年間有効とする。",
            [
                ("renewal_notice", "customer", 30, "day", "before", None),
                ("term", None, 1, "year", "after", None),
            ],
        ),
        (  # a notice due before expiry about something else than the contract going on
            "貸主は、期間満了の2か月前までに、借主に対し、管理費の見直しの有無を知らせる。",
            [("notification", "provider", 2, "month", "before", None)],
        ),
        (  # a wish for a new contract after a fixed term renews nothing: a plain notice
            "借主が期間の満了後に再契約を希望するときは、期間満了の6か月前までに貸主に申し出る。",
            [("notification", "customer", 6, "month", "before", None)],
        ),
    ],
)
def test_term_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_renewal_term_runs_from_expiry_and_initial_term_from_start() -> None:
    text = "有効期間は締結日から1年間とし、期間満了日の翌日からさらに1年間延長されるものとする。"
    assert anchors_of(text) == ["start", "expiry"]


def test_warranty_period_is_a_claim_window_not_a_term() -> None:
    assert duties_of("本製品の保証期間は、引渡しの日から1年間とする。") == [
        ("claim_limitation", "both", 1, "year", "after", None)]


def test_only_the_end_of_a_notice_window_is_a_deadline() -> None:
    text = (
        "甲又は乙は、期間満了の1年前から6か月前までの間に相手方に更新しない旨の通知をしないときは、"
        "更新したものとみなす。"
    )
    assert duties_of(text) == [("renewal_notice", "both", 6, "month", "before", None)]


def test_the_longest_anchor_word_ending_nearest_wins() -> None:
    assert anchors_of("当社は、最終更新日より1年が経過したデータを削除します。") == ["last_update"]


def test_a_term_that_continues_after_expiry() -> None:
    text = "期間満了の3か月前までに甲乙いずれからも申出がないときは、本契約は同一条件で1年間継続する。"
    assert duties_of(text) == [
        ("renewal_notice", "both", 3, "month", "before", None),
        ("term", None, 1, "year", "after", None),
    ]


def test_a_data_retention_period_is_not_a_term() -> None:
    assert duties_of("アクセスログの保管期間は、取得の日から1年とする。") == []


def test_a_heading_naming_term_and_minimum_term_leaves_the_term_a_term() -> None:
    text = (
        "第4条（利用期間及び最低利用期間）\n"
        "1 本契約の期間は、機器の設置日から2年間とします。\n"
        "2 期間満了日の1か月前までに解約の申出がない場合、本契約はさらに2年間自動的に更新されます。\n"
        "3 最低利用期間は、設置日の翌月1日から起算して24か月とします。\n"
    )
    assert duties_of(text) == [
        ("term", None, 2, "year", "after", None),
        ("renewal_notice", "customer", 1, "month", "before", None),
        ("term", None, 2, "year", "after", None),
        ("minimum_term", "customer", 24, "month", "after", None),
    ]


def test_under_a_minimum_term_heading_a_bare_length_is_the_minimum() -> None:
    text = "第4条（最低利用期間）\n会員は、利用開始日から6か月間は、本契約を解約することができません。\n"
    assert duties_of(text) == [("minimum_term", "customer", 6, "month", "after", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a free trial's length is a term (the paid plan follows it)
        ("無料トライアル期間（14日間）の終了後、会員が解約しない場合は自動的に有料プランに移行します。",
         [("term", None, 14, "day", "after", None)]),
        ("当社は、利用申込日から30日間、本サービスを無償で提供します。",
         [("term", None, 30, "day", "after", None)]),
        # a discount or free repairs for a time are no trial
        ("会員は、入会後6か月間は月会費の50%割引を受けることができます。", []),
        ("受託者は、本件業務の完了後1年間、無償で修補する。", []),
    ],
)
def test_free_trials(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the length of a further lease, asked for before expiry
            "借手は、賃貸期間満了の3か月前までに貸手に申し出ることにより、同じ条件で2年間の再リースを受けることができる。",
            [
                ("renewal_notice", "customer", 3, "month", "before", None),
                ("term", None, 2, "year", "after", None),
            ],
        ),
        (  # a year's renewal fee is money, not a term
            "会員は、更新の際に1年間の更新料を支払うものとする。",
            [],
        ),
    ],
)
def test_length_of_a_further_term(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected
