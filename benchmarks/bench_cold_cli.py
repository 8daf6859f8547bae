"""Cold CLI benchmark: `tracker upcoming` in a fresh process against `python -c pass`, with 1,000
contracts in the database (goal: < 3× the bare interpreter).

Both are spawned alternately, RUNS times each, and the medians compared; the import profile of one
run names what the command loads. Run as `python benchmarks/bench_cold_cli.py [--db FILE]`; without
--db it imports 1,000 contracts into a temporary database first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_gui_launch import TODAY, _make_database  # noqa: E402

RUNS = 15
GOAL = 3.0
COMMAND = ["-m", "tracker", "upcoming", "--today", TODAY.isoformat()]


def spawn(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def heaviest_imports(env: dict[str, str], top: int = 6) -> list[str]:
    """The top-level packages the command imports, by their cumulative import time."""
    done = subprocess.run([sys.executable, "-X", "importtime", *COMMAND], env=env, capture_output=True,
                          text=True)
    totals: dict[str, int] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and not parts[2].startswith("  ") and parts[1].strip().isdigit():
            totals[parts[2].strip()] = int(parts[1])
    return [f"{name} {us / 1000:.0f} ms" for name, us in sorted(totals.items(), key=lambda kv: -kv[1])[:top]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing database with 1,000 contracts")
    given = parser.parse_args().db
    with tempfile.TemporaryDirectory(prefix="tracker-bench-cli-") as folder:
        db = Path(given) if given else _make_database(Path(folder))
        env = dict(os.environ, TRACKER_DB=str(db), PYTHONPATH=str(ROOT))
        spawn(COMMAND, env)  # the first run of the day re-plans; the benchmark times the ordinary run
        bare, command = [], []
        for _ in range(RUNS):
            bare.append(spawn(["-c", "pass"], env))
            command.append(spawn(COMMAND, env))
        heavy = heaviest_imports(env)
    ratio = statistics.median(command) / statistics.median(bare)
    print(f"python -c pass: median {statistics.median(bare) * 1000:.0f} ms over {RUNS} runs")
    print(f"tracker upcoming: median {statistics.median(command) * 1000:.0f} ms, "
          f"min {min(command) * 1000:.0f} ms")
    print(f"ratio {ratio:.1f}× (goal < {GOAL}×); heaviest imports: {', '.join(heavy)}")
    print("PASS" if ratio < GOAL else "FAIL")


if __name__ == "__main__":
    main()
