"""From a folder of articles to proposed figures, with no hand labels (`figrecon scan`).

Flow: files → `Article` (articles.py: decoding, HTML text, publication date and its source) →
mentions (each money amount the extractor reads with high confidence) → facts (grouping.py) →
figure rows in the figures.csv schema (propose.py).
"""
