"""File names that are not plain text: a line break or bytes that are not UTF-8 in the name. Errors
stay on one line (the name written with escapes), and such a file imports like any other."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.unit.services.conftest import DUTIES, write_contract
from tracker.cli.main import main
from tracker.extract import Extraction

# a name with bytes that are not UTF-8, as Python gives it (lone surrogates); not on every system
_LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")
needs_byte_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="names are Unicode there")


@pytest.fixture(autouse=True)
def _fixed_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=DUTIES, dates=(), title=None))
    monkeypatch.setenv("TRACKER_TODAY", "2026-11-22")


def test_a_line_break_in_a_missing_file_name_stays_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "two\nlines.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("two\\nlines.txt: no such file\n")


def test_a_line_break_in_an_imported_name_is_escaped_in_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_contract(tmp_path, "two\nlines.txt")
    assert main(["import", str(path), "--db", str(tmp_path / "t.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#1 two\\nlines\n")
    assert main(["show", "1", "--db", str(tmp_path / "t.sqlite")]) == 0
    assert "two\\nlines.txt" in capsys.readouterr().out


@needs_byte_names
def test_a_name_that_is_not_utf8_imports_and_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_contract(tmp_path, _LATIN1_NAME)
    database = str(tmp_path / "t.sqlite")

    assert main(["import", str(path), "--db", database]) == 0
    assert main(["list", "--db", database]) == 0
    assert main(["extract", str(tmp_path / os.fsdecode(b"gone\xe9.txt"))]) == 2
    out, err = capsys.readouterr()
    assert "1 imported, 0 updated, 0 failed" in out and "caf\\xe9" in out
    assert err == f"tracker extract: {tmp_path}/gone\\xe9.txt: no such file\n"


def test_a_report_written_to_a_name_with_a_line_break_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "two\nlines.html"
    assert main(["report", "-o", str(target), "--db", str(tmp_path / "t.sqlite")]) == 0
    assert target.exists()
    assert capsys.readouterr().out == f"report written to {tmp_path}/two\\nlines.html\n"
