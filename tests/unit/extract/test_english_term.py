"""The English term grammar (tracker.extract.english_term) and English party names: each production
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.domain import Document
from tracker.extract import extract


def _facts(text: str) -> dict[str, Any]:
    return extract(Document(source="t", title=None, text=text, original=text)).facts.to_json()


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # "ends at" / "end as of", behind a proviso that names an extension
        ('The term of this Agreement shall commence on May 1, 2020 (the "Commencement Date") and ends at '
         "April 30, 2025, with automatic renewals of two (2) years each.", "2025-04-30"),
        ("This Agreement is dated as of June 8, 1999. The Term shall commence on the date of this Agreement "
         "and, unless earlier terminated or extended as provided below, shall end as of December 31, 2000.",
         "2000-12-31"),
        # the end date under its label
        ("AGREEMENT PERIOD\nEffective Date: January 1, 2019\nTermination Date: December 31, 2023\n"
         "PAYMENT TERMS\nBuyer shall pay within thirty (30) days.", "2023-12-31"),
        ('This Agreement is made as of April 2, 2018.\n"Expiration Date" means March 31, 2020.',
         "2020-03-31"),
        # a date named as the term's end
        ('THIS ALLIANCE AGREEMENT (the "Agreement"), made effective this 3rd day of May 2017, through '
         'May 2, 2020 (the "Initial Term") is entered into by and between Cedar LLC and Pine Inc.',
         "2020-05-02"),
        # a length, then the dates that say the same more precisely
        ("This Agreement shall have an Initial Term of two (2) years. The Term shall commence on "
         "March 10, 2014 and shall expire on March 12, 2016.", "2016-03-12"),
        # a length named as the initial term, in a sentence that does not name the agreement
        ("This arrangement is dated as of May 22, 2000 and, unless sooner terminated, shall remain "
         'effective for two (2) years from and after that date (the "Initial Term").', "2002-05-21"),
        # "this contract shall be for a term of …"
        ("This contract is made as of June 1, 1998. This contract shall be for a term of one year commencing "
         "on the date first above written.", "1999-05-31"),
    ],
)
def test_english_end(text: str, end: str) -> None:
    assert _facts(text)["end"] == end


def test_a_length_in_passing_is_not_the_term() -> None:
    text = (
        "This Agreement is dated as of May 1, 2010. Upon termination, Reseller may continue to serve its "
        "customers for a phase-out period of eighteen (18) months."
    )
    facts = _facts(text)
    assert facts["initial_term"] is None
    assert facts["end"] != "2011-10-31"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('1. Definitions. "Commencement Date" means 1 April 2020; "Group" means the Company.', "2020-04-01"),
        ('"Effective Date" means 12:01 a.m. Eastern Standard Time on March 3, 2003.', "2003-03-03"),
        # a signature table that puts its labels under the dates: the later signature
        ("IN WITNESS WHEREOF the parties have signed this Agreement as of the date last written below.\n"
         "By: /s/ A. Smith By: /s/ B. Jones\nDecember 8, 2005 December 7, 2005\n-----------\nDate Date",
         "2005-12-08"),
        ("Party A: Oak Co., Ltd. [signature authenticated by a third party depository on October 9, 2018]",
         "2018-10-09"),
    ],
)
def test_english_start(text: str, start: str) -> None:
    assert _facts(text)["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        # another agreement's date, ahead of this one's
        "WHEREAS the parties are bound by the Mutual Confidentiality Agreement between them, which was "
        "effective July 17, 2009. This Development Agreement is entered into on April 15, 2010 "
        '("Effective Date") by and between Maple Inc. and Birch SAS.',
        # a memorandum the preamble recalls, then this agreement's own date
        "The parties signed a Memorandum of Understanding to plan the cable effective from 16th June 1999. "
        "THIS AGREEMENT, made and entered into this 15th day of April 2010, between the Parties.",
    ],
)
def test_another_documents_date_is_not_the_start(text: str) -> None:
    assert _facts(text)["start"] in ("2010-04-15",)


def test_this_agreements_own_title_and_date_at_its_head_is_the_start() -> None:
    text = ("SERVICES AGREEMENT Cedar Co-Branding and Services Agreement, effective as of October 1, 1999. "
            "The present Agreement shall remain in force for three (3) years from that date.")
    assert _facts(text)["start"] == "1999-10-01"


# ---- parties: the name before its address --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an address before the bracket
        ('This Agreement is made on May 1, 2014 between Birch Tools Corp., with its principal office at 12 '
         'Harbor Road, Springfield, Illinois 62701, USA ("Birch"), and Oak Stores LLC, a Delaware limited '
         'liability company ("Oak").', ["Birch Tools Corp.", "Oak Stores LLC"]),
        # "being a company organised … having its registered office at …"
        ("This AGREEMENT is made on April 6, 2014 between: CEDAR S.A., being a company organized and "
         "existing under the laws of Switzerland, having its registered office at Rue des Alpes 4, "
         '1400 Yverdon, Switzerland ("Cedar"), and PINE ENERGY INC, being a company organized under '
         'the laws of Delaware ("Pine").', ["CEDAR S.A.", "PINE ENERGY INC"]),
        # an address that runs into the next name
        ("This Employment Agreement is made as of March 1, 2012 by Maple Bank, with offices in Dover, "
         'Delaware ("Employer") and John Fir ("Employee").', ["Maple Bank", "John Fir"]),
        # a preamble set out as a list
        ('BETWEEN: ELM GOLD LTD. ("Company") AND: BIRCH CAPITAL CORP. ("Consultant")',
         ["ELM GOLD LTD.", "BIRCH CAPITAL CORP."]),
    ],
)
def test_english_party_names_before_their_addresses(text: str, names: list[str]) -> None:
    assert [p["name"] for p in _facts(text)["parties"]] == names
