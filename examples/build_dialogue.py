"""
Build a Constructive Dialogue by hand, print it as JSON and read it back.

Run it with ``python examples/build_dialogue.py``. The facts come from the UNODC release of
20 October 2023 (seed 003 of the project).
"""

from __future__ import annotations

from untoc_dialogue import (
    Citation,
    ConstructiveDialogue,
    DateRange,
    FigureCategory,
    Mode,
    Participant,
    ParticipationFigure,
    Role,
    WorkingGroup,
    from_json,
    to_json,
)

UNODC = Citation(
    source="seed-003",
    excerpt="Vasiliki Kakosimou, Co-Chair of the Constructive Dialogue on the Smuggling of Migrants, held in Vienna on 9 October",
)
FIGURES = Citation(
    source="seed-003",
    excerpt="the participation of 65 non-governmental stakeholders from civil society organizations, "
    "academia and the private sector and representatives from 38 governments",
)


def main() -> None:
    dialogue = ConstructiveDialogue(
        id="cd-som-2023",
        groups=(WorkingGroup.SMUGGLING_OF_MIGRANTS,),
        date=DateRange.single(2023, 10, 9),
        venue="Vienna",
        mode=Mode.HYBRID,
        chairs=(Participant(role=Role.CO_CHAIR, title="Co-Chair", country="GR", sources=(UNODC,)),),
        participation=(
            ParticipationFigure(
                id="fig-cd-som-2023-ngs",
                category=FigureCategory.NON_GOVERNMENTAL_STAKEHOLDERS,
                number=65,
                sources=(FIGURES,),
            ),
            ParticipationFigure(
                id="fig-cd-som-2023-governments",
                category=FigureCategory.GOVERNMENTS,
                number=38,
                sources=(FIGURES,),
            ),
        ),
        sources=(UNODC,),
    )
    text = to_json(dialogue)
    print(text, end="")
    again = from_json(ConstructiveDialogue, text)
    assert again == dialogue, "the round trip lost something"
    assert to_json(again) == text, "the round trip changed the bytes"
    print(f"Round trip of {dialogue.id}: equal object, identical {len(text.encode())} bytes.")


if __name__ == "__main__":
    main()
