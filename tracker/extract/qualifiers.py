"""Duties without a number: 速やかに返還 (return promptly), 翌月末日までに支払う (pay by the end of
the next month), 期間満了日までに意思表示 (speak up by expiry) — only where they attach to a
tracked duty, never for every 速やかに in a contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Direction, DutyKind, Party, Qualifier
from tracker.extract.context import Context
from tracker.extract.kinds.returns import DATA_VERBS, RETURN_VERBS

# stop reading ahead at the end of the verb phrase: し、 / して / ものとし "shall"
_UNTIL_VERB = r"(?:(?!し、|して|ものとし)[^。]){0,70}?"


@dataclass(frozen=True)
class QualifierRule:
    """`word` finds the wording; `after` must follow it in the clause, `before` precede it,
    `around` appear anywhere in the item lead-in + clause."""

    name: str
    word: re.Pattern[str]
    kind: DutyKind
    qualifier: Qualifier | None
    direction: Direction
    anchor: str
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    around: re.Pattern[str] | None = None
    default: Party | None = Party.CUSTOMER

    def fits(self, ctx: Context) -> bool:
        if self.after and not self.after.search(ctx.after):
            return False
        if self.before and not self.before.search(ctx.before):
            return False
        if self.around and not self.around.search(ctx.whole):
            return False
        return _verb_kind_ok(self, ctx.after)


_PROMPT = re.compile(r"速やかに|直ちに|遅滞なく")
_QUALIFIERS = {
    "速やかに": Qualifier.PROMPTLY,  # promptly
    "直ちに": Qualifier.IMMEDIATELY,  # immediately
    "遅滞なく": Qualifier.WITHOUT_DELAY,  # without delay
}
# the event that sets off a return: 終了 end / 解約・解除 termination / 満了 expiry /
# 退会 withdrawal / 請求を受け・求められ・要請 on request / 不要 no longer needed
_RETURN_TRIGGER = re.compile(r"終了|解約|解除|満了|退会|請求を受け|求められ|要請|不要")

RULES: tuple[QualifierRule, ...] = (
    # 終了後直ちに当社に返還 "return immediately after the end"
    QualifierRule("return", _PROMPT, DutyKind.RETURN, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:{RETURN_VERBS})"), around=_RETURN_TRIGGER),
    # 終了後速やかにデータを削除 "delete the data promptly after the end"
    QualifierRule("data_deletion", _PROMPT, DutyKind.DATA_DELETION, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:削除|消去|抹消)"),
                  around=re.compile(r"終了|解約|解除|満了|退会"),
                  default=Party.PROVIDER),
    # 翌月末日までに支払う "pay by the end of the following month"
    QualifierRule("payment_next_month", re.compile(r"翌月末日?まで"), DutyKind.PAYMENT,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "invoice",
                  after=re.compile(r"^[^。]{0,40}?(?:支払|振り込|振込|納付|入金)")),
    # 当月末日締め翌月末日払い "closed at the month's end, paid at the end of the next"
    QualifierRule("payment_next_month_paid", re.compile(r"翌月末日?払"), DutyKind.PAYMENT,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "invoice"),
    # 毎月末日までに翌月分の賃料を支払う "pay each month's rent by the end of the month before"
    QualifierRule("payment_monthly", re.compile(r"毎月(?:末日|[0-9]{1,2}日)まで"), DutyKind.PAYMENT,
                  None, Direction.BEFORE, "rent_month",
                  after=re.compile(r"^[^。]{0,40}?(?:支払|振り込|振込|納付|入金)")),
    # 解約を希望する料金月の当月末日までに / 前月20日までに "by the end (or a day) of the month"
    QualifierRule("termination_month_end", re.compile(r"(?:当月|前月)(?:末日?|[0-9]{1,2}日)まで"),
                  DutyKind.TERMINATION_NOTICE,
                  None, Direction.BEFORE, "cancellation_date",
                  before=re.compile(r"(?:解約|解除)[^。]{0,20}$")),
    # 期間満了日までに…継続の意思表示 "say by expiry whether to continue"
    QualifierRule("renewal_by_expiry", re.compile(r"満了日まで"), DutyKind.RENEWAL_NOTICE,
                  Qualifier.BY_EXPIRY, Direction.BEFORE, "expiry",
                  after=re.compile(r"^[^。]{0,40}?(?:意思表示|申し出|申出|通知)")),
)


def find_qualifiers(compact: str) -> list[tuple[QualifierRule, re.Match[str]]]:
    """Every place a qualifier rule's wording occurs, in text order; the caller checks the clause."""
    found = [(rule, m) for rule in RULES for m in rule.word.finditer(compact)]
    found.sort(key=lambda pair: pair[1].start())
    return found


def qualifier_of(rule: QualifierRule, wording: str) -> Qualifier | None:
    return _QUALIFIERS.get(wording, rule.qualifier)


def _verb_kind_ok(rule: QualifierRule, after: str) -> bool:
    """For 速やかに-type wording, the return/data verb that comes first decides between the two rules."""
    if rule.word is not _PROMPT:
        return True
    m = re.search(rf"^{_UNTIL_VERB}(?:({RETURN_VERBS})|({DATA_VERBS}))", after)
    if not m:
        return False
    return (m.group(1) is not None) == (rule.kind is DutyKind.RETURN)
