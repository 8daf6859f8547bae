"""The sentence around a duty's words: what the report quotes for each deadline."""

from tracker.domain import Document

SENTENCE = "本契約は、期間満了の30日前までに申出がない限り、1年間更新する。"
JA = f"第9条（更新）\n{SENTENCE}以後も同様とする。"
EN_SENTENCE = "This Agreement renews unless a party gives 30 days notice before expiry."
EN = f"9. Renewal. {EN_SENTENCE} The rest."


def _around(text: str, words: str, limit: int = 400) -> str:
    start = text.index(words)
    return Document("x", None, text).sentence_around(start, start + len(words), limit)


def test_a_japanese_sentence_runs_from_the_line_or_the_last_full_stop_to_the_next():
    assert _around(JA, "30日前までに") == SENTENCE
    assert _around(JA, "以後も") == "以後も同様とする。"


def test_an_english_sentence_ends_at_a_full_stop():
    assert _around(EN, "30 days") == EN_SENTENCE


def test_a_long_sentence_is_cut_around_the_words():
    text = "あ" * 1000 + "30日前までに" + "い" * 1000 + "。"
    quoted = _around(text, "30日前までに", limit=100)
    assert "30日前までに" in quoted and len(quoted) <= 100
