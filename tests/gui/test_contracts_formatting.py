"""Locale date formatting and the shared kind/party labels."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from tracker.domain import Direction, DutyKind, Explanation, Party, Period, Qualifier, Unit
from tracker.gui.formatting import explanation_text, format_date, format_due
from tracker.gui.style import (
    anchor_label,
    kind_color,
    kind_label,
    length_label,
    party_label,
    period_label,
    unit_name,
)


@pytest.fixture
def locale_en():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def locale_ja():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(before)


def test_english_dates_are_unambiguous(qapp, locale_en):
    assert format_date(date(2026, 12, 1)) == "1 Dec 2026"  # not 12/1/26, which reads 12 January
    assert format_due(datetime(2026, 12, 1, 9, 30)) == "1 Dec 2026 09:30"


def test_dates_follow_the_japanese_locale(qapp, locale_ja):
    assert format_date(date(2026, 12, 1)) == "2026/12/01"
    assert format_due(datetime(2026, 12, 1, 9, 30)) == "2026/12/01 09:30"


def test_every_kind_has_a_colour_and_a_label(qapp):
    for kind in DutyKind:
        assert kind_color(kind).isValid()
        assert kind_label(kind)
    assert kind_label(DutyKind.RENEWAL_NOTICE) == "Renewal notice"


def test_party_and_anchor_labels(qapp):
    assert party_label(Party.PROVIDER) == "Provider"
    assert party_label(None) == "—"
    assert anchor_label("notice_arrival") == "Notice received"
    assert anchor_label("something_new") == "something_new"


def test_every_anchor_takes_the_vocabularys_words(qapp, locale_en):
    assert anchor_label("suspension") == "Service suspended"
    assert anchor_label("attachment") == "Seizure of assets"


def test_anchors_take_the_schedulers_japanese_words(qapp, locale_ja):
    assert anchor_label("suspension") == "利用停止日"


def test_japanese_labels_hold_no_english(qapp, locale_ja):
    assert kind_label(DutyKind.DEFAULT) == "期限の利益喪失"
    assert period_label(Period(1, Unit.YEAR, Direction.BEFORE)) == "1年前"
    assert party_label(Party.CUSTOMER) == "利用者側"
    assert anchor_label("document_receipt") == "書類受領日"


def test_period_labels(qapp):
    assert period_label(Period(30, Unit.DAY, Direction.BEFORE)) == "30 days before"
    assert period_label(Period(1, Unit.MONTH, Direction.AFTER)) == "1 month after"
    assert period_label(Period(None, None, Direction.AFTER, Qualifier.PROMPTLY)) == "promptly"
    assert length_label(Period(12, Unit.MONTH, Direction.AFTER)) == "12 months"
    assert length_label(None) == "—"
    assert unit_name(Unit.BUSINESS_DAY) == "business days"


def test_explanations_follow_the_language(qapp, locale_ja):
    explanation = Explanation(ja="満了日の30日前", en="30 days before expiry")
    assert explanation_text(explanation) == "満了日の30日前"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert explanation_text(explanation) == "30 days before expiry"
