"""Repairs of what OCR typically gets wrong in Japanese contract text, char for char (no offset moves).

Tesseract's Japanese model confuses lookalikes: 曰 or 昌 for 日, ン for 乙, l / I / | for 1 beside
numbers, O for 0, half-width brackets for full-width ones,
○ for the kanji zero 〇, and kanji for the katakana they resemble (力 カ, 口 ロ, 一 ー, 二 ニ, 工 エ…)
inside katakana words. Each rule looks at the neighbours, so 口座 and 一覧 stay as written.
"""

from __future__ import annotations

import re
import unicodedata

_KATAKANA = r"\u30a1-\u30fa\u30fc"  # katakana letters and the long-vowel mark ー
_KANJI_NUMERALS = "〇一二三四五六七八九十百千"
_COUNTERS = "日月年条項号週時分秒円名回件か箇ヶヵケカ営"
# kanji misread for the katakana they look like, inside a katakana word
_KANA_LOOKALIKES = str.maketrans("力口工二八卜夕一才", "カロエニハトターオ")

_CJK = "\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# half-width brackets in Japanese text were full-width on the page: （目的）, 甲（以下…）
_OPEN_PAREN = re.compile(rf"(?<=[{_CJK}])\(|\((?=[{_CJK}])")
_CLOSE_PAREN = re.compile(rf"(?<=[{_CJK}。])\)|\)(?=[{_CJK}])")
# 日 read as 曰, 昌 or 目 after a number: "30昌以内", "14目前まで"
_DAY = re.compile(r"(?<=[0-9])(?:[曰昌]|目(?=以内|前|後|間|まで|から|を|に|経過))")
# no Japanese word begins with ン: at the start of a sentence it is 乙 misread ("ンは、…")
_OTSU = re.compile(r"(?:(?<=^)|(?<=[\n。、「（]))ン(?=[はがにのをと、])", re.MULTILINE)
_FOLDABLE = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f]+")
_ALWAYS = str.maketrans({"曰": "日", "\u2010": "-", "\u2212": "-"})
# a one read as l, I, | or ｌ: beside a digit, after 第, or before a counter, and not inside a Latin word
_ONE = re.compile(rf"(?<![A-Za-z])[lI|ｌ](?=[0-9]|[{_COUNTERS}](?![A-Za-z]))|(?<=[0-9第])[lI|ｌ](?![A-Za-z])")
# a zero read as O or o between or beside digits
_ZERO = re.compile(r"(?<=[0-9])[Oo](?![A-Za-z])|(?<![A-Za-z])[Oo](?=[0-9])")
_KANJI_ZERO = re.compile(rf"(?<=[{_KANJI_NUMERALS}])○|○(?=[{_KANJI_NUMERALS}])")
_KANA_WORD = re.compile(rf"(?<=[{_KATAKANA}])[力口工二八卜夕一才]+(?=[{_KATAKANA}]|[^\u4e00-\u9fff])")
# "3力月", "6口月": a months counter after a number
_MONTHS_COUNTER = re.compile(r"(?<=[0-9〇一二三四五六七八九十])[力]\s?(?=月)")


def normalise_word(word: str) -> str:
    """One word as Tesseract read it, in the forms the extractor reads: NFKC folds half-width
    katakana and full-width Latin (ｶ月 → カ月, ＡＢ → AB) and leaves Japanese punctuation alone."""
    return _FOLDABLE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), word)


def repair(text: str) -> str:
    """Lookalike repairs over a page's text; the result has the same length."""
    text = text.translate(_ALWAYS)
    text = _DAY.sub("日", text)
    text = _OTSU.sub("乙", text)
    text = _OPEN_PAREN.sub("（", text)
    text = _CLOSE_PAREN.sub("）", text)
    text = _ONE.sub("1", text)
    text = _ZERO.sub("0", text)
    text = _KANJI_ZERO.sub("〇", text)
    text = _MONTHS_COUNTER.sub(lambda m: "カ" + m.group()[1:], text)
    return _KANA_WORD.sub(lambda m: m.group().translate(_KANA_LOOKALIKES), text)
