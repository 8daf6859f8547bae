"""Rules for ending a contract: termination notices, cure periods, defaults and unanswered contacts."""

from __future__ import annotations

from tracker.domain import Direction, DutyKind
from tracker.extract.kinds.rule import AFTER, BEFORE, Rule
from tracker.extract.periods import Cue

# the day a cooling-off window opens: a document or goods received, the contract signed, お申込み後
_RECEIPT = (
    r"(?:(?:書面|契約書|申込書|商品)[^。、]{0,12}?(?:受領|受け取|交付|到着|到達)|契約(?:の|を)?締結)"
    r"[^。、]{0,8}?(?:から|より)(?:起算して)?$"
    r"|(?:申込み?|申し込み)(?:の日|日)?(?:後|から|より)(?:起算して)?$"
)

# words of ending a contract, a use, an order or a booking (not a cancellation fee, キャンセル料), or
# calling off what was booked (旅行を中止; the service's own end is an abolition, read first)
_ENDINGS = (
    r"解約|解除|退会|退去|契約を終了|利用を終了|利用の終了|(?<!一時)中止"
    r"|(?:契約|申込み?|申し込み|注文|発注|予約)(?:を|の)?(?:取り消|取消)|キャンセル(?!料)"
)

_RESCHEDULE = r"変更|再調整|延期|振替"
# the phrase before the period (after the last 、) names a change of date and no ending
_RESCHEDULED = rf"(?:(?!{_ENDINGS})[^、。])*(?:{_RESCHEDULE})(?:(?!{_ENDINGS})[^、。])*$"

RULES: tuple[Rule, ...] = (
    # 支払期限の翌日から起算して3ヶ月間が経過 "3 months past the payment due date"
    Rule("default_due", DutyKind.DEFAULT, 100, AFTER,
         before=r"(?:支払期限|支払期日|支払い期日|弁済期)[^。]{0,15}$", anchor="payment_due", lookup=False,
         example="乙が代金の支払期日を20日経過してもなお支払わないときは、甲は本契約を解除できる。"),
    # 賃料の支払を3か月以上怠った "rent unpaid for 3 months or more"
    Rule("default_arrears", DutyKind.DEFAULT, 110, AFTER,
         before=r"(?:支払|賃料|料金|代金)[^。]{0,10}$", after=r"^[^。]{0,8}(?:怠|滞納|遅滞|遅延)",
         anchor="payment_due", lookup=False,
         example="借主が賃料の支払を3か月以上怠ったときは、貸主は本契約を解除することができる。"),
    # 3か月以上利用料金の支払いを怠った "failed to pay the fees for 3 months or more"
    Rule("default_arrears_after", DutyKind.DEFAULT, 111, AFTER,
         after=r"^(?:以上)?[^。]{0,12}(?:支払|賃料|料金|代金)[^。]{0,6}?(?:怠|滞納|遅滞|遅延)",
         anchor="payment_due", lookup=False,
         example="当社は、会員が3か月以上利用料金の支払いを怠った場合、本契約を解除できる。"),
    # 差押え…その効力が15日以上継続 "an attachment lasting 15 days or more"
    Rule("default_attachment", DutyKind.DEFAULT, 120, AFTER,
         around=r"差押|仮処分|競売|強制執行", after=r"^[^。]{0,6}継続", anchor="attachment", lookup=False,
         example="乙の財産について差押えを受け、その効力が15日以上継続したときは、甲は本契約を解除できる。"),
    # 14日間応答がない "no answer for 14 days" / 5営業日以内に諾否を回答 "answer within 5 business days"
    # 承諾の可否を通知 / 承諾するか否かを通知 / 承認又は不承認を通知 "say whether the application
    # is accepted"
    Rule("response", DutyKind.RESPONSE, 150, AFTER,
         after=r"^[^。]{0,20}?(?:応答|回答|返答|返信|諾否|可否|か否か"
               r"|(?:承認|承諾)(?:又は|または|若しくは|もしくは)(?:不承認|不承諾|拒絶|拒否))",
         unless=r"(?:検査|検収|点検)(?:し|す|を行|を実施)",  # 適合するか否かを検査し: an inspection
         anchor="contact",
         example="当社からの連絡に対して30日間応答がないときは、当社は利用を停止できる。"),
    # 異議を述べないときは承認したものとみなす "silence within the time is assent" (an objection right
    # after the period; with an inspection in the sentence, the inspection rule reads it)
    Rule("response_objection", DutyKind.RESPONSE, 151, AFTER,
         after=r"^[^。、]{0,15}?異議", unless=r"検査|検収", anchor="contact",
         example="委託者が、報告書を受領した日から7日以内に書面で異議を述べないときは、報告書を承認したものとみなす。"),
    # 注文書を受領した日から5営業日以内に、注文請書の交付又は受注できない旨の通知 / 申込みを受けた
    # 日から10営業日以内に審査し、結果を通知 "answer an order or an application": whether it is taken
    # (審査 review, 諾否/可否 yes or no, 承諾 acceptance, 受注/引受け taking it on, 請書 acknowledgement)
    Rule("response_to_order", DutyKind.RESPONSE, 790, frozenset({Cue.WITHIN}),
         before=r"(?:依頼|申込み?|申込書|申請|注文|注文書|発注|発注書|見積依頼)(?:を|が)?"
                r"(?:受け付け|受付け?|受け|受領し|到達し|あっ)た(?:日|時)(?:から|より)(?:起算して)?$",
         after=r"^[^。]{0,40}?(?:審査|諾否|可否|承諾|受諾|受注|引受け|引き受け|請書|結果|回答|返答|返信)",
         anchor="request", lookup=False,
         example="乙は、甲から注文を受けた日から五日以内に、注文請書を甲に交付する。"),
    # 連絡が7日以上取れなくなったとき / 音信が途絶えた "out of reach for seven days": an unanswered
    # contact, whoever tried to reach whom
    Rule("response_unreachable", DutyKind.RESPONSE, 152, AFTER,
         before=r"(?:連絡|応答|音信)(?:が|は)、?$",
         after=r"^(?:以上|間)?[^。]{0,6}?(?:取れな|とれな|つかな|つながらな|途絶|不通)",
         anchor="contact", lookup=False,
         example="会員との電子メールによる連絡が14日以上取れなくなったときは、当社は登録を抹消できる。"),
    # 問い合わせへの3営業日以内の回答 / 苦情への5日以内の対応 "an answer to an inquiry within three days",
    # the period inside the noun phrase
    Rule("response_to_inquiry_by", DutyKind.RESPONSE, 792, frozenset({Cue.WITHIN}),
         before=r"(?:問合せ|問い合わせ|問合わせ|照会|苦情|クレーム)[^。、]{0,12}?(?:へ|に対する)の$",
         after=r"^の(?:対応|回答|返答|返信|処理)", anchor="inquiry", lookup=False,
         example="当社は、会員からの問い合わせへの2営業日以内の対応に努める。"),
    # 問合せを受けた日から3営業日以内にその結果を通知 "tell the result within 3 days of an inquiry":
    # whatever is sent back to an inquiry or a complaint answers it
    Rule("response_to_inquiry", DutyKind.RESPONSE, 791, frozenset({Cue.WITHIN}),
         before=r"(?:問合せ|問い合わせ|問合わせ|照会|苦情|クレーム)(?:の申出|の申し出)?(?:を|が)?(?:受け付け|受付け?|受け|受領し|あっ)た"
                r"(?:日|時)(?:から|より)(?:起算して)?$",
         anchor="inquiry", lookup=False,
         example="受託者は、委託者から苦情の申出を受けた日から5日以内に、改善策を委託者に報告する。"),
    # 依頼を受けた日から3営業日以内に / 申入れを受けた日から5営業日以内に影響を回答 / 通知を受けた日から
    # 30日以内に…求めることができる "within N
    # days of a request or notice" with no more specific act (a payment, a return, a report) named
    Rule("response_to_request", DutyKind.RESPONSE, 810, frozenset({Cue.WITHIN}),
         before=r"(?:依頼|要請|申込み?|申込書|照会|問合せ|問い合わせ|通知|連絡|申出|申し出|申入れ|申し入れ)(?:を|が)?"
                r"(?:受け|受領し|到達し|あっ)た(?:日|時)(?:から|より)(?:起算して)?$",
         anchor="request", lookup=False,
         example="受託者は、障害の連絡を受けた時から2時間以内に対応を開始する。"),
    # 停止日から20日以内に未払料金を支払わないときは…解除 "unpaid within 20 days of the suspension":
    # the time to put a default right before the contract ends
    Rule("cure_unpaid", DutyKind.CURE, 210, frozenset({Cue.WITHIN, Cue.LAPSE}),
         after=r"^[^。]{0,30}?(?:支払わ(?:ない|なかった|ず)|履行(?:し|され)(?:ない|なかった|ず)|支払い?がな)",
         around=r"解除|解約|停止|失効", anchor="violation_notice",
         example="当社は、利用を停止された会員が停止日から15日以内に滞納料金を支払わないときは、契約を解除できます。"),
    # 是正されなかった / 是正しない / 解消しない "not put right" (治癒 cured, 補正 corrected)
    Rule("cure", DutyKind.CURE, 200, AFTER,
         after=r"^[^。]{0,30}?(?:是正|治癒|補正|改善|解消|追完)[^。]{0,10}?(?:ない|なかった|されず|せず|ず)",
         anchor="violation_notice",
         example="違反の通知後7日以内に是正されない場合、相手方は本契約を解除できる。"),
    # 検査で不備が認められたとき、通知を受けた日から3日以内に再作業を行う "redo the work within
    # three days": putting a failed delivery right
    Rule("cure_redo", DutyKind.CURE, 340, frozenset({Cue.WITHIN, Cue.LAPSE}),
         after=r"^[^。]{0,30}?(?:再作業|再履行|やり直|手直し|修補|補修|再納品|追完)",
         around=r"不備|不合格|不適合|瑕疵|欠陥|不具合|指摘", anchor="violation_notice",
         example="検査で不備を指摘されたときは、受託者は、委託者からの通知を受けた日から5日以内に無償で再作業を行う。"),
    # 催告後14日以内に支払わないとき "not paid within 14 days of a demand"
    Rule("cure_after_demand", DutyKind.CURE, 211, AFTER,
         before=r"(?:催告|是正を求め|是正の請求)[^。]{0,15}$",
         after=r"^[^。]{0,20}?(?:ない|なかった|ず)(?:とき|場合|、)", anchor="violation_notice",
         example="会員が料金について催告を受けた日から7日以内に支払わないとき。"),
    # 7日間の猶予期間を定めて催告し、その期間内に支払がないとき "a demand giving seven days' grace"
    # (20日以上の相当の期間を定めて催告 "a reasonable time of at least 20 days")
    Rule("cure_grace", DutyKind.CURE, 212, AFTER,
         after=r"^(?:(?:以上)?の(?:相当の)?(?:猶予|履行)?期間)?を定めて[^。]{0,25}?催告",
         anchor="violation_notice",
         example="貸主は、借主に対し、10日間の猶予期間を定めて賃料の支払を催告し、その期間内に支払がないときは解除できる。"),
    # 相当の期間（14日を下回らないものとする。）を定めて催告 "a reasonable time, not under 14 days,
    # given in a demand": the least time a breach has to be put right
    Rule("cure_reasonable", DutyKind.CURE, 213, AFTER,
         before=r"相当の?(?:猶予)?期間[（(][^。）)]{0,6}$", after=r"^(?:を下回らない|を下らない|以上)",
         around=r"催告", anchor="violation_notice",
         example="甲は、乙が義務を履行しない場合、相当の期間（10日を下回らないものとする。）を定めて催告し、その期間内に履行がないときは、本契約を解除できる。"),
    # 解約予告期間は2か月とする "the notice period for termination is two months"
    # (in a table: 解約予告期間 借主1か月 貸主6か月, each side's period after its name)
    Rule("termination_period", DutyKind.TERMINATION_NOTICE, 390, AFTER,
         before=r"(?:解約|解除|退会|退去)(?:の)?予告(?:期間)?(?:は|を)?[、:：]?"
                r"(?:(?:借主|貸主|賃借人|賃貸人|甲|乙)[:：]?(?:[0-9]+(?:か月|ヶ月|ヵ月|カ月|日|年)(?:前)?[、,]?)?)*$",
         anchor="cancellation_date",
         lookup=False, direction=Direction.BEFORE,
         example="本契約の解約予告期間は3か月とする。"),
    # 取消料 (1) 21日前まで 無料 "cancelling up to 21 days before is free": the last day to cancel
    # without a fee, in a fee table or a sentence
    Rule("termination_free", DutyKind.TERMINATION_NOTICE, 393, BEFORE,
         around=r"取消料|取り消し料|キャンセル料|解約料|解約金|違約金",
         after=r"^[^。]{0,20}?(?:無料|無償|不要|かかりません|いただきません|0円)",
         anchor="cancellation_date", lookup=False,
         example="キャンセル料は、利用日の7日前までは無料とし、以降は料金の50%とする。"),
    # 解約希望日の30日前までに "30 days before the desired termination date"
    Rule("termination_named", DutyKind.TERMINATION_NOTICE, 400, BEFORE,
         before=r"(?:解約|解除|退会|退去)[^。、]{0,12}$", anchor="cancellation_date", lookup=False,
         example="乙は、甲から、解約日の1か月前までに書面で通知を受けたときは、本契約を終了する。"),
    # 解約の申入れの日から1か月を経過することによって終了する / 通知到達後30日を経過した日に本契約は
    # 終了する "the contract ends a month after the notice": the notice period runs from the notice
    Rule("termination_lapse", DutyKind.TERMINATION_NOTICE, 380,
         frozenset({Cue.LAPSE, Cue.DURATION, Cue.NONE}),
         before=r"(?:申入れ|申し入れ|申入|申出|申し出|通知|意思表示)[^。、]{0,10}?(?:から|より|後)(?:起算して)?$",
         after=r"^[^。]{0,20}?(?:終了する|終了します|消滅する|解約の効力|効力を失)", unless=r"変更",
         anchor="notice_arrival", lookup=False,
         example="会員の退会の通知が到達した日から30日を経過した日に、利用契約は終了する。"),
    # 書面を受領した日から起算して8日を経過するまでの間は、申込みの撤回又は契約の解除を行うことができる
    # "may withdraw within eight days of receiving the document" (クーリング・オフ, a cooling-off
    # window): the last day to send the cancellation
    Rule("cooling_off", DutyKind.TERMINATION_NOTICE, 370, frozenset({Cue.WITHIN, Cue.LAPSE, Cue.DURATION}),
         before=_RECEIPT,
         after=r"^[^。]{0,60}?(?:撤回|解除|解約|クーリング)[^。]{0,30}?(?:でき(?!な|ません)|行う|行える)",
         unless=r"(?:しない|されない|しなかった|されなかった)(?:とき|場合)", anchor="document_receipt",
         lookup=False,
         example="お申込み後8日以内であれば、お客様は書面により無条件で契約を解除することができます。"),
    # 書面を受け取った日から8日を経過するまでは、書面で通知することができます。これをクーリング・オフと
    # いいます。 "…this is called cooling-off": the window named in the next sentence
    Rule("cooling_off_named", DutyKind.TERMINATION_NOTICE, 371,
         frozenset({Cue.WITHIN, Cue.LAPSE, Cue.DURATION}),
         before=_RECEIPT, then=r"^[^。]{0,30}?クーリング・?オフ|^[^。]{0,30}?クーリングオフ",
         anchor="document_receipt", lookup=False,
         example="お客様は、契約書面を受け取った日から起算して8日を経過するまでは、書面で通知することができます。"
                 "これをクーリング・オフといいます。"),
    # クーリング・オフ期間は、書面の受領日から8日間 / under a heading クーリング・オフ, 受領した日から8日
    # 以内であれば通知できる: the window named in the sentence or its heading
    Rule("cooling_off_heading", DutyKind.TERMINATION_NOTICE, 372,
         frozenset({Cue.WITHIN, Cue.LAPSE, Cue.DURATION, Cue.NONE}),
         before=_RECEIPT, around=r"クーリング・?オフ|クーリングオフ", anchor="document_receipt", lookup=False,
         example="クーリング・オフ期間は、契約書面の受領日から起算して8日間とする。"),
    # 解約は、通知の日から30日を経過した日に効力を生じる "the termination takes effect 30 days after
    # the notice"
    Rule("termination_effective", DutyKind.TERMINATION_NOTICE, 381,
         frozenset({Cue.LAPSE, Cue.DURATION, Cue.NONE}),
         before=r"(?:解約|解除)[^。]{0,20}?(?:申入れ|申し入れ|申入|申出|申し出|通知|意思表示)[^。、]{0,10}?(?:から|より|後)"
                r"(?:起算して)?$",
         after=r"^[^。]{0,20}?(?:効力を生じ|効力が生じ|効力を発生|効力が発生)", unless=r"変更",
         anchor="notice_arrival", lookup=False,
         example="本契約の解約は、解約の通知が到達した日から60日を経過した日に効力を生じる。"),
    # 到達した日より7日後を解約希望日とみなす "7 days after arrival is deemed the termination date"
    Rule("termination_deemed", DutyKind.TERMINATION_NOTICE, 410, AFTER,
         after=r"^を?[^。]{0,25}?希望日とみな", anchor="notice_arrival", lookup=False,
         example="通知が到達した日より10日後を解約希望日とみなします。"),
    # 通知後10日以内に代替の支払方法を登録しないときは…解約できる "not done within 10 days of a
    # notice, the contract may be ended"
    Rule("cure_after_notice", DutyKind.CURE, 214, frozenset({Cue.WITHIN, Cue.LAPSE}),
         before=r"通知(?:後|を受けた日から|を受けた日より|が到達した日から)$",
         after=r"^[^。]{0,40}?(?:し|行わ|され)(?:ない|なかった)(?:とき|場合)", around=r"解除|解約|停止|失効",
         anchor="violation_notice",
         example="当社は、通知後7日以内に会員が有効なクレジットカードを登録しないときは、契約を解約できます。"),
    # 2か月間前までに…通知することにより…中途解約 "terminate on two months' notice"; 利用を終了
    # "stop using the service" is the customer ending it too, and so is withdrawing an order or a
    # contract (契約を取り消す / 申込みの取消し)
    # (a sentence, or the period's own phrase, about a change of date, 変更 / 再調整 / 延期, with no
    # ending of its own is a notice though its heading or the sentence's other phrase names one)
    Rule("termination", DutyKind.TERMINATION_NOTICE, 600, BEFORE,
         before=rf"^(?!(?:.*、)?{_RESCHEDULED})",
         around=_ENDINGS, unless=rf"^(?!.*(?:{_ENDINGS})).*(?:{_RESCHEDULE})",
         anchor="cancellation_date",
         lookup=False,
         example="お客様は、利用日の3日前までにキャンセルすることができる。"),
)
