"""Screenshots of the page view for the docs: a text PDF and a scan (a sample contract rendered as
page images and read by OCR), each with a duty selected and marked on its page, in Japanese and
English, to docs/screenshots/page_{pdf,scan}_{ja,en}.png. Run as `python scripts/screenshots_pages.py`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from PySide6.QtWidgets import QApplication
from screenshots import OUT, ROOT, SIZES, TODAY, save

from tests.scans.render import render_pages, save_pdf
from tracker.domain import DutyKind
from tracker.gui.app import add_cjk_fallback
from tracker.gui.i18n import install_translator
from tracker.gui.main_window import MainWindow
from tracker.ingest import load_document
from tracker.services.app import TrackerService

SCANNED = "hanbai_dairiten_utf8bom.txt"
TEXT_PDF = "software_license_kyodaku.pdf"


def shoot(app: QApplication, service: TrackerService, files: dict[str, int], language: str) -> None:
    install_translator(app, language)
    window = MainWindow(service)
    window.resize(*SIZES[0][:2])  # the docs' size
    window.show()
    for name, contract_id in files.items():
        duties = service.contract(contract_id).duties
        renewal = next((d for d in duties if d.duty.kind is DutyKind.RENEWAL_NOTICE), duties[0])
        window.openContract(contract_id, renewal.id)
        view = window.contractView
        view.splitter.setSizes([1250, 350])  # the page wide enough to read
        view.textSplitter.setSizes([480, 770])
        view.pageView.showSpan(renewal.duty.span.start, renewal.duty.span.end)
        save(window, f"page_{name}_{language}")
    window.shutdown()
    window.hide()
    window.deleteLater()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    add_cjk_fallback(app)
    with tempfile.TemporaryDirectory(prefix="tracker-screenshots-db-") as tmp:
        scan = save_pdf(render_pages(load_document(ROOT / "contracts" / SCANNED).original, skew=1.5,
                                     noise=0.0005, stamp=True), Path(tmp) / "hanbai_dairiten_scan.pdf")
        service = TrackerService.open(str(Path(tmp) / "pages.sqlite"), clock=lambda: TODAY)
        try:
            result = service.import_paths([ROOT / "contracts" / TEXT_PDF, scan])
            assert not result.failed, result.failed
            files = dict(zip(("pdf", "scan"), result.imported, strict=True))
            for language in ("ja", "en"):
                shoot(app, service, files, language)
        finally:
            service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
