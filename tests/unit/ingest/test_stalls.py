"""Small files that used to stall ingestion (super-linear patterns, a PDF whose pages share one
content stream) are read in well under a second; before, each took from 20 s to minutes.

The bound is a hang detector, not a speed measurement (benchmarks/bench_fuzz.py measures)."""

import contextlib
import time
from pathlib import Path

import pytest

from tests.unit.ingest.make_files import shared_stream_pdf_bytes
from tracker.ingest import IngestError, load_document

_STALLS = {
    "dashes.md": "-" * 3_000 + "x",
    "table_rule.md": "|" + "-" * 50_000 + "x",
    "spaces.txt": "a" + " " * 100_000 + "x",
    "brackets.md": "[" * 100_000,
    "image_links.md": "![" * 50_000,
    "link_targets.md": "[a](" * 30_000,
    "emphasis.md": "*a " * 50_000,
    "underscores.md": "_a " * 50_000,
    "strike.md": "~~a " * 40_000,
    "pipes.md": "|" + " " * 100_000 + "|",
    "hashes.md": "# " + "# " * 50_000 + "x",
    "angles.md": "<" * 100_000,
    "cjk_runs.html": "<p>契" + " \n" * 50_000 + "a</p>",
    "title_spaces.txt": "契約書（" + " " * 100_000 + "\n第1条 本契約は見本とする。",
}


@pytest.mark.parametrize("name", sorted(_STALLS))
def test_small_hostile_files_do_not_stall(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_STALLS[name], encoding="utf-8")
    begin = time.process_time()
    with contextlib.suppress(IngestError):  # refusing is fine; hanging is not
        load_document(path)
    assert time.process_time() - begin < 3.0


def test_pages_sharing_one_content_stream_are_read_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.pdf"
    path.write_bytes(shared_stream_pdf_bytes(pages=100, lines=2_000))
    begin = time.process_time()
    document = load_document(path)
    assert time.process_time() - begin < 3.0
    assert "Notice 30 days before the end" in document.original


def test_page_content_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    path.write_bytes(shared_stream_pdf_bytes(pages=1_000, lines=2_000))  # 1,000 pages of 78 KB each
    with pytest.raises(IngestError, match="more than 16 MB"):
        load_document(path)
