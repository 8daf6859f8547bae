"""Fixtures shared by the GUI tests: a service on a temp SQLite DB with a frozen clock, a main window.

Dates in assertions are literal and the UI is fixed to English, so "1 Dec 2026" is what the
widgets must show.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tracker.gui.i18n import install_translator
from tracker.gui.names import APPLICATION, ORGANIZATION

FROZEN_TODAY = date(2026, 11, 22)

# A small contract written for the tests (not one of the seed contracts): a one-year term that
# renews unless notice is given 30 days before expiry, and a return of lent equipment.
CONTRACT_TEXT = """サービス利用契約書

第1条（契約期間）
本契約の有効期間は、2026年1月1日から1年間とする。ただし、期間満了の30日前までにいずれの当事者からも書面による解約の申出がないときは、さらに1年間自動的に更新されるものとし、以後も同様とする。

第2条（機器の返還）
契約者は、本契約が終了した日から14日以内に、貸与機器を当社に返還するものとする。
"""


def pytest_itemcollected(item: pytest.Item) -> None:
    """The offscreen platform warns on every shown window that it cannot resize hints; only that."""
    item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def english_locale(qapp) -> Iterator[None]:
    """English UI with US dates whatever the machine's locale, also after a test that switches."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")


@pytest.fixture
def service(tmp_path: Path):  # -> TrackerService, imported lazily so model tests need no database
    from tracker.services.app import TrackerService

    svc = TrackerService.open(str(tmp_path / "tracker.sqlite"), clock=lambda: FROZEN_TODAY)
    yield svc
    svc.close()


@pytest.fixture
def contract_file(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "service_agreement.txt"
    path.parent.mkdir()
    path.write_text(CONTRACT_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def main_window(qtbot, service):
    """A shown main window with no remembered layout (each test starts on the contract list)."""
    from tracker.gui.main_window import MainWindow

    QSettings(ORGANIZATION, APPLICATION).clear()
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()


@pytest.fixture
def view(qtbot, service):  # -> ContractView on the service, shown at 1200x800
    from tracker.gui.contract_view import ContractView

    widget = ContractView(service)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget
