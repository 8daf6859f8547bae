"""The obligor of one duty: who must act, read from its clause with the document's party words.

Kinds with a fixed side come first (a term binds no one, a confidentiality duty binds both);
a cure or a default binds the party in breach; a claim binds the side opposite the liable one, or
either side between named parties; otherwise the speaker, the nearest subject, the other side of
the addressee, the item lead-in's subject, and finally the rule's default, in that order.
"""

from __future__ import annotations

import re

from tracker.domain import DutyKind, Party
from tracker.extract.context import Context
from tracker.extract.parties import Found, Parties

_OTHER = {Party.CUSTOMER: Party.PROVIDER, Party.PROVIDER: Party.CUSTOMER, Party.BOTH: Party.BOTH}
# the party that breaches: Xが…違反 / 怠 "fails" / 支払わ "does not pay" / 該当 "falls under" /
# 遅滞・遅延・滞納 "is late with"
_BREACH = r"が、?[^。]{0,40}?(?:違反|怠|支払わ|不履行|該当|遅滞|遅延|滞納)"
# the party a clause is about: Xについて、… "as for X" (停止を受けた会員について、…解消されないとき)
_CONCERNED = r"(?:について|に関して|に関し)、"
# what the party entitled does to a party in breach: 解除 / 解約 terminate, 停止 suspend
_ENDS = re.compile(r"解除|解約|停止")
# the party a demand is made of: Xに対して、7日間の猶予期間を定めて催告し
_DEMANDED = r"に対し(?:て)?、?"
# the party a notice comes from, right before the period: 甲又は乙から、期間満了の…前までに
_FROM_BEFORE = r"(?:の?(?:いずれ|一方))?から(?:も)?、[^。、]{0,12}$"
# …or right after it: 満了の1か月前までに、X又はYのいずれからも解約の申出がないとき
_FROM_AFTER = r"の?(?:いずれ|一方)から(?:も)?"
# the party liable: Xの(契約不適合)責任 / Xの責による / Xの責めに帰す
_LIABLE = r"の[^。、]{0,8}?責(?:任|め|に帰|による)"
# a heading naming whose duties an article lists: 甲の義務 / 乙の責務 / 会員の遵守事項
_DUTIES_OF = r"の(?:義務|責務|遵守事項)"
# the party a claim must reach in time: 当社に対して通知があったときに限り "only if 当社 is told"
_NOTIFIED = r"に対し(?:て)?、?[^。、]{0,6}?(?:通知|請求|申出|申し出)"
# relief from a charge: 課金対象外 "not charged", 料金の免除 "fee waived", 返金 "refund"
_RELIEF = re.compile(r"課金対象外|請求対象外|(?:料金|代金|費用)[^。、]{0,6}?免除|返金|払戻|払い戻")
# the party paid: Xの報酬 "X's fee" / Xの手数料 / Xの委託料 goes to X, so the other side pays
_PAID_TO = r"の(?:報酬|手数料|委託料|紹介料|仲介料)"
# the verb right after the period, in the same phrase, of a clause with no subject in a provider's
# standard terms: asking the customer (ください / いただきます / お願い) or the provider's own polite
# act (お渡しします / 行います; not とします, which defines rather than acts)
_ASKED = re.compile(r"^[^。、]{0,40}?(?:ください|下さい|いただ(?:き|け|く)|お願い)")
_OWN_ACT = re.compile(r"^[^。、]{0,40}?(?:(?<!と)します|(?<!と)いたします|行います|差し上げます)。?$")
# the liable party's own remedy as a verb: 修補する repair, 交換する replace, 追完する make good
# (not a remedy the other side asks for: 無償修理…を請求する)
_REMEDY = re.compile(r"(?:修補|修理|補修|交換|追完)(?:する|します|を行)")
# words referring to the clause before: 前項 the last paragraph / 前各項 / 本条 this article / この義務
_REFERS_BACK = re.compile(r"前項|前各項|本条|この義務|同項")
# the party whose contact goes unanswered: Xからの(電子メールによる)連絡 / 問合せ "inquiry" / 照会, also
# Xの電話による連絡 "X's calls"
_CONTACT = r"(?:から)?の[^。、（）()]{0,20}?(?:連絡|問合せ|問い合わせ|照会)"
# the party who cannot be reached: Xとの連絡 "contact with X"
_REACHED = r"との[^。、]{0,20}?連絡"
# money left unpaid: 支払わない / 支払を怠 / 支払がない; between parties named only as 相手方 "the
# other party" the one who pays is the customer
_UNPAID = re.compile(r"支払わ|支払(?:い)?を怠|支払(?:い)?が(?:な|され)|支払(?:い)?を遅滞|滞納")
# an act left undone within the period: 回答しないとき / 応答がない場合
_FAILS = re.compile(r"^[^。、]{0,20}?(?:しない|しなかった|せず|がない|がなかった)")
# a customer's own deadline in data clauses: ダウンロード / エクスポート / 取り出 "retrieve", before
# any deletion (30日以内にデータを削除するものとし、会員はその前日までにダウンロード: the deletion's)
_CUSTOMER_DATA = re.compile(
    r"^(?:(?!削除|消去|抹消)[^。]){0,60}?(?:ダウンロード|エクスポート|取り出|引き出|移行)"
)


def resolve(kind: DutyKind, default: Party | None, ctx: Context, parties: Parties) -> Found:
    if default is None:
        return Found(None, True)
    if kind is DutyKind.CONFIDENTIALITY:
        # 前項の義務は…存続する "the duty of the last paragraph survives": whoever that one binds
        prior = parties.subject(ctx.prior) if _REFERS_BACK.search(ctx.before) else None
        # 本契約終了後3年間、乙は秘密保持義務を負う: the subject may follow the period
        after = parties.subject(ctx.after[:15])
        return Found(parties.subject(ctx.before) or after or prior or Party.BOTH, True)
    if kind is DutyKind.ABOLITION_NOTICE:
        return Found(Party.PROVIDER, True)
    if kind is DutyKind.DATA_DELETION:
        if _CUSTOMER_DATA.search(ctx.after):
            return Found(Party.CUSTOMER, True)
        return Found(Party.PROVIDER, False)
    if kind in (DutyKind.CURE, DutyKind.DEFAULT):
        # the party in breach or in default, not the one who may then terminate (当社は、契約者が…)
        party = (
            parties.marked(ctx.lead + ctx.before, _BREACH)
            or parties.subject(ctx.before, topic=False)
            or parties.subject(ctx.lead, topic=False)
            or parties.marked(ctx.lead + ctx.before, _CONCERNED)
            or parties.marked(ctx.lead + ctx.before, _DEMANDED)
            or parties.subject(ctx.after[:30], topic=False)  # 通知後7日以内に会員が…しないとき
        )
        if party is Party.BOTH and _UNPAID.search(ctx.clause):
            return Found(Party.CUSTOMER, True)  # 相手方が…代金を支払わないとき: the payer
        if party:
            return Found(party, True)
        actor = parties.subject(ctx.before)
        if kind is DutyKind.CURE and actor:
            # 当社は、通知後10営業日以内に違反が治癒されないときは解除できる: the other side cures;
            # 乙は、通知を受けた日から3日以内に再作業を行う "乙 redoes the work": the topic cures
            return Found(_OTHER[actor] if _ENDS.search(ctx.after) else actor, True)
        if kind is DutyKind.DEFAULT:
            # the one who pays, not the one who then suspends (当社は、…支払期日から14日経過後に停止)
            return Found(default, False)
    if kind is DutyKind.RESPONSE:
        # the one who answers: the side opposite the one who asked (当社は、…当社からの連絡に対し
        # 30日間応答がない場合、停止できる), else the subject, else the side opposite the speaker
        party = parties.marked(ctx.lead + ctx.clause, _REACHED)
        if party:
            return Found(party, True)
        party = parties.marked(ctx.lead + ctx.clause, _CONTACT)
        if party:
            return Found(_OTHER[party], True)
        # where the answer fails to come (…以内に回答しないとき), the subject nearest the period (当社は、
        # …通知し、会員が通知を受けた日から7日以内に回答しないとき: the one told); else the topic (当社は、
        # 会員が送信した問合せに対し…回答します: 会員が only names the sender)
        party = parties.subject(ctx.before, nearest=_FAILS.search(ctx.after) is not None)
        if party:
            return Found(party, True)
        party = parties.speaker(ctx.clause)
        if party:
            return Found(_OTHER[party], True)
    if kind is DutyKind.CLAIM_LIMITATION:
        # 乙の契約不適合責任の期間 "the time 乙 is liable": the other side claims
        liable = (
            parties.marked(ctx.lead + ctx.before, _LIABLE)
            or parties.marked(ctx.after[:40], _LIABLE)  # 12ヶ月間に発見された、乙の責による瑕疵
            or parties.marked(ctx.after[:30], _NOTIFIED)
        )
        if not liable and _REMEDY.search(ctx.after):
            liable = parties.subject(ctx.before)  # 乙は、…発見された場合、無償で修補する
        if liable:
            return Found(_OTHER[liable], True)
        if _RELIEF.search(ctx.clause):
            return Found(Party.CUSTOMER, True)  # a refund or a charge waived is asked by the one who pays
        if not parties.standard_terms:
            # between named parties either side may claim; standard terms limit the customer's
            default = Party.BOTH
    if kind in (DutyKind.RENEWAL_NOTICE, DutyKind.TERMINATION_NOTICE):
        # 甲又は乙から、期間満了の3か月前までに…通知がない限り "unless either gives notice": the
        # party the notice comes from, named before the period with the notice after it
        party = parties.marked(ctx.before, _FROM_BEFORE) or parties.marked(ctx.after[:30], _FROM_AFTER)
        if party:
            return Found(party, True)
        if parties.lettered and not parties.standard_terms:
            default = Party.BOTH  # 解約は30日前の書面通知による between named parties: either may end it
    if kind is DutyKind.PAYMENT:
        payee = parties.marked(ctx.lead + ctx.clause, _PAID_TO)  # 乙の報酬は…翌月末日までに振り込む
        if payee in _OTHER and not parties.subject(ctx.before):
            return Found(_OTHER[payee], True)
    if kind is DutyKind.NOTIFICATION and "秘密" in ctx.whole:
        # designating information as confidential falls to whichever side discloses it
        default = Party.BOTH
    for party in (
        parties.label(ctx.before),  # a table cell: 借主1か月 / 貸主6か月
        parties.speaker(ctx.clause),
        parties.subject(ctx.before),
        parties.subject(ctx.after[:25]),  # 2か月前までに双方が合意した場合: the subject just after
        parties.marked(ctx.heading, _DUTIES_OF),
        parties.addressee_other(ctx.clause),
        parties.subject(ctx.lead),
    ):
        if party:
            return Found(party, True)
    if parties.standard_terms and default is not None and default is not Party.BOTH:
        # …前日までにお渡しします: the provider speaking of its own act; …ご連絡ください: the customer
        if _ASKED.search(ctx.after):
            return Found(Party.CUSTOMER, False)
        if _OWN_ACT.search(ctx.after):
            return Found(Party.PROVIDER, False)
    return Found(default, False)
