"""Hypothesis: `document_from_text` never raises, and its offsets stay monotonic inside `original`."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ingest import document_from_text

# text made of the pieces contracts are made of, so the rules actually fire
_PIECES = st.sampled_from([
    "第", "条", "項", "号", "の", "1", "２", "１５", " ", "　", "\n", "\n\n", "\r\n", "（", "）", "(", ")",
    "．", ".", "。", "、", "日前", "営業", "令和", "年", "月", "①", "一", "十", "附則", "Article ", "# ",
    "Copyright © 2025", "- 3 -", "当社", "契約者は", "\ufeff", "\t", "ａ", "Ｚ",
    "\ud800",  # a lone surrogate, as surrogateescape leaves them
])
_TEXT = st.one_of(st.text(), st.lists(_PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_any_text_gives_a_consistent_document(text: str) -> None:
    document = document_from_text(text)
    offsets = list(document.offsets)
    assert document.original == text
    assert len(offsets) == len(document.text)
    assert all(0 <= o < len(text) for o in offsets)
    assert offsets == sorted(offsets)
    previous_end = 0
    for article in document.articles:
        assert previous_end <= article.start <= article.end <= len(document.text)
        previous_end = article.end
        for paragraph in article.paragraphs:
            assert article.start <= paragraph.start <= paragraph.end <= article.end
            for item in paragraph.items:
                assert paragraph.start <= item.start <= item.end <= paragraph.end


@pytest.mark.parametrize("line", [
    " " * 100_000, "-" * 100_000, "[" * 100_000, "第" * 100_000, "第1条 " * 20_000, "1. " * 30_000,
    "Section " * 12_000, "Page -" * 15_000, "(a) " * 25_000, "\n".join(["1. 料金"] * 20_000),
], ids=lambda line: repr(line[:8]))
def test_long_runs_of_one_piece_do_not_stall(line: str) -> None:
    # the structure and furniture patterns stay linear: a 100 KB line takes well under a second
    begin = time.perf_counter()
    document_from_text(f"見本\n{line}\n第1条 本規約は見本を定める。\n")
    assert time.perf_counter() - begin < 1.0
