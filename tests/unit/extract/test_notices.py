"""Notices before an event (changes, discontinuation, others) and notices within a time."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "当社は、本規約を変更する場合、変更の効力発生日の1ヶ月前までに会員に通知します。",
            [("change_notice", "provider", 1, "month", "before", None)],
        ),
        (
            "会員は、登録事項を変更する場合、変更予定日の5営業日前までに当社に届け出るものとします。",
            [("notification", "customer", 5, "business_day", "before", None)],
        ),
        (
            "当社は、本サービスを廃止する場合、廃止日の6ヶ月前までに利用者に通知します。",
            [("abolition_notice", "provider", 6, "month", "before", None)],
        ),
        (
            "当社は、サポートを終了する場合には、サポート終了日の十二か月前までに通知する。",
            [("abolition_notice", "provider", 12, "month", "before", None)],
        ),
        (
            "当社は、障害の発生を知った時から24時間以内にお客様に報告します。",
            [("notification", "provider", 24, "hour", "after", None)],
        ),
        (
            "乙は、再委託を開始する日の十四日前までに甲に書面で通知する。",
            [("notification", "provider", 14, "day", "before", None)],
        ),
        (
            "受注者は、月末締めで作業報告書をまとめ、翌月3営業日以内に発注者へ提出する。",
            [("notification", "provider", 3, "business_day", "after", None)],
        ),
        (  # a report due by a day of the next month: a due date, not a length
            "受託者は、毎月の作業実績をまとめ、翌月10日までに報告書を委託者に提出する。",
            [("notification", "provider", None, None, "after", None)],
        ),
        (
            "販売店は、当月の販売数量を集計し、翌月の7日までに販売報告書を供給者に送付する。",
            [("notification", "customer", None, None, "after", None)],
        ),
        (  # a written report handed over
            "受託者は、障害の復旧後3営業日以内に、原因及び対策を記載した書面を委託者に交付する。",
            [("notification", "provider", 3, "business_day", "after", None)],
        ),
        (  # posting on a status page is a way of telling
            "当社は、システムの停止を検知した時から2時間以内に、当社ウェブサイトにその旨を掲載します。",
            [("notification", "provider", 2, "hour", "after", None)],
        ),
        (
            "当社は、情報漏えいが判明した日から3日以内に、その概要を公表する。",
            [("notification", "provider", 3, "day", "after", None)],
        ),
        (  # a certificate of destruction is a notice, though it names the destruction
            "受領者は、秘密資料を破棄した日から7日以内に、破棄を証明する書面を開示者に提出する。",
            [("notification", "both", 7, "day", "after", None)],
        ),
        (
            "乙は、返還を求められた資料を廃棄したときは、廃棄の日から5営業日以内に廃棄証明書を甲に送付する。",
            [("notification", "provider", 5, "business_day", "after", None)],
        ),
        (
            "受託者は、システム障害を検知した時から1時間以内に委託者へ一報する。",
            [("notification", "provider", 1, "hour", "after", None)],
        ),
        (  # a long list of what the report holds between the period and the verb
            "受託者は、翌月の5営業日以内に、作業時間、対応件数、障害の有無及び改善提案を記載した月次報告書を委託者に提出する。",
            [("notification", "provider", 5, "business_day", "after", None)],
        ),
    ],
)
def test_notice_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_discontinuation_under_a_heading_about_changes_is_an_abolition_notice() -> None:
    text = (
        "第7条（サービスの変更・終了）\n"
        "当社は、本サービスの提供を終了する場合、終了予定日の60日前までに会員に通知します。"
    )
    assert duties_of(text) == [("abolition_notice", "provider", 60, "day", "before", None)]


def test_a_period_from_the_end_of_the_month_runs_from_the_month_end() -> None:
    assert anchors_of("甲は、毎月末日締め翌月15日払いで委託料を乙に支払う。") == ["month_end"]
    assert anchors_of("受託者は、月次報告書を翌月5営業日以内に委託者へ提出する。") == ["month_end"]


@pytest.mark.parametrize(
    "text",
    [
        # a check made on the way to the notice is no inspection
        "当社は、申込みの受付後5営業日以内に、申込内容を確認のうえ、結果を申込者に通知します。",
        # a report due in the period, a record kept afterwards: the period is the report's
        "受託者は、点検の完了後7日以内に、点検記録を委託者に提出し、点検記録を5年間保管する。",
        # a report handed in for the other side to check: the report is the duty
        "受注者は、作業完了後3営業日以内に完了報告書を発注者に提出し、発注者の確認を受ける。",
    ],
)
def test_the_first_act_after_the_period_is_the_notice(text: str) -> None:
    assert duties_of(text)[0][0] == "notification"


def test_a_price_rise_is_a_change() -> None:
    text = "当社は、利用料金を値上げするときは、その2か月前までに契約者に通知します。"
    assert duties_of(text) == [("change_notice", "provider", 2, "month", "before", None)]


def test_a_change_one_side_asks_for_is_a_notice() -> None:
    text = "受託者は、単価の改定を希望する日の2か月前までに委託者に申し入れ、両者協議のうえ定める。"
    assert duties_of(text) == [("notification", "provider", 2, "month", "before", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deletion done within the period, with a certificate afterwards: the deletion
            "乙は、機器の回収日から10日以内に記録媒体のデータを消去し、消去証明書を甲に交付する。",
            [("data_deletion", "provider", 10, "day", "after", None)],
        ),
        (  # a return within the period, the certificate only on request
            "受領者は、終了後14日以内に秘密資料を返還し、開示者の求めがあるときは証明書を提出する。",
            [("return", "both", 14, "day", "after", None)],
        ),
    ],
)
def test_a_certificate_after_the_act_leaves_the_act_its_period(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert duties_of(text) == expected


def test_a_day_of_the_next_month_without_a_report_is_not_a_duty() -> None:
    assert duties_of("当社は、毎月末日に締め、翌月10日に請求書を発行します。") == []


def test_maintenance_notice_under_a_heading_naming_the_end_of_the_service() -> None:
    text = (
        "第12条（保守作業及び本サービスの終了）\n"
        "1 当社は、定期保守を行うときは、その5日前までに会員に通知します。\n"
        "2 当社は、本サービスの提供を終了するときは、終了日の3か月前までに会員に通知します。"
    )
    assert duties_of(text) == [
        ("notification", "provider", 5, "day", "before", None),
        ("abolition_notice", "provider", 3, "month", "before", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the end of all or part of the service is its discontinuation
            "当社は、本サービスの全部又は一部を終了する場合、終了日の45日前までに会員に通知します。",
            [("abolition_notice", "provider", 45, "day", "before", None)],
        ),
        (  # the member ending its own use is ending the contract
            "会員は、本サービスの利用を終了する場合、終了日の10日前までに当社に届け出るものとします。",
            [("termination_notice", "customer", 10, "day", "before", None)],
        ),
    ],
)
def test_the_end_of_part_of_the_service_and_of_ones_own_use(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # terms in force a time after they are posted: the posting is due that long before
            "変更後の本規約は、当社が本サイトに掲示した日から10日を経過した日から効力を生じるものとします。",
            [("change_notice", "provider", 10, "day", "before", None)],
        ),
        (
            "改定後の料金表は、当社が会員に通知した日から起算して1か月を経過した時点から適用されます。",
            [("change_notice", "provider", 1, "month", "before", None)],
        ),
        # a posting with nothing changing is no change notice
        ("当社は、障害の内容を本サイトに掲示した日から7日を経過した日に、その掲示を削除します。", []),
    ],
)
def test_changes_in_force_a_time_after_posting(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected
