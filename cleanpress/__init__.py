"""cleanpress: scraped web and news text in, clean canonical text out.

>>> import cleanpress
>>> result = cleanpress.clean("Subscribe\\nThe council approved the budget on Monday, officials said.\\n")
>>> result.text
'The council approved the budget on Monday, officials said.\\n'
>>> result.edits[0].code, result.edits[0].rule
('CP101', 'subscribe-prompt')
"""
from __future__ import annotations

from .batch import clean_batch
from .config import Config
from .errors import CleanpressError, ConfigError, InputError
from .pipeline import clean
from .result import CleanResult, Edit, replay
from .rules import RULES, Rule

__version__ = "0.1.0"

__all__ = [
    "RULES", "CleanResult", "CleanpressError", "Config", "ConfigError", "Edit", "InputError", "Rule",
    "__version__", "clean", "clean_batch", "replay",
]
