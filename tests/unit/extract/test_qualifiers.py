"""Duties without a number: month ends, the last day of the contract, and prompt notices."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "借主は、当月分の駐輪場使用料を当月末日までに貸主の口座に振り込む。",
            [("payment", "customer", None, None, "before", "end_of_month")],
        ),
        (
            "賃借人は、翌月分の賃料を前月末日までに賃貸人に支払う。",
            [("payment", "customer", None, None, "before", "end_of_month")],
        ),
        (
            "契約者は、解約を希望する月の当月末日までに窓口に申し出るものとします。",
            [("termination_notice", "customer", None, None, "before", "end_of_month")],
        ),
        (
            "会員は、退会を希望する場合、退会希望日の前月末日までに当協会に届け出るものとします。",
            [("termination_notice", "customer", None, None, "before", "end_of_month")],
        ),
        (
            "会員は、更新月の前月末日までに退会の手続をしない限り、会員資格は自動的に更新されます。",
            [("renewal_notice", "customer", None, None, "before", "end_of_month")],
        ),
        (
            "利用者は、返金を求める場合には、対象月の翌月末日までに当社に申し出るものとし、"
            "これを過ぎたときは返金を請求できません。",
            [("claim_limitation", "customer", None, None, "after", "end_of_next_month")],
        ),
        (
            "利用者は、サービスクレジットを受けるには、対象月の翌月末日までに当社に申請しなければなりません。",
            [("claim_limitation", "customer", None, None, "after", "end_of_next_month")],
        ),
        (  # the application named first, the remedy lost once the deadline has passed
            "会員は、返金の申請を障害発生月の翌月末日までに行うものとし、これを経過したときは返金を受けることができません。",
            [("claim_limitation", "customer", None, None, "after", "end_of_next_month")],
        ),
        (  # the refund itself lost ("cannot receive a refund") unless applied for in time
            "会員は、障害が生じた月の翌月末日までに返金を申請しない限り、返金を受けることはできません。",
            [("claim_limitation", "customer", None, None, "after", "end_of_next_month")],
        ),
        (  # losing the service, not a remedy, is no claim window
            "会員は、翌月末日までに申請しない限り、このサービスを利用できません。",
            [],
        ),
        (  # by the end of the month the invoice is sent in
            "会員は、利用料金を、請求月の末日までに支払うものとします。",
            [("payment", "customer", None, None, "after", "end_of_month")],
        ),
        (  # the fees up to the end of that month are no due date
            "会員は、請求月の末日までの利用料金を負担するものとします。",
            [],
        ),
        (  # a fixed day of each month (毎月27日に) to pay on
            "契約者は、利用料金について、毎月27日に翌月分を支払うものとします。",
            [("payment", "customer", None, None, "before", None)],
        ),
        (  # the day the month's account closes is no payment day
            "乙は、毎月20日に締め、当月分の作業報告書を甲に提出する。",
            [],
        ),
        (  # an application by a month's end that loses nothing is no claim window
            "会員は、利用状況の申請を翌月末日までに行うものとします。",
            [],
        ),
        (
            "発注者は、請求書を受け取った月の翌々月末日までに、受注者の口座に委託料を振り込む。",
            [("payment", "customer", None, None, "after", "end_of_month_after_next")],
        ),
        (
            "料金は毎月末日締め、翌々月末日払いとする。",
            [("payment", "customer", None, None, "after", "end_of_month_after_next")],
        ),
        (  # a report by the end of the month after next is no payment
            "乙は、作業の結果を翌々月末日までに甲に報告する。",
            [],
        ),
        (
            "受託者は、毎月の作業実績を翌月末日までに委託者に報告する。",
            [("notification", "provider", None, None, "after", "end_of_next_month")],
        ),
        (
            "借主は、本契約が終了したときは、終了日までに私物を撤去し、貸室を明け渡す。",
            [("return", "customer", None, None, "before", "by_expiry")],
        ),
        (  # by the time it ends (終了時まで)
            "借主は、本契約の終了時までに、本物件を原状に復して貸主に返還しなければならない。",
            [("return", "customer", None, None, "before", "by_expiry")],
        ),
        (
            "寄託者は、保管期間満了の日までに寄託物を引き取る。",
            [("return", "customer", None, None, "before", "by_expiry")],
        ),
        (
            "会員は、利用契約の終了日までに、自らの責任でデータを移行するものとします。",
            [("data_deletion", "customer", None, None, "before", "by_expiry")],
        ),
        (
            "借主は、更新料として新賃料の1か月分を更新日までに貸主に支払う。",
            [("payment", "customer", None, None, "before", "by_expiry")],
        ),
        # prompt notices between named parties
        (
            "乙は、貸与物を紛失したときは、直ちに甲にその旨を報告する。",
            [("notification", "provider", None, None, "after", "immediately")],
        ),
        (
            "甲及び乙は、第三者から苦情を受けたときは、速やかに相手方に連絡する。",
            [("notification", "both", None, None, "after", "promptly")],
        ),
        (
            "賃借人は、住所を変更したときは、遅滞なく賃貸人に届け出なければならない。",
            [("notification", "customer", None, None, "after", "without_delay")],
        ),
        (  # the prompt notice completes the numbered inspection duty
            "甲は、納入を受けた日から7日以内に検査を行い、不合格品があるときは直ちに乙に通知する。",
            [("inspection", "customer", 7, "day", "after", None)],
        ),
        (  # by the end of the month the term starts in
            "一括払いの契約者は、利用開始日の属する月の末日までに、年額の料金を当社に支払う。",
            [("payment", "customer", None, None, "after", "end_of_month")],
        ),
        (
            "契約者は、サービス開始月の末日までに初期費用を支払う。",
            [("payment", "customer", None, None, "after", "end_of_month")],
        ),
        (  # the fees up to the end of that month: no deadline
            "契約者は、解約日の属する月の末日までの月額料金を支払う。",
            [],
        ),
        (  # a deposit paid back without delay is a payment
            "貸主は、借主が退去したときは、遅滞なく保証金を借主に返還する。",
            [("payment", "provider", None, None, "after", "without_delay")],
        ),
        (  # a report by a day of each month
            "受託者は、毎月15日までに前月の作業日誌を委託者に提出する。",
            [("notification", "provider", None, None, "after", None)],
        ),
    ],
)
def test_qualifier_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_prompt_notices_in_standard_terms_are_not_tracked() -> None:
    assert duties_of("会員は、パスワードを失念したときは、直ちに当社に通知するものとします。") == []


def test_a_word_containing_a_provider_word_does_not_make_standard_terms() -> None:
    text = "乙は、不当行為の事実を知ったときは、直ちに甲に報告する。"
    assert duties_of(text) == [("notification", "provider", None, None, "after", "immediately")]


@pytest.mark.parametrize(
    "text",
    [
        # a due date the provider sets later has no time to track yet
        "会員は、当社が定める期日までに利用料金を支払うものとします。",
        "契約者は、当社が別途指定する期日までに、所定の方法で料金を支払うものとします。",
        "受注者は、発注者が指定する日までに成果物を納入する。",
        "利用者は、当社所定の期限までに必要書類を提出するものとします。",
    ],
)
def test_a_due_date_set_elsewhere_is_not_invented(text: str) -> None:
    assert duties_of(text) == []


def test_the_end_of_the_next_month_closing_a_window_is_no_deadline() -> None:
    text = "当社は、入金予定日を含む月から翌月末日まで依頼を受け付け、入金状況を案内する。"
    assert duties_of(text) == []
    assert duties_of(text.replace("月から", "月の")) == [
        ("payment", "provider", None, None, "after", "end_of_next_month")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a monthly report due by the month's last day
            "受託者は、毎月末日までに当月の作業状況を書面で委託者に報告する。",
            [("notification", "provider", None, None, "after", "end_of_month")],
        ),
        (  # a wish to end the contract by the month's end stays a termination notice
            "契約者は、解約を希望する月の当月末日までに当社に通知するものとします。",
            [("termination_notice", "customer", None, None, "before", "end_of_month")],
        ),
    ],
)
def test_reports_by_the_end_of_the_month(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at once" written in kana or as 即時に
        ("会員は、利用契約が終了したときは、ただちに貸与機器を当社に返却するものとします。",
         [("return", "customer", None, None, "after", "immediately")]),
        ("借主は、本契約が解除されたときは、即時に本物件を明け渡さなければならない。",
         [("return", "customer", None, None, "after", "immediately")]),
        # ending the contract at once is no return
        ("借主は、30日分の賃料を支払って即時に本契約を解約することができる。", []),
    ],
)
def test_at_once_in_other_spellings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cancel in the renewal month (the month after the term's last) or it renews
        ("契約者が更新月に本プランを解約しない場合、本プランは同一期間で自動的に更新される。",
         [("renewal_notice", "customer", None, None, "after", "end_of_next_month"),
          ("term", None, None, None, "after", None)]),
        # cancelling in the renewal month without a renewal told is no cutoff
        ("契約者が更新月に本プランを解約した場合、解約金は不要とする。", []),
        # a subscription's cutoff: cancel by the day before the renewal date
        ("有料プランの解約は、次回更新日の前日までに所定の方法で行うものとします。",
         [("renewal_notice", "customer", None, None, "before", "by_expiry")]),
        ("会員は、退会を希望する場合、次回更新日の前日までに手続を行うものとします。",
         [("renewal_notice", "customer", None, None, "before", "by_expiry")]),
        # the day before the renewal date with nothing ended is no cutoff
        ("当社は、更新日の前日までに新しい会員証を発送します。", []),
        # but the renewal fee may fall due then
        ("借主は、更新日の前日までに更新料を貸主に支払う。",
         [("payment", "customer", None, None, "before", "by_expiry")]),
    ],
)
def test_cancelling_by_the_day_before_renewal(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("発注者は、検収日の属する月の翌月末日までに代金を支払う。", "acceptance"),
        ("発注者は、検査に合格した月の翌月末日までに委託料を支払う。", "acceptance"),
        ("発注者は、請求書を受領した月の翌々月末日までに委託料を支払う。", "invoice"),
        ("乙は、本契約が終了したとき又は甲の請求があったときは、速やかに資料を返却する。", "termination"),
        ("乙は、本契約が終了したときは、速やかに資料を返却する。", "termination"),
        ("会員は、利用料金を、請求月の末日までに支払うものとします。", "invoice"),
        ("会員は、利用料金を、利用月の末日までに支払うものとします。", "usage_month"),
        ("利用者は、減免の申請を対象月の翌月末日までに行うものとし、これを経過したときは減免を受けることができない。",
         "service_month"),
    ],
)
def test_the_event_a_qualifier_duty_runs_from(text: str, anchor: str) -> None:
    assert anchors_of(text) == [anchor]
