"""The contract text view: outline, highlights and offsets when the text holds characters outside
the BMP (Qt counts them as two UTF-16 units, Python as one)."""

from __future__ import annotations

from tracker.domain import (
    Article,
    Direction,
    Document,
    Duty,
    DutyKind,
    DutyRecord,
    Party,
    Period,
    ReviewState,
    SourceSpan,
    Unit,
)
from tracker.gui.document_view import DocumentView

TEXT = "第1条（𠮷野家との契約）\n契約者は、終了した日から14日以内に返還する。\n"
PHRASE = "14日以内"


def _view(qtbot) -> tuple[DocumentView, int]:
    start = TEXT.index(PHRASE)
    document = Document("t.txt", None, TEXT, (Article("1", "𠮷野家との契約", 0, len(TEXT)),))
    span = SourceSpan(start, start + len(PHRASE), PHRASE, "1")
    duty = Duty(DutyKind.RETURN, Party.CUSTOMER, Period(14, Unit.DAY, Direction.AFTER), "termination", span)
    view = DocumentView()
    qtbot.addWidget(view)
    view.setDocument(document)
    view.setDuties([DutyRecord(5, 1, duty, duty, ReviewState.SUGGESTED, 1)])
    return view, start


def test_a_duty_is_found_past_an_astral_character(qtbot):
    view, start = _view(qtbot)
    assert view.outline.topLevelItem(0).text(0) == "Article 1 𠮷野家との契約"
    view.showDuty(5)
    cursor = view.text.textCursor()
    assert cursor.position() == start + 1  # one more UTF-16 unit for 𠮷
    assert len(view.text.extraSelections()) == 1
    assert view.text.extraSelections()[0].cursor.selectedText() == PHRASE


def test_selected_text_and_clicks_map_back_to_python_offsets(qtbot):
    view, start = _view(qtbot)
    clicked: list[int] = []
    view.dutyClicked.connect(clicked.append)
    cursor = view.text.textCursor()
    cursor.setPosition(start + 1)
    cursor.setPosition(start + 1 + len(PHRASE), cursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    span = view.selectedSpan()
    assert span is not None
    assert (span.start, span.end, span.text, span.article) == (start, start + len(PHRASE), PHRASE, "1")
    cursor.setPosition(start + 3)
    view.text.setTextCursor(cursor)
    assert clicked == [5]
