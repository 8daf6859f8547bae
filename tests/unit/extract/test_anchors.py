"""Every anchor of the table is read from its own example (the words before a period, or after it
where none come before): an anchor that can no longer be read fails here."""

import pytest

from tracker.extract.anchors import ANCHORS, find_anchor, phrase_start

# anchor -> (words before the period, words after it), our own wording
EXAMPLES = {
    "expiry": ("契約期間満了の", "前までに"),
    "cancellation_date": ("解約希望日の", "前までに"),
    "notice_arrival": ("通知が相手方に到達した日から", "以内に"),
    "delivery": ("成果物の納品後", "以内に"),
    "completion": ("作業の完了後", "以内に"),
    "acceptance": ("検収完了後", "以内に"),
    "start": ("利用開始日から", "間"),
    "disclosure": ("開示を受けた日から", "以内に"),
    "invoice": ("請求書の発行日から", "以内に"),
    "usage_month": ("利用月の末日から", "以内に"),
    "month_end": ("毎月末日締め、翌月", "以内に"),
    "payment_due": ("支払期日の翌日から", "を経過"),
    "claim_arises": ("損害を知った日から", "以内に"),
    "incident": ("障害の発生から", "以内に"),
    "last_update": ("最終更新日から", "を経過"),
    "last_login": ("最終ログインから", "を経過"),
    "violation": ("相手方が本契約に違反した場合、", "以内に"),
    "violation_notice": ("是正を求める通知後", "以内に"),
    "data_deletion": ("データが削除された日から", "以内に"),
    "return": ("機器の返却を受けた日から", "以内に"),
    "request": ("相手方から請求を受けた日から", "以内に"),
    "change_effective": ("変更予定日の", "前までに"),
    "abolition": ("本サービスの廃止の", "前までに"),
    "termination": ("本契約の終了後", "以内に"),
    "recovery": ("システムが復旧した日から", "以内に"),
    "order_receipt": ("注文書を受領した日から", "以内に"),
    "report_receipt": ("作業報告書を受領した日から", "以内に"),
    "inquiry": ("利用者から問い合わせを受けた日から", "以内に"),
    "subcontract_start": ("再委託を開始する日の", "前までに"),
    "audit": ("監査予定日の", "前までに"),
    "maintenance": ("メンテナンスの実施日の", "前までに"),
    "log_creation": ("アクセスログを取得した日から", "間"),
    "suspension": ("利用停止の日から", "を経過"),
    "period_end": ("対象月の末日から", "以内に"),
    "surrender": ("建物の明渡しが完了した日から", "以内に"),
}


def test_every_anchor_has_an_example() -> None:
    assert set(EXAMPLES) == {name for _, name in ANCHORS}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_anchor_is_read_from_its_example(name: str) -> None:
    before, after = EXAMPLES[name]
    assert find_anchor(before, after) == name


def test_an_anchor_named_after_the_period_is_read_where_none_comes_before() -> None:
    assert find_anchor("当社は、", "以上先の廃止効力の発生期日を定めて") == "abolition"


def test_the_span_starts_at_the_anchor_word() -> None:
    before = "利用者は、期間満了の"
    assert before[phrase_start(before):] == "満了の"
