"""Who must act: the party words of a contract, and the obligor of a duty read from its clause.

The customer and provider words are tables; 甲/乙 are resolved from the contract's own wording
(甲が乙に委託する → 甲 is the customer; 甲は乙に賃貸する → 甲 is the provider). A duty's
obligor is the party that speaks (Xから…意思表示), else the subject nearest before the period
(Xは / Xが), else the other side of the addressee (Xに通知 → the one not X), else the kind's default.
A document where the provider speaks as 当社 is a provider's standard terms, not a contract
negotiated between named parties; some duties are read only in the latter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Party

# words for the customer side: お客様 / 契約者 "subscriber" / 利用者 "user" / 会員 "member" /
# 委託者 "client" / 借主・賃借人 "tenant" / 買主・購入者 "buyer" / ライセンシー "licensee" /
# 加盟店・出店者 "merchant" / 受講者 "trainee" / 登録者 "registrant" / 注文者 "the one who orders
# work" / 寄託者 "depositor" (of goods in a warehouse) / 需要家・需要者 "consumer" (of power, gas, water) /
# 委任者・依頼者 "principal, client" / 借受人 "hirer" (of a car, equipment) / 荷主 "shipper" /
# 加盟者・フランチャイジー "franchisee" / 委託元 "the one entrusting" / 広告主 "advertiser" /
# 借手 "lessee"
CUSTOMER_WORDS = (
    "お客様", "お客さま", "契約者", "サービス利用者", "利用者", "会員", "ユーザー", "ユーザ", "加入者",
    "申込者", "委託者", "発注者", "注文者", "借主", "賃借人", "買主", "購入者", "ライセンシー", "顧客",
    "利用企業", "加盟店", "出店者", "受講者", "登録者", "寄託者", "需要家", "需要者", "委任者", "依頼者",
    "借受人", "荷主", "加盟者", "フランチャイジー", "委託元", "広告主", "借手",
)
# words for the provider side: 当社 "we" / 弊社 / 提供者 "provider" / 受託者 "contractor" /
# 貸主・賃貸人 "landlord" / 売主 "seller" / ライセンサー "licensor" / 当店 "our shop" /
# 受寄者・倉庫業者 "warehouse keeper" / 供給者 "supplier" / 受任者 "agent" / 貸渡人 "hire company" /
# 運送人 "carrier" / 委託先 "the one entrusted" / ベンダー・サプライヤー "vendor, supplier" /
# 本部・フランチャイザー "franchisor" / リース会社 "leasing company" / 貸手 "lessor"
# (本部分 "this part" never reads as a party: the party patterns need は/が/に right after the word)
PROVIDER_WORDS = (
    "当社", "弊社", "当行", "当組合", "当法人", "当店", "当協会", "当金庫", "運営会社", "提供者",
    "サービス提供者", "運営者", "受託者", "請負人", "受注者", "貸主", "賃貸人", "売主", "ライセンサー",
    "受寄者", "倉庫業者", "供給者", "受任者", "貸渡人", "運送人", "本部", "フランチャイザー", "委託先",
    "ベンダー", "ベンダ", "サプライヤー", "リース会社", "貸手",
)
# words for both sides at once: 当事者 "each party" / 双方 / 相手方 "the other party" /
# 開示者・受領者 (in a mutual NDA either side may be either)
BOTH_WORDS = (
    "甲乙", "甲及び乙", "甲および乙", "乙及び甲", "双方", "両当事者", "各当事者", "当事者", "いずれの当事者",
    "相手方", "開示者", "受領者", "開示当事者", "受領当事者",
)

# 甲 acts as the customer where it entrusts, orders, leases from, buys; as the provider where it lends
_X = r"(甲|乙|丙)(?:は|が)、?"  # the acting party
_Y = r"(?:甲|乙|丙)"  # the other party
_GAP = r"(?:(?![甲乙丙](?:は|が))[^。]){0,40}?"  # words that bring in no new subject
_OBJECT = r"[^。、]{0,15}?"  # the thing bought or leased (甲から建物を賃借)
_TO = r"(甲|乙|丙)に(?:対し(?:て)?、?)?[^。、]{0,20}?"  # the party something is leased, sold or entrusted to
# a verb, not a noun built on it (委託料 fee, 販売額 sales, 提供物 deliverables)
_VERB = r"(?!料|額|代|金|品|物|者|先|元|契約|価格)"
# (pattern, what the acting party is): 甲は乙に委託する "甲 entrusts 乙" → 甲 is the customer
_ROLES: tuple[tuple[re.Pattern[str], Party], ...] = (
    # entrust / order / request: the client
    (re.compile(_X + _Y + r"に(?:対し、?)?" + _GAP + r"(?:委託|発注|注文|依頼)" + _VERB), Party.CUSTOMER),
    # buy / lease from / rent from: the buyer or tenant
    (re.compile(_X + _GAP + _Y + r"から" + _OBJECT + r"(?:購入|買い受|仕入|借り受|賃借)" + _VERB),
     Party.CUSTOMER),
    # lease / lend / provide / license / sell / dispatch (workers) to: the provider
    (re.compile(
        _X + _Y + r"に(?:対し、?)?" + _GAP + r"(?:賃貸|貸与|貸し渡|提供|許諾|販売|売り渡|派遣)" + _VERB
    ), Party.PROVIDER),
    # take on work from: the contractor
    (re.compile(_X + _GAP + _Y + r"から(?:受託|請け負)" + _VERB), Party.PROVIDER),
    # the party named as the one leased or sold to, or entrusted, whoever the subject is (甲の所有する
    # 建物を乙に賃貸する → 乙 is the tenant; 乙に委託する業務 → 乙 is the contractor)
    (re.compile(_TO + r"(?:賃貸|貸与|貸し渡|販売|売り渡)" + _VERB), Party.CUSTOMER),
    (re.compile(_TO + r"(?:委託|発注)" + _VERB), Party.PROVIDER),
    (re.compile(r"(甲|乙|丙)から" + _OBJECT + r"(?:購入|買い受|借り受|賃借)" + _VERB), Party.PROVIDER),
)
# a role word with the letter in brackets: 賃貸人（甲） / 甲（賃貸人）
_BRACKETED = re.compile(
    r"([^\s（）()「」、。]{1,8})[（(](甲|乙|丙)[）)]|(甲|乙|丙)[（(]([^（）()「」、。]{1,8})[）)]"
)
_DEFINED = re.compile(r"[（(]以下[、,]?「(甲|乙|丙)」")  # …（以下「甲」という。）
_NAME_START = re.compile(r"[「」（）()。、]")
# a contract's own names: 株式会社X（以下「X社」といいます。）が提供する "…, which provides" → provider;
# 「登録ユーザー」とは、本サービスを利用する者 "means a person who uses the service" → customer
_OWN_PROVIDER = re.compile(
    r"[（(]以下[、,]?「((?!本)[^」「]{1,12})」(?:と(?:いい|いう|称)[^）)]{0,6})?[）)](?:が|は)[^。]{0,40}?(?:提供|運営)"
)
_OWN_CUSTOMER = re.compile(
    r"「((?!本)[^」「]{1,12})」とは[、,]?[^。]{0,40}?(?:利用する|利用しようとする|申し込|申込|登録|締結)"
    r"[^。]{0,10}?(?:者|法人|個人|方)"
)
# a company defined by a short name (さくら運輸株式会社（以下「さくら」という。）): where the head defines
# only one, that company is the provider, the other side being a person or a role word
_COMPANY = re.compile(
    r"(?:(?:株式会社|有限会社|合同会社)[^（()）「」、。\s]{1,20}|[^（()）「」、。\s]{1,20}(?:株式会社|有限会社|合同会社))"
    r"[（(]以下[、,]?「((?![本甲乙丙])[^」「]{1,12})」"
)
_ROLE_WORDS = {w: Party.CUSTOMER for w in CUSTOMER_WORDS} | {w: Party.PROVIDER for w in PROVIDER_WORDS}


# the provider speaking of itself: standard terms of a service (約款, 利用規約) rather than a
# contract negotiated between named parties (甲/乙, 貸主/借主)
# (not inside another word: 不当行為 "wrongful act", 担当行員 "officer in charge", 相当社数)
FIRST_PERSON = re.compile(
    r"(?<![不正相担該妥適充配抵見日])(?:当社|弊社|当行|当組合|当法人|当店|当協会|当金庫)"
)


# 当社 buying, ordering or entrusting (a purchaser's own terms: 当社が取引先から物品を購入する /
# 当社が委託先に業務を委託する): 当社 is then the customer and 取引先 "business partner" the supplier;
# not where 当社 first says it provides a service, nor for work passed on to third parties
_FP = r"(?:当社|弊社)(?:」(?:と(?:いい|いう|称)[^）)]{0,6})?[）)])?(?:は|が)、?"
# the other side named as the seller or contractor (not 電気通信事業者より借り受ける回線, a supply of the
# provider's own), perhaps with its definition in brackets
_SELLER = (r"(?:取引先|仕入先|発注先|サプライヤー|ベンダー|売主|供給者|受託者|受注者|請負人|委託先"
           r"|貸主|賃貸人)(?:[（(][^）)]{0,30}[）)])?")
_FIRST_PERSON_BUYS = (
    re.compile(_FP + r"[^。]{0,20}?" + _SELLER + r"(?:から|より)[^。、]{0,20}?"
               r"(?:購入|買い受|買受|仕入|調達|借り受|賃借)" + _VERB),
    re.compile(_FP + r"[^。]{0,20}?" + _SELLER + r"(?:に|へ)(?:対し、?)?[^。、]{0,20}?(?:委託|発注|注文)"
               + _VERB),
)
_FIRST_PERSON_PROVIDES = re.compile(
    r"(?:当社|弊社)(?:が|は|の)[^。]{0,20}?(?:提供|運営|販売|賃貸|貸与|貸し渡)"
)
_BUYER_WORDS = {"取引先": Party.PROVIDER, "仕入先": Party.PROVIDER, "発注先": Party.PROVIDER}


@dataclass(frozen=True)
class Found:
    party: Party | None
    explicit: bool  # read from the clause's own words rather than a default


class Parties:
    """The party words of one document and the regexes built from them."""

    def __init__(self, words: dict[str, Party], standard_terms: bool = False, lettered: bool = False) -> None:
        self.words = words
        self.standard_terms = standard_terms
        self.lettered = lettered  # a contract between 甲 and 乙, where a clause naming no one binds either
        alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        self._alternation = alternation
        self._term = re.compile(f"(?:{alternation})")
        term = f"(?:{alternation})(?:様|さま)?"  # 利用者様は: an honorific may follow
        # Xから…意思表示/申出/通知/異議 (objection), in the same phrase: X is the one who speaks (not
        # in 甲から支払われた前払金について、解約日から…), but not where what X said is received
        # (Xから申出を受けた / 申出があった日から: the one it reaches acts)
        self._speaker = re.compile(
            rf"((?:{term}(?:又は|または|若しくは|もしくは|及び|および|、)?)+)(?:の?(?:いずれ|一方))?から(?:も)?、?"
            r"[^。、]{0,15}?(?:意思表示|申出|申し出|申入|通知|解約|解除|異議)"
            r"(?![^。、]{0,4}?(?:を受け|を受領|があった))"
        )
        # X(及びY)は: the topic; Xが: a subject, perhaps of a relative clause (乙が発行する請求書);
        # 甲乙いずれかが / ユーザとベンダのいずれか一方は "either of them": both
        either = r"(?:の?(?:いずれか|いずれ)(?:一方)?|の?一方)?"
        parties = rf"((?:{term}(?:又は|または|及び|および|並びに|と|、)?)+){either}"
        self._topic = re.compile(parties + r"(?:は|も|において)")  # いずれの当事者も "either party"
        self._subject = re.compile(parties + r"が")
        self._label = re.compile(rf"({term})[:：]?$")
        # Xに(対し) / Xへ: the addressee
        self._addressee = re.compile(rf"({term})(?:に対して|に対し|に|へ)(?:、)?")

    @classmethod
    def of(cls, compact: str) -> Parties:
        """The party words of a document: the tables, its 甲/乙 and its own names for the sides."""
        words: dict[str, Party] = {w: Party.CUSTOMER for w in CUSTOMER_WORDS}
        words |= {w: Party.PROVIDER for w in PROVIDER_WORDS}
        words |= {w: Party.BOTH for w in BOTH_WORDS}
        head = compact[:3000]
        words |= _letters(head)
        if _first_person_buys(head):
            words |= {w: Party.CUSTOMER for w in ("当社", "弊社")} | _BUYER_WORDS
        for pattern, party in ((_OWN_PROVIDER, Party.PROVIDER), (_OWN_CUSTOMER, Party.CUSTOMER)):
            for m in pattern.finditer(compact[:5000]):
                words.setdefault(m.group(1), party)
        words |= _one_way(head, words)
        companies = {m.group(1) for m in _COMPANY.finditer(head)}
        if len(companies) == 1:
            words.setdefault(companies.pop(), Party.PROVIDER)
        _add_named_pair(head, words)
        lettered = "甲" in head and "乙" in head
        return cls(words, FIRST_PERSON.search(compact) is not None, lettered)

    def _party_of(self, phrase: str) -> Party | None:
        found = {self.words[t] for t in self._term.findall(phrase)}
        if not found:
            return None
        if len(found) > 1 or Party.BOTH in found:
            return Party.BOTH
        return found.pop()

    def speaker(self, text: str) -> Party | None:
        m = self._speaker.search(text)
        return self._party_of(m.group(1)) if m else None

    def subject(self, text: str, topic: bool = True, nearest: bool = False) -> Party | None:
        """The topic (Xは) nearest the end of `text`, else the nearest subject (Xが); with
        topic=False only the subject, the one who does or fails to do the act (Xが…解消しない);
        with nearest=True whichever of the two comes last."""
        found = []
        for pattern in (self._topic, self._subject) if topic else (self._subject,):
            last = None
            for m in pattern.finditer(text):
                last = m
            if last and not nearest:
                return self._party_of(last.group(1))
            if last:
                found.append(last)
        if found:
            return self._party_of(max(found, key=lambda m: m.end()).group(1))
        return None

    def marked(self, text: str, marker: str) -> Party | None:
        """The party named right before `marker` (a regex), the last such in `text`."""
        last = None
        pattern = rf"((?:(?:{self._alternation})(?:又は|または|及び|および|、)?)+){marker}"
        for found in re.finditer(pattern, text):
            last = found
        return self._party_of(last.group(1)) if last else None

    def label(self, text: str) -> Party | None:
        """The party word `text` ends with, as a table labels a cell (貸主 6か月); prose always puts a
        particle between a party and a period."""
        m = self._label.search(text)
        return self._party_of(m.group(1)) if m else None

    def addressee_other(self, text: str) -> Party | None:
        """The side opposite the first addressee in `text`."""
        m = self._addressee.search(text)
        if not m:
            return None
        other = {Party.CUSTOMER: Party.PROVIDER, Party.PROVIDER: Party.CUSTOMER}
        return other.get(self._party_of(m.group(1)) or Party.BOTH, Party.BOTH)


# the two sides defined one after the other: A（以下「X」という。）とB（以下「Y」という。）は / との間
_DEF = r"[（(]以下[、,]?「((?![本甲乙丙])[^」「]{1,12})」(?:と(?:いい|いう|称)[^）)]{0,6})?[）)]"
_PAIR = re.compile(_DEF + r"(?:と|及び|および)[^。（()）]{1,40}?" + _DEF + r"(?:は|が|との間)")
# a defined name the tables lack, by the words inside it: 受託会社 "the contracted company", 発注会社
# "the ordering company" (the provider side first: 受託 holds no 委託)
_NAME_HINTS: tuple[tuple[re.Pattern[str], Party], ...] = (
    (re.compile(r"受託|受注|請負|貸主|貸手|賃貸人|売主|供給|提供|運営|ライセンサー|リース会社"),
     Party.PROVIDER),
    (re.compile(r"委託|発注|注文|借主|借手|賃借人|買主|購入|利用|ライセンシー|加盟"), Party.CUSTOMER),
)
_SIDE = {Party.CUSTOMER: Party.PROVIDER, Party.PROVIDER: Party.CUSTOMER}
# names of things, not sides: 利用契約 "the contract of use", 本サービス, 秘密情報, 委託料 "the fee"
_NOT_A_SIDE = re.compile(r"(?:契約|規約|約款|サービス|情報|料|料金|期間|書|物|品)$")


def _add_named_pair(head: str, words: dict[str, Party]) -> None:
    """Give the two sides' own names a side where the tables lack them: by the words inside the
    name, else as the side opposite the other name of the pair."""
    m = _PAIR.search(head)
    if not m:
        return
    names = (m.group(1), m.group(2))
    if any(_NOT_A_SIDE.search(name) for name in names):
        return
    for name in names:
        hint = next((p for pattern, p in _NAME_HINTS if pattern.search(name)), None)
        if name not in words and hint:
            words[name] = hint
    first, second = (words.get(n) for n in names)
    if first in _SIDE and second is None:
        words[names[1]] = _SIDE[first]
    elif second in _SIDE and first is None:
        words[names[0]] = _SIDE[second]


def _letters(head: str) -> dict[str, Party]:
    """甲/乙 by the role word that defines them (代理店加盟者（以下「乙」）, 賃貸人（甲）), or by the service
    one provides (X（以下「甲」）が提供する), the other letter taking the other side; failing those, by
    the earliest sentence that tells who does what (甲は乙に委託する); failing that, the default."""
    kou = _KOU_DEFAULT.copy()
    named: dict[str, Party] = {}
    for m in _DEFINED.finditer(head):
        name = head[max(0, m.start() - 40) : m.start()]
        name = _NAME_START.split(name)[-1]  # the words naming the party, back to the last bracket
        role = next((p for w, p in _ROLE_WORDS.items() if w in name), None)
        if role:
            named[m.group(1)] = role
    for m in _BRACKETED.finditer(head):
        name, letter = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
        role = next((p for w, p in _ROLE_WORDS.items() if name.endswith(w)), None)
        if role:
            named[letter] = role
    for m in _OWN_PROVIDER.finditer(head):
        if m.group(1) in ("甲", "乙"):
            named.setdefault(m.group(1), Party.PROVIDER)
    acts = []
    if "甲" in head and not named:
        acts = [(a.start(), a.group(1), r) for pattern, r in _ROLES if (a := pattern.search(head))]
    if acts:
        _, actor, role = min(acts)
        named[actor] = role
    for letter, other in (("甲", "乙"), ("乙", "甲")):
        if letter in named and other not in named and named[letter] in _SIDE:
            named[other] = _SIDE[named[letter]]
    return kou | named


# a one-way NDA ties discloser and recipient to one side each: 甲（以下「開示者」という。）/ 受領者（乙）/
# 甲を開示者とし / 開示者である乙
_DISCLOSER, _RECIPIENT = r"開示(?:者|当事者)", r"受領(?:者|当事者)"
_ROLE_OF = tuple(
    (re.compile(pattern.format(role=role)), role)
    for role in (_DISCLOSER, _RECIPIENT)
    for pattern in (
        r"(甲|乙)[（(]以下[、,]?「(?:{role})」",
        r"(?:{role})[（(](甲|乙)[）)]",
        r"(甲|乙)[（(](?:{role})[）)]",
        r"(甲|乙)を(?:{role})",
        r"(?:{role})である(甲|乙)",
    )
)


def _one_way(head: str, words: dict[str, Party]) -> dict[str, Party]:
    """Discloser and recipient words bound to the side of the letter that plays each role, where the
    document makes one letter the discloser or the recipient; a mutual NDA keeps them both."""
    for pattern, role in _ROLE_OF:
        m = pattern.search(head)
        party = words.get(m.group(1)) if m else None
        if party is not None and party in _SIDE:
            side = party if role == _DISCLOSER else _SIDE[party]
            other = _SIDE[side]
            return {"開示者": side, "開示当事者": side, "受領者": other, "受領当事者": other}
    return {}


def _first_person_buys(head: str) -> bool:
    """Whether the earliest role 当社 takes in the document's head is that of the buyer or client."""
    buys = [m.start() for pattern in _FIRST_PERSON_BUYS if (m := pattern.search(head))]
    if not buys:
        return False
    provides = _FIRST_PERSON_PROVIDES.search(head)
    return provides is None or min(buys) < provides.start()


# without other clues 甲 is the customer (the party that orders) and 乙 the provider
_KOU_DEFAULT: dict[str, Party] = {"甲": Party.CUSTOMER, "乙": Party.PROVIDER, "丙": Party.BOTH}
