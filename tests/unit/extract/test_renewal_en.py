"""English renewal language: the notice that stops a renewal, the length of each renewal, and the
look-alikes that are neither (a cure period, a notice in a contract that never renews, a cap)."""

import pytest

from tests.unit.extract.helpers import anchors_of, duties_of, longest_match
from tracker.domain import Document
from tracker.extract import extract, renewal_en

NOTICE = "renewal_notice"


def renewal(text: str) -> list[tuple[object, ...]]:
    """(kind, amount, unit) of the renewal notices and of the terms that run on from expiry."""
    duties = extract(Document(source="test", title=None, text=text, original=text)).duties
    return [
        (d.kind.value, d.period.amount, d.period.unit.value if d.period.unit else None)
        for d in duties
        if d.kind.value == NOTICE or (d.kind.value == "term" and d.anchor == "expiry")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # automatic renewal unless a party objects in time: the notice and the renewal's length
        ("The lease renews by itself for consecutive periods of two (2) years unless a party sends notice "
         "of non-renewal no later than one hundred eighty (180) days before the current term expires.",
         [("term", 2, "year"), (NOTICE, 180, "day")]),
        # the notice given "X written notice" after the word unless, timed against the Initial Term
        ("This deal rolls forward for further twelve-month periods unless either side gives three (3) "
         "months' written notice before the end of the Initial Term.",
         [("term", 12, "month"), (NOTICE, 3, "month")]),
        # word forms of a renewal's length
        ("After the first term the agreement will renew annually unless either party objects at least "
         "forty-five (45) days prior to the end of the then-current term.",
         [("term", 1, "year"), (NOTICE, 45, "day")]),
        ("Thereafter the contract shall continue on a month-to-month basis until terminated by either "
         "party on fifteen (15) days' written notice.",
         [("term", 1, "month"), (NOTICE, 15, "day")]),
        ("The Initial Term is automatically extended for an additional period of half a year unless a party "
         "gives notice of termination at least 40 days prior to the end of that period.",
         [("term", 6, "month"), (NOTICE, 40, "day")]),
        ("When the first term is over the agreement continues on a year to year basis until either party "
         "ends it by notice given at least 3 months prior to the end of the then current year.",
         [("term", 1, "year"), (NOTICE, 3, "month")]),
        ("Services renew for successive period, 6 months, unless cancelled.", [("term", 6, "month")]),
        ("The term is three years with annual renewals after that.", [("term", 1, "year")]),
        # a period right before "renewal term" is its length
        ("Each 2-year renewal term starts when the last one ends.", [("term", 2, "year")]),
        ("The term is two (2) years from the Effective Date with automatic annual renewals thereafter.",
         [("term", 1, "year")]),
        ("The licence term is automatically renewed on each anniversary of the start date unless cancelled.",
         [("term", 1, "year")]),
        # an option to renew still gives the renewal's length
        ("Reseller has the option to renew this agreement for one additional period of four (4) years.",
         [("term", 4, "year")]),
        # a notice to cancel at the end of the first term or on an anniversary
        ("Buyer may cancel on twenty days prior written notice at the end of the first term or on any "
         "anniversary of it.",
         [(NOTICE, 20, "day")]),
        # words glued by the EDGAR text ("itsrenewals") still renew
        ("Either side may cancel before the expiry date of the contract or of any of itsrenewals, upon "
         "two months prior written notice.",
         [(NOTICE, 2, "month")]),
        # evergreen: runs until a notice ends it, with no renewal length
        ("The Term begins on the Effective Date and remains in force until terminated by either party upon "
         "ninety (90) days' prior written notice.",
         [(NOTICE, 90, "day")]),
        # a notice to end the contract after the first term
        ("Following the Initial Term, either party may end this agreement by termination on written notice "
         "to the other of at least 2 months.",
         [(NOTICE, 2, "month")]),
        # a notice timed against the end of a term in a contract that renews elsewhere
        ("The agreement renews for successive one-year terms.\nEither party may terminate this agreement "
         "upon sixty (60) days written notice prior to the expiration of the then-current term.",
         [("term", 1, "year"), (NOTICE, 60, "day")]),
        # a later notice sentence ("Such notice") timed against the expiry of a renewing contract
        ("This agreement renews for one (1) further year unless a party declines. Such notice must reach "
         "the other party sixty (60) days before the expiration of the current term.",
         [("term", 1, "year"), (NOTICE, 60, "day")]),
        # sentences end before an item mark and after a heading in capitals
        ("5.1 TERM.The agreement runs for two (2) years.(b)It then renews for successive terms of one (1) "
         "year each unless notice is given at least 30 days prior to the end of the current term.",
         [("term", 1, "year"), (NOTICE, 30, "day")]),
        # the start of a hand-over window before expiry is no notice
        ("The agreement renews for successive one-year terms. Commencing three (3) months prior to the "
         "expiration of the term, or upon any termination, Vendor shall help move the data.",
         [("term", 1, "year")]),
        # the initial term is no renewal: only the second period runs from expiry
        ("The agreement has an initial term of three (3) years and will then renew for additional periods "
         "of one (1) year each.",
         [("term", 1, "year")]),
    ],
)
def test_renewal_language(text: str, expected: list[tuple[object, ...]]) -> None:
    assert renewal(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a contract that never renews: termination for convenience is no renewal notice
        "Either party may terminate this agreement for convenience upon thirty (30) days' prior "
        "written notice.",
        # a cure period in a renewing contract
        "Although the agreement renews for successive terms, a party in breach may cure within thirty (30) "
        "days prior to termination taking effect.",
        # a renewal only by mutual agreement has no automatic length
        "By mutual written agreement the parties may extend the term for successive periods of "
        "two (2) years.",
        # a definition and a survival clause are no renewal terms
        '"Contract Quarter" means each successive period of three (3) calendar months.',
        '(c) "Lease Year" shall refer to the first twelve months from the Start Date and each successive '
        "period of twelve (12) months after it during the term of this lease, until the lease ends.",
        "The duties in this clause survive and continue thereafter for a period of four (4) years.",
        # a period after the end of the renewals is a tail, not a renewal
        "During the term and any renewal terms, and for a period of one (1) year after the expiration "
        "thereof, Supplier will not hire Buyer's staff.",
        # a cap on renewals is not their length
        "Thereafter the agreement may be renewed, but not beyond ten (10) years in total.",
        "The first year will be extended, without further charge, for up to an additional two (2) months.",
        # a monthly report is no renewal, even near a renewal word
        "Agent will keep renewing the registrations of the marks listed in the schedule and, at least on "
        "a monthly basis, report on them.",
        # a fixed first year ("until one (1) year after") is no evergreen term
        "This agreement remains in effect until one (1) year after signing, but Buyer may terminate it upon "
        "ten (10) days' notice at any time.",
        # a definition after others in one run of text, even where no full stop parts them
        'Terms: "Fee" has the meaning in clause 4. "Service Year" means each successive period of twelve '
        "(12) months in the term.",
        # a capped number of renewals
        "If the dealer meets its targets the agreement is renewable for up to another five (5) years.",
        # "monthly fee": a word form before a thing it qualifies
        "If the customer elects to extend the agreement, the monthly fee is recalculated.",
        # an offer to be made before expiry is not a notice that ends the contract
        "The offer for a further year must be made three (3) months in advance, and the customer may then "
        "decide to renew or to terminate the contract.",
        # the term of a licence grant is no renewal
        "The licence granted in this clause shall extend for a period of five (5) years from the "
        "Effective Date.",
        # the renewal of a bond or an insurance policy
        "Supplier shall arrange annual renewals of its fidelity bond.",
        # talks about an extension, and insurance that must not lapse, are not renewal notices
        "The parties shall begin to negotiate an extension of the term six (6) months prior to the "
        "expiration of the Initial Term.",
        "Each policy shall provide thirty (30) days' prior notice of cancellation or non-renewal of the "
        "insurance coverage.",
        # a renewal both parties must agree to has no renewal notice either
        "The agreement renews only if both sides agree in writing at least ninety (90) days before the "
        "end of the then-current term.",
        # a request for more service before expiry is not a notice that ends the contract
        "The agreement renews for successive terms. On the Customer's request made at least 45 days prior "
        "to the expiration of the current term, Supplier shall continue the services for up to six months.",
        # a sentence ends where the next begins: the renewal word of the one before does not count
        "This agreement is not renewed. Either party may terminate it for convenience upon thirty (30) "
        "days' notice.",
    ],
)
def test_look_alikes_are_no_renewal(text: str) -> None:
    assert renewal(text) == []


def test_the_renewal_notice_is_owed_by_both_parties_before_expiry() -> None:
    text = ("This agreement renews for successive one-year terms unless either party gives notice of "
            "non-renewal at least ninety (90) days prior to the expiration of the current term.")
    assert duties_of(text)[1] == (NOTICE, "both", 90, "day", "before", None)


def test_the_initial_term_runs_from_the_start_and_a_renewal_from_expiry() -> None:
    text = ("The agreement has an initial term of three (3) years and will then renew for additional "
            "periods of one (1) year each.")
    assert anchors_of(text) == ["start", "expiry"]
    assert [d[2] for d in duties_of(text)] == [3, 1]


def test_no_sentence_words_match_more_than_the_lookup_allows() -> None:
    for words in renewal_en.SENTENCE_WORDS:
        assert longest_match(words) <= renewal_en.LONGEST_WORDS, words.pattern


def test_a_long_run_of_renewal_notices_without_a_sentence_break_is_read_whole() -> None:
    # hostile text: 1,000 notices in one sentence; each is read, the sentence's words not per period
    text = "This Agreement renews automatically unless either party gives sixty (60) days notice, " * 1000
    assert renewal(text) == [(NOTICE, 60, "day")] * 1000
