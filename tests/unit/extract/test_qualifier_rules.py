"""Every qualifier rule (a duty without a number) fires on its own example, ahead of the others: a
rule shadowed by another, or no longer able to fire, fails here."""

import pytest

from tracker.domain import Document
from tracker.extract.pipeline import qualifier_reasons
from tracker.extract.qualifiers import RULES

# rule name -> an example of our own
EXAMPLES = {
    "refund": "売主は、契約が解除されたときは、すみやかに受領済みの金員を買主に返還する。",
    "return": "利用者は、本契約が終了したときは、速やかに貸与機器を当社に返却するものとします。",
    "hand_over": "加盟店は、本契約が終了したときは、直ちに顧客名簿を本部に引き渡す。",
    "data_deletion": "当社は、利用契約が終了したときは、速やかに利用者のデータを削除します。",
    "notice": "甲及び乙は、貸与物が滅失したときは、直ちに相手方に通知する。",
    "payment_next_month": "甲は、当月分の委託料を翌月末日までに乙に支払う。",
    "payment_month_after_next": "甲は、請求書を受領した月の翌々月末日までに代金を支払う。",
    "payment_month_after_next_paid": "委託料は、当月末日締め翌々月末日払いとする。",
    "payment_next_month_paid": "委託料は、当月末日締め翌月末日払いとする。",
    "payment_month_end": "借主は、毎月末日までに翌月分の賃料を貸主に支払う。",
    "payment_month_of": "契約者は、利用開始日の属する月の末日までに初期費用を支払うものとします。",
    "notice_monthly": "受託者は、毎月10日までに前月の作業報告書を委託者に提出する。",
    "payment_monthly": "借主は、毎月25日までに翌月分の賃料を支払う。",
    "claim_next_month": "返金の申出は、障害が発生した月の翌月末日までに行うものとし、"
                        "これを過ぎた場合は返金を請求できない。",
    "claim_next_month_applied": "減額の申請を対象月の翌月末日までに行わなければならず、"
                                "経過した場合は減額を受けることができない。",
    "notice_next_month": "受託者は、当月の作業実績を翌月末日までに委託者に報告する。",
    "renewal_month_end": "契約者が更新月の前月末日までに解約の意思表示をしない限り、本契約は自動更新される。",
    "renewal_in_renewal_month": "契約者が更新月に本プランを解約しない場合、本プランは自動的に更新される。",
    "termination_month_end": "会員は、解約を希望する月の当月末日までに所定の届出を行う。",
    "notice_month_end": "受託者は、毎月末日までに当月の作業状況を委託者に報告する。",
    "termination_month_day": "利用者は、解約を希望する場合、前月20日までに解約届を提出する。",
    "renewal_by_expiry": "契約者は、期間満了日までに継続の意思表示を当社に行うものとします。",
    "renewal_day_before": "会員が次回更新日の前日までに退会しないときは、本契約は自動的に更新される。",
    "renewal_day_before_cancel": "有料プランの解約は、次回更新日の前日までに行うものとします。",
    "return_by_end": "借主は、本契約の終了日までに所有物を撤去し、本物件を明け渡す。",
    "return_month_of_end": "利用者は、契約が終了した日の属する月の末日までに荷物を撤去する。",
    "export_by_end": "利用者は、本契約の終了日までに必要なデータをダウンロードするものとします。",
    "payment_by_renewal": "借主は、更新料を更新日までに貸主に支払う。",
    "payment_yearly": "会員は、毎年3月31日までに翌年度の年会費を当会に支払う。",
    "notice_yearly": "受託者は、毎年4月末日までに前年度の業務実績を委託者に報告する。",
    "payment_anniversary": "甲は、毎年の契約応当日までに翌年度分の保守料を乙に支払う。",
}


def test_every_rule_has_an_example() -> None:
    assert set(EXAMPLES) == {rule.name for rule in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_rule_fires_on_its_example(rule) -> None:
    text = EXAMPLES[rule.name]
    assert rule.name in qualifier_reasons(Document(source="example", title=None, text=text, original=text))
