"""Global options stand before or after the subcommand; the GUI without a display says so in one line;
database commands never load the extractor or the iCalendar library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.services.conftest import DUTIES, write_contract
from tracker.cli.main import main, split_command
from tracker.extract import Extraction
from tracker.gui.display import missing_display

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "expected"), [
    (["--db", "x.sqlite", "import", "a.txt"], ("import", ["a.txt", "--db", "x.sqlite"])),
    (["--db=x.sqlite", "--today", "2026-01-01", "list"],
     ("list", ["--db=x.sqlite", "--today", "2026-01-01"])),
    (["list", "--db", "x.sqlite"], ("list", ["--db", "x.sqlite"])),
    (["--db", "x.sqlite"], (None, ["--db", "x.sqlite"])),
    (["--minimized"], (None, ["--minimized"])),
    ([], (None, [])),
])
def test_global_options_move_behind_the_subcommand(argv: list[str], expected: tuple) -> None:
    assert split_command(argv) == expected


def test_db_before_import_imports_instead_of_opening_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=DUTIES, dates=(), title="Fixed agreement"))
    db = tmp_path / "x.sqlite"
    path = write_contract(tmp_path, "a.txt")

    assert main(["--db", str(db), "--today", "2026-11-22", "import", str(path), "--start", "2025-12-15"]) == 0
    assert capsys.readouterr().out.endswith("1 imported, 0 updated, 0 failed\n")
    assert main(["--db", str(db), "--lang", "en", "list"]) == 0
    assert "Fixed agreement" in capsys.readouterr().out


@pytest.mark.parametrize(("env", "sockets", "problem"), [
    ({}, [], "DISPLAY is not set"),
    ({"DISPLAY": ":5"}, [], "no X server answers on DISPLAY=:5"),
    ({"DISPLAY": ":5"}, ["X5"], None),
    ({"DISPLAY": "remote:0"}, [], None),
    ({"WAYLAND_DISPLAY": "wayland-0"}, [], None),
    ({"QT_QPA_PLATFORM": "offscreen"}, [], None),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, [], "DISPLAY is not set"),
])
def test_missing_display(
    tmp_path: Path, env: dict[str, str], sockets: list[str], problem: str | None
) -> None:
    for name in sockets:
        (tmp_path / name).touch()
    found = missing_display(env, "linux", tmp_path)
    assert (found is None) if problem is None else (problem in (found or ""))
    assert missing_display({}, "win32", tmp_path) is None


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def test_without_a_display_the_window_says_what_to_do_and_exits_2(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "x.sqlite")],
                          env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "DISPLAY" in done.stderr and "tracker --help" in done.stderr


# After a database command: which of the heavy packages did the process load?
_PROBE = """
import sys
from tracker.cli.main import main
status = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] if not m.startswith("tracker.") else ".".join(m.split(".")[:2])
                for m in sys.modules if m.startswith(("tracker.extract", "tracker.ingest", "icalendar",
                                                      "PySide6"))})
print("LOADED", status, heavy)
"""


@pytest.mark.parametrize("command", [["upcoming"], ["list"], ["show", "1"], ["upcoming", "--json"]])
def test_database_commands_never_load_the_extractor(tmp_path: Path, command: list[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    done = subprocess.run([sys.executable, "-c", _PROBE, "--db", db, *command], env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert "LOADED" in done.stdout, done.stderr
    assert done.stdout.splitlines()[-1].split(" ", 2)[2] == "[]"
