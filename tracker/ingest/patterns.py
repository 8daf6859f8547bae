"""Line-start patterns of contract structure (条/項/号, headings, 附則), shared by cleaner and parser.

All patterns run on cleaned text: full-width digits are already ASCII and each line is stripped.
"""

from __future__ import annotations

import re

from tracker.domain.numerals import parse_number

_KANJI_NUM = "[〇零一二三四五六七八九十百千]+"
_NUM = rf"(?:\d+|{_KANJI_NUM})"

# brackets around a heading: （目的） (目的) 【目的】 〔目的〕 ［目的］
_OPEN, _CLOSE = "[（(【〔［\\[]", "[）)】〕］\\]]"
_HEADING_TEXT = "[^。（）()【】〔〕［］\\[\\]]"
# 第N条 / 第N条のM (article N / branch article N-M), then end, a （heading） or a space before text;
# anything else ("第5条に基づき…", "第2条第1項") is a reference inside running text.
# a bullet or bracket some drafters put around the number: ■第3条, 【第3条】
_DECOR_OPEN, _DECOR_CLOSE = "(?:[■□●○◆◇▼▽▲△★☆◎]\\s*)?[【［\\[]?", "[】］\\]]?"
ARTICLE = re.compile(
    rf"{_DECOR_OPEN}第\s*(?P<num>{_NUM})\s*条(?:\s*の\s*(?P<branch>{_NUM}))?{_DECOR_CLOSE}"
    rf"(?:\s*{_OPEN}(?P<heading>{_HEADING_TEXT}{{1,40}}){_CLOSE}\s*(?P<rest1>.*)|\s+(?P<rest2>\S.*)|\s*$)"
)
# English "Article 5" / "ARTICLE IV" / "Section 4.2." / "§ 3" opening a line (capitalised: a
# lower-case "section 4" continues a sentence); what follows the number is checked by `english_header`
ARTICLE_EN = re.compile(
    r"(?:ARTICLE|Article|SECTION|Section|§)\s*(?P<num>\d{1,3}|[IVXL]{1,6})(?:\.(?P<sub>\d{1,3}))?"
    r"(?![\w(]|\.\d)\.?[:\s]*(?:[-–—]\s*)?"
)
# a heading after the number: "Definitions" in quotes, or Title-Case words up to a period
# ("Term and Termination. This Agreement…"), or a short line without a final period ("TERM")
_EN_QUOTED = re.compile(r"[\"“](?P<heading>[^\"“”]{1,60})[\"”]\.?\s*")
_EN_TITLED = re.compile(r"(?P<heading>[A-Z][A-Za-z&'-]*(?: (?:[A-Z][A-Za-z&'-]*|[a-z]{1,3}))*)\.(?:\s+|$)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# 第N章 / 第N節 (chapter, section): grouping lines that belong to no article
CHAPTER = re.compile(rf"第\s*{_NUM}\s*[章節款編部](?:\s|$)")
# a heading alone on its line: （目的）
HEADING = re.compile(rf"{_OPEN}(?!\d)(?P<heading>{_HEADING_TEXT}{{1,40}}){_CLOSE}$")
# 項 (paragraph): "1．", "2. ", "2 " then text; "1.0" (a version number) is not one
PARAGRAPH = re.compile(r"(?P<num>\d{1,2})(?:[．.](?!\d)\s*|\s+)(?=\S)")
# "5.1 The Customer…": paragraph 1 of article (or section) 5
DECIMAL_PARAGRAPH = re.compile(r"(?P<article>\d{1,3})[.．](?P<num>\d{1,2})[.．]?\s+(?=\S)")
# 号 (item): (1) （1） (1). ① 一
ITEM_PAREN = re.compile(r"[（(]?\s*(?P<num>\d{1,2})\s*[)）]\.?")
ITEM_ALPHA = re.compile(r"[（(](?P<num>[a-z])[)）]")  # (a) (b), as English contracts number items
ITEM_CIRCLED = re.compile(r"[\u2460-\u2473]")  # ①..⑳
ITEM_KANJI = re.compile(r"(?P<num>[一二三四五六七八九十]{1,3})(?:\s+|[．.、])(?=\S)")
# ア イ ウ … (五十音 order) as the first level of items: "ア 本契約に違反したとき", "(イ)"
KATAKANA_ITEMS = "アイウエオカキクケコサシスセソタチツテト"
ITEM_KATAKANA = re.compile(
    rf"(?:(?P<num>[{KATAKANA_ITEMS}])(?:\s+|[．.、])|[（(](?P<pnum>[{KATAKANA_ITEMS}])[)）]\s*)(?=\S)"
)
# lower-level markers that only matter for not joining lines: (ア) ア． a) ・ ● ※ -
SUBITEM = re.compile(r"[（(]?[ア-ンa-z][)）．.](?:\s|(?=\S))|[・●○■□◆◇※\-*•]\s?")
# 附則 (supplementary provisions), 改定履歴 (revision history) and their English kin
SUPPLEMENT = re.compile(r"(?:附\s*則|改定履歴|改訂履歴|変更履歴|制定・改定履歴|Supplementary Provisions)"
                        r"(?:\s*[（(].*[)）])?$", re.IGNORECASE)
# 別表 / 別紙 (schedule, annex) heading after the articles: "別紙料金表", "別表1 技術的事項"; not a
# sentence that cites one ("別紙料金表に定める料金を支払う。")
ANNEX = re.compile(r"(?:別表|別紙)(?:[^\s。、，,]{0,10}|[\d一二三四五六七八九十]*\s+[^。、，,]{1,40})$")
# a section opened by a bullet or a bracketed heading where nothing is numbered: "■お申込みについて",
# "◆ 会員は期限の1か月前までに更新する。" (the line itself names the section), "【料金】月額1,000円"
BULLET_HEADING = re.compile(r"[■□◆◇▼▽▲△★☆◎]\s*(?P<heading>\S.{0,79})|【(?P<bracketed>[^【】]{1,30})】")
# numbered English heading "1. Definitions" (short, no final period)
NUMBERED_HEADING = re.compile(r"(?P<num>\d{1,2})\.\s+(?P<heading>[A-Z][^.。]{1,60})$")
# a heading of Title-Case words closed by a period, alone or run into its text: "1. Term." /
# "7. Limitation of Liability. The Provider…" (each word of four letters or more capitalised)
TITLED_HEADING = re.compile(
    r"(?P<num>\d{1,2})\.\s+(?P<heading>[A-Z][A-Za-z&'-]*(?: (?:[A-Z][A-Za-z&'-]*|[a-z]{1,3}))*)\."
    r"(?:\s+(?P<rest>\S.*))?$"
)
# 第N without 条, as some templates number their sections: "第3 契約期間" / "第3（契約期間）" (the
# cleaner drops the space: 第3契約期間); not 第1項 / 第2号 / 第3章 (paragraph, item, chapter)
SECTION_HEADING = re.compile(
    r"第\s*(?P<num>\d{1,2})(?:\s*(?P<heading>(?![項号条章節款回版期者編部])[^\s\d。、，,（(][^。、，,]{0,18})"
    r"|\s*[（(](?P<bracketed>[^。（）()]{1,20})[）)])$"
)
# a Japanese heading after a number: "7. 解約" / "12．有効期間" / "6. 棚卸し" — a short noun phrase
# without punctuation that does not end in a particle or a verb ending (a broken line does), save
# について (about): "9. 個人情報について"
JAPANESE_NUMBERED_HEADING = re.compile(
    r"(?P<num>\d{1,2})[.．]\s*(?P<heading>[^\s\d。、，,．.「」（）()第][^。、，,「」]{0,18}"
    r"(?:[^。、，,「」\sはがをにでともへてたるすうくやかずねよな]|について))$"
)


def english_header(line: str) -> tuple[str, int | None, str | None, str] | None:
    """(number, sub-number, heading, text) of an "Article 4" / "Section 4.2 Term." line, or None
    where the line only cites one: "Section 4.2 of this Agreement", "Section 4.2, the…"."""
    m = ARTICLE_EN.match(line)
    if m is None:
        return None
    rest = line[m.end():]
    if rest and (rest[0].islower() or rest[0] in ",;)("):
        return None
    written = m.group("num")
    number = written if written.isdigit() else str(_roman(written))
    sub = int(m.group("sub")) if m.group("sub") else None
    heading = _EN_QUOTED.match(rest) or _EN_TITLED.match(rest)
    if heading:
        return number, sub, heading.group("heading"), rest[heading.end():]
    if len(rest) <= 80 and not rest.endswith((".", ";", ",")):
        return number, sub, rest.strip(" .:-–—") or None, ""
    return number, sub, None, rest


def _roman(written: str) -> int:
    """IV → 4: each numeral adds, or subtracts where a larger one follows it."""
    values = [_ROMAN[c] for c in written]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def article_number(written: str) -> int:
    """第十一条 / 第11条 → 11 (the patterns above only match digits and 漢数字)."""
    return parse_number(written) or 0


# particles and conjunctions that continue a reference to an article: 第5条に, 第5条及び
_REFERENCE_NEXT = "のにをはがへでともや及又並乃"
# what continues a reference after a space: 第5条 第2項 (its paragraph), 第5条 から第7条まで (a
# range), 第5条 、第6条 (a list), 第5条 および / ないし / もしくは / ならびに / または; but an
# article may open citing another: "第38条 第11条の定めに基づき…"
_SPACED_REFERENCE_NEXT = re.compile(
    rf"[{_REFERENCE_NEXT}、，,・～〜~\-−]|第\s*{_NUM}\s*[項号]|から|まで|ない|およ|もし|なら|また|若"
)


# every char that can open one of the patterns above: digits, 第, brackets, circled digits, 漢数字,
# katakana and Latin sub-item letters, bullets, 附則/改定履歴…, 以上/別表/別紙, Article/Section/§, #
_STRUCTURE_FIRST = frozenset(
    "0123456789第（(【〔［[" + "".join(chr(c) for c in range(0x2460, 0x2474)) + "一二三四五六七八九十"
    + "".join(chr(c) for c in range(0x30A1, 0x30F7)) + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "・●○■□◆◇※-*•▼▽▲△★☆◎" + "附改変制以別§#"
)


def article_header(line: str) -> re.Match[str] | None:
    """The 第N条 header opening `line`, or None where the line only refers to an article."""
    m = ARTICLE.match(line)
    if m is None:
        return None
    rest1, rest2 = m.group("rest1"), m.group("rest2")
    # "第5条 に基づき", "第5条 第2項", "第18条（…）第1項各号" are references in running text, not headers
    if (rest1 and rest1[0] in _REFERENCE_NEXT + "第") or (rest2 and _SPACED_REFERENCE_NEXT.match(rest2)):
        return None
    return m


def starts_structure(line: str) -> bool:
    """Whether a stripped line opens a new 条/項/号/heading, so no broken line may be joined onto it."""
    if not line or line[0] not in _STRUCTURE_FIRST:  # most continuation lines: one set lookup
        return False
    return bool(
        article_header(line) or CHAPTER.match(line) or PARAGRAPH.match(line) or ITEM_PAREN.match(line)
        or DECIMAL_PARAGRAPH.match(line)
        or ITEM_CIRCLED.match(line) or ITEM_KANJI.match(line) or ITEM_KATAKANA.match(line)
        or SUBITEM.match(line)
        or HEADING.match(line) or SUPPLEMENT.match(line) or english_header(line)
        or SECTION_HEADING.match(line)
        or line.startswith(("#", "以上", "別表", "別紙"))
    )


def is_header_line(line: str) -> bool:
    """A line that is complete in itself (article header, heading, chapter), never continued."""
    if not line or line[0] not in _STRUCTURE_FIRST:
        return False
    m = article_header(line)
    if m and not (m.group("rest1") or m.group("rest2")):
        return True
    return bool(HEADING.match(line) or CHAPTER.match(line) or SUPPLEMENT.match(line)
                or NUMBERED_HEADING.match(line))


def display_width(line: str) -> int:
    """Width in half-width columns: a char of 3 UTF-8 bytes (CJK, full-width) counts 2."""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2
