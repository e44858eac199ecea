"""Moved: reading an article file is `currency.article`. Kept so that old imports keep working."""
from currency.article import ArticleError, decode  # noqa: F401
