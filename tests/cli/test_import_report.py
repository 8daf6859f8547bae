"""`tracker import` says per contract what it found and what still needs the user; `tracker confirm`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import DUTIES, write_contract
from tracker.cli.main import main
from tracker.domain import ContractFacts, Fact, Party, PartyFact
from tracker.extract import Extraction


def _pin(monkeypatch: pytest.MonkeyPatch, title: str, facts: ContractFacts) -> None:
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=DUTIES, dates=(), title=title, facts=facts))


def test_a_dated_contract_shows_what_was_found_and_asks_for_a_confirmation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = ContractFacts(start=Fact(date(2025, 11, 1)),
                          parties=(PartyFact("Harbor Lights LLC", "Licensor", Party.PROVIDER),))
    _pin(monkeypatch, "License Agreement", facts)
    db = str(tmp_path / "t.sqlite")

    assert main(["import", str(write_contract(tmp_path, "a.txt")), "--db", db]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "#1 License Agreement",
        "  found: start 2025-11-01, end after 1 year, counterparty Harbor Lights LLC, "
        "renewal every 1 year, notice 30 days before expiry",
        "  needs: confirmation of the facts read (`tracker confirm 1`)",
    ]

    assert main(["confirm", "1", "--db", db]) == 0
    assert capsys.readouterr().out == "confirmed the facts of 1 contract\n"
    assert main(["import", str(write_contract(tmp_path, "a.txt")), "--db", db]) == 0
    assert "needs" not in capsys.readouterr().out


def test_terms_of_service_without_a_date_ask_for_the_day_they_were_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(monkeypatch, "オンラインストア利用規約", ContractFacts())

    main(["import", str(write_contract(tmp_path, "tos.txt")), "--db", str(tmp_path / "t.sqlite")])

    needs = capsys.readouterr().out.splitlines()[2]
    assert needs.startswith("  needs: start date (terms of service: the day you accepted them);")
