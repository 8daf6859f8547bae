"""Termination notices, cure periods, defaults and unanswered contacts."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "契約者は、解約希望日の30日前までに当社に書面で通知することにより、本契約を解約できる。",
            [("termination_notice", "customer", 30, "day", "before", None)],
        ),
        (
            "甲及び乙は、三か月前までに相手方に通知することにより、本契約を中途解約することができる。",
            [("termination_notice", "both", 3, "month", "before", None)],
        ),
        (
            "当社は、会員が本規約に違反し、当社が是正を催告した後14日以内に是正されない場合、本契約を解除できる。",
            [("cure", "customer", 14, "day", "after", None)],
        ),
        (
            "甲又は乙は、相手方が本契約に違反し、催告を受けた日から十日以内に当該違反を是正しないときは、本契約を解除できる。",
            [("cure", "both", 10, "day", "after", None)],
        ),
        (
            "借主が賃料の支払を3か月以上怠ったときは、貸主は本契約を解除することができる。",
            [("default", "customer", 3, "month", "after", None)],
        ),
        (
            "当社は、契約者が支払期日の翌日から起算して2ヶ月を経過しても支払わないときは、解除できる。",
            [("default", "customer", 2, "month", "after", None)],
        ),
        (
            "当社は、会員が3か月以上利用料金の支払いを怠った場合、本契約を解除できる。",
            [("default", "customer", 3, "month", "after", None)],
        ),
        (
            "いずれの当事者も、3か月前までに書面で通知することにより本契約を解約できる。",
            [("termination_notice", "both", 3, "month", "before", None)],
        ),
        (
            "当社からの連絡に対して30日間応答がないとき。",
            [("response", "customer", 30, "day", "after", None)],
        ),
        (
            "通知が到達した日より10日後を解約希望日とみなします。",
            [("termination_notice", "customer", 10, "day", "after", None)],
        ),
        (  # answering an application: whether it is accepted
            "当社は、申込みを受け付けた日から7日以内に、承諾の可否を申込者に通知します。",
            [("response", "provider", 7, "day", "after", None)],
        ),
        (  # an objection window after a notice, no act named
            "発注者は、前項の通知を受けた日から14日以内に、書面により異議を述べることができる。",
            [("response", "customer", 14, "day", "after", None)],
        ),
        (  # the same window with a report to file is a notification
            "受託者は、是正の要請を受けた日から30日以内に改善計画を委託者に提出する。",
            [("notification", "provider", 30, "day", "after", None)],
        ),
        (
            "借主は、本物件から退去しようとするときは、退去予定日の2か月前までに貸主に届け出る。",
            [("termination_notice", "customer", 2, "month", "before", None)],
        ),
        (  # the one who fails to pay is in default, not the provider that suspends
            "当社は、会員の月額料金の支払が遅れた場合、支払期日から10日経過後に本サービスを停止できます。",
            [("default", "customer", 10, "day", "after", None)],
        ),
        (  # arrears left unpaid within a time before termination: a cure
            "当社は、利用を停止された会員が停止日から15日以内に滞納料金を支払わないときは、契約を解除できます。",
            [("cure", "customer", 15, "day", "after", None)],
        ),
        (  # any act left undone within a time after a notice, before termination: a cure
            "当社は、通知後7日以内に会員が有効なクレジットカードを登録しないときは、契約を解約できます。",
            [("cure", "customer", 7, "day", "after", None)],
        ),
        (
            "受託者は、障害の連絡を受けた時から2時間以内に対応を開始する。",
            [("response", "provider", 2, "hour", "after", None)],
        ),
        (  # a demand giving days of grace: the party it is made of must cure
            "貸主は、借主に対し、10日間の猶予期間を定めて賃料の支払を催告し、その期間内に支払がないときは解除できる。",
            [("cure", "customer", 10, "day", "after", None)],
        ),
        (  # no one named but the provider that may terminate: the other side cures
            "当社は、書面による通知後10営業日以内に違反が是正されないときは、契約を解除できます。",
            [("cure", "customer", 10, "business_day", "after", None)],
        ),
        (  # a notice period stated as a length: still before the termination date
            "本契約の解約予告期間は3か月とする。",
            [("termination_notice", "customer", 3, "month", "before", None)],
        ),
        (  # silence within the time is assent
            "委託者が、報告書を受領した日から7日以内に書面で異議を述べないときは、報告書を承認したものとみなす。",
            [("response", "customer", 7, "day", "after", None)],
        ),
        (
            "甲は、乙から変更の申出を受けた日から10日以内に、承諾するか否かを乙に通知する。",
            [("response", "customer", 10, "day", "after", None)],
        ),
        (  # saying yes or no to an application
            "委託者は、受託者から再委託の承認申請を受けた日から10日以内に、承認又は不承認を受託者に通知する。",
            [("response", "customer", 10, "day", "after", None)],
        ),
        (  # a notice period stated as what the notice must give
            "借主は、2か月の予告期間をもって貸主に申し入れることにより、本契約を解約できる。",
            [("termination_notice", "customer", 2, "month", "before", None)],
        ),
        (  # the party late with its payment cures, not the one that demanded it
            "当社は、会員が料金の支払を遅延し、当社が催告した日から10日以内に支払わないときは、契約を解除できる。",
            [("cure", "customer", 10, "day", "after", None)],
        ),
        (  # the contract ends once the time from the notice has passed
            "借主が解約を申し入れたときは、本契約は、解約の申入れの日から3か月を経過することによって終了する。",
            [("termination_notice", "customer", 3, "month", "after", None)],
        ),
        (
            "会員の退会の通知が到達した日から30日を経過した日に、利用契約は終了する。",
            [("termination_notice", "customer", 30, "day", "after", None)],
        ),
        (  # work redone after a failed inspection is a cure, by the party that redoes it
            "検査で不備を指摘されたときは、受託者は、委託者からの通知を受けた日から5日以内に無償で再作業を行う。",
            [("cure", "provider", 5, "day", "after", None)],
        ),
        (  # an item marked ア ends before the next item イ (which names excluded persons)
            "甲は、乙が次のいずれかに該当するときは、解除できる。\n"
            "ア　違反の通知を受けた日から10日以内にこれを是正しないとき\n"
            "イ　暴力団員でなくなった日から5年を経過しない者であるとき",
            [("cure", "provider", 10, "day", "after", None)],
        ),
    ],
)
def test_termination_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_cure_anchor_is_the_notice_or_the_breach() -> None:
    assert anchors_of("違反の通知後7日以内に是正されない場合。") == ["violation_notice"]
    assert anchors_of("違反した日から7日間経過後も是正しない場合。") == ["violation"]


def test_termination_by_a_day_of_the_month() -> None:
    text = "契約者は、解約希望日の属する月の前月20日までに当社に解約届を提出するものとします。"
    assert duties_of(text) == [("termination_notice", "customer", None, None, "before", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an application reviewed within a time after it arrives: an answer
            "当社は、申込書を受領した日から7営業日以内に審査を行い、その結果を申込者に通知します。",
            [("response", "provider", 7, "business_day", "after", None)],
        ),
        (
            "受注者は、発注書を受け付けた日から3営業日以内に、受注の可否を発注者に通知する。",
            [("response", "provider", 3, "business_day", "after", None)],
        ),
        (
            "乙は、甲から注文を受けた日から五日以内に、注文請書を甲に交付する。",
            [("response", "provider", 5, "day", "after", None)],
        ),
        (  # a report asked for is a notice, not an answer about the request
            "受託者は、委託者から依頼を受けた日から3日以内に、作業報告書を提出する。",
            [("notification", "provider", 3, "day", "after", None)],
        ),
        (  # whether the work conforms, checked within a time: an inspection, not an answer
            "甲は、成果物の納入を受けた日から10日以内に、仕様に適合するか否かを検査し、その結果を乙に通知する。",
            [("inspection", "customer", 10, "day", "after", None)],
        ),
        (  # a proposal (申入れ) answered with its effect on the price, the answer well after the period
            "受託者は、仕様変更の申入れを受けた日から4営業日以内に、変更による費用及び工期への影響を書面で委託者に回答する。",
            [("response", "provider", 4, "business_day", "after", None)],
        ),
        (  # a notice to end the contract (解約の申入れ) is no request to answer: vacating is a return
            "賃借人は、解約の申入れを受けた日から30日以内に本物件を明け渡す。",
            [("return", "customer", 30, "day", "after", None)],
        ),
    ],
)
def test_answers_to_orders_and_applications(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooling-off window: the last day to cancel, counted from receiving the papers
        ("購入者は、契約書面を受領した日から起算して8日を経過するまでの間、書面により契約の解除を行うことができる。",
         [("termination_notice", "customer", 8, "day", "after", None)]),
        ("お申込み後8日以内であれば、お客様は書面により無条件で契約を解除することができます。",
         [("termination_notice", "customer", 8, "day", "after", None)]),
        # a free period after the application is no cooling-off
        ("当社は、申込日から30日間、本サービスを無償で提供します。",
         [("term", None, 30, "day", "after", None)]),
        ("受講者は、契約締結の日から8日以内であれば、無条件で本契約の解除（クーリング・オフ）ができます。",
         [("termination_notice", "customer", 8, "day", "after", None)]),
        # a breach not put right after a letter arrives is a cure, not a cooling-off
        ("乙が、催告書を受領した日から10日以内に是正しない場合、甲は本契約を解除できる。",
         [("cure", "provider", 10, "day", "after", None)]),
        # no ending in the first year: a minimum term
        ("会員は、契約締結の日から1年間は、本契約を解約することができません。",
         [("minimum_term", "customer", 1, "year", "after", None)]),
    ],
)
def test_cooling_off_windows(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the tenant may pay a month's rent instead of waiting out the notice: no further deadline
        "前項にかかわらず、借主は、解約申入れの日から起算して30日分の賃料を貸主に支払うことにより、"
        "解約申入れの日から起算して30日を経過する日までの間、随時に本契約を解約することができる。",
        "賃借人は、1か月分の賃料相当額を支払って即時に本契約を解約することができる。",
    ],
)
def test_paying_instead_of_notice_adds_no_deadline(text: str) -> None:
    assert duties_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the termination takes effect a time after the notice
            "本契約の解約は、解約の通知が到達した日から60日を経過した日に効力を生じる。",
            [("termination_notice", "customer", 60, "day", "after", None)],
        ),
        # a change taking effect after a notice is not a termination
        ("解約条件の変更は、通知の日から30日を経過した日に効力を生じる。",
         [("change_notice", "provider", 30, "day", "before", None)]),
    ],
)
def test_termination_taking_effect_after_the_notice(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reasonable time with a floor, given in a demand: the least time to put a breach right
        ("甲は、乙が義務を履行しない場合、相当の期間（10日を下回らないものとする。）を定めて催告し、"
         "その期間内に履行がないときは、本契約を解除できる。",
         [("cure", "provider", 10, "day", "after", None)]),
        ("当社は、相当の期間（30日以上）を定めて催告したにもかかわらず、会員が違反を是正しない場合、"
         "利用契約を解除できます。",
         [("cure", "customer", 30, "day", "after", None)]),
        # the same floor without a demand is no cure
        ("甲は、相当の期間（7日以上）を経過した後に、乙に報告を求めることができる。", []),
    ],
)
def test_a_reasonable_time_with_a_floor(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whatever is sent back to an inquiry or a complaint answers it
        ("当社は、利用者から問い合わせを受けた日から2営業日以内に、調査の結果を利用者に通知します。",
         [("response", "provider", 2, "business_day", "after", None)]),
        ("受託者は、委託者から苦情の申出を受けた日から5日以内に、改善策を委託者に報告する。",
         [("response", "provider", 5, "day", "after", None)]),
        # a report on an incident is a notice
        ("受託者は、事故を知った日から5日以内に、改善策を委託者に報告する。",
         [("notification", "provider", 5, "day", "after", None)]),
    ],
)
def test_answers_to_inquiries_and_complaints(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a lease's summary table: each side's notice period after its name
        "(5) 解約予告期間\n借主 1か月 貸主 6か月\n",
        "解約予告期間：借主1か月、貸主6か月\n",
    ],
)
def test_notice_periods_in_a_table(text: str) -> None:
    assert duties_of(text) == [
        ("termination_notice", "customer", 1, "month", "before", None),
        ("termination_notice", "provider", 6, "month", "before", None),
    ]
