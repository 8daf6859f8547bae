"""Duties without a number: 速やかに返還 (return promptly), 翌月末日までに支払う (pay by the end of
the next month), 終了日までに撤去 (remove by the last day), 直ちに通知 (notify at once, between
named parties) — only where they attach to a tracked duty, never for every 速やかに in a contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Direction, DutyKind, Party, Qualifier
from tracker.extract.context import Context
from tracker.extract.kinds.returns import DATA_VERBS, ENDING, HAND_OVER, RETURN_VERBS

# stop reading ahead at the end of the verb phrase: し、 / して / ものとし "shall"
_UNTIL_VERB = r"(?:(?!し、|して|ものとし)[^。]){0,70}?"


@dataclass(frozen=True)
class QualifierRule:
    """`word` finds the wording; `after` must follow it in the clause, `before` precede it,
    `around` appear anywhere in the item lead-in + clause, `clause` in the sentence."""

    name: str
    word: re.Pattern[str]
    kind: DutyKind
    qualifier: Qualifier | None
    direction: Direction
    anchor: str
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    around: re.Pattern[str] | None = None
    clause: re.Pattern[str] | None = None  # must appear in the sentence, before or after the wording
    default: Party | None = Party.CUSTOMER
    negotiated_only: bool = False  # only in a contract between named parties, not standard terms

    def fits(self, ctx: Context) -> bool:
        if self.after and not self.after.search(ctx.after):
            return False
        if self.clause and not self.clause.search(ctx.clause):
            return False
        if self.before and not self.before.search(ctx.before):
            return False
        if self.around and not self.around.search(ctx.whole):
            return False
        return _verb_kind_ok(self, ctx.after)


_PROMPT = re.compile(r"速やかに|すみやかに|直ちに|ただちに|即時に|遅滞なく")
_QUALIFIERS = {
    "速やかに": Qualifier.PROMPTLY,  # promptly
    "すみやかに": Qualifier.PROMPTLY,  # promptly, in kana
    "直ちに": Qualifier.IMMEDIATELY,  # immediately
    "ただちに": Qualifier.IMMEDIATELY,  # immediately, in kana
    "即時に": Qualifier.IMMEDIATELY,  # at once
    "遅滞なく": Qualifier.WITHOUT_DELAY,  # without delay
}
# the event that sets off a return: 終了 end / 解約・解除 termination / 満了 expiry /
# 退会 withdrawal / on request: 請求を受け・請求があ・求められ・求めがあ・要請・要求・指示があ / 不要 no
# longer needed
_RETURN_TRIGGER = re.compile(
    rf"{ENDING}|退会|請求を受け|請求があ|請求により|請求に応じ|求められ|求めがあ|求めにより|求めに応じ|要請|要求"
    r"|指示があ|不要"
)
# paying: 支払う pay, 前払い / 前納 prepay, 払い込む / 振り込む transfer, 納付 pay in, 入金 deposit
_PAY = r"支払|前払|前納|払い込|払込|振り込|振込|納付|入金"
# the last day of the contract: 終了日 / 満了日 / 解約日 / 明渡日 / 終了時 …まで "by the day it ends"
_BY_END = re.compile(r"(?:終了|満了|解約|解除|明渡し?|退去)(?:の|する|予定)?(?:日|時)まで(?=に|、)")
# the end of the month the contract ends in: 終了日の属する(当)月の末日まで / 解約日の属する月末まで /
# 退会日 "the day one leaves"
_END_MONTH = re.compile(
    r"(?:終了|満了|解約|解除|退会|退去)(?:日|する日|した日)の属する(?:当)?月の?末日?まで(?=に|、)"
)
# telling the other side: 通知 notify, 報告 report, 連絡 contact, 届け出 file, 知らせ inform
_TELL = r"通知|報告|連絡|届け出|届出|知らせ"
# 毎年3月31日 / 毎年4月末日 / 毎年度6月30日: a day that comes round each year
_YEAR_DAY = r"毎年度?[0-9]{1,2}月(?:[0-9]{1,2}日|末日?)"
# a claim made too late is lost: 権利を失う / 請求できない / 受け付けない / 応じない, or is a
# condition of the remedy: 適用を受けるには…申請しなければならない
_FORFEIT = re.compile(
    r"権利を失|権利は消滅|(?:請求(?:することが)?でき|受け?付け|応じ)(?:な|ません)|失効"
    r"|(?:申請|申し出|申出|請求)(?:を)?しなければ"
    r"|(?:経過|過ぎ)[^。]{0,30}(?:受ける|請求する)ことができ(?:な|ません)"
    r"|(?:返金|減額|補償|返還)を受けること(?:は)?でき(?:な|ません)"
)
# an application named before its deadline: 減免の申請を…までに行う "make the application by …"
_APPLIED = re.compile(r"(?:申し出|申出|請求|申請)を[^。、]{0,20}$")

# ending the contract: 解約 / 解除 / 退会 withdrawal / 退去 moving out (解約を希望する月の当月末日まで)
_ENDING_WISH = re.compile(r"(?:解約|解除|退会|退去)[^。]{0,20}$")

# the end of the next month as a deadline (…月から翌月末日まで "from … to the end of the next month" is
# a window, not a deadline)
_NEXT_MONTH_END = r"翌(?<!から翌)月末日?"  # the look-behind after 翌 keeps a literal first, for speed

RULES: tuple[QualifierRule, ...] = (
    # 明渡しがあったときは、遅滞なく敷金を返還する "return the deposit without delay" / 受領した金員を
    # すみやかに返還する "pay back the money received" / 速やかに代金を精算する "settle the price": money
    # handed back or settled is a payment, not a return
    QualifierRule("refund", _PROMPT, DutyKind.PAYMENT, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:敷金|保証金|預り金|預託金|金員|金額|代金|料金)[^。]{{0,20}}?"
                                   r"(?:返還|返金|返却|精算|清算)"),
                  default=Party.PROVIDER),
    # 終了後直ちに当社に返還 "return immediately after the end" (not 直ちに返還を請求することができる
    # "may demand the return at once": the demand is the prompt act, the return no one's deadline)
    QualifierRule("return", _PROMPT, DutyKind.RETURN, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:{RETURN_VERBS})(?!(?:を|の)?(?:請求|要求|求め|催告))"),
                  around=_RETURN_TRIGGER),
    # 本契約が終了したときは、直ちに顧客名簿を本部に引き渡す "hand the list over at once at the end"
    QualifierRule("hand_over", _PROMPT, DutyKind.RETURN, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:{HAND_OVER})"),
                  before=re.compile(rf"(?:{ENDING})[^。]{{0,20}}$")),
    # 終了後速やかにデータを削除 "delete the data promptly after the end"
    QualifierRule("data_deletion", _PROMPT, DutyKind.DATA_DELETION, None, Direction.AFTER, "termination",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:削除|消去|抹消)"),
                  around=re.compile(r"終了|解約|解除|満了|退会"),
                  default=Party.PROVIDER),
    # 滅失したときは直ちに相手方に通知する "notify at once of a loss": a party's own duty in a
    # negotiated contract (standard terms are full of such lines, which nobody tracks)
    QualifierRule("notice", _PROMPT, DutyKind.NOTIFICATION, None, Direction.AFTER, "incident",
                  after=re.compile(rf"^{_UNTIL_VERB}(?:{_TELL})"), negotiated_only=True),
    # 翌月末日までに / 翌月末日限り / 月末締め翌月末日に支払う "pay by (on) the end of the following month"
    QualifierRule("payment_next_month", re.compile(rf"{_NEXT_MONTH_END}(?:まで|限り|に)"), DutyKind.PAYMENT,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "invoice",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    # 請求書を受領した月の翌々月末日までに支払う "pay by the end of the second month after"
    QualifierRule("payment_month_after_next", re.compile(r"翌々月末日?(?:まで|限り)"), DutyKind.PAYMENT,
                  Qualifier.END_OF_MONTH_AFTER_NEXT, Direction.AFTER, "invoice",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    # 当月末日締め翌々月末日払い "closed at the month's end, paid at the end of the second month after"
    QualifierRule("payment_month_after_next_paid", re.compile(r"翌々月末日?払"), DutyKind.PAYMENT,
                  Qualifier.END_OF_MONTH_AFTER_NEXT, Direction.AFTER, "invoice"),
    # 当月末日締め翌月末日払い "closed at the month's end, paid at the end of the next"
    QualifierRule("payment_next_month_paid", re.compile(r"翌月末日?払"), DutyKind.PAYMENT,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "invoice"),
    # 毎月末日までに翌月分の賃料を / 当月分を当月末日までに / 前月末日までに支払う "pay by the end
    # of the month (before)"
    QualifierRule("payment_month_end", re.compile(r"(?:毎月|当月|前月)末日?(?:まで|限り)"), DutyKind.PAYMENT,
                  Qualifier.END_OF_MONTH, Direction.BEFORE, "rent_month",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    # 開始日の属する月の末日までに / 利用開始月の末日までに / 請求月の末日までに支払う "pay by the end of
    # the month the term starts in (the invoice is sent in)" (not 解約日の属する月の末日までの料金 "the
    # fees up to that month's end")
    QualifierRule("payment_month_of",
                  re.compile(r"(?:属する|開始|申込|請求|利用)月の末日?(?:まで(?=に|、)|限り)"),
                  DutyKind.PAYMENT, Qualifier.END_OF_MONTH, Direction.AFTER, "start",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    # 毎月10日までに前月分の報告書を提出する / 翌月7日までに報告書を提出する "report by the 10th of
    # each month / by the 7th of the next": a day of the month, not a length
    QualifierRule("notice_monthly", re.compile(r"(?:毎月|翌月の?)[0-9〇一二三四五六七八九十]{1,3}日まで"),
                  DutyKind.NOTIFICATION, None, Direction.AFTER, "month_end",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_TELL}|提出|送付)")),
    # 毎月25日までに支払う / 毎月27日に翌月分を支払う "pay by (on) the 25th of each month" (not the day
    # the month's account closes: 毎月20日に締め、翌月末日までに支払う)
    QualifierRule("payment_monthly", re.compile(r"毎月[0-9]{1,2}日(?:まで|に)"), DutyKind.PAYMENT,
                  None, Direction.BEFORE, "rent_month",
                  after=re.compile(rf"^(?:(?!締)[^。]){{0,40}}?(?:{_PAY})")),
    # 毎年3月31日までに年会費を支払う / 毎年4月末日までに前年度の実績を報告する "each year by a
    # day of the year": a yearly recurring deadline
    QualifierRule("payment_yearly", re.compile(rf"{_YEAR_DAY}(?:まで|限り|に)"), DutyKind.PAYMENT,
                  None, Direction.BEFORE, "year_day", after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    QualifierRule("notice_yearly", re.compile(rf"{_YEAR_DAY}まで"), DutyKind.NOTIFICATION,
                  None, Direction.BEFORE, "year_day",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_TELL}|提出|送付)")),
    # 毎年の契約応当日までに翌年度分の保守料を支払う "by each anniversary of the contract"
    QualifierRule("payment_anniversary", re.compile(r"毎年の?(?:契約)?応当日(?:まで|限り|に)"),
                  DutyKind.PAYMENT, None, Direction.BEFORE, "anniversary",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_PAY})")),
    # 翌月末日までに申し出ないときは返金を請求できない "a claim not made by the end of the next
    # month is lost"
    QualifierRule("claim_next_month", re.compile(rf"{_NEXT_MONTH_END}まで"), DutyKind.CLAIM_LIMITATION,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "period_end",
                  after=re.compile(r"^[^。]{0,40}?(?:申し出|申出|請求|申請)"), clause=_FORFEIT),
    # 返金の申請を対象月の翌月末日までに行わなければならず、経過した場合は返金を受けることができない
    # "the application, named first, must be made by the end of the next month or the remedy is lost"
    QualifierRule("claim_next_month_applied", re.compile(rf"{_NEXT_MONTH_END}まで"),
                  DutyKind.CLAIM_LIMITATION, Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "service_month",
                  before=_APPLIED, after=re.compile(r"^に?(?:行|し|なさ)"), clause=_FORFEIT),
    # 翌月末日までに報告書を提出する "report by the end of the following month"
    QualifierRule("notice_next_month", re.compile(rf"{_NEXT_MONTH_END}まで"), DutyKind.NOTIFICATION,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "month_end",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_TELL}|提出|送付)")),
    # 更新月の前月末日までに解約の意思表示をしない限り自動更新 "renews unless cancelled by the end
    # of the month before"
    QualifierRule("renewal_month_end", re.compile(r"(?:当月|前月)末日?まで"), DutyKind.RENEWAL_NOTICE,
                  Qualifier.END_OF_MONTH, Direction.BEFORE, "expiry",
                  after=re.compile(r"^[^。]{0,50}?(?:自動更新|自動的に(?:更新|継続|延長)|更新され)")),
    # 契約更新月に解約しない場合、…自動的に更新 "renews unless cancelled in the renewal month": the
    # renewal month is the one after the term's last month, so the cutoff is the end of the next month
    QualifierRule("renewal_in_renewal_month", re.compile(r"更新月(?:中|内|の間)?に"), DutyKind.RENEWAL_NOTICE,
                  Qualifier.END_OF_NEXT_MONTH, Direction.AFTER, "expiry",
                  after=re.compile(r"^[^。]{0,30}?(?:解約|退会|解除)(?:し|を申し出)(?:ない|なかった)"),
                  clause=re.compile(r"自動更新|自動的に(?:更新|継続|延長|設定)|更新され")),
    # 解約を希望する料金月の当月末日までに "by the end of the month of termination"
    QualifierRule("termination_month_end", re.compile(r"(?:当月|前月)末日?まで"),
                  DutyKind.TERMINATION_NOTICE, Qualifier.END_OF_MONTH, Direction.BEFORE, "cancellation_date",
                  before=_ENDING_WISH),
    # 毎月末日までに当月の実施状況を報告する "report on the month by its last day"
    # (after the termination rules: 解約を希望する月の当月末日までに申し出る is a termination notice)
    QualifierRule("notice_month_end", re.compile(r"(?:毎月|当月)末日?まで"), DutyKind.NOTIFICATION,
                  Qualifier.END_OF_MONTH, Direction.AFTER, "month_end",
                  after=re.compile(rf"^[^。]{{0,40}}?(?:{_TELL}|提出|送付)")),
    # 前月20日までに解約届を提出 "by the 20th of the month before"
    QualifierRule("termination_month_day", re.compile(r"(?:当月|前月)[0-9]{1,2}日まで"),
                  DutyKind.TERMINATION_NOTICE, None, Direction.BEFORE, "cancellation_date",
                  before=_ENDING_WISH),
    # 期間満了日までに…継続の意思表示 "say by expiry whether to continue"
    QualifierRule("renewal_by_expiry", re.compile(r"満了日まで"), DutyKind.RENEWAL_NOTICE,
                  Qualifier.BY_EXPIRY, Direction.BEFORE, "expiry",
                  after=re.compile(r"^[^。]{0,40}?(?:意思表示|申し出|申出|通知)")),
    # 次回更新日の前日までに解約しない限り自動的に更新 "renews unless cancelled by the day before"
    QualifierRule("renewal_day_before", re.compile(r"(?:満了日|更新日)の前日まで"), DutyKind.RENEWAL_NOTICE,
                  Qualifier.BY_EXPIRY, Direction.BEFORE, "expiry",
                  after=re.compile(r"^[^。]{0,50}?(?:自動更新|自動的に(?:更新|継続|延長)|更新され)")),
    # 解約は、次回更新日の前日までに行う "cancel by the day before the renewal date" (a subscription's
    # cutoff, the automatic renewal told elsewhere)
    QualifierRule("renewal_day_before_cancel", re.compile(r"(?:満了日|更新日)の前日まで"),
                  DutyKind.RENEWAL_NOTICE, Qualifier.BY_EXPIRY, Direction.BEFORE, "expiry",
                  clause=re.compile(r"解約|退会|停止")),
    # 終了日までに所有物を撤去し明け渡す "remove one's things by the last day"
    QualifierRule("return_by_end", _BY_END, DutyKind.RETURN, Qualifier.BY_EXPIRY, Direction.BEFORE,
                  "termination", after=re.compile(rf"^{_UNTIL_VERB}(?:{RETURN_VERBS})")),
    # 終了日の属する月の末日までに荷物を撤去する "clear out by the end of the month the contract
    # ends in"
    QualifierRule("return_month_of_end", _END_MONTH, DutyKind.RETURN, Qualifier.END_OF_MONTH,
                  Direction.AFTER, "termination", after=re.compile(rf"^{_UNTIL_VERB}(?:{RETURN_VERBS})")),
    # 終了日までにデータを移行する "move the data out by the last day" (the user's last day)
    QualifierRule("export_by_end", _BY_END, DutyKind.DATA_DELETION, Qualifier.BY_EXPIRY, Direction.BEFORE,
                  "termination",
                  after=re.compile(r"^[^。]{0,40}?(?:移行|ダウンロード|エクスポート|取り出|バックアップ)")),
    # 更新料を更新日(の前日)までに支払う "pay the renewal fee by the renewal date (or the day before)"
    QualifierRule("payment_by_renewal", re.compile(r"更新日(?:の前日)?まで"), DutyKind.PAYMENT,
                  Qualifier.BY_EXPIRY, Direction.BEFORE, "expiry",
                  after=re.compile(rf"^[^。]{{0,30}}?(?:{_PAY})")),
)


# each distinct wording with the rules (by their place in RULES) that share it: one scan per wording
_BY_WORD: dict[str, tuple[re.Pattern[str], list[int]]] = {}
for _index, _rule in enumerate(RULES):
    _BY_WORD.setdefault(_rule.word.pattern, (_rule.word, []))[1].append(_index)


def find_qualifiers(compact: str) -> list[tuple[QualifierRule, re.Match[str]]]:
    """Every place a qualifier rule's wording occurs, in text order (rules in RULES order at one
    place); the caller checks the clause."""
    found = [(m.start(), i, m) for word, indices in _BY_WORD.values() for m in word.finditer(compact)
             for i in indices]
    found.sort(key=lambda entry: entry[:2])
    return [(RULES[i], m) for _, i, m in found]


def qualifier_of(rule: QualifierRule, wording: str) -> Qualifier | None:
    return _QUALIFIERS.get(wording, rule.qualifier)


def _verb_kind_ok(rule: QualifierRule, after: str) -> bool:
    """For 速やかに-type wording, the verb that comes first (return, data, or telling) picks the rule."""
    if rule.word is not _PROMPT or rule.kind is DutyKind.PAYMENT:
        return True  # a deposit paid back (敷金を返還) is a payment, though its verb is a return's
    m = _FIRST_VERB.search(after)
    if not m:
        return False
    return _VERB_KINDS[m.lastindex or 0] is rule.kind


_FIRST_VERB = re.compile(rf"^{_UNTIL_VERB}(?:({RETURN_VERBS}|{HAND_OVER})|({DATA_VERBS})|({_TELL}))")
_VERB_KINDS = {1: DutyKind.RETURN, 2: DutyKind.DATA_DELETION, 3: DutyKind.NOTIFICATION}
