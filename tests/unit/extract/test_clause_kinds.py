"""Kinds read from the clause's verb and its setting: reasonable-time demands, cooling-off after
signing, data kept or taken out, approvals told, claims honoured only if notified in time, changes
asked for, settlements, unanswered contacts, notice periods for changes, answers to inquiries."""

import pytest

from tests.unit.extract.helpers import duties_of
from tracker.extract import extract
from tracker.ingest import document_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demand giving "a reasonable time of at least N days"
            "買主が分割金の支払を遅滞し、書面で15日以上の相当の期間を定めて催告されたにもかかわらず、"
            "その期間内に支払わなかったときは、売主は本契約を解除できる。",
            [("cure", "customer", 15, "day", "after", None)],
        ),
        (  # cooling-off counted from signing (契約を締結した日)
            "受講者は、受講契約を締結した日から8日以内であれば、書面により契約を解除することができる。",
            [("termination_notice", "customer", 8, "day", "after", None)],
        ),
        (  # the customer's last day to take its data out (引き出す)
            "契約が終了した日の翌日以降6か月以内は、会員は登録したデータを引き出すことができる。",
            [("data_deletion", "customer", 6, "month", "after", None)],
        ),
        (  # the provider keeps (保持) data for a time
            "当社は、会員の投稿データを最終ログインから起算して1年間保持するよう努める。",
            [("data_deletion", "provider", 1, "year", "after", None)],
        ),
        (  # telling that an application was approved is a notice, not an inspection
            "本部は、審査の終了後3日以内に、加盟を承認した旨を申込者に通知する。",
            [("notification", "provider", 3, "day", "after", None)],
        ),
        (  # a claim honoured only if the provider is told in time: the customer's limit
            "当社は、損害発生の翌日から起算して14日以内に当社に対して通知があったときに限り、損害を賠償する。",
            [("claim_limitation", "customer", 14, "day", "after", None)],
        ),
        (  # a change of date the customer asks for is its own notice, not a change of the terms
            "会員は、予約日を変更する場合、変更希望日の2日前までに当社に連絡する。",
            [("notification", "customer", 2, "day", "before", None)],
        ),
        (  # settling (精算) what is owed is a payment, by both sides
            "甲及び乙は、本契約が終了したときは、互いの債権債務を2か月以内に精算する。",
            [("payment", "both", 2, "month", "after", None)],
        ),
        (  # a contact that cannot be made for a time
            "当社は、会員との電子メールによる連絡が14日以上取れなくなったときは、登録を抹消できる。",
            [("response", "customer", 14, "day", "after", None)],
        ),
        (  # a notice period (予告期間) before a change of the terms
            "当社は、本規約を改定する場合、2週間の予告期間をおいて改定後の内容を会員に通知する。",
            [("change_notice", "provider", 2, "week", "before", None)],
        ),
        (  # a duration inside a definition: designating in writing is a notice, by whoever discloses
            "口頭で開示した情報のうち開示後14日以内に書面で特定したもの（以下「秘密情報」という。）",
            [("notification", "both", 14, "day", "after", None)],
        ),
        (  # a cooling-off window named in the next sentence
            "お客様は、契約書面を受け取った日から起算して8日を経過するまでは、書面で通知することができます。"
            "これをクーリング・オフといいます。",
            [("termination_notice", "customer", 8, "day", "after", None)],
        ),
        (  # the heading names a cancellation, the sentence a change of date: a notice
            "第3条（受講のキャンセル）\n受講者は、日程を変更する場合、受講日の2日前までに当社に連絡する。",
            [("notification", "customer", 2, "day", "before", None)],
        ),
        (  # …and so does the period's own phrase, though another phrase cancels
            "第3条（キャンセル）\n受講者は、キャンセルされた回は補填されないものとし、"
            "日程変更の際は変更希望日の2日前までに再調整を行う。",
            [("notification", "customer", 2, "day", "before", None)],
        ),
        (  # asking in time to be let off a charge is a claim
            "会員は、問い合わせの発生から10日以内に申請することにより、当該問い合わせを課金対象外とすることができる。",
            [("claim_limitation", "customer", 10, "day", "after", None)],
        ),
        (  # a renewal cutoff under a heading about fees is still a renewal cutoff
            "第8条（料金）\n本契約は、期間満了の2か月前までに料金プランの変更又は解約の申出がない限り、"
            "同一条件で更新される。",
            [("renewal_notice", "customer", 2, "month", "before", None)],
        ),
        (  # checking whether anything changed is no change notice
            "当社は、契約期間満了の1か月前までに、登録内容の変更の有無を会員に確認する。",
            [("notification", "provider", 1, "month", "before", None)],
        ),
        (  # a cooling-off window under its heading, with no verb of withdrawing
            "第9条（クーリング・オフ）\nお客様は、契約書面を受領した日から8日以内であれば、書面により通知できます。",
            [("termination_notice", "customer", 8, "day", "after", None)],
        ),
        (  # calling off the booked trip is a cancellation, not a discontinued service
            "当社は、参加者が最少人員に満たないときは、出発日の10日前までに旅行を中止する旨をお客様に通知します。",
            [("termination_notice", "provider", 10, "day", "before", None)],
        ),
        (  # the service's own end stays an abolition
            "当社は、本サービスの提供を中止する場合、中止日の3か月前までに会員に通知します。",
            [("abolition_notice", "provider", 3, "month", "before", None)],
        ),
        (  # asking for a refund in time is a claim
            "お客様は、旅行終了日から1か月以内に当社へ払戻しをお申し出ください。",
            [("claim_limitation", "customer", 1, "month", "after", None)],
        ),
        (  # a document named 確認通知書 sent is a notice, not an inspection
            "甲は、毎月の作業終了後5日以内に作業確認通知書を乙に送付する。",
            [("notification", "customer", 5, "day", "after", None)],
        ),
        (  # the free cancellation cutoff in a fee table
            "第14条（取消料）\n(1) 利用日の15日前まで 無料\n(2) 利用日の前日まで 料金の30%",
            [("termination_notice", "customer", 15, "day", "before", None)],
        ),
        (  # the notice due in the period, not the claim that follows its absence
            "乙は、報告書を受領後5日以内に甲に対し書面による申入れをしない場合、甲に料金を請求する。",
            [("notification", "provider", 5, "day", "after", None)],
        ),
        (  # a new term of the same length set on its own: a renewal term without a number
            "本契約は、期間満了時に同じ長さの新たな契約期間が自動的に設定される。",
            [("term", None, None, None, "after", None)],
        ),
        (  # an answer to an inquiry, the period inside the noun phrase
            "当社は、会員からの問い合わせへの2営業日以内の対応に努める。",
            [("response", "provider", 2, "business_day", "after", None)],
        ),
    ],
)
def test_kind_from_the_clause(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_day_counted_back_is_not_an_ordinal() -> None:
    """さかのぼって10日目 "the 10th day counting back" is a deadline, not a day's number."""
    text = "旅行代金は、出発日の前日から起算してさかのぼって10日目にあたる日より前に支払うものとする。"
    assert [d[:4] for d in duties_of(text)] == [("payment", "customer", 10, "day")]


_ARTICLES = (
    "第5条（資料の返還）\n乙は、本契約が終了したときは、甲から受領した資料を甲に返還する。\n"
    "第6条（秘密保持）\n甲及び乙は、相手方の秘密情報を第三者に開示してはならない。\n"
    "第7条（存続条項）\n第5条の規定は、本契約終了後も1年間効力を有する。\n"
    "2 第6条の規定は、本契約終了後も3年間効力を有する。\n"
)


def test_a_surviving_article_lends_its_kind() -> None:
    """第5条の規定は終了後も1年間効力を有する lasts as 第5条's duty: a return; 第6条's is secrecy."""
    duties = extract(document_from_text(_ARTICLES)).duties
    assert [(d.kind.value, d.period.amount, d.span.article) for d in duties] == [
        ("return", 1, "7"), ("confidentiality", 3, "7"),
    ]
