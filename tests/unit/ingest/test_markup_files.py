"""Markdown and HTML contracts: markup goes, words and line structure stay."""

from pathlib import Path

from tracker.ingest import load_document
from tracker.ingest.markup import html_text, markdown_text

MARKDOWN = """# 見本サービス利用規約

## 第1条（目的）

本規約は、**見本株式会社**が提供する[サービス](https://example.com/service)の利用条件を定める。

## 第2条（解約）

1. 契約者は、解約希望日の*30日前*までに通知する。
2. 当社は、`14日以内`に返金する。

| 項目 | 期限 |
|------|------|
| 返却 | 終了後1か月以内 |
"""

HTML = """<!DOCTYPE html>
<html><head><title>無視される</title><style>p { color: red }</style></head>
<body><h1>見本サービス利用規約</h1>
<script>var x = "第9条";</script>
<h2>第1条（目的）</h2><p>本規約は、見本株式会社が
提供するサービスの利用条件を定める。</p>
<h2>第2条（解約）</h2>
<ol><li>契約者は、解約希望日の30日前までに通知する。</li><li>当社は、14日以内に返金する。</li></ol>
<table><tr><td>返却</td><td>終了後1か月以内</td></tr></table>
<p>A&amp;B</p></body></html>
"""


def test_markdown_markup_is_stripped() -> None:
    text = markdown_text(MARKDOWN)
    for markup in ("#", "**", "](", "`", "|", "---"):
        assert markup not in text
    assert "見本株式会社が提供するサービスの利用条件" in text
    assert "返却 終了後1か月以内" in text


def test_markdown_underlined_headings_and_rules() -> None:
    text = markdown_text("Terms\n=====\n\nFees\n----\nPay in 30 days.\n\n---\n\nEnd")
    assert text.split() == ["Terms", "Fees", "Pay", "in", "30", "days.", "End"]


def test_markdown_contract_structure(tmp_path: Path) -> None:
    path = tmp_path / "contract.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path)
    assert document.title == "見本サービス利用規約"
    assert [a.number for a in document.articles] == ["1", "2"]
    assert document.position(document.text.index("30日前")) == ("2", 1, None)
    assert document.position(document.text.index("14日以内")) == ("2", 2, None)


def test_html_visible_text_only() -> None:
    text = html_text(HTML)
    assert "無視される" not in text and "color" not in text and "第9条" not in text
    # a line break inside Japanese text in the source is no space in the text
    assert "見本株式会社が提供する" in text
    assert "A&B" in text


def test_html_ordered_list_start() -> None:
    assert html_text('<ol start="3"><li>三番目</li><li>四番目</li></ol><ul><li>点</li></ul>').split() == [
        "3.", "三番目", "4.", "四番目", "点"]


def test_html_contract_structure(tmp_path: Path) -> None:
    path = tmp_path / "contract.html"
    path.write_text(HTML, encoding="utf-8")
    document = load_document(path)
    assert document.title == "見本サービス利用規約"
    assert [a.number for a in document.articles] == ["1", "2"]
    # numbered list items keep their numbers
    assert document.position(document.text.index("14日以内")) == ("2", 2, None)
