"""Test options."""


def pytest_addoption(parser):
    parser.addoption("--screenshot", metavar="PATH", default=None,
                     help="Save the headless-Chromium screenshot of the html export to PATH.")
