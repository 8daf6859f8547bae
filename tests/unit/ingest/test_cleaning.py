"""Table tests of the cleaner: PDF artefacts in, literal clean text out, offsets pointing back."""

import pytest

from tracker.ingest.clean import clean

CASES = [
    # spaces between numbers and units / 第 / era names
    ("第 2 項に従い", "第2項に従い"),
    ("改訂の 15 日前までに", "改訂の15日前までに"),
    ("15  日前", "15日前"),
    ("令和 6年 12 月 18 日より施行する。", "令和6年12月18日より施行する。"),
    # a unit split across a column break
    ("当社は変更予定日の20 営業\n日前までに通知する。", "当社は変更予定日の20営業日前までに通知する。"),
    # full-width digits, letters and spaces become ASCII; Japanese punctuation stays
    ("第１７条（ＡＢＣ　サービス）「本件」、（注）。", "第17条（ABC サービス）「本件」、（注）。"),
    # a paragraph number opening a line keeps its space
    ("2 当社は、通知する。", "2 当社は、通知する。"),
    # a line broken mid-word, with blank lines between the pieces
    ("この契約は、契約者が当社の定める方法により申し込みを行\n\n\n\nい、当社が承諾したときに成立する。",
     "この契約は、契約者が当社の定める方法により申し込みを行い、当社が承諾したときに成立する。"),
    # English lines join with a space
    ("Either party may terminate this Agreement by giving\nwritten notice to the other party.",
     "Either party may terminate this Agreement by giving written notice to the other party."),
    # a footer landing mid-clause
    ("当社は、契約者が本規約に違反した場合には直ちに\n\nCopyright © 2025, Example Inc. All Rights Reserved."
     "\n\n本契約を解除できる。",
     "当社は、契約者が本規約に違反した場合には直ちに本契約を解除できる。"),
    # a clause about copyright is no footer
    ("Copyright in the Software remains with the Provider.\nPage 2 of 9\n(c) 2024 Example Ltd.\nEnd.",
     "Copyright in the Software remains with the Provider.\nEnd."),
    # a title stays on its own line even when it is long
    ("見本クラウドストレージサービス利用規約\n本規約は、見本株式会社が提供するサービスに適用される。",
     "見本クラウドストレージサービス利用規約\n本規約は、見本株式会社が提供するサービスに適用される。"),
    # page numbers
    ("本文の一行目です。\n- 3 -\n本文の二行目です。\n3 / 12\n終わり。",
     "本文の一行目です。\n本文の二行目です。\n終わり。"),
    ("The first line.\nPage -2-\nThe second line.\n-3-\nEnd.", "The first line.\nThe second line.\nEnd."),
    # EDGAR text on one line, paragraphs set apart by runs of spaces: each becomes a line
    ("The parties agree as follows:   1. TERMS   1.1 Scope. It applies.   (a) Goods are sold.",
     "The parties agree as follows:\n1. TERMS\n1.1 Scope. It applies.\n(a) Goods are sold."),
    # fewer spaces, or a gap inside a sentence, or before a lower-case word, stay
    ("It applies.  Goods are sold.   and shipped by 3   May.",
     "It applies.  Goods are sold.   and shipped by 3   May."),
    # a running header that carries the page number: the digits differ on every page
    ("SUPPLY AGREEMENT Page 1 of 30\nThe buyer pays.\nSUPPLY AGREEMENT Page 2 of 30\nThe seller ships.\n"
     "SUPPLY AGREEMENT Page 3 of 30\nEnd.",
     "The buyer pays.\nThe seller ships.\nEnd."),
    # lines that repeat with other digits but name no page stay
    ("Fee 1 per unit.\nFee 2 per unit.\nFee 3 per unit.",
     "Fee 1 per unit.\nFee 2 per unit.\nFee 3 per unit."),
    # a running header: the first copy stays (it is the title), the others go
    ("見本商事 利用規約\n第1条（目的）\n本文。\n見本商事 利用規約\n第2条（定義）\n本文。\n"
     "見本商事 利用規約\n第3条（期間）",
     "見本商事 利用規約\n第1条（目的）\n本文。\n第2条（定義）\n本文。\n第3条（期間）"),
    # an article header is never continued; a reference to an article continues a line
    ("第1条（目的）\n本規約は、\n第2条に定める。", "第1条（目的）\n本規約は、第2条に定める。"),
    # nothing is joined onto an item or a paragraph number
    ("次の各号に該当する場合、当社は通知する\n（1） 料金の未払\n(2) 規約違反",
     "次の各号に該当する場合、当社は通知する\n（1） 料金の未払\n(2) 規約違反"),
    ("第3条 契約者は、料金を支払う\n2 当社は、請求書を送付する。",
     "第3条 契約者は、料金を支払う\n2 当社は、請求書を送付する。"),
    # a paragraph number before a word that starts like a unit (月間 monthly, 個別 individual,
    # 日本 Japan) keeps its space when the line before is complete and the number is the next 項
    ("第9条（稼働率）\n当社は稼働率を報告する。\n2 月間稼働率が下回った場合、減額する。",
     "第9条（稼働率）\n当社は稼働率を報告する。\n2 月間稼働率が下回った場合、減額する。"),
    ("第３条（個別契約）\n条件は個別契約で定める。\n２　個別契約は、請書の送付で成立する。\n"
     "３　日本法に準拠する。",
     "第3条（個別契約）\n条件は個別契約で定める。\n2 個別契約は、請書の送付で成立する。\n"
     "3 日本法に準拠する。"),
    # after 項 3 of one article, a new article starts again at 項 2
    ("第1条（料金）\n料金を払う。\n2 請求書を送る。\n3 日割りはしない。\n第2条（報告）\n報告する。\n"
     "2 月間報告書を送る。",
     "第1条（料金）\n料金を払う。\n2 請求書を送る。\n3 日割りはしない。\n第2条（報告）\n報告する。\n"
     "2 月間報告書を送る。"),
    # a number out of sequence after a complete line is no paragraph: it is glued to its unit
    ("第1条（期間）\n期間は1年とする。\n30 日前までに通知する。",
     "第1条（期間）\n期間は1年とする。\n30日前までに通知する。"),
    ("令和6年に制定した。\n2024 年4月1日改定。", "令和6年に制定した。\n2024年4月1日改定。"),
    # a section number "5.2" opening a line keeps its space before words, not before units
    ("第5条（期間）\n5.1 本契約の期間は1年とする。\n５．２　期間満了の60日前までに通知する。",
     "第5条（期間）\n5.1 本契約の期間は1年とする。\n5．2 期間満了の60日前までに通知する。"),
    ("料金は月額料金の\n1.5 か月分とする。", "料金は月額料金の1.5か月分とする。"),
    # a number continuing a broken line is glued to its unit, not taken for a paragraph
    ("契約者は、期間満了の\n30 日前までに通知する。", "契約者は、期間満了の30日前までに通知する。"),
    ("第1条（期間）\n契約者は、本契約を更新しないときは、期間満了の\n2 か月前までに通知する。",
     "第1条（期間）\n契約者は、本契約を更新しないときは、期間満了の2か月前までに通知する。"),
    # a number cut in two is one number again; an English number and word keep their space
    ("契約者は、期間満了の3\n0日前までに通知する。", "契約者は、期間満了の30日前までに通知する。"),
    ("The Customer shall pay within 30\ndays of the invoice date.",
     "The Customer shall pay within 30 days of the invoice date."),
    # line endings and spaces at line ends
    ("一行目。\r\n  二行目。  \r\n", "一行目。\n二行目。\n"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


def test_offsets_point_at_the_original_chars() -> None:
    raw = "第 ２ 項の\n\n１５ 日前"
    result = clean(raw)
    assert result.text == "第2項の15日前"
    assert list(result.offsets) == [0, 2, 4, 5, 8, 9, 11, 12]


def test_bom_and_zero_width_chars_are_dropped() -> None:
    assert clean("\ufeff利用\u200b規約").text == "利用規約"
