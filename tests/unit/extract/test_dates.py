"""Document dates: 西暦, 和暦 and numeric forms, full-width and spaced."""

from datetime import date

import pytest

from tracker.domain import Document
from tracker.extract import extract


def _dates(text: str) -> tuple[date, ...]:
    return extract(Document(source="t", title=None, text=text, original=text)).dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("附則\n2023 年 8 月 16 日適用", (date(2023, 8, 16),)),
        ("この約款は、２０２２年１月２１日から実施します。", (date(2022, 1, 21),)),
        ("令和 6年 12 月 18 日より施行します。", (date(2024, 12, 18),)),
        ("平成28年12月1日制定", (date(2016, 12, 1),)),
        ("令和元年5月1日改定", (date(2019, 5, 1),)),
        ("令和七年四月一日", (date(2025, 4, 1),)),
        ("改定日 2024/10/01", (date(2024, 10, 1),)),
        ("Last updated: 2024-03-05", (date(2024, 3, 5),)),
        ("Effective January 15, 2025.", (date(2025, 1, 15),)),
        ("2025年4月1日改定、2023年6月1日制定", (date(2023, 6, 1), date(2025, 4, 1))),
    ],
)
def test_document_dates(text: str, expected: tuple[date, ...]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "昭和59年法律第86号",  # a year alone
        "2024年9月1日付の業務委託契約に基づき",  # another document's date
        "2023年2月30日",  # no such day
        "納期：2025年6月30日",  # a due date
        "支払期限 2025/07/31",  # a due date
        "別表「単価表」（2024年3月1日版）に定める単価による。",  # another document's edition
        "当社の個人情報保護方針（令和5年4月1日制定）に従い取り扱う。",  # another document's date
        "運送約款（2020/4/1改正）の規定を適用する。",  # another document's revision
        "2024年3月31日以前に締結された契約には旧規約を適用する。",  # a cut-off for old contracts
        "2022年4月1日施行の改正個人情報保護法に従い取り扱う。",  # a law's date
        "当社のデザイン基準（2021年9月1日改訂版）に適合しない場合",  # the provider's other document
        "当社の情報セキュリティ方針（2018年7月1日制定）は、本約款に含まれない。",  # another document
    ],
)
def test_not_a_document_date(text: str) -> None:
    assert _dates(text) == ()


def test_the_end_of_a_term_is_not_a_document_date() -> None:
    text = (
        "利用期間は、2025年4月1日から2027年3月31日までの2年間とする。有効期限 2027/03/31まで。"
        "本契約は2027年9月30日限り終了し、旧契約は2025年3月31日をもって終了する。"
    )
    assert _dates(text) == (date(2025, 4, 1),)


def test_a_term_start_counts_and_its_end_does_not() -> None:
    assert _dates("賃貸期間 始期 2025年4月1日 終期 2027年3月31日") == (date(2025, 4, 1),)
    assert _dates("契約期間 2025年4月1日～2026年3月31日") == (date(2025, 4, 1),)


def test_this_documents_own_revision_in_brackets_counts() -> None:
    assert _dates("本規約（2024年4月1日改定）の内容に同意する。") == (date(2024, 4, 1),)
