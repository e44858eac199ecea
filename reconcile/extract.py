"""Moved: extraction, the text-to-candidate stage, is `currency.extract` (upstream of the engine).

Kept so that old imports keep working."""
from currency.extract import *  # noqa: F403
from currency.extract import Candidate, body_end, date_expressions, extract  # noqa: F401
