"""Party words: 甲/乙 resolved from the contract's own wording."""

import pytest

from tests.unit.extract.helpers import duties_of

_RETURN = "乙は、本契約が終了した日から7日以内に資料を甲に返還する。"


@pytest.mark.parametrize(
    ("preamble", "obligor"),
    [
        ("株式会社A（以下「甲」という。）は乙に対し、業務を委託する。", "provider"),
        ("甲は、乙に対し、本物件を賃貸する。", "customer"),
        ("乙は、本製品を甲から購入する。", "customer"),
        ("乙は、甲から本件業務を受託する。", "provider"),
        ("委託者A社（以下「甲」という。）と受託者B社（以下「乙」という。）は合意する。", "provider"),
    ],
)
def test_kou_and_otsu_roles(preamble: str, obligor: str) -> None:
    [duty] = duties_of(preamble + "\n" + _RETURN)
    assert duty[1] == obligor


def test_without_role_wording_kou_is_the_customer() -> None:
    [duty] = duties_of("甲は、本契約が終了した日から7日以内に資料を乙に返還する。")
    assert duty[1] == "customer"


def test_the_speaker_decides_over_the_topic() -> None:
    text = "本契約は、期間満了の1ヶ月前までにお客様から解約の申出がない限り、同一条件で更新される。"
    assert duties_of(text) == [("renewal_notice", "customer", 1, "month", "before", None)]


def test_the_addressee_names_the_other_side() -> None:
    text = "本サービスが終了した場合、終了した日から1か月以内に接続機器を当社に返還するものとします。"
    assert duties_of(text) == [("return", "customer", 1, "month", "after", None)]


def test_a_contracts_own_names_for_the_sides() -> None:
    text = (
        "株式会社ソラ（以下「ソラ」といいます。）が提供するサービスの利用条件を定めます。\n"
        "「メンバー」とは、本規約に同意のうえ本サービスを利用する者をいいます。\n"
        "退会日から7日以内に預託物をメンバーに返却するものとします。\n"  # returned to a customer
        "ソラは、退会日から30日以内に貸与端末の受領を通知します。"  # the provider as the topic
    )
    assert [d[1] for d in duties_of(text)] == ["provider", "provider"]


def test_an_honorific_after_a_party_word() -> None:
    text = "当店は、お客様が解約した日から7日以内に、お預かりした機器をお客様に返還いたします。"
    assert duties_of(text)[0][1] == "provider"
    text = "利用者様は、本契約が終了した日から7日以内に機器を返却するものとします。"
    assert duties_of(text)[0][1] == "customer"


def test_a_noun_built_on_a_role_verb_does_not_set_the_roles() -> None:
    # 販売額 "sales" is not 販売する "sells": 甲 stays the paying customer
    text = "甲は乙に対し、製品の販売額の百分の三に相当する実施料を支払う。\n" + _RETURN
    [duty] = duties_of(text)
    assert duty[1] == "provider"


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        # a claim between named parties with no claimant named: either side
        ("損害賠償の請求は、損害の発生を知った日から6か月以内に行わなければならない。", "both"),
        # the same in a provider's standard terms: the customer's claim
        ("当社に対する損害賠償の請求は、損害を知った日から6か月以内に行わなければならない。", "customer"),
        # a claim against the party liable: the other side's
        ("乙の契約不適合責任の期間は、検収の日から6か月とする。", "customer"),
    ],
)
def test_who_may_claim(text: str, obligor: str) -> None:
    [duty] = duties_of(text)
    assert (duty[0], duty[1]) == ("claim_limitation", obligor)


def test_the_party_a_clause_is_about_is_the_one_to_cure() -> None:
    text = (
        "利用を停止された会員について、停止後20日を経過してもなお停止の事由が解消されないときは、"
        "当社は、会員に通知することにより契約を解除できる。"
    )
    assert duties_of(text) == [("cure", "customer", 20, "day", "after", None)]


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        # the one who orders work, the depositor of goods and a consumer of power are customers
        ("注文者は、完了報告を受けた日から7日以内に検査を行う。", "customer"),
        ("寄託者は、本契約が終了した日から5日以内に預け入れた物品を引き取る。", "customer"),
        ("需要家は、停止の日から10日以内に未払の料金を支払う。", "customer"),
        # the warehouse keeper is the provider
        ("受寄者は、入庫の日から2日以内に検品の結果を寄託者に通知する。", "provider"),
        # the hirer of a car, the carrier of goods
        ("借受人は、貸渡期間満了の日から3日以内に車両を返還する。", "customer"),
        ("運送人は、荷物を受け取った日から2日以内に荷主に到着予定を通知する。", "provider"),
    ],
)
def test_more_role_words(text: str, obligor: str) -> None:
    assert [d[1] for d in duties_of(text)] == [obligor]


def test_either_party_speaking_with_no_between() -> None:
    text = "期間満了の3か月前までに借主又は貸主のいずれからも申出がないときは、本契約は更新される。"
    assert duties_of(text) == [("renewal_notice", "both", 3, "month", "before", None)]


def test_an_unanswered_contact_binds_the_side_that_was_asked() -> None:
    # the provider is the topic (it may suspend); the silent party is the one it wrote to
    text = "当社は、会員宛てに当社からの電子メールによる照会に対し、20日間応答がない場合、利用を停止できる。"
    assert duties_of(text) == [("response", "customer", 20, "day", "after", None)]


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        # "the duty of the last paragraph" binds whoever that paragraph binds
        ("1 受託者は、業務上知り得た秘密を他に漏らしてはならない。\n"
         "2 前項の義務は、本契約の終了後3年間存続する。",
         "provider"),
        ("1 甲及び乙は、相手方の秘密を第三者に開示しない。\n"
         "2 本条の義務は、本契約の終了後3年間存続する。",
         "both"),
    ],
)
def test_a_surviving_duty_binds_the_party_of_the_clause_it_refers_to(text: str, obligor: str) -> None:
    assert duties_of(text) == [("confidentiality", obligor, 3, "year", "after", None)]


def test_the_party_bound_to_secrecy_may_follow_the_period() -> None:
    text = "本契約の終了後2年間、受託者は本件の秘密を保持する。"
    assert duties_of(text) == [("confidentiality", "provider", 2, "year", "after", None)]


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        # the franchisor (本部) pays the deposit back, the franchisee (加盟店) reports
        ("本部は、本契約が終了し、加盟店が債務を完済したときは、終了日から2か月以内に保証金を加盟店に返還する。",
         "provider"),
        ("加盟店は、事故が発生した日から3日以内に本部に報告する。", "customer"),
        # the one entrusted with work and a vendor are providers
        ("委託先は、事故を知った時から24時間以内に委託元に報告する。", "provider"),
        ("ベンダーは、受注の日から3日以内に納期を通知する。", "provider"),
        # "this part" is no franchisor
        ("本部分の定めにかかわらず、会員は、請求書の発行日から20日以内に料金を支払う。", "customer"),
    ],
)
def test_franchise_role_words(text: str, obligor: str) -> None:
    assert [d[1] for d in duties_of(text)] == [obligor]


@pytest.mark.parametrize(
    ("lead", "item", "expected"),
    [
        # either party may terminate when "the other party" fails to pay: the payer, the customer
        ("甲又は乙は、相手方が次の各号のいずれかに該当したときは、本契約を解除できる。\n",
         "(1) 代金の支払期日を20日経過してもなお支払わないとき\n",
         [("default", "customer", 20, "day", "after", None)]),
        ("甲又は乙は、相手方が次の各号のいずれかに該当したときは、本契約を解除できる。\n",
         "(1) 料金について催告を受けた日から7日以内に支払わないとき\n",
         [("cure", "customer", 7, "day", "after", None)]),
        # a breach other than non-payment stays with either party
        ("甲又は乙は、相手方が次の各号のいずれかに該当したときは、本契約を解除できる。\n",
         "(1) 本契約に違反し、催告を受けた後14日以内に是正しないとき\n",
         [("cure", "both", 14, "day", "after", None)]),
    ],
)
def test_the_other_party_failing_to_pay_is_the_customer(
    lead: str, item: str, expected: list[tuple[object, ...]]
) -> None:
    assert duties_of(lead + item) == expected


def test_the_party_told_answers_not_the_one_that_told() -> None:
    text = (
        "当社は、苦情を受けた場合、会員に通知するものとし、会員が当該通知を受けた日から10日以内に"
        "回答しないときは、当社は当該投稿を削除できます。"
    )
    assert duties_of(text) == [("response", "customer", 10, "day", "after", None)]


@pytest.mark.parametrize(
    "text",
    [
        # an objection from either side stops the renewal: both sides hold the cutoff
        "期間満了の2か月前までにいずれの当事者からも書面による異議がないときは、本契約は同一条件で更新される。",
        "期間満了日の1か月前までに甲乙いずれからも異議が述べられないときは、本契約は同一条件で更新される。",
    ],
)
def test_an_objection_from_either_side(text: str) -> None:
    assert [d[:2] for d in duties_of(text)] == [("renewal_notice", "both")]


@pytest.mark.parametrize(
    "preamble",
    [
        # the role word with the letter in brackets, either way round
        "賃貸人（甲）と賃借人（乙）は、次のとおり契約を締結する。\n",
        "甲（貸主）と乙（借主）は、次のとおり契約を締結する。\n",
        # the tenant named as the one leased to, or the landlord as the one leased from
        "株式会社A（以下「甲」という。）と株式会社B（以下「乙」という。）は、甲の所有する倉庫を乙に賃貸することに"
        "ついて、次のとおり合意する。\n",
        "株式会社A（以下「甲」という。）と株式会社B（以下「乙」という。）は、乙が甲から倉庫を賃借することについて、"
        "次のとおり合意する。\n",
    ],
)
def test_the_landlord_named_in_other_ways(preamble: str) -> None:
    text = preamble + "第8条（解約）\n甲は、乙に対し6か月前までに通知することにより、本契約を解約できる。\n"
    assert duties_of(text) == [("termination_notice", "provider", 6, "month", "before", None)]


def test_a_client_named_as_the_one_the_work_is_entrusted_by() -> None:
    text = (
        "株式会社A（以下「甲」という。）と株式会社B（以下「乙」という。）は、甲に委託する清掃業務について、"
        "次のとおり契約を締結する。\n第8条（解約）\n乙は、甲に対し3か月前までに通知することにより、本契約を解約できる。\n"
    )
    assert duties_of(text) == [("termination_notice", "customer", 3, "month", "before", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the sender named inside a relative clause is not the one who answers
        "当社は、会員が送信した問い合わせに対し、受信した日から3営業日以内に回答します。",
        "受注者は、発注者が発行した注文書を受領した日から5営業日以内に諾否を回答する。",
    ],
)
def test_a_sender_in_a_relative_clause_does_not_answer(text: str) -> None:
    assert [d[:2] for d in duties_of(text)] == [("response", "provider")]


_PURCHASE_CLAUSES = (
    "\n第5条（検査）\n当社は、物品の納入を受けた日から10日以内に検査を行う。"
    "\n第6条（注文請書）\n取引先は、当社から注文書を受領した日から3営業日以内に、注文請書を当社に提出する。"
)


@pytest.mark.parametrize(
    "preamble",
    [
        "本約款は、株式会社B（以下「当社」という。）が取引先から物品を購入する取引に適用する。",
        "本規約は、当社が仕入先に対し部品の製造を発注する場合に適用する。",
    ],
)
def test_we_as_the_buyer_in_our_own_purchasing_terms(preamble: str) -> None:
    assert duties_of("第1条（目的）\n" + preamble + _PURCHASE_CLAUSES) == [
        ("inspection", "customer", 10, "day", "after", None),
        ("response", "provider", 3, "business_day", "after", None),
    ]


@pytest.mark.parametrize(
    "preamble",
    [
        # a provider passing work on to third parties is still the provider
        "本規約は、当社が提供する本サービスに適用する。当社は、業務の一部を第三者に委託することができる。",
        # a provider's own supplies (a line it leases from a carrier) make it no buyer
        "本規約において「回線」とは、当社が通信事業者より借り受ける電気通信回線をいう。",
        # a provider that buys in later text, after saying what it provides
        "本規約は、当社が運営する本サービスに適用する。当社は、必要な機器を販売業者から購入する。",
    ],
)
def test_we_stay_the_provider_where_we_provide_first(preamble: str) -> None:
    head = "第1条（目的）\n" + preamble
    returned = head + "\n第5条（返却）\n利用者は、契約終了後14日以内に貸与機器を当社に返却する。"
    assert duties_of(returned) == [("return", "customer", 14, "day", "after", None)]
    inspected = head + "\n第5条（検査）\n当社は、物品の納入を受けた日から10日以内に検査を行う。"
    assert duties_of(inspected) == [("inspection", "provider", 10, "day", "after", None)]


def test_a_party_that_paid_earlier_in_the_sentence_is_no_speaker() -> None:
    text = "乙は、甲から支払われた前払金について、解約日から30日以内に未経過分を甲に返金する。"
    assert duties_of(text) == [("payment", "provider", 30, "day", "after", None)]


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        ("本契約は、甲又は乙から、期間満了の3か月前までに書面による更新拒絶の通知がない限り、自動的に更新される。",
         "both"),
        ("乙は、甲から、解約日の1か月前までに書面で通知を受けたときは、本契約を終了する。", "customer"),
        # a party something came from earlier in the sentence: the subject acts
        ("乙は、甲から貸与を受けた機器について、解約日の1か月前までに書面で解約を申し入れる。", "provider"),
    ],
)
def test_the_party_a_notice_comes_from_before_the_period(text: str, obligor: str) -> None:
    assert duties_of(text)[0][1] == obligor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name the tables lack, opposite the other side of the pair
            "株式会社甲山（以下「発行会社」という。）と株式会社乙川（以下「ユーザー」という。）は、次のとおり合意する。"
            "発行会社は、障害を知った日から5日以内に報告する。",
            [("notification", "provider", 5, "day", "after", None)],
        ),
        (  # names read by the words inside them: the contracted side reports
            "丙野株式会社（以下「委託会社」という。）と丁田株式会社（以下「受託会社」という。）は、次のとおり合意する。"
            "受託会社は、障害を知った日から5日以内に委託会社に報告する。",
            [("notification", "provider", 5, "day", "after", None)],
        ),
    ],
)
def test_own_names_of_the_two_sides(text: str, expected: list[tuple[object, ...]]) -> None:
    assert duties_of(text) == expected


def test_a_defined_thing_gives_no_side_to_the_name_beside_it() -> None:
    # 利用契約 names a contract, so 発行会社 is not read as the side opposite a customer
    text = (
        "本書（以下「利用契約」という。）と申込書（以下「発行会社」という。）は、一体として適用する。"
        "発行会社は、障害を知った日から5日以内に報告する。"
    )
    assert duties_of(text) == [("notification", "customer", 5, "day", "after", None)]


@pytest.mark.parametrize(
    "text",
    [
        "甲乙いずれかが、期間満了の3か月前までに書面で申し出ない限り、本契約は自動的に更新される。",
        "ユーザとベンダのいずれかが、期間満了の3か月前までに書面で申し出ない限り、本契約は自動的に更新される。",
        "甲又は乙のいずれか一方は、期間満了の3か月前までに書面で申し出ることにより、更新を拒絶できる。",
    ],
)
def test_either_of_the_two_is_both(text: str) -> None:
    [duty] = duties_of(text)
    assert duty[:2] == ("renewal_notice", "both")


def test_a_lone_company_short_name_is_the_provider() -> None:
    text = (
        "さくら運輸株式会社（以下「さくら」という。）と荷主との間の運送契約に適用する。\n"
        "第5条 さくらは、事故を知った日から7日以内にその旨を書面で通知する。"
    )
    assert duties_of(text) == [("notification", "provider", 7, "day", "after", None)]


_KOU_RETURNS = "甲は、本契約が終了した日から7日以内に資料を乙に返還する。"


@pytest.mark.parametrize(
    "preamble",
    [
        # a role word defining one letter settles both, over an act (甲が乙に委託する)
        "株式会社A（以下「甲」という。）と、甲が販売を委託する代理店加盟者（以下「乙」という。）は合意する。"
        "本契約は、甲が乙に販売業務を委託するものである。",
        # the letter said to provide the service is the provider; the other is the user
        "株式会社A（以下「甲」という。）が提供する本サービスの利用者（以下「乙」という。）に適用する。",
        "株式会社A（以下「甲」という。）が運営する本サービスに適用する。",
    ],
)
def test_a_letter_named_by_its_role(preamble: str) -> None:
    [duty] = duties_of(preamble + "\n" + _KOU_RETURNS)
    assert duty[1] == "provider"


_NDA_DUTY = "\n第5条 受領者は、本契約終了後3年間、秘密情報を第三者に開示してはならない。"


@pytest.mark.parametrize(
    ("preamble", "obligor"),
    [
        # one-way: the recipient is the side of the letter named as recipient (or opposite the discloser)
        ("株式会社A（以下「甲」という。）と株式会社B（以下「乙」という。）は、甲を開示者、乙を受領者とする。",
         "provider"),
        ("委託者（以下「甲」という。）と受託者（以下「乙」という。）は、乙（開示者）の情報について合意する。",
         "customer"),
        ("発注者（以下「甲」という。）と受注者（以下「乙」という。）は、受領者である甲の義務を定める。",
         "customer"),
        # mutual: either side may receive
        ("甲及び乙は、相互に開示する秘密情報の取扱いについて合意する。", "both"),
    ],
)
def test_one_way_nda_roles(preamble: str, obligor: str) -> None:
    [duty] = duties_of(preamble + _NDA_DUTY)
    assert duty[:2] == ("confidentiality", obligor)


def test_a_heading_naming_whose_duties() -> None:
    """第6条（甲の義務） lists 甲's duties, though the item names only whom it serves."""
    text = "第6条（甲の義務）\n(1) 問い合わせた利用者への2営業日以内の対応\n"
    assert duties_of("甲は乙に業務を委託する。\n" + text)[0][:2] == ("response", "customer")


def test_between_letters_a_notice_naming_no_one_is_either_sides() -> None:
    text = "甲は乙に業務を委託する。\n第9条（解約）\n解約は60日前までの書面による通知をもって行う。"
    assert duties_of(text)[0][:2] == ("termination_notice", "both")


def test_the_party_at_fault_named_after_the_period() -> None:
    """…12か月間に発見された、乙の責による不具合: 乙 is liable, so 甲 claims."""
    text = (
        "甲は乙に業務を委託する。\n第29条（契約不適合責任）\n"
        "納品後12か月間に発見された、乙の責による不具合については、無償で対処する。"
    )
    assert duties_of(text)[0][:2] == ("claim_limitation", "customer")


@pytest.mark.parametrize(
    ("text", "obligor"),
    [
        # the provider's own humble or plain act, no subject written, in its standard terms
        ("当社は本サービスを提供する。\n旅行日程表は、出発日の3日前までにお渡しします。", "provider"),
        ("当社は本サービスを提供する。\n宿泊先の連絡は、出発日の2日前までにメールで行います。", "provider"),
        # …and what it asks of the customer
        ("当社は本サービスを提供する。\n申込書は、出発日の10日前までにご提出ください。", "customer"),
        # a definition (とします) is no act of the provider's
        ("当社は本サービスを提供する。\n申込書の提出期限は、出発日の10日前までとします。", "customer"),
    ],
)
def test_the_verb_of_a_clause_without_subject(text: str, obligor: str) -> None:
    assert duties_of(text)[0][1] == obligor


def test_a_fee_is_paid_by_the_side_opposite_its_payee() -> None:
    text = (
        "株式会社A（以下「甲」という。）と代理店加盟者（以下「乙」という。）は合意する。\n"
        "乙の報酬は、毎月末日締めで、翌月末日から10日以内に振り込むものとする。"
    )
    assert duties_of(text)[0][:2] == ("payment", "provider")


def test_relief_from_a_charge_is_asked_by_the_payer() -> None:
    text = "甲は乙に掲載業務を委託する。\n無効な問い合わせは、発生から14日以内の申請により課金対象外とする。"
    assert duties_of(text)[0][:2] == ("claim_limitation", "customer")
