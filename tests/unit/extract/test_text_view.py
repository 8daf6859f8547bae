"""The compact view: whitespace between Japanese characters goes, offsets still map back."""

from tracker.extract.textview import TextView


def test_line_breaks_inside_a_number_and_unit_are_dropped() -> None:
    view = TextView("違反した日から 10\n\n日間経過後も")
    assert view.compact == "違反した日から10日間経過後も"


def test_full_width_digits_become_ascii_one_for_one() -> None:
    assert TextView("３０日前").compact == "30日前"


def test_space_between_latin_words_stays() -> None:
    assert TextView("within thirty\n days").compact == "within thirty days"


def test_offsets_map_back_into_the_text() -> None:
    text = "期間満了 30\n日前までに"
    view = TextView(text)
    start = view.compact.index("30")
    s, e = view.span(start, start + 4)
    assert text[s:e] == "30\n日前"


def test_a_new_clause_starts_after_a_line_break_before_an_item_number() -> None:
    view = TextView("次の各号\n（1）支払を怠ったとき\n（2）破産したとき")
    assert [view.compact[i:i + 3] for i in view.breaks] == ["（1）", "（2）"]


def test_line_starts_are_kept_for_headings() -> None:
    view = TextView("第1条（目的）\n本規約は、\n第2条（定義）")
    assert [view.compact[i] for i in view.line_starts] == ["第", "本", "第"]
