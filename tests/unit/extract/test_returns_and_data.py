"""Returns of things and deletion of data, with a number or a qualifier."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "お客様は、本契約が終了した日から2週間以内に貸与機器を当社に返却するものとします。",
            [("return", "customer", 2, "week", "after", None)],
        ),
        (
            "当社は、契約終了後60日を経過した時点でお客様のデータを削除します。",
            [("data_deletion", "provider", 60, "day", "after", None)],
        ),
        (
            "会員は、退会日から14日以内に限り、登録データをダウンロードすることができます。",
            [("data_deletion", "customer", 14, "day", "after", None)],
        ),
        (
            "乙は、本契約の終了後、直ちに甲から貸与された資料を甲に返還する。",
            [("return", "provider", None, None, "after", "immediately")],
        ),
        (
            "利用者は、本契約が終了したときは、速やかに貸出機器を当社に返却するものとします。",
            [("return", "customer", None, None, "after", "promptly")],
        ),
        (
            "当社は、利用契約が終了した場合、遅滞なくお客様の情報を消去します。",
            [("data_deletion", "provider", None, None, "after", "without_delay")],
        ),
        (
            "貸主は、本物件の明渡しを受けた日から1ヶ月以内に敷金を借主に返還する。",
            [("payment", "provider", 1, "month", "after", None)],
        ),
        (
            "発注者は、検査に合格しなかった製品を、受注者に通知した日から7日以内に受注者に返品する。",
            [("return", "customer", 7, "day", "after", None)],
        ),
        (
            "当社は、会員が1年以上ログインしない場合、そのアカウントを削除できるものとします。",
            [("data_deletion", "provider", 1, "year", "after", None)],
        ),
    ],
)
def test_return_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_prompt_notice_is_not_a_tracked_duty() -> None:
    assert duties_of("利用者は、登録事項に変更があった場合、速やかに当社に通知するものとします。") == []


def test_a_prompt_return_needs_an_ending_or_a_request() -> None:
    assert duties_of("当社は、不適切な投稿を直ちに削除することができます。") == []


def test_a_prompt_deletion_after_a_numbered_one_restates_it() -> None:
    text = "当社は、利用契約の終了後90日間利用者のデータを保持し、その後速やかに削除します。"
    assert duties_of(text) == [("data_deletion", "provider", 90, "day", "after", None)]


def test_giving_back_an_access_right_is_a_return() -> None:
    text = "受託者は、本契約が終了した日から7営業日以内に、付与された管理者権限を返上する。"
    assert duties_of(text) == [("return", "provider", 7, "business_day", "after", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a return asked for by the other side, written 請求があったとき
            "甲及び乙は、相手方から請求があったときは、遅滞なく相手方の技術資料を返却又は廃棄する。",
            [("return", "both", None, None, "after", "without_delay")],
        ),
        (
            "受講者は、当協会の求めがあった場合、速やかに貸与した教材を返却するものとします。",
            [("return", "customer", None, None, "after", "promptly")],
        ),
        (
            "乙は、甲の要求があったときは、直ちに貸与品を甲に返還する。",
            [("return", "provider", None, None, "after", "immediately")],
        ),
        (  # handing over at the end of the contract is a return
            "代理店は、本契約が解除されたときは、直ちに販促物及び顧客リストを供給者に引き渡す。",
            [("return", "customer", None, None, "after", "immediately")],
        ),
        (
            "受託者は、本契約の終了日から15日以内に、預託された帳票類を委託者に引き渡す。",
            [("return", "provider", 15, "day", "after", None)],
        ),
        # handing over goods or work is a delivery, not a return
        ("受注者は、検査に合格した後、直ちに成果物を発注者に引き渡す。", []),
        ("売主は、代金の受領後、速やかに目的物を買主に引き渡す。", []),
        ("受託者は、作業の完了日から10日以内に成果物を委託者に引き渡す。", []),
        # a payment on request is no return
        ("会員は、当社から請求があったときは、速やかに未払の料金を支払うものとします。", []),
        # the right to demand a return at once sets no deadline of its own
        ("貸主は、借主が賃料を滞納したときは、本契約を解除し、直ちに機材の返還を請求することができる。", []),
        ("甲は、乙が本契約に違反したときは、直ちに貸与品の返却を求めることができる。", []),
    ],
)
def test_returns_on_request_and_hand_overs_at_the_end(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_download_after_the_deletion_leaves_the_deletion_to_the_provider() -> None:
    text = (
        "当社は、利用契約の終了日から60日以内に利用者のデータを消去するものとし、"
        "利用者はその前日までにデータをダウンロードするものとします。"
    )
    assert duties_of(text) == [("data_deletion", "provider", 60, "day", "after", None)]


def test_inactivity_is_counted_from_the_last_login() -> None:
    text = "当社は、最後にログインした日から3年間ログインがない会員のアカウントを削除します。"
    assert anchors_of(text) == ["last_login"]
    text = "当社は、最終の利用から2年間利用がない会員のアカウントを削除できます。"
    assert anchors_of(text) == ["last_login"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restoring the premises is part of handing them back
        ("借主は、本契約の終了日までに、自己の費用で貸室の原状回復工事を完了し、貸主に明け渡す。",
         [("return", "customer", None, None, "before", "by_expiry")]),
        ("借主は、本契約終了日から10日以内に貸室の原状回復を行う。",
         [("return", "customer", 10, "day", "after", None)]),
        # paying its cost is a payment
        ("借主は、本契約終了後20日以内に、原状回復費用を貸主に支払う。",
         [("payment", "customer", 20, "day", "after", None)]),
    ],
)
def test_restoring_the_premises(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_notice_after_a_return_runs_from_the_return() -> None:
    text = "受領者は、本契約終了後30日以内に秘密資料を返還し、返還後7日以内にその旨を開示者に通知する。"
    assert anchors_of(text) == ["termination", "return"]
