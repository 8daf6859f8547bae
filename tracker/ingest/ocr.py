"""OCR of page images with Tesseract (through pytesseract), for scans without a text layer.

Why pytesseract over page images (rather than OCRmyPDF): we need the words and their boxes, not a
new PDF, for image files as much as for PDFs, and one Tesseract process per page lets both cores
work (two threads each waiting on its own process, OMP_THREAD_LIMIT=1) with a cancel check
between pages. Red seals are dropped by reading the red channel; a page that reads badly is
checked for orientation (OSD) and read again turned, which costs time only on such pages; a page
scanned askew is straightened first (see deskew). Pages are read as one block of lines (--psm 6):
Tesseract's own page layout (--psm 3) cuts a contract's long lines into blocks and drops characters
at the cuts, losing a third of the duties of the seed contracts.

An `OcrJob` carries what the caller knows (pages read before, by number, so a re-import does not
read again), the progress callback and the cancel flag; the pages read in this run are left in
`job.read` for the caller to keep.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.domain.pages import PageText
from tracker.ingest.budget import Cancelled, restart
from tracker.ingest.deskew import straightened
from tracker.ingest.errors import IngestError, first_line
from tracker.ingest.ocr_layout import page_text

if TYPE_CHECKING:
    from PIL import Image

LANGUAGES = ("jpn", "eng")
INSTALL_HINT = "install tesseract-ocr, tesseract-ocr-jpn and tesseract-ocr-eng (scripts/setup.sh)"
MAX_SIDE = 3600  # a phone photo is scaled down to about A4 at 300 dpi: more pixels only cost time
_POOR = 55  # mean word confidence below which a page is checked for orientation
_NOISY = 85  # below this a page is read again with its specks filtered out (clean pages read ~93)
_PAGE_SECONDS = 300  # a page Tesseract cannot finish in five minutes is given up
_WORKERS = max(1, min(os.cpu_count() or 1, 4))


class OcrCancelled(Cancelled):
    """The user cancelled while pages were being read; the pages read so far are in `job.read`."""


@dataclass
class OcrJob:
    known: dict[int, PageText] = field(default_factory=dict)
    progress: Callable[[int, int], None] | None = None  # (pages done, pages to read)
    cancelled: Callable[[], bool] | None = None
    read: dict[int, PageText] = field(default_factory=dict)

    def is_cancelled(self) -> bool:
        return self.cancelled is not None and self.cancelled()


def check_available(source: str) -> None:
    """IngestError naming what to install when Tesseract or its Japanese model is missing."""
    try:
        import pytesseract
    except ImportError:
        raise IngestError(f"{source}: scanned pages need OCR: pip install pytesseract; "
                          f"{INSTALL_HINT}") from None
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise IngestError(f"{source}: scanned pages need OCR: {INSTALL_HINT}")
    missing = set(LANGUAGES) - set(_languages())
    if missing:
        names = ", ".join(sorted(missing))
        raise IngestError(f"{source}: OCR lacks the language data {names}: {INSTALL_HINT}")


def _languages() -> list[str]:
    import pytesseract

    try:
        return list(pytesseract.get_languages(config=""))
    except Exception:  # a broken installation: report what is missing instead
        return []


def read_pages(source: str, images: Sequence[tuple[int, Callable[[], Image.Image]]],
               job: OcrJob) -> dict[int, PageText]:
    """Every page of `images` ((number, render) pairs) read by OCR or taken from `job.known`."""
    result = {n: p for n, p in job.known.items()}
    todo = [(n, render) for n, render in images if n not in result]
    if todo:
        check_available(source)
    done = 0
    if job.progress is not None:
        job.progress(done, len(todo))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per Tesseract process; we run two
    with ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="ocr") as pool:
        pending: list[tuple[int, Future[tuple[PageText, str]]]] = []
        queue = iter(todo)
        language = "jpn"  # then the language the last page read was in
        try:
            while True:
                while len(pending) < 2 * _WORKERS:  # render ahead only a little: a 300-page scan
                    nxt = next(queue, None)
                    if nxt is None:
                        break
                    number, render = nxt
                    pending.append((number, pool.submit(ocr_image, _prepared(source, render), number,
                                                            language)))
                if not pending:
                    break
                number, future = pending.pop(0)
                page, language = _result(source, number, future)
                result[number] = job.read[number] = page
                done += 1
                if job.progress is not None:
                    job.progress(done, len(todo))
                if job.is_cancelled() and done < len(todo):
                    raise OcrCancelled(f"{source}: cancelled after {done} of {len(todo)} pages")
        finally:
            for _, future in pending:
                future.cancel()
    restart()  # OCR took its seconds a page with progress shown; the rest of the file has its budget
    return result


def _result(source: str, number: int, future: Future[tuple[PageText, str]]) -> tuple[PageText, str]:
    try:
        return future.result()
    except IngestError:
        raise
    except Exception as exc:  # Tesseract crashed or timed out on this page
        raise IngestError(f"{source}: OCR failed on page {number + 1} ({first_line(exc)})") from None


def _prepared(source: str, render: Callable[[], Image.Image]) -> Image.Image:
    """The page as an 8-bit grey image Tesseract reads well: the red channel (a red seal vanishes,
    black and blue ink stay dark), at most MAX_SIDE pixels on its longer side, straightened."""
    from PIL import Image

    try:
        image = render()
        image.load()
    except Exception as exc:  # a damaged image stream
        raise IngestError(f"{source}: unreadable page image ({first_line(exc)})") from None
    if image.mode in ("RGB", "RGBA", "P", "CMYK", "LA", "PA"):
        image = image.convert("RGB").getchannel("R")
    elif image.mode != "L":
        image = image.convert("L")
    longest = max(image.size)
    if longest > MAX_SIDE:
        scale = MAX_SIDE / longest
        image = image.resize((round(image.width * scale), round(image.height * scale)),
                             Image.Resampling.LANCZOS)
    return straightened(image)


def ocr_image(image: Image.Image, number: int, language: str = "jpn") -> tuple[PageText, str]:
    """One page image read in `language` first (the previous page's), then in the other when
    Japanese reads as Latin script or English reads poorly; read again without its specks when
    it reads below clean pages; turned and read again when it still reads poorly and OSD finds
    it rotated. Returns the page and the language it was read in."""
    page, confidence = _read(image, number, 0, language)
    if (language == "jpn" and _latin(page.text)) or (language == "eng" and confidence < _POOR):
        other = "eng" if language == "jpn" else "jpn"
        second, second_confidence = _read(image, number, 0, other)
        if language == "jpn" or second_confidence > confidence:
            page, confidence, language = second, second_confidence, other
    if confidence < _NOISY:  # dust between the lines: a median filter clears it (and blurs clean text)
        from PIL import ImageFilter

        cleared, cleared_confidence = _read(image.filter(ImageFilter.MedianFilter(3)), number, 0, language)
        if cleared_confidence > confidence:
            page, confidence = cleared, cleared_confidence
    if confidence < _POOR:
        angle = _orientation(image)
        if angle:
            turned, turned_confidence = _read(image.rotate(-angle, expand=True), number, angle, language)
            if turned_confidence > confidence:
                return turned, language
    return page, language


def _latin(text: str) -> bool:
    """Mostly Latin letters: the Japanese model read an English page (jpn+eng in one pass is twice as
    slow and worse on Japanese)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isascii() for c in letters) > 0.8 * len(letters)


def _read(image: Image.Image, number: int, rotation: int, language: str) -> tuple[PageText, float]:
    import pytesseract

    data: dict[str, Any] = pytesseract.image_to_data(image, lang=language, config="--psm 6",
                                                     output_type=pytesseract.Output.DICT,
                                                     timeout=_PAGE_SECONDS)
    confidences = [float(c) for c, t in zip(data["conf"], data["text"], strict=True)
                   if float(c) >= 0 and str(t).strip()]
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return page_text(data, image.width, image.height, number, rotation), confidence


def _orientation(image: Image.Image) -> int:
    """Degrees (clockwise) the page is turned, from Tesseract's OSD; 0 when it cannot tell."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=_PAGE_SECONDS)
    except Exception:  # too few characters to tell (a photo, a blank page)
        return 0
    return int(osd.get("rotate", 0)) % 360
