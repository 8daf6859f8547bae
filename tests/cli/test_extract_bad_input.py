"""`tracker extract` on input it cannot read: exit status 2 and one line naming the file, no traceback."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.ingest.make_files import corrupt_pdf_bytes, encrypted_pdf_bytes, image_only_pdf_bytes
from tracker.cli.main import main


def _missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def _directory(tmp: Path) -> Path:
    path = tmp / "folder.txt"
    path.mkdir()
    return path


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _too_large(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as f:  # sparse: the size is checked before anything is read
        f.truncate(21 * 1024 * 1024)
    return path


def _corrupt_docx(tmp: Path) -> Path:
    import zipfile

    path = tmp / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document>\n<unclosed")
    return path


CASES = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "is a directory"),
    "empty": (_write("empty.txt", b""), "empty file"),
    "whitespace": (_write("blank.txt", " \n\u3000\n".encode()), "no text"),
    "binary": (_write("data.txt", b"\x00\x01\x02\x03binary\x00" * 50), "binary data"),
    "too large": (_too_large, "too large"),
    "corrupt pdf": (_write("broken.pdf", corrupt_pdf_bytes()), "corrupt PDF"),
    "encrypted pdf": (_write("locked.pdf", encrypted_pdf_bytes()), "encrypted PDF"),
    "scan without text": (_write("scan.pdf", image_only_pdf_bytes()), "OCR found no text"),
    "not a pdf": (_write("fake.pdf", "見本の規約です。".encode()), "corrupt PDF"),
    "corrupt docx": (_corrupt_docx, "corrupt .docx"),
    "spreadsheet": (_write("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 64), "unsupported format"),
    "damaged image": (_write("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "unreadable image"),
    "image named .txt": (_write("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "unreadable image"),
    "unsupported image": (_write("photo.gif", b"GIF89a" + b"\x00" * 64), "unsupported format .gif"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_line_and_exit_2(case: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    make, reason = CASES[case]
    path = make(tmp_path)
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert str(path) in err
    assert reason in err


def test_bad_input_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf_bytes())
    run = subprocess.run([sys.executable, "-m", "tracker", "extract", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"tracker extract: {path}: encrypted PDF (remove the password first)"]


def test_one_bad_file_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("見本規約\n第1条（目的）\n本規約は見本を定める。\n", encoding="utf-8")
    assert main(["extract", str(good), str(tmp_path / "missing.txt")]) == 2
    out, err = capsys.readouterr()
    assert str(good) in out
    assert err.strip().splitlines() == [f"tracker extract: {tmp_path / 'missing.txt'}: no such file"]


@pytest.mark.parametrize(("name", "text"), [
    ("long_number.txt", f"第1条 本契約の期間は{'9' * 4_400}日間とする。"),  # int() refuses past 4,300 digits
    ("month_overflow.txt", "第1条 本契約は2024年99999999999月1日から効力を生ずる。"),  # beyond a C int
    ("superscript_start.html", "<ol start='²'><li>期間満了の30日前までに通知する。</li></ol>"),
    ("huge_start.html", f"<ol start='{'9' * 5_000}'><li>期間満了の30日前までに通知する。</li></ol>"),
])
def test_odd_numbers_in_a_contract_are_read_not_raised(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    assert capsys.readouterr().err == ""
