"""PDF (text layer) and .docx (paragraphs and tables in order) contracts, built in the test."""

from pathlib import Path

import pytest

from tests.unit.ingest.make_files import encrypted_pdf_bytes, pdf_bytes, write_docx, write_numbered_docx
from tracker.ingest import IngestError, load_document
from tracker.ingest.word_numbering import format_number


def test_pdf_text_is_cleaned_and_split(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf_bytes())
    document = load_document(path)
    assert document.title == "見本サービス利用規約"
    # the broken clause is one line again, the page number is gone
    assert "期間満了の30日前までに申出がない限り" in document.text
    assert "- 1 -" not in document.text
    assert document.position(document.text.index("30日前")) == ("1", 1, None)
    assert document.position(document.text.index("翌月末日")) == ("1", 2, None)
    assert document.position(document.text.index("20営業日前")) == ("2", None, None)


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(encrypted_pdf_bytes(user_password=""))
    assert load_document(path).title == "見本サービス利用規約"


def test_pdf_is_recognised_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_bytes(pdf_bytes())
    assert load_document(path).title == "見本サービス利用規約"


def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    document = load_document(write_docx(tmp_path / "contract.docx"))
    assert document.title == "見本保守契約書"
    assert document.text.index("検収日から1年間") < document.text.index("第2条")
    assert document.position(document.text.index("検収日から")) == ("1", None, None)
    assert document.position(document.text.index("10日以内")) == ("2", None, None)


def test_docx_automatic_numbering_is_written_out(tmp_path: Path) -> None:
    path = write_numbered_docx(tmp_path / "contract.docx", [
        (None, "見本業務委託契約書"),
        (0, "（目的）"), (None, "本契約は業務の委託について定める。"),
        (0, "（解約）"), (1, "甲は、30日前までに通知して解約できる。"), (1, "乙は、次の場合に解除できる。"),
        (2, "甲が料金を14日以上滞納したとき"), (2, "甲が破産したとき"),
        (0, "（返却）"), (None, "乙は、終了後速やかに資料を返却する。"),
    ])
    document = load_document(path)
    assert "第2条 （解約）\n1． 甲は" in document.original
    assert [(a.number, a.heading) for a in document.articles] == [("1", "目的"), ("2", "解約"), ("3", "返却")]
    assert document.position(document.text.index("30日前")) == ("2", 1, None)
    assert document.position(document.text.index("破産")) == ("2", 2, 2)
    assert document.position(document.text.index("速やかに")) == ("3", None, None)


def test_docx_numbering_from_the_paragraph_style(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("第1条（返却）")
    word.add_paragraph("契約者は、次の物を返却する。")
    for text in ("貸出機器を終了後14日以内に", "記録媒体を直ちに"):
        word.add_paragraph(text, style="List Number")  # the style numbers "%1."
    word.save(str(tmp_path / "contract.docx"))
    document = load_document(tmp_path / "contract.docx")
    assert "\n2. 記録媒体" in document.original
    assert document.position(document.text.index("直ちに")) == ("1", 2, None)


@pytest.mark.parametrize(("number", "fmt", "shown"), [
    (3, "decimal", "3"), (11, "japaneseCounting", "十一"), (20, "ideographTraditional", "二十"),
    (105, "japaneseCounting", "百五"), (2, "decimalEnclosedCircle", "②"), (3, "aiueoFullWidth", "ウ"),
    (2, "iroha", "ロ"), (2, "lowerLetter", "b"), (1, "none", ""), (4, "someNewFormat", "4"),
])
def test_word_number_formats(number: int, fmt: str, shown: str) -> None:
    assert format_number(number, fmt) == shown


def test_docx_renamed_to_something_else_is_still_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "contract.docx").rename(tmp_path / "contract.bin")
    assert load_document(path).title == "見本保守契約書"


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "contract.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(IngestError, match=r"contract\.docx: unsupported format"):
        load_document(path)
