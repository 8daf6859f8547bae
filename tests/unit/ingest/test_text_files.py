"""Text files in every encoding contracts come in, detected from the bytes, never from the name."""

from pathlib import Path

import pytest

from tracker.ingest import load_document

TEXT = ("見本サービス利用規約\n\n第1条（目的）\n"
        "本規約は、見本株式会社が提供するサービスの利用条件を定めるものです。\n"
        "第2条（契約期間）\n本契約の期間は、利用開始日から１年間とします。\n"
        "２ 期間満了の３０日前までに申出がない限り、本契約は自動的に更新されるものとします。\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "shift_jis", "cp932", "euc_jp", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "contract.txt"
    path.write_bytes(TEXT.encode(encoding))
    document = load_document(path)
    assert document.original == TEXT
    assert document.title == "見本サービス利用規約"
    assert document.position(document.text.index("30日前")) == ("2", 2, None)
    assert document.source == str(path)


def test_cp932_only_characters(tmp_path: Path) -> None:
    # ① and ～ exist in CP932 but not in plain Shift_JIS
    text = TEXT + "第3条（解除）\n当社は、次の場合に解除できる。\n① 料金を１４日～３０日滞納したとき\n"
    path = tmp_path / "contract.txt"
    path.write_bytes(text.encode("cp932"))
    document = load_document(path)
    assert document.original == text
    assert document.position(document.text.index("滞納")) == ("3", None, 1)


def test_extension_does_not_decide_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "contract.dat"
    path.write_bytes(TEXT.encode("euc_jp"))
    assert load_document(path).original == TEXT


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    document = load_document(path)
    assert document.position(document.text.index("30日前")) == ("2", 2, None)
    # the original keeps its CR LF, and offsets point into it
    start = document.text.index("30日前")
    assert document.original[document.original_offset(start):].startswith("３０日前")


def test_utf8_with_a_few_broken_bytes_is_read_with_replacement_marks(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    text = "見本規約\n第1条 本規約の期間は1年間とする。\n" * 50
    path.write_bytes(text.encode("utf-8")[:13] + b"\xff" + text.encode("utf-8")[13:])
    document = load_document(path)
    assert document.original.count("\ufffd") == 1 and "期間は1年間" in document.text


def test_a_little_shift_jis_in_much_ascii_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    text = "甲：株式会社見本商事　乙：見本太郎\n" + "It runs for one year.\n" * 2_000
    path.write_bytes(text.encode("cp932"))
    assert load_document(path).original.startswith("甲：株式会社見本商事")
