"""Reading is bounded: the size is known before a byte is read; pipes, devices and folders are
refused without blocking; a .docx that would unpack to gigabytes is refused by its declared sizes."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tests.unit.ingest.make_files import write_docx
from tracker.ingest import IngestError, load_document, read_file


def test_a_huge_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as sparse:  # 3 GB that take no disk: reading them would take minutes
        sparse.truncate(3 * 1024**3)
    with pytest.raises(IngestError, match=r"huge.txt: file too large \(3072 MB; the limit is 20 MB\)"):
        read_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    os.mkfifo(path)
    with pytest.raises(IngestError, match="not a regular file"):
        load_document(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused() -> None:
    with pytest.raises(IngestError, match="/dev/zero: not a regular file"):
        load_document("/dev/zero")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is a directory"):
        load_document(tmp_path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"gone\.txt: no such file"):
        load_document(tmp_path / "gone.txt")


def test_a_docx_zip_bomb_is_refused_by_its_unpacked_size(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for part in source.infolist():
            bomb.writestr(part, source.read(part))
        bomb.writestr("word/media/padding.bin", bytes(101 * 1024 * 1024))  # 101 MB of zeros: ~100 KB
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(IngestError, match=r"bomb\.docx: refused: the archive unpacks to more than 100 MB"):
        load_document(path)


def test_the_bytes_already_read_are_used(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("見本規約\n第1条 本規約は見本とする。\n", encoding="utf-8")
    data = read_file(path)
    path.unlink()  # read once: the document comes from the bytes given
    assert load_document(path, data).articles[0].number == "1"
