"""Property: extract never raises, and every span points at its own text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain import Document
from tracker.extract import extract

# characters that make up contract wording, so that the text often forms periods and clauses
_ALPHABET = st.sampled_from(
    list("0123456789０１２３４５６７８９一二三十百日月年間週時営業前後以内経過まで")
    + list("満了解約返還削除通知当社甲乙は、。（）()\n 　")
)
_TEXT = st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=300))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_extract_never_raises_and_spans_are_inside_the_text(text: str) -> None:
    result = extract(Document(source="t", title=None, text=text, original=text))
    for duty in result.duties:
        span = duty.span
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
