"""Importing contract files: ingest, extract, compute the deadlines and store, one contract per
transaction, so a crash leaves every contract complete or absent.

Re-importing a file with the same content updates that contract: what was extracted is refreshed,
while the user's review decisions, edits, terms and events stay.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tracker.domain import (
    Contract,
    Document,
    Duty,
    DutyRecord,
    ImportProgress,
    ImportResult,
    Party,
    ReviewState,
)
from tracker.extract import extract
from tracker.ingest import load_document
from tracker.schedule import choose_regime, terms_from_duties
from tracker.services.scheduling import replan
from tracker.store import Repo, Store, StoreError

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm"})


@dataclass(frozen=True)
class ImportOptions:
    role: Party
    start: date | None
    end: date | None
    today: date
    # take the first date the text states as the start when none is given (the samples only:
    # for a user's own terms of service that date is when the terms took effect, not their start)
    start_from_text: bool = False


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by the supported files under them, in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and _is_contract(p))
        else:
            found.append(path)
    return found


def _is_contract(path: Path) -> bool:
    """A supported format, and not a hidden file or a folder's README."""
    return (path.suffix.lower() in SUFFIXES and not path.name.startswith(".")
            and path.stem.upper() != "README")


def import_files(
    store: Store,
    paths: Sequence[str | Path],
    options: ImportOptions,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    files = expand(paths)
    imported: list[int] = []
    updated: list[int] = []
    failed: list[tuple[str, str]] = []
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(ImportProgress(done=done, total=len(files), path=str(path)))
        try:
            contract_id, is_new = import_file(store, path, options)
        except StoreError:
            raise
        except Exception as exc:  # one bad file is reported and skipped, whatever went wrong with it
            failed.append((str(path), _one_line(exc)))
            continue
        (imported if is_new else updated).append(contract_id)
    if progress is not None:
        progress(ImportProgress(done=len(files), total=len(files), path=""))
    return ImportResult(imported=tuple(imported), updated=tuple(updated), failed=tuple(failed))


def import_file(store: Store, path: Path, options: ImportOptions) -> tuple[int, bool]:
    """Stores one file; returns its contract id and whether it is new."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OSError(f"{path}: {exc.strerror or exc}") from exc
    content_hash = hashlib.sha256(data).hexdigest()
    document = load_document(path)
    extraction = extract(document)
    title = extraction.title or document.title or path.stem

    def work(repo: Repo) -> tuple[int, bool]:
        settings = repo.settings()
        contract_id = repo.contract_id_by_hash(content_hash)
        is_new = contract_id is None
        if contract_id is None:
            start = options.start
            if start is None and options.start_from_text and extraction.dates:
                start = extraction.dates[0]
            terms = terms_from_duties(extraction.duties, start=start, end=options.end,
                                      calendar=settings.calendar)
            review = choose_regime(extraction.duties).review  # an assumption or a regime set aside
            notes = "" if review is None else review.ja if settings.language == "ja" else review.en
            contract = Contract(id=None, title=title, role=options.role, source_path=str(path.resolve()),
                                content_hash=content_hash, terms=terms, notes=notes)
            contract_id = repo.add_contract(contract, document, data, path.name)
            for duty in extraction.duties:
                repo.add_duty(contract_id, duty, ReviewState.SUGGESTED)
        else:
            _refresh(repo, contract_id, document, str(path.resolve()), extraction.duties, options)
        replan(repo, contract_id, settings, options.today)
        return contract_id, is_new

    return store.write(work)


def _refresh(repo: Repo, contract_id: int, document: Document, source: str, duties: Sequence[Duty],
             options: ImportOptions) -> None:
    repo.replace_document(contract_id, document, source)
    contract = repo.contract(contract_id)
    if options.start is not None or options.end is not None:
        terms = replace(contract.terms, start=options.start or contract.terms.start,
                        end=options.end or contract.terms.end)
        repo.save_contract(replace(contract, terms=terms))
    merge_duties(repo, contract_id, repo.duties(contract_id), duties)


def merge_duties(repo: Repo, contract_id: int, stored: Sequence[DutyRecord],
                 extracted: Sequence[Duty]) -> None:
    """Matches a new extraction with the stored duties by kind and clause position.

    A match keeps its review; an unmatched stored duty is dropped only if nobody reviewed it.
    """
    by_place = {_place(d.extracted): d for d in stored if d.extracted is not None}
    for duty in extracted:
        match = by_place.pop(_place(duty), None)
        if match is None:
            repo.add_duty(contract_id, duty, ReviewState.SUGGESTED)
        elif match.extracted != duty:
            repo.replace_extracted(match.id, duty)
    for leftover in by_place.values():
        if leftover.state is ReviewState.SUGGESTED:
            repo.delete_duty(leftover.id)


def _place(duty: Duty) -> tuple[str, int, int]:
    return duty.kind.value, duty.span.start, duty.span.end


def _one_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
