"""Returns of things and deletion of data, with a number or a qualifier."""

import pytest

from tests.unit.extract.helpers import duties_of


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
