"""Table tests of the 条/項/号 parser through `document_from_text`: literal positions of phrases."""

import pytest

from tracker.ingest import document_from_text

CONTRACT = """見本クラウド利用規約（第3版）

第１条（目的）
本規約は、見本株式会社（以下「当社」）が提供するサービスの利用条件を定める。

（契約期間）
第 2条 本契約の期間は、利用開始日から1年間とする。
２ 期間満了の３０日前までに契約者から申出がない限り、本契約は同一条件で
更新される。
3. 契約者は、次の各号の場合、当社に通知する。
（1）住所を変更したとき
（２）代表者を変更したとき
(3). 商号を変更したとき

第2条の2（解約）
1．契約者は、解約希望日の1か月前までに書面で
通知することにより、本契約を解約できる。
2．当社は、次に掲げる場合、契約を解除できる。
① 料金の支払いを
14 日以上遅延したとき
② 第5条に違反したとき

附則
本規約は、令和6年4月1日から施行する。
"""


@pytest.mark.parametrize(("phrase", "position"), [
    ("利用条件を定める", ("1", None, None)),  # a one-paragraph article has no 項 number
    ("利用開始日から1年間", ("2", 1, None)),  # text on the header line is 項 1
    ("30日前までに", ("2", 2, None)),
    ("更新される", ("2", 2, None)),  # the broken line stays in its paragraph
    ("住所を変更", ("2", 3, 1)),
    ("代表者を変更", ("2", 3, 2)),
    ("商号を変更", ("2", 3, 3)),
    ("1か月前までに", ("2-2", 1, None)),
    ("14日以上遅延", ("2-2", 2, 1)),  # a number opening a continuation line is no paragraph
    ("第5条に違反", ("2-2", 2, 2)),  # nor is a reference to an article an article
    ("令和6年4月1日", ("附則", None, None)),
])
def test_position_of_phrase(phrase: str, position: tuple[str | None, int | None, int | None]) -> None:
    document = document_from_text(CONTRACT)
    assert document.position(document.text.index(phrase)) == position


def test_articles_headings_and_title() -> None:
    document = document_from_text(CONTRACT)
    assert document.title == "見本クラウド利用規約"
    assert [(a.number, a.heading, a.supplementary) for a in document.articles] == [
        ("1", "目的", False), ("2", "契約期間", False), ("2-2", "解約", False), (None, "附則", True)]
    # a heading written above its article belongs to that article
    assert document.text[document.articles[1].start:].startswith("（契約期間）\n第2条")


def test_heading_on_the_line_under_the_number() -> None:
    document = document_from_text("第1条\n（目的）\n本規約は見本を定める。\n"
                                  "第2条\n（期間）\n期間は1年間とする。\n")
    assert [(a.number, a.heading) for a in document.articles] == [("1", "目的"), ("2", "期間")]


def test_headings_in_other_brackets() -> None:
    document = document_from_text("【目的】\n第1条 本規約は見本を定める。\n"
                                  "第2条〔期間〕\n期間は1年間とする。\n"
                                  "第3条［解約］契約者は30日前までに通知する。\n")
    assert [(a.number, a.heading) for a in document.articles] == [("1", "目的"), ("2", "期間"), ("3", "解約")]
    assert document.position(document.text.index("30日前")) == ("3", None, None)


def test_article_numbers_behind_a_bullet_or_in_brackets() -> None:
    document = document_from_text("■第1条（適用）\n本規約は見本を定める。\n"
                                  "【第2条】（期間）\n期間は1年間とする。\n"
                                  "◆ 第2条の2 (更新)\n会員は満了日の10日前までに申し出る。\n")
    assert [(a.number, a.heading) for a in document.articles] == [
        ("1", "適用"), ("2", "期間"), ("2-2", "更新")]
    assert document.position(document.text.index("10日前")) == ("2-2", None, None)


def test_revision_history_before_the_articles_and_supplementary_articles() -> None:
    text = ("見本規約\n改定履歴\n2023年4月1日 制定\n2024年4月1日 改定\n"
            "第1条（目的）\n本規約は見本を定める。\n第2条（期間）\n期間は1年間とする。\n"
            "附則\n第1条（施行期日）\n本規約は2024年4月1日から施行する。\n")
    document = document_from_text(text)
    assert [(a.number, a.heading, a.supplementary) for a in document.articles] == [
        (None, "改定履歴", True), ("1", "目的", False), ("2", "期間", False), (None, "附則", True)]
    assert document.position(document.text.index("2024年4月1日から")) == ("附則", None, None)


def test_kanji_numerals_and_kanji_items() -> None:
    text = ("第九条（秘密）\n秘密を守る。\n第十条（期間）\n一年間とする。\n第十一条（解約）\n"
            "契約者は、次の各号の場合に解約できる。\n一 当社が違反したとき\n二 当社が破産したとき\n")
    document = document_from_text(text)
    assert [a.number for a in document.articles] == ["9", "10", "11"]
    assert document.position(document.text.index("破産")) == ("11", None, 2)


def test_paragraph_numbers_must_run_in_sequence() -> None:
    text = ("第1条（料金）\n契約者は料金を支払う。\n2 当社は請求書を送る。\n5 当社は改定する。\n"
            "3 遅延利息は年3%とする。\n")
    document = document_from_text(text)
    assert [p.number for p in document.articles[0].paragraphs] == [1, 2, 3]
    assert document.position(document.text.index("改定")) == ("1", 2, None)


def test_lead_in_before_numbered_definitions() -> None:
    text = ("第3条（定義）\n用語の意味は次のとおりとする。\n1．「本サービス」とは見本をいう。\n"
            "2．「契約者」とは申込者をいう。\n")
    document = document_from_text(text)
    assert [p.number for p in document.articles[0].paragraphs] == [None, 1, 2]


def test_table_of_contents_is_not_taken_for_the_articles() -> None:
    text = ("見本規約\n目次\n第1条（目的）……1\n第2条（期間）……1\n第3条（解約）……2\n\n"
            "第1条（目的）\n本規約は見本を定める。\n第2条（期間）\n期間は1年間とする。\n"
            "第3条（解約）\n契約者は30日前までに通知して解約できる。\n")
    document = document_from_text(text)
    assert [a.number for a in document.articles] == ["1", "2", "3"]
    assert document.position(document.text.index("30日前")) == ("3", None, None)
    assert document.position(document.text.index("目次")) == (None, None, None)


def test_english_articles() -> None:
    text = ("SAMPLE SERVICE AGREEMENT\n\nArticle 1 Purpose\nThis Agreement sets out the terms.\n\n"
            "Article 2 Term\nThe term is one year from the start date.\n"
            "2. Either party may give notice 30 days before expiry.\n")
    document = document_from_text(text)
    assert document.title == "SAMPLE SERVICE AGREEMENT"
    assert [(a.number, a.heading) for a in document.articles] == [("1", "Purpose"), ("2", "Term")]
    assert document.position(document.text.index("30 days")) == ("2", 2, None)


def test_english_decimal_paragraphs_and_letter_items() -> None:
    text = ("Article 7 Termination\n7.1 Either party may terminate on 30 days' notice.\n"
            "7.2 The Provider may suspend the Service if:\n(a) fees are unpaid for 14 days; or\n"
            "(b) the Customer breaches clause 4.\n")
    document = document_from_text(text)
    assert document.position(document.text.index("30 days")) == ("7", 1, None)
    assert document.position(document.text.index("14 days")) == ("7", 2, 1)
    assert document.position(document.text.index("clause 4")) == ("7", 2, 2)


def test_items_with_a_closing_bracket_only() -> None:
    text = "第4条（返却）\n契約者は、次の物を返却する。\n1) 貸出機器\n2) 記録媒体\n"
    document = document_from_text(text)
    assert document.position(document.text.index("記録媒体")) == ("4", None, 2)


def test_numbered_headings_without_articles() -> None:
    text = ("Terms of Service\n\n1. Definitions\nIn these terms, the Service means the hosted software.\n\n"
            "2. Fees\nFees are due within 30 days of the invoice.\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [("1", "Definitions"), ("2", "Fees")]


def test_plain_headings_without_numbers() -> None:
    text = ("見本規約\n\n料金\n\n料金は翌月末日までに支払う。\n\n解約\n\n"
            "契約者は30日前までに通知して解約できる。\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [(None, "料金"), (None, "解約")]
    assert document.position(document.text.index("30日前")) == ("解約", None, None)


@pytest.mark.parametrize("text", ["", "   \n\n", "ただの文章です。"])
def test_text_without_structure(text: str) -> None:
    document = document_from_text(text)
    assert (document.title, document.articles) == (None, ())


def test_paragraph_number_before_a_word_that_starts_like_a_unit() -> None:
    text = ("第9条（稼働率）\n当社は稼働率を報告する。\n2 月間稼働率が下回った場合、減額する。\n"
            "3 お客様は、末日から30日以内に申請する。\n")
    document = document_from_text(text)
    assert document.position(document.text.index("月間稼働率が")) == ("9", 2, None)
    assert document.position(document.text.index("30日以内")) == ("9", 3, None)


def test_numbered_list_after_a_lead_in_is_items() -> None:
    text = ("第1条（定義）\n「秘密情報」とは、次の各号のいずれかに該当する情報をいう。\n\n"
            "1. 書面で開示された情報\n2. 口頭で開示され、7日以内に特定された情報\n\n"
            "第2条（例外）\n次のいずれかに該当する情報は秘密情報に含まれない。\n"
            "1. 公知の情報\n2. 独自に開発した情報\n3. 第三者から適法に取得した情報\n\n"
            # a reference to the items of another article (前条各号) introduces no list
            "第3条（義務）\n受領者は、前条各号に掲げる情報を除き、秘密を守る。\n1. 受領者は、開示しない。\n"
            "2. 受領者は、14日以内に返還する。\n")
    document = document_from_text(text)
    assert document.position(document.text.index("7日以内")) == ("1", None, 2)
    assert document.position(document.text.index("独自に開発")) == ("2", None, 2)
    assert [[i.number for i in p.items] for p in document.articles[1].paragraphs] == [[1, 2, 3]]
    assert document.position(document.text.index("14日以内")) == ("3", 2, None)


def test_a_sentence_after_the_items_is_the_next_paragraph() -> None:
    text = ("第4条（返却）\n契約者は、終了時に物品を返却する。\n2 返却する物は、次に掲げる物とする。\n"
            "1 貸出機器\n2 記録媒体\n3 契約者は、終了後7日以内に返却する。\n")
    document = document_from_text(text)
    assert document.position(document.text.index("記録媒体")) == ("4", 2, 2)
    assert document.position(document.text.index("7日以内")) == ("4", 3, None)


def test_english_list_after_the_following() -> None:
    text = ("Article 3 Use\n3.1 The Customer shall not do any of the following:\n1. resell the Service;\n"
            "2. copy the Software.\n3.2 The Customer shall report misuse within 5 days.\n")
    document = document_from_text(text)
    assert document.position(document.text.index("copy")) == ("3", 1, 2)
    assert document.position(document.text.index("5 days")) == ("3", 2, None)


@pytest.mark.parametrize(("text", "phrase", "heading"), [
    ("MASTER AGREEMENT\n\nARTICLE 5 - TERM\n5.1 It starts on the Effective Date.\n"
     "5.2 It renews unless notice is given 60 days before expiry.\n", "60 days", "TERM"),
    ("MASTER AGREEMENT\n\nArticle ５\n５．１ It starts on the Effective Date.\n"
     "５．２ It renews unless notice is given 60 days before expiry.\n", "60 days", None),
    ("基本契約書\n\n第５条（期間）\n５．１　期間は１年とする。\n５．２　期間満了の６０日前までに通知する。\n",
     "60日前", "期間"),
])
def test_decimal_section_numbers_are_paragraphs(text: str, phrase: str, heading: str | None) -> None:
    document = document_from_text(text)
    assert document.position(document.text.index(phrase)) == ("5", 2, None)
    assert [(a.number, a.heading) for a in document.articles] == [("5", heading)]


@pytest.mark.parametrize(("text", "expected"), [
    # Title-Case headings closed by a period, alone or run into their text
    ("Service Agreement\n\n1. Term.\nThe term is one year.\n\n"
     "2. Fees and Payment. Fees are due in 30 days.\n",
     [("1", "Term"), ("2", "Fees and Payment")]),
    # Japanese headings after a number, items (1) (2) under them
    ("物品保管契約書\n\n1. 保管品\n(1) 保管品は家具とする。\n\n"
     "2. 引取り\n(1) 預け主は、10日以内に引き取る。\n"
     "(2) 費用は預け主の負担とする。\n\n3. 有効期間\n本契約の有効期間は1年とする。\n",
     [("1", "保管品"), ("2", "引取り"), ("3", "有効期間")]),
])
def test_numbered_sections_without_articles(text: str, expected: list[tuple[str, str]]) -> None:
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == expected


def test_numbered_sections_item_positions() -> None:
    text = ("物品保管契約書\n\n1. 保管品\n保管品は家具とする。\n\n"
            "2. 引取り\n(1) 預け主は、10日以内に引き取る。\n"
            "(2) 費用は5日以内に支払う。\n")
    document = document_from_text(text)
    assert document.position(document.text.index("5日以内")) == ("2", None, 2)


@pytest.mark.parametrize("text", [
    # a list after a lead-in, numbers out of sequence, a sentence, a broken line: no sections
    "見本\n\n次の各号のいずれかに該当する場合\n1. 支払遅延\n2. 重大な違反\n",
    "見本\n\n1. 甲は、乙に通知する。\n2. 乙は、甲に報告する。\n",
    "見本\n\n3. 有効期間\n本契約は1年とする。\n",
    "見本\n\n1. 利用者は本サービスを\n利用できる。\n",
])
def test_numbered_lines_that_are_not_sections(text: str) -> None:
    assert [a.number for a in document_from_text(text).articles] == []


def test_article_headings_keep_numbered_lines_as_paragraphs() -> None:
    text = "Article 1 Term\n1. Term. It lasts a year.\n2. Renewal. It renews for a year.\n"
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [("1", "Term")]


def test_katakana_items() -> None:
    text = ("第8条（解除）\n甲は、乙が次のいずれかに該当するときは、解除できる。\nア 支払を怠ったとき\n"
            "イ 通知を受けた日から10日以内に是正しないとき\n（ウ） 破産したとき\n")
    document = document_from_text(text)
    assert document.position(document.text.index("10日以内")) == ("8", None, 2)
    assert document.position(document.text.index("破産")) == ("8", None, 3)


def test_katakana_sub_items_stay_inside_their_item() -> None:
    text = ("第8条（解除）\n次の場合は解除できる。\n(1) 違反したとき\nア 支払の遅延\nイ 30日以内の不履行\n"
            "(2) 破産したとき\n")
    document = document_from_text(text)
    assert document.position(document.text.index("30日以内")) == ("8", None, 1)


def test_sections_numbered_with_dai_but_no_jo() -> None:
    text = ("物品売買契約書\n\n第1 目的\n売主は買主に物品を売り渡す。\n\n第2（代金の支払）\n"
            "1 買主は代金を支払う。\n2 支払は納品後30日以内とする。\n\n第3 解除\n売主は解除できる。\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [
        ("1", "目的"), ("2", "代金の支払"), ("3", "解除")]
    assert document.position(document.text.index("30日以内")) == ("2", 2, None)


def test_a_line_on_a_numbered_paragraph_is_no_section() -> None:
    text = "見本\n\n第1項に定める期間\n"  # a short line alone may be a heading, but not numbered 1
    assert [a.number for a in document_from_text(text).articles] in ([], [None])


TWO_DOCUMENTS = """見本基本規約
第1条（適用）
本規約は見本サービスの基本を定める。
第2条（終了）
当社は終了の1か月前までに通知する。
以上
最終更新日：2024年4月1日
見本個別規約
第1条（定義）
本個別規約の用語は基本規約に従う。
第2条（解約）
会員は解約日の10日前までに申し出る。
第3条（保存）
当社は記録を5年間保存する。
"""


@pytest.mark.parametrize(("phrase", "article"), [
    ("1か月前", "2"),
    ("最終更新日", None),  # after 以上 (end), before the second document: in no article
    ("用語は基本規約", "1"),  # the second document restarts at 第1条: numbers kept as written
    ("10日前", "2"),
    ("5年間", "3"),
])
def test_second_document_on_the_page_restarts_at_article_1(phrase: str, article: str | None) -> None:
    document = document_from_text(TWO_DOCUMENTS)
    assert document.position(document.text.index(phrase))[0] == article
    assert [a.number for a in document.articles] == ["1", "2", "1", "2", "3"]


def test_article_1_of_supplementary_provisions_is_no_restart() -> None:
    document = document_from_text("第1条（適用）\n本規約は見本を定める。\n"
                                  "第2条（期間）\n期間は1年間とする。\n附則\n第1条 本規約は即日施行する。\n")
    assert [a.number for a in document.articles] == ["1", "2", None]


def test_a_stray_article_1_after_one_article_is_no_restart() -> None:
    document = document_from_text("第1条（適用）\n本規約は見本を定める。\n第1条 本規約に従う。\n")
    assert [a.number for a in document.articles] == ["1"]


def test_next_section_after_a_list_of_lettered_items() -> None:
    # the lead-in (次に掲げる) opened a list written a) b): "3." after it is the next section
    text = ("見本旅行条件書\n\n1. 申込み\n申込金を支払う。\n\n"
            "2. 当社による解除\n当社は、次に掲げる場合に解除できる。\n"
            "a) 申込金の未払\nb) 定員の不足\n3. 取消料\n旅行者は開始日の7日前までに取り消す。\n"
            "4. 個人情報について\n当社は記録を1年間保存する。\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [
        ("1", "申込み"), ("2", "当社による解除"), ("3", "取消料"), ("4", "個人情報について")]
    assert document.position(document.text.index("7日前")) == ("3", None, None)


def test_numbered_items_under_a_lead_in_stay_items() -> None:
    text = ("見本\n\n1. 料金\n料金は、次の各号のとおりとする。\n1. 月額料金\n2. 初期費用\n3. 解約\n"
            "会員は30日前までに通知する。\n")
    document = document_from_text(text)
    assert [a.number for a in document.articles] == ["1"]


@pytest.mark.parametrize("reference", [
    "第3条 第2項に定める期間を経過したときは、",  # a paragraph of the article cited
    "第3条 から第5条までの規定にかかわらず、",  # a range
    "第3条 、第4条及び第6条の規定により、",  # a list
    "第3条 および第5条の規定により、",
    "第3条 ないし第5条の規定により、",
    "第3、4条および第6条の規定により、",  # several numbers under one 条
    "第3条第2項に定めるところにより、",
])
def test_a_line_opening_with_a_citation_opens_no_article(reference: str) -> None:
    text = (f"第1条（目的）\n本規約は見本を定める。\n第2条（解約）\n会員は、\n{reference}\n"
            "10日前までに通知して解約できる。\n第3条（期間）\n期間は1年間とする。\n")
    document = document_from_text(text)
    assert [a.number for a in document.articles] == ["1", "2", "3"]
    assert document.position(document.text.index("10日前"))[0] == "2"


def test_an_article_may_open_by_citing_another() -> None:
    text = "第1条（目的）\n本規約は見本を定める。\n第2条 第1条の定めに基づき、会員は10日前までに通知する。\n"
    document = document_from_text(text)
    assert document.position(document.text.index("10日前"))[0] == "2"


def test_sections_opened_by_bullets_where_nothing_is_numbered() -> None:
    text = ("ご利用上の注意\n■会員証の更新は、期限の1か月前までに済ませる。\n期限後は翌年度の扱い。\n"
            "■退会をご希望の方は、期限の10日前までに連絡する。\n・連絡先：窓口\n"
            "【返金】返金は受付から30日以内に行います。\n")
    document = document_from_text(text)
    assert [a.heading for a in document.articles] == [
        "会員証の更新は、期限の1か月前までに済ませる。", "退会をご希望の方は、期限の10日前までに連絡する。",
        "返金"]
    assert document.position(document.text.index("翌年度"))[0] == document.articles[0].heading
    assert document.position(document.text.index("30日以内"))[0] == "返金"


def test_bullets_under_a_numbered_section_are_its_list() -> None:
    text = ("見本\n\n1. 料金\n■月額料金は翌月10日までに払う。\n■初期費用はない。\n\n"
            "2. 解約\n会員は解約できる。\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [("1", "料金"), ("2", "解約")]


@pytest.mark.parametrize(("line", "annex"), [
    ("別紙料金表", True),
    ("別表 技術的事項", True),
    ("別紙料金表に定める料金を支払う。", False),  # a sentence citing the schedule
])
def test_a_schedule_after_the_articles_is_none_of_them(line: str, annex: bool) -> None:
    text = (f"第1条（目的）\n本約款は見本を定める。\n第2条（料金）\n料金は別紙による。\n{line}\n"
            "料金は30日以内に払う。\n")
    document = document_from_text(text)
    expected = line if annex else "2"
    assert document.position(document.text.index("30日以内"))[0] == expected


def test_english_roman_articles_and_decimal_sections() -> None:
    text = ("SUPPLY AGREEMENT\n\nARTICLE I \"Definitions\"\nWords have the meanings given here.\n\n"
            "ARTICLE IV - TERM AND TERMINATION\n"
            "Section 4.1 Initial Term. The term is three years.\n"
            "Section 4.2 Renewal. It renews for one year unless notice is given 90 days before expiry.\n"
            "Section 4.2 of this Agreement survives any termination for 2 years.\n"
            "Section 4.3. Effect.\n(a) Each party returns the goods within 10 days.\n"
            "ARTICLE IX\nGeneral terms apply for 5 years.\n")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [
        ("1", "Definitions"), ("4", "TERM AND TERMINATION"), ("9", None)]
    assert document.position(document.text.index("three years")) == ("4", 1, None)
    # a line opening with a citation of Section 4.2 goes on with that section
    assert document.position(document.text.index("2 years")) == ("4", 2, None)
    assert document.position(document.text.index("10 days")) == ("4", 3, 1)
    assert document.position(document.text.index("5 years")) == ("9", None, None)


@pytest.mark.parametrize("line", [
    "Section 4.2 of this Agreement applies.", "Section 4.2, the Buyer pays.", "Section 4.2(a) applies.",
    "section 4 applies.", "Article 4 shall survive.", "Section 4.2.1 applies.",
])
def test_english_citations_open_no_section(line: str) -> None:
    document = document_from_text(f"AGREEMENT\n\nSection 3 Fees\nFees are due.\n{line}\nPay in 30 days.\n")
    assert document.position(document.text.index("30 days"))[0] == "3"


def test_section_without_article_opens_its_article() -> None:
    document = document_from_text("AGREEMENT\n\nSection 2.1 Term. It lasts one year.\n"
                                  "Section 2.2 Notice. Give notice 60 days before the end.\n")
    assert [a.number for a in document.articles] == ["2"]
    assert document.position(document.text.index("60 days")) == ("2", 2, None)


def test_edgar_agreement_on_one_line() -> None:
    text = ("SUPPLY AGREEMENT   The parties agree as follows:   1. DEFINITIONS   1.1 Words have a meaning."
            "   2. TERM   2.1 Term. It lasts two years.   2.2 Renewal. It renews unless a party gives notice "
            "60 days before the end.   3. FEES   3.1 Fees are due within 30 days.")
    document = document_from_text(text)
    assert [(a.number, a.heading) for a in document.articles] == [
        ("1", "DEFINITIONS"), ("2", "TERM"), ("3", "FEES")]
    assert document.position(document.text.index("60 days")) == ("2", 2, None)
