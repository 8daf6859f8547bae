"""Importing files and folders: progress, a bad file skipped, cancel, and re-import without duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.unit.services.conftest import write_contract
from tracker.domain import Duty, ImportProgress, Party, ReviewState
from tracker.services.app import TrackerService


def test_a_folder_is_imported_with_progress_and_a_bad_file_skipped(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_contract(folder, "a.txt", "A")
    write_contract(folder, "b.md", "B")
    (folder / "c.pdf").write_bytes(b"not a pdf at all")
    (folder / "notes.xlsx").write_bytes(b"ignored: not a contract format")
    steps: list[ImportProgress] = []

    result = svc.import_paths([folder], role=Party.PROVIDER, start=date(2025, 4, 1), progress=steps.append)

    assert len(result.imported) == 2 and result.updated == ()
    assert [path.endswith("c.pdf") for path, _ in result.failed] == [True]
    assert "\n" not in result.failed[0][1]
    assert [(s.done, s.total) for s in steps] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    summaries = svc.list_contracts()
    assert sorted(s.contract.source_path or "" for s in summaries) == [
        str((folder / "a.txt").resolve()), str((folder / "b.md").resolve())]
    assert {s.contract.role for s in summaries} == {Party.PROVIDER}
    assert {(s.duty_count, s.confirmed_count) for s in summaries} == {(4, 0)}
    assert not svc.is_empty()


def test_reimporting_the_same_file_keeps_reviews_and_never_duplicates(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    path = write_contract(tmp_path, "a.txt")
    (contract_id,) = svc.import_paths([path], start=date(2025, 4, 1)).imported
    duties = svc.contract(contract_id).duties
    confirmed = svc.set_duty_state(duties[2].id, ReviewState.CONFIRMED, version=duties[2].version)
    rejected = svc.set_duty_state(duties[3].id, ReviewState.REJECTED, version=duties[3].version)
    svc.update_contract(contract_id, title="My title")

    again = svc.import_paths([path])

    assert again.imported == () and again.updated == (contract_id,)
    detail = svc.contract(contract_id)
    assert len(svc.list_contracts()) == 1
    assert detail.contract.title == "My title"
    assert detail.contract.terms.start == date(2025, 4, 1)
    assert [(d.id, d.state) for d in detail.duties] == [
        (duties[0].id, ReviewState.SUGGESTED), (duties[1].id, ReviewState.SUGGESTED),
        (confirmed.id, ReviewState.CONFIRMED), (rejected.id, ReviewState.REJECTED)]
    summary = svc.list_contracts()[0]
    assert (summary.duty_count, summary.confirmed_count) == (3, 1)  # the rejected duty is not counted


def test_cancelling_stops_inside_the_file_in_hand_and_keeps_nothing_of_it(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    paths = [write_contract(tmp_path, f"{i}.txt", str(i)) for i in range(3)]
    seen: list[ImportProgress] = []

    # raised once the second file is announced: its reading sees it (before, it was imported whole)
    result = svc.import_paths(paths, progress=seen.append, cancelled=lambda: len(seen) >= 2)

    assert len(result.imported) == 1 and result.failed == ()
    assert [s.contract.source_path for s in svc.list_contracts()] == [str(paths[0].resolve())]


def test_the_contract_view_gets_the_text_and_articles(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    path = write_contract(tmp_path, "a.txt", "契約終了後14日以内に返還する。")
    (contract_id,) = svc.import_paths([path]).imported

    detail = svc.contract(contract_id)

    assert "契約終了後14日以内に返還する。" in detail.document.text
    assert [a.number for a in detail.document.articles] == ["1", "2"]
    assert detail.contract.title == "Fixed service agreement"
    assert detail.duties[0].extracted == extraction[0]

