"""`summarizer.schemas`: the brief's pydantic models, re-exported from the top-level `schemas` package."""

from schemas import *  # noqa: F401,F403
from schemas import __all__  # noqa: F401
