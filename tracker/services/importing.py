"""Importing contract files: ingest, extract, compute the deadlines and store, one contract per
transaction, so a crash leaves every contract complete or absent.

Re-importing a file with the same content updates that contract: what was extracted is refreshed,
while the user's review decisions, edits, confirmed or typed facts and events stay. The facts
read from the text fill the contract at once, marked inferred until the user confirms them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tracker.domain import (
    Contract,
    ContractTerms,
    Document,
    Duty,
    DutyRecord,
    FactName,
    FactRecord,
    FactState,
    ImportProgress,
    ImportResult,
    Party,
    ReviewState,
)
from tracker.domain.proposals import apply_facts, contract_value
from tracker.domain.regimes import Regime, choose_regime
from tracker.domain.text import one_line
from tracker.extract import extract
from tracker.ingest import Cancelled, OcrJob, load_document, read_file
from tracker.schedule import terms_from_duties
from tracker.services.facts import propose
from tracker.services.planning import plan_contract
from tracker.store import Repo, Store, StoreError

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm",
                      ".png", ".jpg", ".jpeg", ".tif", ".tiff"})


@dataclass(frozen=True)
class ImportOptions:
    role: Party | None  # None: ours is the party named in Settings.own_names, else the customer
    start: date | None
    end: date | None
    today: date  # the planning day the imported contracts' deadlines are computed for
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
        job = OcrJob(progress=_page_progress(progress, done, len(files), path), cancelled=cancelled)
        try:
            contract_id, is_new = import_file(store, path, options, job)
        except Cancelled:  # inside the file: nothing of it was stored (but the pages OCR read)
            break
        except StoreError:
            raise
        except Exception as exc:  # one bad file is reported and skipped, whatever went wrong with it
            failed.append((one_line(str(path)), one_line(str(exc)) or type(exc).__name__))
            continue
        (imported if is_new else updated).append(contract_id)
    if progress is not None:
        progress(ImportProgress(done=len(files), total=len(files), path=""))
    return ImportResult(imported=tuple(imported), updated=tuple(updated), failed=tuple(failed))


def _page_progress(progress: Callable[[ImportProgress], None] | None, done: int, total: int,
                   path: Path) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda pages_done, pages: progress(ImportProgress(done, total, str(path), pages_done, pages))


def import_file(store: Store, path: Path, options: ImportOptions,
                job: OcrJob | None = None) -> tuple[int, bool]:
    """Stores one file; returns its contract id and whether it is new. Raises IngestError for a
    file that cannot be read (or is read for longer than the budget), Cancelled on a cancel."""
    data = read_file(path)
    content_hash = hashlib.sha256(data).hexdigest()
    document = read_once(store, path, data, content_hash, job or OcrJob())
    extraction = extract(document)
    title = extraction.title or document.title or one_line(path.stem)
    # a file name may hold a line break or bytes that are not UTF-8: stored as escapes (\n, \xff)
    source_path, filename = one_line(str(path.resolve())), one_line(path.name)

    def work(repo: Repo) -> tuple[int, bool]:
        settings = repo.settings()
        contract_id = repo.contract_id_by_hash(content_hash)
        is_new = contract_id is None
        regime = choose_regime(extraction.duties)
        proposed = _keep_apart(propose(extraction.facts, title, settings.own_names, options.role), regime)
        proposed += _from_duties(extraction.duties, {f.name for f in proposed})
        if options.start_from_text and extraction.facts.start is None and extraction.dates:
            proposed.append(FactRecord(FactName.START, extraction.dates[0], confidence=0.3))
        given = _given(options)
        if regime.month_start:  # the term runs from the first day of the start's month
            proposed, given = _month_start(proposed), _month_start(given)
        if contract_id is None:
            # an assumption, a regime set aside or an implausible renewal (the facts' reading of the
            # regime rule, which also knows the term the text states outside the duties)
            review = next(iter(extraction.facts.review), regime.review)
            notes = "" if review is None else review.ja if settings.language == "ja" else review.en
            suggested = terms_from_duties(extraction.duties, start=None, end=None)
            terms = ContractTerms(calendar=settings.calendar,
                                  term_from_month_start=suggested.term_from_month_start,
                                  minimum_from_month_start=suggested.minimum_from_month_start)
            contract = Contract(id=None, title=title, role=options.role or Party.CUSTOMER,
                                source_path=source_path, content_hash=content_hash,
                                terms=terms, notes=notes)
            contract_id = repo.add_contract(contract, document, data, filename)
            for duty in extraction.duties:
                repo.add_duty(contract_id, duty, ReviewState.SUGGESTED)
        else:
            repo.replace_document(contract_id, document, source_path)
            merge_duties(repo, contract_id, repo.duties(contract_id), extraction.duties)
        _propose(repo, contract_id, proposed, given, is_new)
        plan_contract(repo, contract_id, settings, options.today)
        return contract_id, is_new

    return store.write(work)


def read_once(store: Store, path: Path, data: bytes, content_hash: str, job: OcrJob) -> Document:
    """The file's document; pages of a scan read by OCR before are taken from the store, and the
    pages read now are stored at once, even when the import goes on to fail or is cancelled."""
    job.known = store.read(lambda repo: repo.ocr_pages(content_hash))
    try:
        return load_document(path, data, cancelled=job.cancelled, ocr=job)
    finally:
        if job.read:
            store.write(lambda repo: repo.put_ocr_pages(content_hash, list(job.read.values())))


def _keep_apart(proposed: list[FactRecord], regime: Regime) -> list[FactRecord]:
    """Where the duties hold two alternative regimes, the renewal the facts read may be the other
    regime's: the regime chosen from the duties (no renewal) is proposed instead, from the clause
    set aside, for the user to confirm."""
    if not regime.set_aside:
        return proposed
    kept = [f for f in proposed if f.name is not FactName.RENEWAL_TERM]
    return [*kept, FactRecord(FactName.RENEWAL_TERM, regime.renewal_term, span=regime.set_aside[0].span,
                              confidence=0.4)]


def _from_duties(duties: Sequence[Duty], known: set[FactName]) -> list[FactRecord]:
    """The terms the duties suggest (a TERM duty's period, the renewal cutoff…) where the facts
    left them unknown, each with the span of a duty that states its period."""
    terms = terms_from_duties(duties, start=None, end=None)
    found = []
    names = (FactName.INITIAL_TERM, FactName.RENEWAL_TERM, FactName.RENEWAL_NOTICE, FactName.MINIMUM_TERM)
    for name in names:
        value = getattr(terms, name.value)
        if value is not None and name not in known:
            span = next((d.span for d in duties if d.period == value), None)
            found.append(FactRecord(name, value, span=span, confidence=0.5))
    return found


def _month_start(facts: Sequence[FactRecord]) -> list[FactRecord]:
    return [replace(f, value=f.value.replace(day=1)) if f.name is FactName.START and f.value else f
            for f in facts]


def _given(options: ImportOptions) -> list[FactRecord]:
    """What the user stated for the import (--start, --role…): confirmed as typed."""
    given = [(FactName.START, options.start), (FactName.END, options.end), (FactName.ROLE, options.role)]
    return [FactRecord(name, value, FactState.CONFIRMED) for name, value in given if value is not None]


def _propose(repo: Repo, contract_id: int, proposed: Sequence[FactRecord], given: Sequence[FactRecord],
             is_new: bool) -> None:
    """Stores and fills in the facts: the user's own never give way to a proposal.

    On a re-import a proposal replaces only an inferred fact, or fills a field still empty (a
    value typed before facts were stored counts as the user's).
    """
    contract = repo.contract(contract_id)
    stored = {f.name: f for f in repo.facts(contract_id)}
    named = {f.name for f in given}
    chosen = list(given)
    for fact in proposed:
        if fact.name in named:
            continue
        before = stored.get(fact.name)
        if is_new or (before.state is FactState.INFERRED if before is not None
                      else contract_value(contract, fact.name) is None):
            chosen.append(fact)
    for fact in chosen:
        repo.put_fact(contract_id, fact)
    repo.save_contract(apply_facts(contract, chosen))


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

