"""Small hand-built documents shared by the tests."""

from __future__ import annotations

import copy
from typing import Any

SEED = "seed-003"


def citation() -> dict[str, Any]:
    return {"source": SEED, "excerpt": "held in Vienna on 9 October"}


def catalog_dict() -> dict[str, Any]:
    """A small valid catalogue as plain JSON data, written by hand."""
    return copy.deepcopy(
        {
            "schema_version": "1.0",
            "data_version": "test",
            "sources": [{"id": SEED, "title": "UNODC news", "publisher": "UNODC", "date": "2023-10-20"}],
            "people": [{"id": "person-testa", "name": "Francesco Testa", "sources": [citation()]}],
            "working_group_sessions": [
                {
                    "id": "wg-som-10",
                    "group": "smuggling_of_migrants",
                    "sources": [citation()],
                    "number": 10,
                    "dates": "2023-10-05/2023-10-06",
                }
            ],
            "dialogues": [
                {
                    "id": "cd-som-2023",
                    "groups": ["smuggling_of_migrants"],
                    "sources": [citation()],
                    "follows": ["wg-som-10"],
                    "date": "2023-10-09",
                    "mode": "hybrid",
                    "chairs": [
                        {
                            "role": "co_chair",
                            "sources": [citation()],
                            "person": "person-testa",
                            "country": "IT",
                        }
                    ],
                    "panels": [
                        {"number": 1, "sources": [citation()], "question": "At sea?"},
                        {"number": 2, "sources": [citation()], "question": "Who is a smuggler?"},
                    ],
                    "participation": [
                        {
                            "id": "fig-1",
                            "category": "non_governmental_stakeholders",
                            "number": 65,
                            "sources": [citation()],
                        }
                    ],
                }
            ],
        }
    )
