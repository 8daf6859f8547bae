"""A mutation corpus made from our own sample contracts (contracts/), for fuzzing ingestion.

Each mutant is a sample with a few random edits of the kinds that broke readers before: long runs
of one piece (dashes, spaces, brackets, markup), flipped and dropped bytes, splices of two files,
truncation. A .docx is edited inside its document.xml and zipped again, so the Word reader is
exercised and not only the zip check. Deterministic for a seed, so a failing input can be rebuilt.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[3] / "contracts"
# pieces whose long runs stalled a pattern once, and pieces of contract structure
PIECES = [b"-", b" ", b"[", b"![", b"*a ", b"_a ", b"~~a ", b"|", b"# ", b"<", b"\n", b"\t", b"(",
          b"\xe5\xa5\x91 \n", b"\xe7\xac\xac1\xe6\x9d\xa1 ", b"1. ", b"(a) ", b"Section ", b"Page -",
          b"\xe3\x80\x80", b"&amp;", b"<ol start='\xc2\xb2'><li>", b"9" * 50, b"\x00", b"\xff\xfe"]


_TEXT_RUN = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_text(text: bytes) -> bytes:
    text = _NOT_XML.sub(b"", text.decode("utf-8", "replace").encode("utf-8"))
    return text.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")


@dataclass(frozen=True)
class Mutant:
    name: str  # the sample, the seed and the edits: enough to rebuild and to report it
    suffix: str
    data: bytes


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix != ".md" or p.stem != "README")


def mutants(seed: int, count: int) -> Iterator[Mutant]:
    rng = random.Random(seed)
    sources = samples()
    for number in range(count):
        source = rng.choice(sources)
        edits: list[str] = []
        data = source.read_bytes()
        if source.suffix == ".docx":
            data = _mutate_docx(rng, data, edits)
        else:
            data = _mutate(rng, data, edits, rng.choice(sources).read_bytes())
        yield Mutant(f"{source.name} #{seed}/{number} {' '.join(edits)}", source.suffix, data)


def _mutate(rng: random.Random, data: bytes, edits: list[str], other: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["run", "run", "repeat", "flip", "drop", "splice", "truncate"])
        at = rng.randrange(len(data) + 1)
        if kind == "run":
            piece = rng.choice(PIECES)
            times = rng.choice([10, 100, 1_000, 10_000, 50_000]) // max(1, len(piece) // 2)
            data = data[:at] + piece * times + data[at:]
        elif kind == "repeat":  # a slice of the file itself, repeated
            piece = data[at:at + rng.randint(1, 40)]
            times = rng.choice([10, 300, 3_000])
            data = data[:at] + piece * times + data[at:]
        elif kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        elif kind == "drop":
            data = data[:at] + data[at + rng.randint(1, 200):]
        elif kind == "splice":
            data = data[:at] + other[rng.randrange(len(other) + 1):]
        elif kind == "truncate":
            data = data[:at]
        edits.append(f"{kind}@{at}")
    return data


def _mutate_docx(rng: random.Random, data: bytes, edits: list[str]) -> bytes:
    """Edit word/document.xml and zip the package again: half the time the text of one run (kept
    well-formed XML, so the Word reader gets past the parser), else the bytes of the markup."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            body = source.read(part)
            if part.filename == "word/document.xml":
                runs = list(_TEXT_RUN.finditer(body))
                if runs and rng.random() < 0.5:
                    run = rng.choice(runs)
                    text = _mutate(rng, run.group(1), edits, body)
                    body = body[:run.start(1)] + _xml_text(text) + body[run.end(1):]
                else:
                    body = _mutate(rng, body, edits, body)
            target.writestr(part, body)
    return buffer.getvalue()
