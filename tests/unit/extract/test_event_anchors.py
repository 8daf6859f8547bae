"""The event a period is counted from, read from the words before it (or, in English, after it)."""

import pytest

from tests.unit.extract.helpers import anchors_of


@pytest.mark.parametrize(("text", "expected"), [
    # a demand to cure is the breach notice, not a mere request
    ("借主が是正の請求を受けた日から14日以内に違反を是正しないときは、貸主は本契約を解除できる。",
     ["violation_notice"]),
    ("受託者が書面で是正を求められた日から20日以内に是正しないときは、委託者は本契約を解除できる。",
     ["violation_notice"]),
    ("乙は、個別の注文書を受領した日から3営業日以内に、その諾否を甲に回答する。", ["order_receipt"]),
    ("甲は、月例報告書の受領後5営業日以内に内容を確認し、意見があれば乙に通知する。", ["report_receipt"]),
    ("当社は、お客様からの問合せを受け付けた日から3営業日以内に回答する。", ["inquiry"]),
    ("乙は、再委託を開始する日の10日前までに甲に書面で通知する。", ["subcontract_start"]),
    ("甲は、監査予定日の7日前までに乙に通知する。", ["audit"]),
    ("当社は、作業実施日の5営業日前までに作業内容をお客様に通知する。", ["maintenance"]),
    ("乙は、操作ログを取得し、取得した日から2年間保存する。", ["log_creation"]),
    ("当社は、利用停止の日から60日以内に停止の理由が解消されないときは、契約を解除できる。", ["suspension"]),
    ("お客様は、対象期間の末日から20日以内に当社に減額を申請する。", ["period_end"]),
    ("貸主は、貸室の明渡しが完了した日から1ヶ月以内に敷金を借主に返還する。", ["surrender"]),
    ("当社は、障害が復旧した日から3営業日以内に障害報告書をお客様に提出する。", ["recovery"]),
    ("乙は、データを消去したときは、消去した日から10日以内に消去証明書を甲に提出する。", ["data_deletion"]),
    ("乙は、開示請求を受領した日から5営業日以内にこれを甲に転送する。", ["request"]),
    ("甲は、前項の提供を受けた日から10日以内に動作を確認する。", ["delivery"]),
    # learning of a leak is the incident; learning of a damage is when a claim arises
    ("乙は、個人データの漏えいが生じたことを知った時から48時間以内に甲に報告する。", ["incident"]),
    ("お客様が損害賠償を請求する場合、損害の発生を知った日から6か月以内に請求しなければならない。",
     ["claim_arises"]),
])
def test_japanese_event_anchors(text, expected):
    assert anchors_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Supplier shall notify the Buyer within forty-eight (48) hours after becoming aware of any breach of"
     " security.", ["incident"]),
    ("To claim a credit, the Buyer must apply within fifteen (15) days after the end of the month concerned.",
     ["period_end"]),
    ("On request, the Supplier will certify the deletion in writing within five (5) business days after"
     " completing it.", ["data_deletion"]),
    ("The Supplier may suspend the services after giving the Buyer five (5) days' prior written notice.",
     ["suspension"]),
])
def test_english_event_anchors(text, expected):
    assert anchors_of(text) == expected
