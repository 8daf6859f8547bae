"""Turns contract text into page images as a copier would: 200 dpi A4, optionally turned a little,
with speckle noise and a red 印 stamp, saved as an image-only PDF or a multi-page TIFF.

Used by the OCR tests and benchmarks/bench_ocr.py; the text is ours (contracts/) or the seeds'.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DPI = 200
A4 = (1654, 2339)  # pixels at 200 dpi
MARGIN = 150
FONT_FILES = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=0)  # index 0: the Japanese glyph forms
    raise FileNotFoundError("no CJK font: install fonts-noto-cjk")


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines that fit `width`: Japanese breaks anywhere, English at spaces."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        line = ""
        for token in _tokens(paragraph):
            if line and face.getlength(line + token) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        lines.append(line.rstrip())
    return lines


def _tokens(paragraph: str) -> list[str]:
    """Latin words (with the space before them) stay whole; any other char is a token."""
    tokens: list[str] = []
    for char in paragraph:
        latin = char.isascii() and not char.isspace()
        if tokens and latin and tokens[-1][-1:].isascii():  # a word goes on, or begins after its space
            tokens[-1] += char
        else:
            tokens.append(char)
    return tokens


def render_pages(text: str, *, size: int = 25, skew: float = 0.0, noise: float = 0.0,
                 stamp: bool = False, seed: int = 0) -> list[Image.Image]:
    """The text as A4 page images (grayscale, or RGB with the stamp)."""
    face = font(size)
    line_height = int(size * 1.7)
    per_page = (A4[1] - 2 * MARGIN) // line_height
    lines = wrap(text, face, A4[0] - 2 * MARGIN)
    rng = random.Random(seed)
    pages = []
    for first in range(0, max(len(lines), 1), per_page):
        page = Image.new("RGB", A4, "white")
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines[first:first + per_page]):
            draw.text((MARGIN, MARGIN + row * line_height), line, fill="black", font=face)
        if stamp:
            _stamp(draw, rng)
        if noise:
            _speckle(page, noise, rng)
        if skew:
            page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor="white", expand=False)
        pages.append(page if stamp else page.convert("L"))
    return pages


def _stamp(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """A red seal 印 over the text, as on a signed contract."""
    x, y = rng.randint(MARGIN + 200, A4[0] - MARGIN - 200), rng.randint(MARGIN + 200, 800)
    red = (220, 40, 40)
    draw.ellipse((x - 90, y - 90, x + 90, y + 90), outline=red, width=8)
    draw.text((x, y), "印", fill=red, font=font(110), anchor="mm")


def _speckle(page: Image.Image, amount: float, rng: random.Random) -> None:
    """Scattered grey dots, a fraction `amount` of the pixels (2x2 dots, as a copier's dust)."""
    draw = ImageDraw.Draw(page)
    width, height = page.size
    for _ in range(int(width * height * amount / 4)):
        x, y, shade = rng.randrange(width - 2), rng.randrange(height - 2), rng.randint(60, 200)
        draw.rectangle((x, y, x + 1, y + 1), fill=(shade, shade, shade))


def save_pdf(pages: list[Image.Image], path: Path) -> Path:
    """An image-only PDF: one page image per page, no text layer."""
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return path


def save_tiff(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(DPI, DPI),
                  compression="tiff_deflate")
    return path
