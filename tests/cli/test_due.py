"""`tracker due` as a user runs it: every worked example of periods.md, the output format, bad input."""

import subprocess
import sys

import pytest

from tracker.cli.main import main

WORKED_EXAMPLES = [
    ("2025-11-28 after 3 month", "2026-02-28"),
    ("2025-03-31 after 1 year --inclusive", "2026-03-30"),
    ("2025-04-30 after 14 day", "2025-05-14"),
    ("2026-04-30 before 30 day", "2026-03-30"),
    ("2026-04-30 before 30 day --convention simple", "2026-03-31"),
    ("2026-06-30 before 2 month", "2026-04-29"),
    ("2026-01-09 before 5 business_day", "2025-12-25"),
    ("2026-01-09 before 5 business_day --convention simple", "2025-12-26"),
    ("2026-05-01 after 1 business_day", "2026-05-07"),
    ("2026-01-10 before 1 day --roll previous", "2026-01-08"),
]


def run(capsys, line):
    status = main(["due", *line.split()])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("line", "expected"), WORKED_EXAMPLES)
def test_worked_example(capsys, line, expected):
    status, out, err = run(capsys, line)
    assert (status, out.splitlines()[0], err) == (0, expected, "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-01-10T22:30 after 3 hour", "2026-01-11T01:30"),
        ("2026-03-01T00:15 before 1 hour", "2026-02-28T23:15"),
        ("2026-09-19 after 1 business_day", "2026-09-24"),  # 09-21..23: holiday, citizens' holiday, holiday
        ("2026-12-28 after 1 business_day", "2027-01-04"),  # 12-29 – 01-03: year-end break
        ("2027-03-30 before 30 day --roll next", "2027-03-01"),  # 02-27 is a Saturday
        ("2026-05-03 after 1 day --roll next", "2026-05-07"),  # 05-04 Greenery Day → 05-07
    ],
)
def test_more_commands(capsys, line, expected):
    status, out, _ = run(capsys, line)
    assert (status, out.splitlines()[0]) == (0, expected)


def test_explanation_follows_the_date(capsys):
    _, out, _ = run(capsys, "2026-04-30 before 30 day")
    assert out.splitlines()[1:] == [
        "基準日 2026-04-30 の30日前: 基準日を含めず30日を遡った前日 (民法の数え方) → 2026-03-30",
        "30 days before the reference day 2026-04-30: the day before 30 days counted whole, "
        "the anchor not counted (legal count) → 2026-03-30",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2026-02-30 after 1 day",
        "2026/01/01 after 1 day",
        "2026-01-01 after 0 day",
        "2026-01-01 after -3 day",
        "2026-01-01 after 1.5 day",
        "2026-01-01 after 1 fortnight",
        "2026-01-01 sideways 1 day",
        "2026-01-01 after 1 day --roll maybe",
        "2026-01-01 before 1 day --convention odd",
        "9999-12-01 after 2 month",
    ],
)
def test_bad_argument_is_one_line_and_status_2(capsys, line):
    status, out, err = run(capsys, line)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith("tracker due: ")


def test_the_installed_command_prints_the_date_first():
    command = [sys.executable, "-m", "tracker", "due", "2026-01-09", "before", "5", "business_day"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "2025-12-25")
