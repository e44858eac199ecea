"""Fixtures shared by the test modules."""
import shutil
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "figures.csv"


@pytest.fixture
def figures(tmp_path) -> Path:
    """A copy of the project's figures file that a test may change."""
    path = tmp_path / "figures.csv"
    shutil.copy(SAMPLE, path)
    return path


@pytest.fixture(scope="session")
def sample_figures():
    """The project's figures, loaded and validated once per session (do not modify)."""
    from reconcile.store.figures import load_figures
    return load_figures(SAMPLE)


def pytest_addoption(parser):
    parser.addoption("--screenshot", metavar="PATH", default=None,
                     help="Save the headless-Chromium screenshot of the html export to PATH.")
