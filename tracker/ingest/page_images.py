"""Page images of a scanned contract: PDF pages rendered by pdfium, frames of a PNG/JPEG/TIFF file.

Each page comes as a thunk, so a 300-page scan is rendered one page at a time as OCR needs it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tracker.ingest.errors import IngestError, first_line

if TYPE_CHECKING:
    from PIL import Image

RENDER_DPI = 200  # scans are made at 200-300 dpi; rendering finer only slows OCR down
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def is_image(data: bytes) -> bool:
    return data.startswith(IMAGE_SIGNATURES)


def image_frames(source: str, data: bytes) -> list[Callable[[], Image.Image]]:
    """One thunk per frame (a multi-page TIFF has several); IngestError for a damaged image."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = 200_000_000  # a 600 dpi A3 scan; beyond is no page but a bomb
    try:
        with Image.open(io.BytesIO(data)) as image:
            count = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise IngestError(f"{source}: unreadable image ({first_line(exc)})") from None
    return [_frame(data, n) for n in range(count)]


def _frame(data: bytes, number: int) -> Callable[[], Image.Image]:
    def render() -> Image.Image:
        from PIL import Image, ImageOps

        image = Image.open(io.BytesIO(data))
        image.seek(number)
        return ImageOps.exif_transpose(image)  # a phone photo stores its turn in EXIF

    return render


@contextmanager
def pdf_renderers(data: bytes, numbers: list[int], dpi: int = RENDER_DPI
                  ) -> Iterator[list[tuple[int, Callable[[], Image.Image]]]]:
    """(page number, thunk) for the pages `numbers` of a PDF, valid inside the `with`; pdfium is
    not thread-safe, so the thunks are called from one thread (the OCR loop renders, then hands on)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise IngestError(f"PDF pages cannot be rendered ({first_line(exc)})") from None
    try:
        yield [(number, _pdf_page(document, number, dpi)) for number in numbers]
    finally:
        document.close()


def _pdf_page(document: object, number: int, dpi: int) -> Callable[[], Image.Image]:
    def render() -> Image.Image:
        page = document[number]  # type: ignore[index]
        try:
            return page.render(scale=dpi / 72).to_pil()
        finally:
            page.close()

    return render


def render_pdf_page(data: bytes, number: int, dpi: int) -> Image.Image:
    """One page of a PDF as an image, for the page view."""
    with pdf_renderers(data, [number], dpi) as pages:
        return pages[0][1]()
