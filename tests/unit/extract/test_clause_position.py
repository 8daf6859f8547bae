"""Duties carry the 条/項/号 of the clause they were read from (structure from ingest)."""

from tests.unit.extract.helpers import duties_of
from tracker.extract import extract
from tracker.ingest import document_from_text

_TEXT = """第1条（目的）
本規約は、本サービスの利用条件を定める。

第2条（利用期間）
本サービスの利用期間は、利用開始日から1年間とする。
2 期間満了の1ヶ月前までに会員から別段の申出がないときは、さらに1年間自動的に更新される。

第3条の2（解除）
当社は、会員が次の各号のいずれかに該当するときは、本契約を解除できる。
（1）支払期日から2ヶ月を経過しても支払わないとき
"""


def test_article_paragraph_and_item_of_each_duty() -> None:
    result = extract(document_from_text(_TEXT, "t.txt"))
    assert [(d.kind.value, d.span.article, d.span.paragraph, d.span.item) for d in result.duties] == [
        ("term", "2", 1, None),
        ("renewal_notice", "2", 2, None),
        ("term", "2", 2, None),
        ("default", "3-2", None, 1),  # a single-paragraph article has no 項 number
    ]


def test_a_span_shows_the_event_with_the_period() -> None:
    text = "本契約は、期間満了の\n30日前までに申出がない限り更新される。"
    [duty] = extract(document_from_text(text, "t.txt")).duties
    assert "".join(duty.span.text.split()) == "満了の30日前までに"
    assert duty.span.text == text[duty.span.start : duty.span.end]


def test_an_item_numbered_in_kanji_reads_its_paragraphs_lead_in() -> None:
    text = (
        "第5条（解除）\n甲又は乙は、相手方が次の各号のいずれかに該当するときは、本契約を解除できる。\n"
        "一　本契約に違反し、是正を求める書面を受領した日から十日以内に是正しないとき\n"
        "二　差押えを受けたとき\n"
    )
    [duty] = extract(document_from_text(text, "t.txt")).duties
    assert (duty.kind.value, duty.obligor and duty.obligor.value, duty.span.item) == ("cure", "both", 1)


def test_a_full_stop_before_an_item_mark_ends_the_sentence() -> None:
    # the first sentence's subject (乙) does not carry over into the next item
    text = "乙は、本契約の締結後速やかに作業を開始する。2) 成果物の納入を受けた日から10日以内に検査を行う。"
    assert duties_of(text) == [("inspection", "customer", 10, "day", "after", None)]
