"""`tracker extract --json` prints an amount as written: 1ヶ月半 as 1.5, a whole amount as an int."""

import json
from pathlib import Path

import pytest

from tracker.cli.main import main


def test_a_month_and_a_half_prints_as_1_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        "会員規約\n第1条（更新）\n会員は、有効期限の1ヶ月半前までに更新の手続を行うものとします。\n"
        "第2条（解約）\n会員は、解約希望日の30日前までに当社に通知するものとします。\n",
        encoding="utf-8",
    )
    assert main(["extract", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    amounts = [duty["amount"] for duty in json.loads(out)["duties"]]
    assert amounts == [1.5, 30]
    assert '"amount": 30,' in out  # not 30.0
