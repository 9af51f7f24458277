"""The static report: built from a real build of the seeds, opened in a real headless Chromium.

The browser test needs Chromium from the system packages (`apt-get install chromium`); `.ci/run` installs it, and
CI sets PKDATA_REQUIRE_BROWSER=1 so that a missing browser fails there instead of skipping.
"""

import os
import shutil
from pathlib import Path

import pytest

from pipeline.cli import do_build
from pipeline.report import ReportError, build_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report_out")
    do_build(Path(__file__).parents[1] / "sources" / "documents", out, workers=1, quiet=True)
    return out


def test_report_pages_hold_every_figure_with_its_evidence(built):
    result = build_report(built)
    assert (result.contributors, result.missions) == (1, 5)
    index = (result.path / "index.html").read_text()
    assert 'href="contributors/CHN.html">China</a>' in index
    assert "United Nations Multidimensional Integrated Stabilization Mission in Mali" in index
    assert "500–600; more than 500" in index  # two offers of one month, kept side by side
    assert "<code>contribution_id</code>" in index  # the data dictionary
    china = (result.path / "contributors" / "CHN.html").read_text()
    assert china.count('<td class="evidence">') == 9
    assert "&#34;China has offered between 500 and 600 soldiers,&#34; said one senior diplomat yesterday." in china
    assert "<svg" in china and "</svg>" in china
    assert "official monthly count of the country's personnel in all missions (dashed)" in china  # beside the UN's
    minusma = (result.path / "missions" / "MINUSMA.html").read_text()
    assert "handover" in minusma and 'href="../contributors/CHN.html"' in minusma


def test_report_replaces_the_previous_one_whole_and_needs_a_build(built, tmp_path):
    target = tmp_path / "report"
    (target / "contributors").mkdir(parents=True)
    (target / "contributors" / "XXX.html").write_text("stale")
    build_report(built, target)
    assert not (target / "contributors" / "XXX.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]
    with pytest.raises(ReportError, match="run `pkdata build` first"):
        build_report(tmp_path / "nothing")


def test_report_renders_in_a_real_browser(built):
    if not CHROMIUM:
        if os.environ.get("PKDATA_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (PKDATA_REQUIRE_BROWSER): apt-get install chromium")
        pytest.skip("no Chromium on this machine: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    result = build_report(built)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto((result.path / "index.html").as_uri())
            assert page.title() == "Peacekeeping dataset"
            assert page.locator("table.contributors tbody tr").count() == 1
            assert page.locator("table.missions tbody tr").count() == 5
            page.click("text=China")
            page.wait_for_load_state()
            assert page.url.endswith("contributors/CHN.html")
            chart = page.locator("figure.chart svg").first
            box = chart.bounding_box()
            assert box and box["width"] > 300 and box["height"] > 150  # the chart is drawn, not an empty box
            assert page.locator("figure.chart svg path, figure.chart svg circle").count() >= 9  # the points
            rows = page.locator("table.claims tbody tr")
            assert rows.count() == 9
            assert rows.first.locator("td.evidence").is_visible()
            page.click("table.claims a:text('MINUSMA')")
            page.wait_for_load_state()
            assert page.locator("h1").inner_text().startswith("MINUSMA")
        finally:
            browser.close()
