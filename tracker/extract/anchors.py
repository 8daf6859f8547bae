"""Anchors: the event a period runs from or to, read from the words next to the period.

The table lists (pattern, anchor name); the match nearest before the period wins, else the
first one just after it (…3ヶ月以上先の廃止効力の発生期日).
"""

from __future__ import annotations

import re

ANCHORS: tuple[tuple[str, str], ...] = (
    (r"満了|更新日", "expiry"),  # expiry of the term / the renewal date
    (r"希望日|解約日|解除日|解約を希望|解約しようとする日", "cancellation_date"),  # the chosen end date
    (r"到達|届出が到達", "notice_arrival"),  # a notice reaching the other side
    (r"納品|納入|引渡|引き渡|提供を受けた日", "delivery"),  # delivery of goods, work or software
    (r"完了", "completion"),  # completion of work
    (r"検収(?:完了)?|検査に合格|合格した", "acceptance"),  # acceptance after an inspection
    (r"開始日|利用開始|締結日|契約日|発効日|別途定めた日", "start"),  # start of the contract
    (r"開示", "disclosure"),  # disclosure of information
    (r"請求書|請求月", "invoice"),  # an invoice, the month it is sent in
    (r"利用月", "usage_month"),  # the month the service was used in
    (r"翌月の?$", "month_end"),  # 翌月5営業日以内: counted from the end of the month
    (r"支払期限|支払期日|支払い期日", "payment_due"),  # a payment due date
    (r"請求をし得る|請求し得る|知った|事実が生じた", "claim_arises"),  # the claim arising
    (r"発生|障害|事故|漏えい|判断した時点|稼働不良", "incident"),  # an incident
    # learning of a leak or a loss (漏えいが生じたことを知った時から): the incident, not a claim
    (r"(?:漏えい|漏洩|事故|障害|盗難|紛失|滅失|毀損|不正使用|不正アクセス)[^。]{0,20}知った", "incident"),
    (r"復旧(?:した|後)", "recovery"),  # service restored after an outage
    (r"最終更新日?", "last_update"),  # the last update of a record
    # the user's last login or use
    (r"最終(?:の)?(?:ログイン|利用|アクセス)|最後に(?:ログイン|利用|アクセス)", "last_login"),
    (r"違反した", "violation"),  # a breach
    # notice of a breach (是正の請求を受けた日: the request is a demand to cure)
    (r"催告|通知後|通知を受け|是正を求める通知|是正の請求(?:を受け)?|是正を求められ", "violation_notice"),
    (r"削除され|(?:削除|消去)(?:後|した)", "data_deletion"),  # an earlier deletion
    (r"返却を受け|返還を受け|(?:返却|返還)(?:後|した日)", "return"),  # a return of goods
    # a request by the other side (a return on request, 請求があったときは返還, keeps the end of the
    # contract as its anchor: the request has no date to plan from)
    (r"請求を受け|請求を受領|求められ|要請", "request"),
    (r"注文(?:書)?を受領|注文を受け|発注を受け", "order_receipt"),  # an order received
    (r"報告書(?:を|の)受領", "report_receipt"),  # a report received
    (r"問(?:い)?合(?:わ)?せを受け", "inquiry"),  # an inquiry received
    (r"再委託(?:を開始|の開始)", "subcontract_start"),  # a subcontractor starting work
    (r"監査(?:予定日|実施日|の実施日|を実施する日)", "audit"),  # an audit
    (r"作業(?:の)?(?:実施|予定)日|メンテナンス(?:の)?(?:実施|予定)日", "maintenance"),  # planned work
    (r"(?:記録|ログ)を?(?:取得|作成)(?:し、?(?:取得|作成)した日)?", "log_creation"),  # a log kept from …
    (r"(?:利用|提供)?停止(?:の日|した日|された日)", "suspension"),  # a suspension of the service
    (r"(?:対象|当該)(?:月|期間)の末日", "period_end"),  # the end of the month a credit is for
    (r"明渡し?(?:が|を)?完了|明渡しを受け|明け渡しを受け", "surrender"),  # premises handed back
    # a change taking effect
    (r"変更予定日|変更日|変更が生じた|適用日|効力発生|変更の効力", "change_effective"),
    (r"廃止", "abolition"),  # discontinuation of the service
    (r"終了|解約|解除|明渡", "termination"),  # the end of the contract
)

_TABLE = tuple((re.compile(p), name) for p, name in ANCHORS)
# 利用開始日の属する月の初日から1年間 "a year from the first day of the month the service starts in"
_MONTH_OF_START = re.compile(r"属する月の(?:初日|1日|一日)(?:から|より)(?:起算して)?$")
_BEFORE_WINDOW = 30
_AFTER_WINDOW = 20


def phrase_start(before: str) -> int:
    """Where in `before` the nearest anchor word begins (期間満了30日前: at 満了), so that a duty's
    span shows the event with the period; len(before) where no anchor word is near."""
    window_start = max(0, len(before) - _BEFORE_WINDOW)
    best: tuple[int, int] | None = None
    for pattern, _ in _TABLE:
        for m in pattern.finditer(before, window_start):
            if best is None or (m.end(), -m.start()) > (best[0], -best[1]):
                best = (m.end(), m.start())
    return best[1] if best else len(before)


def find_anchor(before: str, after: str) -> str | None:
    """The anchor named nearest before the period, else just after it, or None."""
    window = before[-_BEFORE_WINDOW:]
    best: tuple[int, int, str] | None = None  # (end, -start, name): the nearest, then the longest
    for pattern, name in _TABLE:
        for m in pattern.finditer(window):
            if best is None or (m.end(), -m.start()) > best[:2]:
                best = (m.end(), -m.start(), name)
    if best:
        return best[2]
    window = after[:_AFTER_WINDOW]
    first: tuple[int, str] | None = None
    for pattern, name in _TABLE:
        found = pattern.search(window)
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), name)
    return first[1] if first else None


def month_of_start(anchor: str | None, before: str) -> str | None:
    """"start_month" for a period counted from the first day of the start's month, else `anchor`."""
    return "start_month" if anchor == "start" and _MONTH_OF_START.search(before) else anchor
