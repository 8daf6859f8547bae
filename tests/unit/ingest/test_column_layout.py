"""A contract laid out as PDF extraction leaves it (cut at a column, double-spaced, footers, page
numbers, full-width digits, spaces around numbers) comes back clause by clause."""

import pytest

from tracker.ingest import document_from_text

# (line as written, its 条/項/号); every clause is my own wording
CONTRACT = [
    ("見本ストレージサービス利用約款", None),
    ("第1条（適用）", None),
    ("本約款は、見本データ株式会社（以下「当社」）が提供するストレージサービスの利用に適用されます。",
     ("1", None, None)),
    ("第2条（契約期間）", None),
    ("1．利用契約の期間は、利用開始日から１年間とします。", ("2", 1, None)),
    ("2．期間満了の３０日前までにいずれの当事者からも書面による申出がないときは、利用契約は同一条件で"
     "さらに１年間更新されるものとし、以後も同様とします。", ("2", 2, None)),
    ("第3条（解約）", None),
    ("1．契約者は、解約希望日の２０営業日前までに当社所定の書面を提出することにより、利用契約を解約で"
     "きます。", ("3", 1, None)),
    ("2．当社は、次の各号のいずれかに該当する場合、催告なく利用契約を解除できます。", ("3", 2, None)),
    ("（１）契約者が料金の支払いを１４日以上遅延したとき", ("3", 2, 1)),
    ("（２）契約者が本約款に違反し、当社からの是正の求めを受けた後１０日以内に是正しないとき", ("3", 2, 2)),
    ("第4条（データの削除）", None),
    ("当社は、利用契約の終了後９０日を経過した時点で、契約者のデータを削除します。契約者は、それまで"
     "にデータを取り出すものとします。", ("4", None, None)),
    ("附則", None),
    ("本約款は、令和７年４月１日から施行します。", ("附則", None, None)),
]
FOOTER = "Copyright © 2026 Mihon Data Co., Ltd. All Rights Reserved."
_SPACED = {"１年": "１ 年", "３０日": " ３０ 日", "２０営業": "２０ 営業", "１４日": " １４ 日",
           "第2条": "第 2 条", "令和７年４月１日": "令和 ７年 ４ 月 １ 日"}
_FULL_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def _layout(width: int, gap: str, spaced_numbers: bool) -> str:
    """Cut every line at `width` chars, separate the pieces by `gap`, add a footer and a page number
    every 12 pieces."""
    pieces: list[str] = []
    for line, _ in CONTRACT:
        if spaced_numbers:  # PDF text puts spaces around numbers: "30 日前", "第 2 項"
            for written, spaced in _SPACED.items():
                line = line.replace(written, spaced)
        pieces.extend(line[i:i + width] for i in range(0, len(line), width))
    out: list[str] = []
    for n, piece in enumerate(pieces, 1):
        out.append(piece + " ")  # PDF lines often end in a space
        if n % 12 == 0:
            out += [FOOTER, f"- {n // 12} -"]
    return gap.join(out)


@pytest.mark.parametrize("width", [24, 31, 40])
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
@pytest.mark.parametrize("spaced_numbers", [False, True])
def test_clauses_come_back_whole_and_in_place(width: int, gap: str, spaced_numbers: bool) -> None:
    document = document_from_text(_layout(width, gap, spaced_numbers))
    assert document.title == "見本ストレージサービス利用約款"
    assert "Copyright" not in document.text and "- 1 -" not in document.text
    for line, position in CONTRACT:
        clause = line.translate(_FULL_TO_ASCII)
        assert clause in document.text
        if position:
            assert document.position(document.text.index(clause)) == position
