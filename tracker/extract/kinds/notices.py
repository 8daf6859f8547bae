"""Rules for notices given before an event: changes, discontinuation, and other notifications."""

from __future__ import annotations

from tracker.domain import Direction, DutyKind, Party
from tracker.extract.kinds.rule import BEFORE, Rule
from tracker.extract.periods import Cue

_SOON = frozenset({Cue.WITHIN, Cue.LAPSE})

# the service coming to an end: 廃止 discontinuation, 提供を終了 end of provision, 提供の中止 (not a
# trip's or an event's, 旅行を中止: this contract cancelled),
# also of all or part of it (本サービスの全部又は一部を終了), 閉鎖 closing a facility, a shop, a
# site (not an account: アカウントを閉鎖 ends one customer's use)
_ENDING = (
    r"廃止|(?:提供|サービス|サポート)(?:の全部(?:又は|または|若しくは|もしくは)一部)?(?:を|の)?(?:終了|中止)"
    r"|(?:事業|販売|運営)(?:を|の)?中止"
    r"|(?:施設|店舗|駐車場|拠点|センター|サイト|事業所|営業所|会場|倉庫)(?:を|の)?閉鎖"
)
# verbs of telling: 通知 notify, 連絡 contact, 報告 report, 届出 file, 申出 apply, 指定 designate,
# 提出 submit, 申請 apply, 送付 send, 転送 forward, 一報 first word (of an incident), 交付 hand over
# (a written report); 掲載/掲示 post
# (on a status page, a website), 公表 announce, 告知/周知 make known, these as verbs only (その掲示を
# 削除 "remove the notice" tells no one)
TELL_VERBS = (
    r"通知|連絡|報告|届け出|届出|申し出|申出|指定|お知らせ|知らせ|提出|申請|送付|転送|一報|交付"
    r"|(?:掲載|掲示|公表|告知|周知)(?:し|す|さ|いた)"
)
# other events a provider gives notice of under a heading that also names the service's end
# (メンテナンス及びサービスの廃止): maintenance, servicing, inspection, works, a pause
_OTHER_EVENTS = r"メンテナンス|保守|点検|工事|中断|一時"

RULES: tuple[Rule, ...] = (
    # 廃止日の3ヶ月前までに / サポート終了日の12ヶ月前まで "before the discontinuation date"
    Rule("abolition_date", DutyKind.ABOLITION_NOTICE, 491, BEFORE,
         before=r"(?:廃止|(?:提供|サービス|サポート)(?:の)?終了)(?:予定)?(?:日|する日)[^。、]{0,4}$",
         anchor="abolition", lookup=False, obligor=Party.PROVIDER,
         example="当社は、本サービスを廃止する場合、廃止日の6ヶ月前までに利用者に通知します。"),
    # 支払期日の3営業日前までに振り込む "transfer three business days before the due date"
    # 開始日の3営業日前までに全額を前払いする "pay in advance" (前払 / 前納 prepay, 払い込む pay in)
    Rule("payment_before", DutyKind.PAYMENT, 481, BEFORE,
         after=r"^[^。]{0,30}?(?:支払|前払|前納|払い込|払込|振り込|振込|入金|納付)", anchor="payment_due",
         example="新規の顧客は、利用開始日の5営業日前までに初回料金を前払いするものとする。"),
    # 変更予定日の1か月前までに "one month before the change takes effect" (the provider's notice;
    # the same wording for the customer's own changes is a plain notification, see obligors.py)
    Rule("change_notice", DutyKind.CHANGE_NOTICE, 500, BEFORE,
         around=r"変更|改定|改訂|改正|値上げ|値下げ", anchor="change_effective", lookup=False,
         obligor=Party.PROVIDER,
         # the heading's 変更 with the clause's 廃止; a change one side asks for and both then
         # agree on (改定を希望する日…申し入れ、協議のうえ決定), or a change of date asked for
         # (変更希望日の24時間前までに), is a plain notice, and so is a check whether anything changed
         # (変更の有無を確認)
         unless=rf"^(?!.*(?:変更|改定|改訂|改正)).*(?:{_ENDING})|希望する日|協議|変更希望|変更を希望"
                r"|(?:変更|改定)の有無",
         example="当社は、利用料金を値上げするときは、その2か月前までに契約者に通知します。"),
    # 変更後の規約を掲示し、掲示の日から14日を経過した日から効力を生じる "in force 14 days after it
    # is posted": the posting must come that long before the change takes effect
    Rule("change_after_posting", DutyKind.CHANGE_NOTICE, 501, frozenset({Cue.LAPSE, Cue.DURATION, Cue.NONE}),
         before=r"(?:掲示|掲載|通知|公表|告知|周知)(?:の日|した日|した時|した時点)?(?:から|より)(?:起算して)?$",
         after=r"^[^。]{0,30}?(?:効力を生じ|効力が生じ|効力を発生|効力が発生|適用され|適用を開始|適用する)",
         around=r"変更|改定|改訂|改正", anchor="change_effective", lookup=False, obligor=Party.PROVIDER,
         direction=Direction.BEFORE,
         example="解約条件の変更は、通知の日から30日を経過した日に効力を生じる。"),
    # 廃止日の12ヶ月前までに "12 months before the service is discontinued"
    Rule("abolition_notice", DutyKind.ABOLITION_NOTICE, 550, BEFORE,
         around=_ENDING, unless=rf"^(?!.*(?:{_ENDING})).*(?:{_OTHER_EVENTS})", anchor="abolition",
         lookup=False, obligor=Party.PROVIDER,
         example="当社は、本施設を閉鎖する場合、閉鎖日の2か月前までに会員に書面で通知します。"),
    # 廃棄した日から10日以内に、廃棄を証する書面を交付 "hand over a certificate of destruction": the
    # certificate is a notice, though it names the act it proves (a return or a deletion)
    Rule("notice_certificate", DutyKind.NOTIFICATION, 440, _SOON,
         after=r"^に?、?[^。、]{0,12}?(?:を証する|を証明する|証明書|の証明|した旨の)[^。]{0,20}?"
               r"(?:交付|提出|送付|通知|報告|差し入|差入)",
         example="受領者は、秘密資料を破棄した日から7日以内に、破棄を証明する書面を開示者に提出する。"),
    # 口頭で開示した情報のうち開示後14日以内に書面で特定したもの "oral disclosures designated in writing
    # within 14 days", in a definition: designating is a notice
    Rule("notice_designation", DutyKind.NOTIFICATION, 445, _SOON,
         after=r"^に?、?(?:書面|文書|電磁的記録|電子メール)[^。、]{0,10}?(?:特定|指定|明示)(?:し|す|され)",
         example="開示者が口頭で開示した情報のうち、開示後14日以内に書面で特定したもの（以下「秘密情報」という。）"),
    # any other "N before" in a contract is a notice to be given by then
    Rule("notice_before", DutyKind.NOTIFICATION, 650, BEFORE,
         example="乙は、作業開始日の20営業日前までに作業計画を甲に提出する。"),
    # 1時間以内にその旨を通知 "notify within one hour"
    Rule("notice_within", DutyKind.NOTIFICATION, 800, _SOON, after=rf"^[^。]{{0,60}}?(?:{TELL_VERBS})",
         example="ベンダーは、受注の日から3日以内に納期を通知する。"),
)
