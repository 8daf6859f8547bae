"""Rules for the contract's length: initial and renewal terms, renewal cutoffs, minimum terms."""

from __future__ import annotations

from tracker.domain import DutyKind
from tracker.extract.kinds.rule import AFTER, BEFORE, Rule
from tracker.extract.periods import Cue

_LENGTH = frozenset({Cue.DURATION, Cue.NONE})
# the validity of points, coupons, tickets, a quotation, a password, a code or a link is not the
# contract's term
_NOT_THE_CONTRACT = r"ポイント|クーポン|チケット|見積|パスワード|認証コード|確認コード|トークン|URL|リンク"
# periods named for another purpose (warranty, storage, grace, inspection, notice) are not terms
_OTHER_PERIODS = (
    r"保証期間|保管期間|保存期間|猶予期間|準備期間|検収期間|検査期間|責任期間|責任の期間|予告期間|"
    + _NOT_THE_CONTRACT
)

RULES: tuple[Rule, ...] = (
    # 最低利用期間 / 最低レンタル期間 / 最低賃貸借期間 "minimum term (of use, rental, lease)"; under a
    # heading naming both (契約期間及び最低利用期間) a clause about the contract's own term (…期間は,
    # its renewal) is the term, not the minimum
    Rule("minimum_term", DutyKind.MINIMUM_TERM, 250, AFTER,
         around=r"最低(?:ご)?(?:[一-龥]{1,4}|[ァ-ヶー]{2,8})?期間",
         unless=r"^(?!.*最低)(?=.*(?:期間は|更新))",
         anchor="start", lookup=False,
         example="最低賃貸借期間は、契約開始日から6か月とする。"),
    # 利用開始日から1年間は解約できない "cannot be ended for the first year"
    Rule("minimum_term_implied", DutyKind.MINIMUM_TERM, 260, _LENGTH,
         after=r"^(?:は|の間は|を経過するまでは?)、?[^。]{0,20}?(?:解約|解除|退会)(?:すること)?(?:が|は)?でき(?:ない|ません)",
         anchor="start", lookup=False,
         example="会員は、入会日から6か月間は退会することができません。"),
    # 終了日の3か月前までに通知することにより、更新しないことができる "may decline renewal on
    # three months' notice"
    Rule("renewal_declined", DutyKind.RENEWAL_NOTICE, 310, BEFORE,
         after=r"^[^。]{0,40}?(?:更新しない|更新を拒絶|更新拒絶|更新を希望しない|更新を行わない)",
         anchor="expiry", lookup=False,
         example="甲は、契約終了日の3か月前までに書面で通知することにより、本契約を更新しないことができる。"),
    # 期間満了30日前までに / 満了の日の2か月間前までに "N before expiry", where the sentence is about
    # the contract going on or ending (not 満了の3か月前までに賃料改定の有無を通知 "say whether the
    # rent changes"); a wish for a new contract after a fixed term, 再契約, is a plain notice
    Rule("renewal_notice", DutyKind.RENEWAL_NOTICE, 300, BEFORE,
         before=r"(?:満了|期間(?:の)?(?:終了|末日)|更新)[^。、]{0,8}$",
         around=r"更新|継続|延長|終了|解約|意思表示|申出|申し出|申入|別段|拒絶|存続|有効",
         unless=r"再契約|新たな[^。]{0,8}契約を",
         anchor="expiry", lookup=False,
         example="本契約は、期間満了の30日前までに申出がない限り更新される。"),
    # 自動決済の停止は、会員有効期限の1か月前までに連絡 "stop the automatic payment a month before the
    # membership lapses": declining the next year, written as stopping the billing
    Rule("renewal_billing_stop", DutyKind.RENEWAL_NOTICE, 312, BEFORE,
         before=r"(?:満了|有効期限|期間(?:の)?(?:終了|末日))[^。、]{0,8}$",
         around=r"自動(?:決済|課金|引き?落とし|継続|更新)[^。]{0,6}?(?:停止|中止|解除|解約|取りやめ)"
                r"|(?:停止|中止|解約)[^。]{0,6}?自動(?:決済|課金|更新)",
         anchor="expiry", lookup=False,
         example="自動決済の停止をご希望の場合は、会員有効期限の1か月前までにご連絡ください。"),
    # 30日前までに解約の申出をしない場合、自動更新 "unless cancelled 30 days before, it renews"
    Rule("renewal_unless", DutyKind.RENEWAL_NOTICE, 311, BEFORE,
         after=r"^[^。]{0,60}?(?:自動更新|自動的に(?:更新|継続|延長)|更新され|継続され|延長され)",
         anchor="expiry", lookup=False,
         example="いずれの当事者も、30日前までに解約の申出をしない場合、本契約は自動的に更新される。"),
    # さらに1年間自動的に更新 / 1ヶ月毎の自動更新 "renewed for a further year / each month" / 同じ長さの
    # 新たな契約期間が自動的に設定される "a new term of the same length is set"
    Rule("renewal_term", DutyKind.TERM, 700, AFTER,
         after=r"^[^。]{0,15}?(?:自動更新|自動的に(?:更新|継続|延長|設定)|更新され|更新する|更新と|延長され|継続延長"
               r"|延長する)",
         anchor="expiry", lookup=False, obligor=None,
         example="本サービスは1ヶ月毎の自動更新とする。"),
    # 期間満了の…同一条件で1年間継続する / 1年ごとに同一の条件で継続される "continues a year at a time"
    Rule("renewal_term_continued", DutyKind.TERM, 701, AFTER,
         after=r"^[^。]{0,12}?(?:継続|延長)(?:する|され|し)", around=r"満了|更新",
         anchor="expiry", lookup=False, obligor=None,
         example="期間満了の3か月前までに甲乙いずれからも申出がないときは、本契約は同一条件で1年間継続する。"),
    # 1年間を単位として再リースを受ける "re-leased a year at a time"
    Rule("renewal_term_unit", DutyKind.TERM, 702, _LENGTH,
         after=r"^を?単位と?(?:して|し、|で)[^。]{0,20}?(?:再リース|再賃貸|再契約|更新|延長|継続)",
         anchor="expiry", lookup=False, obligor=None,
         example="賃借人は、リース期間満了の3か月前までに申し出ることにより、1年間を単位として再リースを受けることができる。"),
    # 同一条件で2年間の再リースを受けることができる / 1年間の延長をする "a further lease (an extension)
    # of two years": the length of the next term (not 1年間の更新料 "a year's renewal fee")
    Rule("renewal_term_of", DutyKind.TERM, 703, _LENGTH,
         after=r"^の(?:期間の|期間で)?(?:再リース|再賃貸|再レンタル|延長|更新)(?:を受け|をし|をす|を行|ができ|する|され)",
         anchor="expiry", lookup=False, obligor=None,
         example="借手は、賃貸期間満了の3か月前までに貸手に申し出ることにより、同じ条件で2年間の再リースを受けることができる。"),
    Rule("renewal_term_further", DutyKind.TERM, 710, _LENGTH,
         before=r"(?:さらに|更に|同一期間|引き続き)$", anchor="expiry", lookup=False, obligor=None,
         example="期間満了の30日前までに何らの通知もないときは、本契約は同一の条件でさらに1年間有効とする。"),
    # 賃貸借期間 2025年10月1日から2年間 "lease term: two years from …" (also in a table)
    Rule("term_from", DutyKind.TERM, 730, _LENGTH,
         before=r"(?:有効期間|契約期間|利用期間|賃貸借期間|レンタル期間|存続期間)[^。]{0,30}(?:から|より)(?:起算して)?$",
         unless=_NOT_THE_CONTRACT, anchor="start", lookup=False, obligor=None,
         example="賃貸借期間：2025年10月1日から2年間"),
    # 本契約は、締結の日から5年間効力を有する "this contract is in force for five years from …"
    Rule("term_in_force", DutyKind.TERM, 233, _LENGTH,
         before=r"(?:本契約|本覚書|本規約|本約款|この契約)は、?[^。]{0,30}?(?:から|より)(?:起算して)?$",
         after=r"^[^。]{0,4}?(?:効力を有|有効と|有効に存続|存続)", unless=r"終了後|満了後|秘密",
         anchor="start", lookup=False, obligor=None,
         example="本覚書は、締結の日から三年間効力を有する。"),
    # 寄託物の保管期間は、入庫日から3か月とする "goods are kept three months from receipt": a
    # warehouse's storage period is its term (a data retention period is not, see returns.py)
    Rule("storage_term", DutyKind.TERM, 720, _LENGTH,
         before=r"保管期間は、?[^。]{0,25}$", after=r"^[^。]{0,6}?(?:とし|とする|とします|までと|と定め)",
         unless=r"データ|情報|記録|ログ|書類|文書", anchor="start", lookup=False, obligor=None,
         example="預り品の保管期間は、受入れの日から6か月とする。"),
    # 無料トライアル期間（14日間） / 申込日から30日間、無償で提供 "a free trial of 14 days": the trial's
    # length is a term too (the paid plan follows it)
    Rule("trial_term", DutyKind.TERM, 721, _LENGTH,
         around=r"トライアル|無料期間|無償期間|お試し|無料体験|(?:無料|無償)で(?:提供|利用|使用|ご利用)",
         unless=r"ポイント|クーポン|割引|保証|保管|保存|データ|返金|以内",
         anchor="start", lookup=False, obligor=None,
         example="当社は、申込日から30日間、本サービスを無償で提供します。"),
    # 有効期間は、締結日から1年を経過する日までとする "the term runs until a year has passed"
    Rule("initial_term_lapse", DutyKind.TERM, 722, frozenset({Cue.LAPSE}),
         around=r"有効期間|契約期間|利用期間|賃貸借期間|レンタル期間|本契約の期間|存続期間|期間は",
         after=r"^(?:する|した)日(?:の前日)?まで(?:と|を)", unless=_OTHER_PERIODS,
         anchor="start", lookup=False, obligor=None,
         example="本契約の有効期間は、契約締結日から1年を経過する日までとする。"),
    # 有効期間は…から1年間とする "the term is one year from …"
    Rule("initial_term", DutyKind.TERM, 723, _LENGTH,
         around=r"有効期間|契約期間|利用期間|賃貸借期間|レンタル期間|本契約の期間|存続期間|期間は",
         after=r"^[^。]{0,6}?(?:とし|とする|とします|までと|とな|であ|と定め)",
         unless=_OTHER_PERIODS,
         anchor="start", lookup=False, obligor=None,
         example="レンタル期間は、機材の引渡日から3か月とする。"),
)
