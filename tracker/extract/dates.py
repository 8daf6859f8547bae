"""Document dates: the full calendar dates a contract states (制定, 施行, 改定, 附則, closing and
start dates), in 西暦 (2023年8月16日, 2023/8/16, 2023-08-16, January 15, 2025) and 和暦
(令和6年12月18日, 平成元年4月1日), in calendar order without repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.domain.typed_dates import ERAS
from tracker.extract.numbers import NUMBER, parse_number

MONTHS = {
    name[:3]: i + 1
    for i, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december")
    )
}

# scanned from 年 (a literal, which the regex engine finds fast), then the year is read backwards
# 9月1日付の契約 names another document; …から2026年2月28日まで / 2026年3月31日限り / をもって終了 /
# に満了 is the end of a term, not a date the document takes effect
# …以前に締結された契約 "contracts made on or before": a cut-off for old contracts
# 2022年4月1日施行の改正法 "the amended act in force from …" dates a law, not this document
_NOT_EFFECTIVE = r"付|まで|限り|をもって|に(?:終了|満了)|満了|の(?:経過|満了)|以前|(?:施行|公布|成立)の"
_MONTH_DAY = re.compile(rf"年(?P<m>{NUMBER})月(?P<d>{NUMBER})日(?!{_NOT_EFFECTIVE})")
_YEAR = re.compile(rf"(?:(?P<era>令和|平成|昭和|大正)(?P<ey>元|{NUMBER})|(?<![0-9])(?P<y>[0-9]{{4}}))$")
_NUMERIC = re.compile(
    rf"(?<![0-9./-])(?P<y>[0-9]{{4}})(?P<sep>[/.-])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})"
    rf"(?![0-9]|{_NOT_EFFECTIVE})"
)
# a labelled deadline (納期 2025年6月30日, 支払期限：…) is a due date, and the end of a term (終期
# 2030年3月31日, 満了日, 2025年4月1日～2026年3月31日) is no date the document takes effect
_DUE_LABEL = re.compile(r"(?:納期|期限|支払期日|支払日|納入日|終期|満了日|終了日)[:：]?$|[～〜~]$")
# another document's date in brackets after its name, the sentence going on after it: 「料金表」
# (2025年1月15日版)に定める / 倉庫寄託約款(2019年10月1日改正)の規定 / ポリシー(…制定)に従って /
# 基準(…改訂版)に適合 / 方針(…制定)は
_OTHER_DOCUMENT = re.compile(
    r"(?:制定|改正|改定|改訂|施行|実施|発行|作成|締結|付)?版?[）)]"
    r"(?:に|の|を|が|は|も|及び|および|又は|または|と|で|へ|から|より)"
)
# …unless the name is this document's own: 本規約(2024年4月1日改定)の / 当規約 (not 当社の基準, the
# provider's other document)
_OWN_NAME = re.compile(
    r"(?:本|この|当(?!社|行|店|組合|法人|協会|金庫))[^「」（）()。]{0,8}[（(][^（）()]{0,8}$"
)
# month names, full or shortened (Sept. 29, 2004), and a day with its ordinal, which PDF text may
# break ("15 th day of July, 2010", "1s t day of October 2008")
_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_ORDINAL = r"(?: ?(?:st|nd|rd|th|s t|n d|r d|t h)\b)?"
_ENGLISH = re.compile(
    rf"(?i:\b(?P<mn>{_MONTH_NAMES})\.? ?(?P<d>[0-9]{{1,2}}){_ORDINAL},? ?(?P<y>[0-9]{{4}})"
    rf"|(?<![0-9])(?P<d2>[0-9]{{1,2}}){_ORDINAL} ?(?:day (?:of )?)?(?P<mn2>{_MONTH_NAMES})\b\.?,? ?"
    rf"(?P<y2>[0-9]{{4}}))"
)
# a US date in figures, month first (Date: 08/19/2019), read only for the facts
_US_NUMERIC = re.compile(
    r"(?<![0-9/.])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2})(?![0-9/])"
)
# the full date in a Japanese or English text, read without regard to what it dates (for the facts)
_JAPANESE = re.compile(
    rf"(?:(?P<era>令和|平成|昭和|大正)(?P<ey>元|{NUMBER})|(?<![0-9])(?P<y>[0-9]{{4}}))年"
    rf"(?P<m>{NUMBER})月(?P<d>{NUMBER})日"
)


@dataclass(frozen=True)
class Dated:
    """A full date written at compact[start:end]."""

    start: int
    end: int
    day: date


def dates_in(compact: str) -> list[Dated]:
    """Every full date of `compact` in text order (Japanese, else English month names)."""
    found = []
    for m in _JAPANESE.finditer(compact):
        if m.group("era"):
            era_year = 1 if m.group("ey") == "元" else parse_number(m.group("ey"))
            year = None if era_year is None else ERAS[m.group("era")] + era_year
        else:
            year = int(m.group("y"))
        day = _valid(year, parse_number(m.group("m")), parse_number(m.group("d")))
        if day:
            found.append(Dated(m.start(), m.end(), day))
    if found:
        return found
    for m in _ENGLISH.finditer(compact):
        day = _english(m)
        if day:
            found.append(Dated(m.start(), m.end(), day))
    for m in _US_NUMERIC.finditer(compact):
        day = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if day:
            found.append(Dated(m.start(), m.end(), day))
    return sorted(found, key=lambda d: d.start)


def _english(m: re.Match[str]) -> date | None:
    month = MONTHS[(m.group("mn") or m.group("mn2")).lower()[:3]]
    return _valid(int(m.group("y") or m.group("y2")), month, int(m.group("d") or m.group("d2")))


def _valid(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):  # 2024年99999999999月1日 overflows the C int
        return None


def find_dates(compact: str) -> tuple[date, ...]:
    """The valid full dates of `compact` (the compact, digit-folded view), without repeats."""
    found: list[tuple[int, date]] = []
    for m in _MONTH_DAY.finditer(compact):
        if _other_document(compact, m.start(), m.end()):
            continue
        y = _YEAR.search(compact, max(0, m.start() - 8), m.start())
        if not y:
            continue
        if y.group("era"):
            era_year = 1 if y.group("ey") == "元" else parse_number(y.group("ey"))
            year = None if era_year is None else ERAS[y.group("era")] + era_year
        else:
            year = int(y.group("y"))
        _add(found, y.start(), year, parse_number(m.group("m")), parse_number(m.group("d")))
    for m in _NUMERIC.finditer(compact):
        if _other_document(compact, m.start(), m.end()):
            continue
        _add(found, m.start(), int(m.group("y")), int(m.group("m")), int(m.group("d")))
    # month names only where the text is mostly Latin (encode is a fast way to count ASCII)
    latin = len(compact.encode("ascii", "ignore")) * 2 > len(compact)
    for m in _ENGLISH.finditer(compact) if latin else ():
        day = _english(m)
        if day:
            found.append((m.start(), day))
    return tuple(sorted({day for at, day in found if not _DUE_LABEL.search(compact, max(0, at - 8), at)}))


def _other_document(compact: str, start: int, end: int) -> bool:
    """Whether the date at compact[start:end] dates another document named just before it."""
    return _OTHER_DOCUMENT.match(compact, end) is not None and not _OWN_NAME.search(
        compact, max(0, start - 20), start
    )


def _add(
    found: list[tuple[int, date]], at: int, year: int | None, month: int | None, day: int | None
) -> None:
    valid = _valid(year, month, day)
    if valid:
        found.append((at, valid))
