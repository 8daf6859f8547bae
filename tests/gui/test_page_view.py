"""The original page beside the text: a PDF's page with the selected duty marked on it, a click on
a word selecting its duty; a text file shows no page view."""

from __future__ import annotations

from pathlib import Path

PDF = Path(__file__).resolve().parents[2] / "contracts" / "software_license_kyodaku.pdf"


def test_a_duty_is_marked_on_its_page_and_a_click_there_selects_it(view, service):
    (contract_id,) = service.import_paths([PDF]).imported
    assert view.showContract(contract_id)
    assert view.pageView.isVisible()
    duties = view.dutyModel.duties()
    last = duties[-1]
    view.selectDuty(last.id)
    assert view.pageView.markCount() > 0
    mark = service.pages(contract_id).marks(last.duty.span.start, last.duty.span.end)[0]
    assert view.pageView.pageNumber() == mark.page

    view.selectDuty(duties[0].id)
    view.pageView.showPage(mark.page)
    view.pageView.canvas.clicked.emit((mark.box[0] + mark.box[2]) / 2, (mark.box[1] + mark.box[3]) / 2)
    assert view.selectedDutyId() == last.id


def test_a_text_file_has_no_page_view(view, service, contract_file):
    (contract_id,) = service.import_paths([contract_file]).imported
    assert view.showContract(contract_id)
    assert not view.pageView.isVisible()
