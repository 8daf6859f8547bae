"""File › Print preview, Save report as PDF, Export calendar and CSV, on the real service."""

from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from tests.gui.fake_deadlines import contract_with_deadlines, english
from tracker.gui import report_actions
from tracker.gui.report_actions import IcsOptionsDialog, ReportOptionsDialog

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture(autouse=True)
def _report_options_accepted(monkeypatch) -> None:
    """The report options dialog answers OK with what it shows (the next 90 days, every contract)."""
    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)


@pytest.fixture
def window(qtbot, service, contract_file) -> QMainWindow:
    contract_with_deadlines(service, contract_file)
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def _save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_save_report_as_pdf_runs_on_a_worker_and_says_where(qtbot, monkeypatch, tmp_path, window, service):
    target = tmp_path / "report.pdf"
    _save_to(monkeypatch, target)
    assert report_actions.save_report_pdf(window, service) is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=20000)
    assert window.statusBar().currentMessage() == f"Report saved: {target} (1 page)"
    assert target.read_bytes().startswith(b"%PDF")


def test_cancelling_the_file_dialog_writes_nothing(monkeypatch, window, service):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert report_actions.save_report_pdf(window, service) is None
    assert report_actions.export_csv(window, service) is None


def test_a_failed_write_is_reported(qtbot, monkeypatch, tmp_path, window, service):
    _save_to(monkeypatch, tmp_path / "missing-folder" / "deadlines.csv")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(title))
    assert report_actions.export_csv(window, service) is not None
    qtbot.waitUntil(lambda: warnings == ["Could not write the file"], timeout=10000)


def test_export_csv_for_excel(qtbot, monkeypatch, tmp_path, window, service):
    target = tmp_path / "deadlines.csv"
    _save_to(monkeypatch, target)
    assert report_actions.export_csv(window, service) is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel in Japan reads it right
    rows = len(data.decode("utf-8-sig").splitlines()) - 1  # below the header
    assert rows >= 3
    assert window.statusBar().currentMessage() == f"{rows} deadlines exported to {target} as CSV"


def test_export_ics_of_a_date_range(qtbot, monkeypatch, tmp_path, window, service):
    target = tmp_path / "deadlines.ics"
    _save_to(monkeypatch, target)

    def choose(dialog: IcsOptionsDialog) -> QDialog.DialogCode:
        assert dialog.scopeCombo.itemText(1) == "サービス利用契約"
        dialog.rangeCheck.setChecked(True)
        dialog.firstEdit.setValue(date(2026, 11, 1))
        dialog.lastEdit.setValue(date(2026, 11, 30))
        dialog.alarmsCheck.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsOptionsDialog, "exec", choose)
    assert report_actions.export_ics(window, service) is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    assert window.statusBar().currentMessage() == f"2 deadlines exported to {target}"
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20261130" in text
    assert "BEGIN:VALARM" not in text


def test_the_report_options_offer_periods_a_range_and_the_shown_contract(qtbot, window, service):
    contract_id = service.list_contracts()[0].contract.id
    dialog = ReportOptionsDialog(service, window)
    qtbot.addWidget(dialog)
    assert [dialog.periodCombo.itemText(i) for i in range(dialog.periodCombo.count())] == [
        "The next 30 days", "The next 90 days", "The next 365 days", "A date range"]
    assert dialog.options() == {"days": 90, "first": None, "last": None, "contract_id": None}
    assert not dialog.firstEdit.isEnabled()

    dialog.selectContract(contract_id)
    dialog.periodCombo.setCurrentIndex(3)
    assert dialog.firstEdit.isEnabled() and dialog.lastEdit.isEnabled()
    dialog.firstEdit.setValue(date(2027, 1, 1))
    dialog.lastEdit.setValue(date(2026, 12, 1))  # before the first day: the range ends on it
    assert dialog.options() == {"days": 90, "first": date(2027, 1, 1), "last": date(2027, 1, 1),
                                "contract_id": contract_id}


def test_the_report_for_one_contract_and_a_range(monkeypatch, window, service):
    contract_id = service.list_contracts()[0].contract.id
    asked: list[int | None] = []

    def choose(dialog: ReportOptionsDialog) -> QDialog.DialogCode:
        asked.append(dialog.scopeCombo.currentData())
        dialog.periodCombo.setCurrentIndex(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportOptionsDialog, "exec", choose)
    options = report_actions.ask_report_options(window, service, contract_id)
    assert asked == [contract_id]
    assert options == {"days": 30, "first": None, "last": None, "contract_id": contract_id}
    html = report_actions.report_html(service, **options)
    assert "サービス利用契約" in html


def test_cancelling_the_report_options_prints_nothing(monkeypatch, window, service):
    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert report_actions.print_preview(window, service) is None
    assert report_actions.save_report_pdf(window, service) is None


def test_print_preview_paints_the_report(qtbot, window, service):
    dialog = report_actions.print_preview(window, service)
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.addWidget(dialog)
    dialog.close()


def test_print_through_the_print_dialog(monkeypatch, tmp_path, window, service):
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> QDialog.DialogCode:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    report_actions.print_report(window, service)
    assert target.read_bytes().startswith(b"%PDF")
