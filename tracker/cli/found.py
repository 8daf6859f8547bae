"""What an import found in a contract and what it still needs from the user, one or two lines each."""

from __future__ import annotations

from tracker.domain import ContractSummary, Need, Period
from tracker.domain.text import one_line
from tracker.domain.vocabulary import amount_text

NEEDS: dict[Need, str] = {
    Need.ACCEPTED_DATE: "start date (terms of service: the day you accepted them)",
    Need.START_DATE: "start date (the text states none)",
    Need.CONFIRMATION: "confirmation of the facts read",
}


def period_text(period: Period | None) -> str:
    if period is None or period.amount is None or period.unit is None:
        return "-"
    return amount_text(period.amount, period.unit, "en")


def found_lines(summary: ContractSummary) -> list[str]:
    contract = summary.contract
    terms = contract.terms
    if terms.renewal_term is not None:
        renewal = f"every {period_text(terms.renewal_term)}"
        if terms.renewal_notice is not None:
            renewal += f", notice {period_text(terms.renewal_notice)} before expiry"
    else:
        renewal = "none found"
    end = str(terms.end) if terms.end else "-"
    if terms.end is None and terms.initial_term is not None:
        end = f"after {period_text(terms.initial_term)}"
    lines = [
        f"#{contract.id} {one_line(contract.title)}",
        f"  found: start {terms.start or '-'}, end {end}, counterparty {contract.counterparty or '-'}, "
        f"renewal {renewal}",
    ]
    if contract.notes:  # what the import set aside or assumed: an implausible renewal, two regimes…
        lines.append(f"  note: {contract.notes}")
    if summary.needs:
        lines.append("  needs: " + "; ".join(NEEDS[need] for need in summary.needs)
                     + (f" (`tracker confirm {contract.id}`)" if Need.CONFIRMATION in summary.needs else ""))
    return lines
