"""Rules for duties that run on their own clock: confidentiality, claims, inspection, payment."""

from __future__ import annotations

from tracker.domain import DutyKind, Party
from tracker.extract.kinds.rule import AFTER, NEXT_PHRASE, Rule
from tracker.extract.periods import Cue

_SOON = frozenset({Cue.WITHIN, Cue.LAPSE})

RULES: tuple[Rule, ...] = (
    # 支払期日は、検針日の翌日から起算して30日目の日とする / 支払期限は請求日から30日後とする "the due
    # date is the 30th day from …": the due date itself, not a default after it
    Rule("payment_due_date", DutyKind.PAYMENT, 90, AFTER,
         before=r"(?:支払期日|支払い期日|支払期限|支払日|納付期限)は、?[^。]{0,30}?(?:から|より)(?:起算して)?$",
         after=r"^(?:目の日|目|後の日|を経過した日)?(?:まで)?(?:とし|とする|とします|と定め)",
         anchor="invoice",
         example="本件代金の支払期限は、請求書の到達日から45日後とする。"),
    # 受領後5日以内に書面による申入れをしない場合 "unless a written objection comes within 5 days":
    # the notice due in the period, not what follows its absence (…委託料を請求する); a notice whose
    # absence ends a right (権利を失う) is a claim limit below
    Rule("notice_or_else", DutyKind.NOTIFICATION, 219, AFTER,
         after=r"^[^。、]{0,25}?(?:申入れ|申し入れ|申出|申し出)を?(?:しない|しなかった|行わない)(?:とき|場合)",
         unless=r"消滅|免れ|権利を失|失効",
         example="乙は、報告書を受領後5日以内に甲に対し書面による申入れをしない場合、報告書を承認したものとする。"),
    # 請求をし得ることとなった日から6ヶ月を経過するまでに請求をしなかった / 1年以内に行わなければ
    # "a claim not made within …" (損害 damage, 賠償 compensation, 不適合 non-conformity)
    # 3か月以内に行わなかったときは、その権利を失う "not made within three months, the right lapses";
    # the claim is the act due in the period, not a later one (消去し、…の請求があるときは "on request"),
    # nor the amount claimed (その請求に係る金額を支払う "pay the amount claimed"), nor a plain duty to
    # notify (通知しなければならない "must notify", whatever its heading)
    Rule("claim_limitation", DutyKind.CLAIM_LIMITATION, 220, AFTER,
         after=r"^(?:(?!し、)[^。]){0,45}?(?:請求(?!があ|に係る|額|書|金額|に基づ|に必要|に要す|のため)|提訴|訴え|訴訟|権利を行使|行使し|行わなければ"
               r"|行わなかった|しなかった|申請|通知し(?:た場合|なければ(?!な))|権利を失|権利は消滅"
               r"|時効(?:によ(?:って|り))?消滅"  # 1年を経過したときは時効によって消滅する
               r"|(?:返金|補償|賠償|減額)を求め"  # 30日以内であれば返金を求めることができる
               r"|(?:返金|払戻し?|払い戻し)(?:を|の)?(?:お?申し出|お?申出|請求)"  # 払戻しをお申し出
               r"|通知(?:を発)?を?しない[^。]{0,30}?(?:消滅|免れ|権利を失)"  # 通知を(発)しないときは…消滅
               r"|(?:通知|申出|申し出)(?:が|の)あった(?:とき|場合)に限)",  # 通知があったときに限り
         around=r"請求|損害|賠償|不適合|瑕疵|補償|返金|払戻|払い戻|減額|訴|債権|時効|責任は消滅|消滅する|課金対象外"
                r"|免除",
         anchor="claim_arises",
         example="買主が受領後10日以内に不足の通知をしないときは、売主の責任は消滅する。"),
    # 代替品を求める場合 / 返金を希望する場合、10日以内に申し出なければならない "to ask for a remedy, say so
    # within ten days": the remedy is lost after that
    Rule("claim_request", DutyKind.CLAIM_LIMITATION, 221, frozenset({Cue.WITHIN, Cue.LAPSE}),
         before=r"(?:を求める|を請求する|の請求をする|(?:返金|補償|賠償|減額|交換|返品|修補|修理)を希望する)"
                r"(?:場合|とき)(?:は|には)?、[^。]{0,30}$",
         after=r"^[^。]{0,20}?(?:申し出|申出|請求し|通知し)なければ", anchor="claim_arises",
         example="会員は、返金を希望する場合、請求日から30日以内に当社に申し出なければならない。"),
    # 前項の請求は、引渡しの時から1年以内にしなければならない "the claim must be made within a year"
    Rule("claim_topic", DutyKind.CLAIM_LIMITATION, 222, frozenset({Cue.WITHIN, Cue.LAPSE}),
         before=r"(?:請求|訴え|権利の行使|申出)(?:は|を)、?[^。]{0,30}$",
         after=r"^[^。]{0,6}?(?:しなければ|行わなければ|行使しなければ|提起しなければ|する必要)",
         anchor="claim_arises",
         example="前項の損害賠償の請求は、損害を知った時から六か月以内にしなければならない。"),
    # 秘密保持…終了後においても2年間有効 "confidentiality survives for two years" (存続条項, the
    # survival clause of a confidentiality agreement, counts too); …終了後2年間、第三者に開示しない /
    # 開示してはならない / 漏えいしません "not to disclose or leak", 秘密を守る "keep secret" for that long
    Rule("confidentiality", DutyKind.CONFIDENTIALITY, 240, AFTER,
         around=r"秘密|機密|存続",
         after=r"^[^。]{0,20}?(?:有効|存続|継続|効力|負う|負担|保持|適用|守(?:る|り|ら)"
               r"|(?:開示|漏えい|漏洩|提供|公開)(?:して|しな|せず|しま|することはでき|することができ))",
         anchor="termination", obligor=Party.BOTH,  # both, unless one party is the subject
         example="本契約の終了後2年間、受託者は本件の秘密を保持する。"),
    # 本契約の終了後2年間、同種又は類似の事業を営んではならない "no competing business for two years
    # after the end": a restraint that outlives the contract, read like secrecy
    Rule("non_compete", DutyKind.CONFIDENTIALITY, 241, AFTER,
         before=r"(?:終了|満了|解約|解除)(?:した日|の日)?(?:後|から)(?:も|においても)?、?$",
         after=r"^[^。]{0,60}?(?:競業|競合|同種|類似)[^。]{0,40}?(?:してはならな|しては?ならない|しない|しません"
               r"|営ま|営ん|営ませ|行わな|行っては)",
         anchor="termination", obligor=Party.BOTH,
         example="加盟者は、本契約の終了後2年間、本部の事業と同種又は類似の事業を自ら営んではならない。"),
    # 契約不適合責任の期間は引渡し後1年間 "liability for non-conformity lasts a year": the claim window
    # 本契約終了後も、第8条及び本条の規定はなお3年間効力を有する "these clauses survive three years":
    # the duty of the article cited (第8条（秘密保持）: confidentiality; 第9条（資料の返還）: a return),
    # else confidentiality, which outlives a contract most often
    Rule("survival", DutyKind.CONFIDENTIALITY, 239, AFTER,
         before=r"終了後[^。]{0,40}$", after=r"^[^。]{0,6}?(?:効力を有|有効に存続|存続)",
         around=r"規定|条項|本条", anchor="termination", obligor=Party.BOTH, cited=True,
         example="本契約終了後も、第9条及び第11条の規定は、なお2年間効力を有する。"),
    Rule("claim_window", DutyKind.CLAIM_LIMITATION, 230, AFTER,
         around=r"契約不適合責任|瑕疵担保責任|担保責任の期間|責任期間", anchor="delivery",
         example="乙の契約不適合責任の期間は、検収の日から6か月とする。"),
    # 本製品の保証期間は、納品日から1年間 / 保証期間（検収日から6か月） "the warranty runs a year from
    # delivery": the time the buyer has to claim a repair, like a liability period
    Rule("warranty_window", DutyKind.CLAIM_LIMITATION, 231, AFTER,
         before=r"保証期間(?:は、?|[（(])[^。（(]{0,25}$", anchor="delivery",
         example="本製品の保証期間は、引渡しの日から1年間とする。"),
    # 引渡し後1年以内に契約不適合が発見された場合 "non-conformity found within a year of delivery"
    # (not after a check: 受領後7日以内に動作を確認し、不具合を発見した場合 is the inspection)
    Rule("defect_window", DutyKind.CLAIM_LIMITATION, 232, AFTER,
         after=r"^(?:(?!確認|検査|点検|検品|検収)[^。]){0,12}?(?:契約不適合|不適合|瑕疵|欠陥|不具合)[^。]{0,8}?"
               r"(?:発見|判明|見つか)"
               # 納入後6か月以内に発見された不具合 "defects found within six months"
               r"|^[^。]{0,6}?(?:発見|判明)(?:され|し)た(?:契約不適合|不適合|瑕疵|欠陥|不具合)",
         anchor="delivery",
         example="乙は、成果物の納入後6か月以内に発見された不具合を無償で修補する。"),
    # 検収期間は納品後10営業日とする "the acceptance period is 10 business days after delivery"
    Rule("inspection_period", DutyKind.INSPECTION, 740, AFTER,
         around=r"検収期間|検査期間", anchor="delivery",
         example="検収期間は、納品後10営業日とする。"),
    # 作業の完了後7日以内に検査 "inspect within 7 days of completion"; 受領後5日以内に承認し、又は修正を
    # 求める "approve the draft or ask for corrections"; not where a report is handed in first
    # (完了報告書を提出し、甲の確認を受ける: the report is the duty), nor a check on the way to a payment
    # (内容を確認し、支払う), nor a notice that something was approved (承認した旨を通知)
    Rule("inspection", DutyKind.INSPECTION, 750, _SOON,
         after=r"^(?:(?!(?:提出|報告|通知|送付)(?:し|す))[^。]){0,30}?"
               r"(?:(?:検査|検収|点検)(?!記録|報告書|表)|確認(?!のうえ|の上|書|通知|報告|し、[^。]{0,15}?(?:支払|振り込|振込))"
               r"|検品"
               r"|承認(?:し(?!た旨)|する(?!旨)|を行|又は|または)"
               r"|修正(?:を指示|を求め|の指示|指示|依頼))",
         anchor="completion",
         example="甲は、納品物の納入を受けた日から十日以内に検査を行う。"),
    # 請求書の発行日から30日以内に支払う "pay within 30 days of the invoice" (精算 settle, 預託 deposit
    # with, 返金/払い戻す refund, as verbs: 返金しません "no refund" is none); the
    # payment in the same verb phrase, not one after the next (…以内に請求書を発行し、甲は…支払う)
    Rule("payment", DutyKind.PAYMENT, 760, _SOON | {Cue.NONE},
         after=rf"^(?:(?!{NEXT_PHRASE})[^。]){{0,40}}?(?:支払|支払い|前払|前納|振り込|振込|納付|入金|弁済|精算|預託|預け入れ|差し入れ"
               r"|返金(?:する|します|し、|いたします)|払い戻(?:す|し、|します)|払戻(?:す|し、|します))",
         anchor="invoice",
         example="甲は、請求書を受領した日から30日以内に委託料を乙に支払う。"),
    # 旅行開始前の解除にあっては解除の翌日から7日以内に、…にあっては30日以内に払い戻します "refunds within
    # 7 days in one case, 30 in another": under a refund heading the sentence's own verb, however far
    Rule("payment_refund", DutyKind.PAYMENT, 762, _SOON,
         around=r"払戻し|払い戻し|返金", after=r"^[^。]{0,100}?(?:払い戻|払戻|返金)(?:します|す|いた|し、)",
         anchor="termination",
         example="第15条（返金）\n中途解約による返金については解約日の翌日から数えて10日以内に、サービス内容の"
                 "縮小に伴う返金については縮小を実施した月の末日から数えて30日以内に、当社は会員の指定口座へ"
                 "差額を払い戻します。"),
    # 毎月末日締め翌月10日払いとする "closed at the month's end, paid on the 10th of the next month"
    Rule("payment_paid_on", DutyKind.PAYMENT, 761, frozenset({Cue.NONE}),
         before=r"翌月の?$", after=r"^払い?(?!込|戻)", anchor="month_end",
         example="委託料は、毎月末日締め翌月20日払いとする。"),
)
