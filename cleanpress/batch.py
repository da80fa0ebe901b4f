"""Cleaning many documents at once, in the shape data tools pass around (a dict of columns).

``clean_batch`` fits ``datasets.Dataset.map(..., batched=True)`` and pandas-style batches:

>>> clean_batch({"id": [1], "text": ["Subscribe\\nRain is expected across the region tomorrow, forecasters said.\\n"]})
{'id': [1], 'text': ['Rain is expected across the region tomorrow, forecasters said.\\n']}
"""
from __future__ import annotations

from typing import Any

from .config import DEFAULT, Config
from .pipeline import clean


def clean_batch(batch: dict[str, list[Any]], config: Config = DEFAULT, text_field: str = "text") -> dict[str, list[Any]]:
    """Return ``batch`` with ``text_field`` cleaned; every other column is kept as it is."""
    out = dict(batch)
    out[text_field] = [clean(t, config).text if isinstance(t, str) else t for t in batch[text_field]]
    return out
