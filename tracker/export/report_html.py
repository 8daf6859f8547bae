"""The renewal report as one HTML page: overdue items, then each contract's deadlines, then totals.

The same HTML is saved as report.html and laid out by Qt (tracker.printing) for print and PDF,
so it keeps to the HTML/CSS subset QTextDocument understands: tables with attributes, inline
styles, <thead> (repeated on each page). Every value from a contract is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from tracker.domain import Contract, DeadlineRecord, DutyKind, Period, ReminderState
from tracker.domain.schedule import deadline_day
from tracker.domain.vocabulary import check_language, days_left_count, label
from tracker.export.text import day_text, period_text

FONT_FAMILY = "Noto Sans CJK JP"  # fonts-noto-cjk; embedded by Qt in the PDF

_WORDS = {
    "ja": {
        "title": "契約期限レポート",
        "range": "対象期間",
        "printed": "印刷日",
        "overdue": "期限超過",
        "upcoming": "今後の期限",
        "dismissed": "通知を停止した期限",
        "totals": "種類別の件数",
        "due": "期限日",
        "kind": "種類",
        "who": "対応者",
        "article": "条",
        "clause": "条項と根拠",
        "contract": "契約",
        "count": "件数",
        "of_which_overdue": "うち期限超過",
        "total": "合計",
        "none": "この期間に期限はありません。",
        "counterparty": "相手方",
        "term": "契約期間",
        "renewal": "自動更新",
        "renewal_every": "{}ごと",
        "no_renewal": "なし",
        "notice": "更新拒絶の通知",
        "notice_before": "満了の{}前まで",
        "term_from": "{}から",
        "term_until": "{}まで",
        "term_length": "{}から{}",
        "left": "残り",
        "to": "〜",
    },
    "en": {
        "title": "Contract deadline report",
        "range": "Period",
        "printed": "Printed",
        "overdue": "Overdue",
        "upcoming": "Upcoming deadlines",
        "dismissed": "Dismissed deadlines",
        "totals": "Totals by kind",
        "due": "Due",
        "kind": "Kind",
        "who": "Who acts",
        "article": "Art.",
        "clause": "Clause and reason",
        "contract": "Contract",
        "count": "Count",
        "of_which_overdue": "Overdue",
        "total": "Total",
        "none": "No deadlines in this period.",
        "counterparty": "Counterparty",
        "term": "Term",
        "renewal": "Automatic renewal",
        "renewal_every": "every {}",
        "no_renewal": "none",
        "notice": "Renewal notice",
        "notice_before": "{} before expiry",
        "term_from": "from {}",
        "term_until": "until {}",
        "term_length": "{1} from {0}",
        "left": "Left",
        "to": " to ",
    },
}

_STYLE = f"""
body {{ font-family: '{FONT_FAMILY}', sans-serif; font-size: 9pt; color: #202020; }}
h1 {{ font-size: 16pt; margin: 0 0 2pt 0; }}
h2 {{ font-size: 12pt; margin: 14pt 0 3pt 0; color: #1a3d6d; }}
h2.overdue {{ color: #b3261e; }}
p.meta {{ color: #505050; margin: 0 0 2pt 0; }}
p.terms {{ color: #404040; margin: 0 0 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 4pt; }}
th {{ background-color: #e8edf4; text-align: left; font-weight: bold; }}
td, th {{ border: 1px solid #b8c2cf; padding: 3px; vertical-align: top; }}
td.date {{ white-space: nowrap; }}
td.num {{ text-align: right; }}
span.late {{ color: #b3261e; font-weight: bold; }}
span.state {{ color: #606060; }}
span.why {{ color: #505050; font-size: 8pt; }}
@page {{ size: A4; margin: 15mm; }}
"""


@dataclass(frozen=True)
class ReportPeriod:
    """The days the report covers and the day it was made."""

    first: date
    last: date
    today: date


def report_title(period: ReportPeriod, lang: str) -> str:
    """The title the PDF header repeats on every page: the report's name and its range."""
    words = _WORDS[check_language(lang)]
    return f"{words['title']}  {period.first.isoformat()}{words['to']}{period.last.isoformat()}"


def report_html(
    records: Sequence[DeadlineRecord],
    period: ReportPeriod,
    *,
    contracts: Mapping[int, Contract] | None = None,
    lang: str = "ja",
    dismissed: Sequence[DeadlineRecord] = (),
    sentences: Mapping[int, str] | None = None,
) -> str:
    """The whole report; `records` in the order the services give them (overdue first, then by date).

    `contracts` (by id) adds each contract's counterparty, term and renewal rule to its heading.
    `dismissed` deadlines get a section of their own: a reminder switched off does not take its
    deadline out of the report unseen. `sentences` (by deadline id) quotes each duty's whole sentence
    where the clause column would otherwise show only the words of the period.
    """
    w = _WORDS[check_language(lang)]
    table = _Table(period.today, lang, sentences or {}, contracts or {})
    overdue = [r for r in records if r.is_overdue(period.today)]
    upcoming = [r for r in records if not r.is_overdue(period.today)]
    parts = [
        f"<h1>{escape(w['title'])}</h1>",
        f"<p class='meta'>{w['range']}: {day_text(period.first, lang)}{w['to']}{day_text(period.last, lang)}"
        f"&emsp;{w['printed']}: {day_text(period.today, lang)}</p>",
    ]
    if not records:
        parts.append(f"<p>{escape(w['none'])}</p>")
    if overdue:
        parts.append(f"<h2 class='overdue'>{w['overdue']} ({len(overdue)})</h2>")
        parts.append(table.html(overdue, with_contract=True))
    by_contract: dict[int, list[DeadlineRecord]] = {}
    for r in upcoming:
        by_contract.setdefault(r.contract_id, []).append(r)
    for contract_id, rows in by_contract.items():
        contract = (contracts or {}).get(contract_id)
        parts.append(f"<h2>{escape(rows[0].contract_title)}</h2>")
        if contract is not None:
            parts.append(_terms(contract, lang))
        parts.append(table.html(rows, with_contract=False))
    if dismissed:
        parts.append(f"<h2 class='dismissed'>{w['dismissed']} ({len(dismissed)})</h2>")
        parts.append(table.html(list(dismissed), with_contract=True))
    if records:
        parts.append(_totals(records, overdue, lang))
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{escape(report_title(period, lang))}</title><style>{_STYLE}</style></head>\n"
        f"<body>\n" + "\n".join(parts) + "\n</body></html>\n"
    )


@dataclass(frozen=True)
class _Table:
    """The deadline tables: due date, days left, (contract,) kind, who acts, article, the clause."""

    today: date
    lang: str
    sentences: Mapping[int, str]
    contracts: Mapping[int, Contract]

    def html(self, rows: list[DeadlineRecord], *, with_contract: bool) -> str:
        w = _WORDS[self.lang]
        heads = [w["due"], w["left"], w["kind"], w["who"], w["article"], w["clause"]]
        widths = ["13%", "10%", "13%", "10%", "5%", "49%"]
        if with_contract:
            heads.insert(2, w["contract"])
            widths = ["12%", "10%", "15%", "11%", "9%", "5%", "38%"]
        head = "".join(f"<th width='{wd}'>{escape(h)}</th>" for h, wd in zip(heads, widths, strict=True))
        body = [self._row(r, with_contract) for r in rows]
        return (
            "<table cellspacing='0' cellpadding='3' border='1' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        )

    def _row(self, r: DeadlineRecord, with_contract: bool) -> str:
        d, lang = r.deadline, self.lang
        day = escape(day_text(d.due, lang))
        if r.state is not ReminderState.PENDING:
            day += f"<br><span class='state'>{escape(label(r.state, lang))}</span>"
        left = escape(days_left_count((deadline_day(d.due) - self.today).days, lang))
        if r.is_overdue(self.today):
            day, left = f"<span class='late'>{day}</span>", f"<span class='late'>{left}</span>"
        explanation = d.explanation.ja if lang == "ja" else d.explanation.en
        clause = escape(self.sentences.get(r.id) or r.clause_text)
        why = f"<span class='why'>{escape(explanation)}</span>"
        cells = [
            f"<td class='date'>{day}</td>",
            f"<td>{left}</td>",
            f"<td>{escape(label(d.kind, lang))}</td>",
            f"<td>{escape(label(d.obligor, lang))}</td>",
            f"<td>{escape(r.article or '')}</td>",
            f"<td>{clause}<br>{why}</td>" if clause else f"<td>{why}</td>",
        ]
        if with_contract:
            contract = self.contracts.get(r.contract_id)
            party = contract.counterparty if contract is not None else None
            under = f"<br><span class='state'>{escape(party)}</span>" if party else ""
            cells.insert(2, f"<td>{escape(r.contract_title)}{under}</td>")
        return "<tr>" + "".join(cells) + "</tr>"


def term_text(contract: Contract, lang: str) -> str | None:
    """'2025-04-01〜2026-03-31', 'from 2025-04-01', '1 year from 2025-04-01'; None with no date known."""
    w, t = _WORDS[lang], contract.terms
    if t.start and t.end:
        return f"{t.start.isoformat()}{w['to']}{t.end.isoformat()}"
    if t.start and t.initial_term and t.initial_term.amount is not None and t.initial_term.unit is not None:
        return w["term_length"].format(t.start.isoformat(), period_text(t.initial_term, lang))
    if t.start:
        return w["term_from"].format(t.start.isoformat())
    if t.end:
        return w["term_until"].format(t.end.isoformat())
    return None


def notice_text(notice: Period, lang: str) -> str:
    """'満了の3か月前まで' / '3 months before expiry'; a rule without a length (期間満了日まで) as written."""
    if notice.amount is None or notice.unit is None:
        return label(notice.qualifier, lang)
    return _WORDS[lang]["notice_before"].format(period_text(notice, lang))


def _terms(contract: Contract, lang: str) -> str:
    """One line under the contract's heading: counterparty, term, renewal cycle, notice rule."""
    w = _WORDS[lang]
    t = contract.terms
    items = []
    if contract.counterparty:
        items.append(f"{w['counterparty']}: {escape(contract.counterparty)}")
    term = term_text(contract, lang)
    if term:
        items.append(f"{w['term']}: {escape(term)}")
    renewal = (
        w["renewal_every"].format(period_text(t.renewal_term, lang)) if t.renewal_term else w["no_renewal"]
    )
    items.append(f"{w['renewal']}: {escape(renewal)}")
    if t.renewal_notice:
        items.append(f"{w['notice']}: {escape(notice_text(t.renewal_notice, lang))}")
    return "<p class='terms'>" + "&ensp;/&ensp;".join(items) + "</p>"


def _totals(records: Sequence[DeadlineRecord], overdue: list[DeadlineRecord], lang: str) -> str:
    w = _WORDS[lang]
    counts = Counter(r.deadline.kind for r in records)
    late = Counter(r.deadline.kind for r in overdue)
    rows = [
        f"<tr><td>{escape(label(kind, lang))}</td><td class='num' align='right'>{counts[kind]}</td>"
        f"<td class='num' align='right'>{late[kind] or ''}</td></tr>"
        for kind in DutyKind
        if counts[kind]
    ]
    rows.append(
        f"<tr><th>{w['total']}</th><th class='num' align='right'>{len(records)}</th>"
        f"<th class='num' align='right'>{len(overdue) or ''}</th></tr>"
    )
    return (
        f"<h2>{w['totals']}</h2><table cellspacing='0' cellpadding='3' border='1' width='60%'>"
        f"<thead><tr><th>{w['kind']}</th><th>{w['count']}</th><th>{w['of_which_overdue']}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
