"""Rules for what happens to things after the end: returns, data deletion, deposits."""

from __future__ import annotations

from tracker.domain import DutyKind, Party
from tracker.extract.kinds.rule import AFTER, NEXT_PHRASE, Rule

# verbs of giving back or destroying things: 返還/返却/返納 return, 破棄/廃棄 destroy, 明渡 surrender,
# 撤去/収去 remove (one's things from the premises), 退去 move out, 引き取 collect (goods left in
# custody), 返品 send goods back, 返上 give up (an access right, a key), 原状回復 restore the premises
# (not its cost: 原状回復費用)
RETURN_VERBS = (
    r"返還|返却|返納|返送|返品|返上|破棄|廃棄|明け渡|明渡|原状に復|原状回復(?!費|に要する|の費用)|撤去|収去|退去"
    r"|引き取|引取"
)
# handing over (引き渡す): a return only at the end of the contract (顧客名簿を本部に引き渡し), where
# elsewhere it is the delivery of goods or work
HAND_OVER = r"引き渡|引渡(?:し|す)"
# the contract ending, written just before the period or the qualifier: 終了 / 解約 / 解除 / 満了
ENDING = r"終了|解約|解除|満了"
# verbs of keeping or deleting data: 削除/消去/抹消 delete, 保存/保管/保持 keep, ダウンロード download,
# 取り出/引き出 take out
DATA_VERBS = r"削除|消去|抹消|保存|保管|保持|ダウンロード|エクスポート|取り出|引き出"
# the same as verbs (削除する, 削除できる, 消去を実施, 保存します), not as nouns (消去の日時 "time of
# deletion")
DATA_ACTS = (
    r"(?:削除|消去|抹消|保存|保管|保持)(?:し|す|さ|で|を実施|を行|いた)|ダウンロード|エクスポート|取り出|引き出"
)
# what data is: データ, 情報 information, 記録 records, ログ logs, 資料 materials, 案件 matters,
# 履歴 histories
DATA_NOUNS = r"データ|情報|記録|ログ|資料|案件|ファイル|コンテンツ|アカウント|履歴"

# an act of telling or paying done before a data act in the same sentence: 提出し、/ 通知し、
_TOLD = r"(?:提出|通知|報告|送付|支払)し、"

RULES: tuple[Rule, ...] = (
    # 敷金を…2ヶ月以内に返還 "return the deposit within 2 months": a payment, not a return of goods
    Rule("deposit", DutyKind.PAYMENT, 450, AFTER,
         around=r"敷金|保証金|預り金|預託金",
         after=rf"^(?:(?!{NEXT_PHRASE})[^。]){{0,40}}?(?:返還|返金|支払)",
         anchor="termination", obligor=Party.PROVIDER,
         example="貸主は、本物件の明渡しを受けた日から1ヶ月以内に敷金を借主に返還する。"),
    # 終了後30日経過をもって…削除 "deleted 30 days after the end" (the first act after the period:
    # in 30日以内に記録を提出し、3年間保存する the 30 days are the report's)
    Rule("data_deletion", DutyKind.DATA_DELETION, 460, AFTER,
         after=rf"^(?:(?!{RETURN_VERBS}|{_TOLD})[^。]){{0,60}}?(?:{DATA_ACTS})", around=DATA_NOUNS,
         anchor="termination", obligor=Party.PROVIDER,
         example="当社は、最終更新日より1年が経過したデータを削除します。"),
    # 保管期間（10年）を経過した "past the 10-year retention period"
    Rule("data_retention", DutyKind.DATA_DELETION, 480, AFTER,
         before=r"(?:保管|保存)期間[（(]?$", anchor="completion", obligor=Party.PROVIDER,
         example="会員の利用履歴の保存期間（1年）は、当社が別に定める。"),
    # 終了日から10日以内に本ソフトウェア及びその複製物を消去 "erase the software and its copies"
    Rule("return_erase", DutyKind.RETURN, 470, AFTER,
         after=r"^[^。]{0,60}?(?:消去|削除|抹消)(?:し|す)",
         around=r"ソフトウェア|複製物|機器|媒体|書類|書面|物件", anchor="termination",
         example="乙は、本契約終了日から10日以内に本ソフトウェア及びその複製物を消去する。"),
    # (2) 最終更新日より1年が経過しているもの, under "次の各号に該当するものは…削除する": a listed case
    Rule("data_deletion_listed", DutyKind.DATA_DELETION, 490, AFTER,
         lead=r"削除|消去|抹消", anchor="termination", obligor=Party.PROVIDER,
         example="当社は、次の各号に該当するデータを削除することができる。\n"
         "(1) 会員が削除を申し出たもの\n(2) 最終更新日より1年が経過しているもの"),
    # 終了日から30日以内に顧客名簿を引き渡す "hand the customer list over within 30 days of the end"
    Rule("return_hand_over", DutyKind.RETURN, 471, AFTER,
         before=rf"(?:{ENDING})[^。、]{{0,12}}$",
         after=rf"^(?:(?!{DATA_VERBS})[^。]){{0,60}}?(?:{HAND_OVER})", anchor="termination",
         example="受託者は、本契約の終了日から15日以内に、預託された帳票類を委託者に引き渡す。"),
    # 終了した日から1か月以内に接続機器を返還 "return the equipment within a month of the end"
    Rule("return", DutyKind.RETURN, 472, AFTER,
         after=rf"^(?:(?!{DATA_VERBS})[^。]){{0,60}}?(?:{RETURN_VERBS})", anchor="termination",
         example="借受人は、貸渡期間満了の日から3日以内に車両を返還する。"),
)
