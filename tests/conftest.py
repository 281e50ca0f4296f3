from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    with open(DATA / "07OTTAWA2266.txt", encoding="utf-8", newline="") as handle:
        return handle.read()
