"""Fixtures shared by the test modules, and the `dev` hypothesis profile (docs/testing.md)."""
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests' example counts are CI's. `dev` runs a tenth of them for a quick local run;
# tests that set max_examples themselves scale it with tests.helpers.examples.
settings.register_profile("dev", max_examples=10)

# A copy of the sample figures.csv made for the tests: the sample is the main job's data and may
# change with it; tests that check the sample itself as a product read it by name.
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "figures.csv"


@pytest.fixture
def figures(tmp_path) -> Path:
    """A copy of the fixture figures file that a test may change."""
    path = tmp_path / "figures.csv"
    shutil.copy(SAMPLE, path)
    return path


@pytest.fixture(scope="session")
def sample_figures():
    """The fixture figures, loaded and validated once per session (do not modify)."""
    from reconcile.store.figures import load_figures
    return load_figures(SAMPLE)


def pytest_addoption(parser):
    parser.addoption("--screenshot", metavar="PATH", default=None,
                     help="Save the headless-Chromium screenshot of the html export to PATH.")
    parser.addoption("--dev", action="store_true",
                     help="Use the dev hypothesis profile: a tenth of the examples (as "
                          "HYPOTHESIS_PROFILE=dev does).")


def pytest_configure(config):
    # Before collection, so that test modules read the chosen profile when they are imported.
    # Without either switch the profile hypothesis chose stays (its own `ci` profile on CI).
    name = "dev" if config.getoption("--dev") else os.environ.get("HYPOTHESIS_PROFILE")
    if name:
        settings.load_profile(name)
