"""PDF (text layer) and .docx (paragraphs and tables in order) contracts, built in the test."""

from pathlib import Path

import pytest

from tests.unit.ingest.make_files import encrypted_pdf_bytes, pdf_bytes, write_docx
from tracker.ingest import IngestError, load_document


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
