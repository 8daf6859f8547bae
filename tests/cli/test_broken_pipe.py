"""A reader that stops early (`tracker extract … | head -1`) ends the command quietly, with no traceback."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_output_into_a_closed_pipe_ends_quietly() -> None:
    sample = ROOT / "contracts" / "saas_terms_of_service.txt"
    command = [sys.executable, "-m", "tracker", "extract", "--json", str(sample)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away while the command still has lines to write
        errors = proc.stderr.read().decode()
        status = proc.wait(timeout=60)
    assert "Traceback" not in errors
    assert status == 0


def test_a_listing_into_a_pipe_closed_before_it_writes_ends_quietly(tmp_path: Path) -> None:
    # `tracker list | head` where head is gone first: the write fails when stdout is flushed at exit
    command = [sys.executable, "-m", "tracker", "list", "--db", str(tmp_path / "t.sqlite")]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        errors = proc.stderr.read().decode()
        status = proc.wait(timeout=60)
    assert "Traceback" not in errors and "Exception ignored" not in errors
    assert status == 0
