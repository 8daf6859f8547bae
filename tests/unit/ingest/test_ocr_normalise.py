"""OCR repairs: each lookalike rule with the misreading it undoes and a neighbour it must leave alone."""

from __future__ import annotations

import pytest

from tracker.domain.pages import PageText, PageWord
from tracker.ingest.ocr_layout import page_text
from tracker.ingest.ocr_normalise import normalise_word, repair
from tracker.ingest.scanned import renumbered

CASES = [
    ("期間満了曰の翌日", "期間満了日の翌日"),
    ("終了日から30昌以内に", "終了日から30日以内に"),
    ("監査予定日の14目前までに", "監査予定日の14日前までに"),
    ("l0日以内", "10日以内"),
    ("第l条", "第1条"),
    ("3O日前", "30日前"),
    ("二○二五年", "二〇二五年"),
    ("3力月前", "3カ月前"),
    ("サ一バ一に保存", "サーバーに保存"),
    ("第1条(目的)", "第1条（目的）"),
    ("ンは、甲に通知する。", "乙は、甲に通知する。"),
]
KEPT = ["口座に振り込む", "データ一覧", "within thirty (30) days", "Oslo and Lima", "インターネット",
        "フォルダ一覧", "Section l of Part I"]


@pytest.mark.parametrize(("read", "meant"), CASES)
def test_a_lookalike_is_repaired(read: str, meant: str) -> None:
    assert repair(read) == meant


@pytest.mark.parametrize("text", KEPT)
def test_what_was_printed_stays(text: str) -> None:
    assert repair(text) == text


def test_half_width_katakana_and_full_width_latin_fold() -> None:
    assert normalise_word("ｶﾞｲﾄﾞﾗｲﾝＡＢＣ１２") == "ガイドラインABC12"


def _data(words: list[tuple[str, int, int]], line_height: int = 30) -> dict[str, list[object]]:
    """Tesseract's image_to_data for one line: (text, left, width) boxes."""
    n = len(words)
    return {"text": [w for w, _, _ in words], "left": [x for _, x, _ in words], "top": [100] * n,
            "width": [w for _, _, w in words], "height": [line_height] * n, "conf": [90] * n,
            "block_num": [1] * n, "par_num": [1] * n, "line_num": [1] * n}


def test_japanese_is_joined_and_spaced_digits_glued() -> None:
    page = page_text(_data([("2", 0, 15), ("0", 18, 15), ("2", 36, 15), ("5年", 54, 45), ("4", 100, 15),
                            ("月", 118, 30)]), 1000, 1000, 0)
    assert page.text == "2025年4月\n"


def test_english_words_keep_their_spaces_and_boxes() -> None:
    page = page_text(_data([("within", 0, 90), ("30", 110, 30), ("days", 150, 60)]), 1000, 1000, 0)
    assert page.text == "within 30 days\n"
    assert [page.text[w.start:w.end] for w in page.words] == ["within", "30", "days"]
    assert page.words[1].box == (0.11, 0.1, 0.14, 0.13)
    assert page.ocr


def test_an_article_number_is_set_apart_from_its_text() -> None:
    page = page_text({**_data([("第", 0, 25), ("4条当社", 30, 85), ("は", 120, 20)]),
                      "line_num": [1, 1, 1]}, 1000, 1000, 0)
    assert page.text == "第4条 当社は\n"
    assert [page.text[w.start:w.end] for w in page.words] == ["第", "4条 当社", "は"]


def test_a_branch_article_keeps_its_number_whole() -> None:
    page = page_text(_data([("第5条の2", 0, 120)]), 1000, 1000, 0)
    assert page.text == "第5条の2\n"


def test_an_article_number_short_of_a_digit_is_put_back_in_sequence() -> None:
    pages = [PageText(0, "第10条 A\n第1条 B\n", (PageWord(7, 12, (0, 0, 1, 1)),), ocr=True),
             PageText(1, "第12条 C\n", ocr=True)]
    fixed = renumbered(pages)
    assert fixed[0].text == "第10条 A\n第11条 B\n"
    assert fixed[0].text[fixed[0].words[0].start:fixed[0].words[0].end] == "第11条 B"
    assert fixed[1] == pages[1]
