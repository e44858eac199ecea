"""The html export in a real browser: headless Chromium loads the page, and the DOM it builds
has the title, the summary numbers, one row per finding, one SVG per charted metric and no
script. `pytest --screenshot PATH` also saves what the browser drew, for a person to look at.

Without Chromium the test is skipped, with the reason; under CI (the CI environment variable)
a missing browser is a failure, since `.ci/run` installs it."""
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from main import cli
from reconcile.engines.local import reconcile
from reconcile.store.figures import load_figures
from reports.tables import discrepancies

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 90


def browser() -> str:
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("CI is set but no Chromium is installed (.ci/run installs the Debian "
                    "package chromium)")
    pytest.skip("no Chromium on this machine (apt-get install chromium); under CI this fails")


def headless(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                           "--no-first-run", f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


class Dom(HTMLParser):
    """What the test reads from the DOM the browser dumped."""

    def __init__(self):
        super().__init__()
        self.tags: dict[str, int] = {}
        self.rows = 0
        self.by_id: dict[str, str] = {}
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "tr" and "finding-row" in (a.get("class") or ""):
            self.rows += 1
        if tag == "title" and not self.title:
            self._in = "title"
        elif a.get("id", "").startswith("n-"):
            self._in = a["id"]

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in:
            self.by_id[self._in] = self.by_id.get(self._in, "") + data

    def handle_endtag(self, tag):
        self._in = None


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "report.html"
    r = CliRunner().invoke(cli, ["export", "--figures", str(FIGURES), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.slow
def test_chromium_renders_the_html_export(page, tmp_path, request):
    exe = browser()
    done = headless(exe, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = Dom()
    dom.feed(done.stdout)
    rec = reconcile(load_figures(FIGURES), "USD")
    disc = discrepancies(rec.findings)
    charted = disc["metric"].nunique()
    assert dom.title.startswith(f"figrecon: {len(disc)} discrepancies in {len(rec.figures)} "
                                "figures")
    assert dom.by_id["n-discrepancies"] == str(len(disc))
    assert dom.by_id["n-figures"] == str(len(rec.figures))
    assert dom.rows == len(rec.findings)
    assert dom.tags.get("svg", 0) == charted
    assert dom.tags.get("script", 0) == 0

    shot = tmp_path / "report.png"
    drawn = headless(exe, tmp_path / "profile", "--hide-scrollbars", "--window-size=1100,1600",
                     f"--screenshot={shot}", page.as_uri())
    assert drawn.returncode == 0, drawn.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000   # a drawn page, not blank
    keep = request.config.getoption("--screenshot")
    if keep:
        shutil.copy(shot, keep)
