"""Fixtures shared by the test modules."""
import shutil
from pathlib import Path

import pytest

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
    from reconcile.figures import load_figures
    return load_figures(SAMPLE)


def pytest_addoption(parser):
    parser.addoption("--screenshot", metavar="PATH", default=None,
                     help="Save the headless-Chromium screenshot of the html export to PATH.")
