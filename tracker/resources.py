"""Locates the top-level `resources/` and `contracts/` folders, in a checkout and when installed."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or the copy installed inside the package."""
    for candidate in (_ROOT / "resources", Path(__file__).resolve().parent / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the tracker's resources folder is missing")


def sample_contracts_dir() -> Path:
    """The sample contracts offered on first run."""
    for candidate in (_ROOT / "contracts", Path(__file__).resolve().parent / "_contracts"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the sample contracts folder is missing")
