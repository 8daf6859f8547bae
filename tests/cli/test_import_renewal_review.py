"""`tracker import` on renewal regimes: the seed that renews "on the same terms" gets its next cutoff
and expiry, and a renewal left for review says so in the import's report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.seed_positions import SHARED
from tracker.cli.main import main

SEED_002 = SHARED / "seeds" / "002_b2d0550ca9ace2b1.txt"


@pytest.mark.skipif(not SEED_002.exists(), reason="no shared seeds")
def test_seed_002_viewed_on_2026_05_01_shows_the_cutoff_and_the_expiry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2026-05-01")  # the day the deadlines are planned for
    db = str(tmp_path / "t.sqlite")
    assert main(["import", str(SEED_002), "--start", "2025-04-01", "--db", db]) == 0
    assert "  note: no renewal length stated" in capsys.readouterr().out
    assert main(["upcoming", "--days", "400", "--db", db]) == 0
    rows = [line.split()[1:5] for line in capsys.readouterr().out.splitlines()[1:]]
    assert ["2027-01-29", "273", "days", "left"] in rows
    assert ["2027-03-31", "334", "days", "left"] in rows


def test_an_implausible_renewal_is_reported_for_review_and_not_scheduled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2025-04-02")  # the day the deadlines are planned for
    path = tmp_path / "short_renewal.txt"
    path.write_text("保守契約書\n第10条（有効期間）\n1 本契約の有効期間は、2025年4月1日から1年間とする。\n"
                    "2 期間満了日の90日前までにいずれの当事者からも申出がないときは、本契約は30日間"
                    "自動的に更新されるものとし、以後も同様とする。\n", encoding="utf-8")
    db = str(tmp_path / "t.sqlite")
    assert main(["import", str(path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "renewal none found" in out
    assert "note: a renewal of 30 days is shorter than its notice of 90 days" in out
    assert main(["upcoming", "--days", "1000", "--db", db]) == 0
    terms = [line for line in capsys.readouterr().out.splitlines() if "Term ends" in line]
    assert [line.split()[1] for line in terms] == ["2026-03-31"]
