"""
The bundled data as a whole: every entity cited, every citation sound, every reference
resolved, ids unique, the file canonical, nothing unverified recorded, and the documentation
page in step with it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

from untoc_dialogue import (
    Catalog,
    Citation,
    ConstructiveDialogue,
    Instrument,
    PartialDate,
    ParticipationFigure,
    PartyCountKind,
    RecommendationStatus,
    Source,
    WorkingGroupSession,
    from_json,
    load_catalog,
    to_dict,
    to_json,
)
from untoc_dialogue._catalog import event_dates
from untoc_dialogue._model import iter_citations, iter_references

from ._seeds import seed_text, squash

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "catalogue.md"
CATALOG = load_catalog()


def _objects(value: Any) -> Iterator[Any]:
    """Every attrs object inside *value*, depth first."""
    if isinstance(value, (tuple, frozenset)):
        for item in value:
            yield from _objects(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _objects(getattr(value, field.name))


def _ids(data: Any) -> Iterator[str]:
    """Every "id" in the JSON form of the catalogue."""
    if isinstance(data, list):
        for item in data:
            yield from _ids(item)
    elif isinstance(data, dict):
        if "id" in data:
            yield data["id"]
        for value in data.values():
            yield from _ids(value)


def _bundled_text() -> str:
    return resources.files("untoc_dialogue").joinpath("data", "catalog.json").read_text(encoding="utf-8")


# --- the document ----------------------------------------------------------------------------------


def test_data_version_is_2026_11_0() -> None:
    """The bundled data carries its own version."""
    assert CATALOG.data_version == "2026.11.0"


def test_bundled_file_round_trips_byte_for_byte() -> None:
    """Reading the bundled file and writing it back gives the same text."""
    text = _bundled_text()
    assert to_json(from_json(Catalog, text)) == text


def test_canonicaliser_finds_the_bundled_file_canonical() -> None:
    """scripts/canonicalize_catalog.py --check exits 0 on the bundled file."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "canonicalize_catalog.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_no_two_entities_share_an_id() -> None:
    """Every id in the file is used once."""
    identifiers = list(_ids(to_dict(CATALOG)))
    assert len(identifiers) == len(set(identifiers))
    assert len(identifiers) == len(CATALOG.ids())


def test_every_reference_resolves_to_an_entity_of_its_kind() -> None:
    """Every reference names an entity of a kind the field allows."""
    for path, target, kinds in iter_references(CATALOG):
        assert type(CATALOG.get(target)).__name__ in kinds, path


def test_every_entity_has_at_least_one_source() -> None:
    """Every object that can cite sources cites at least one."""
    citing = [obj for obj in _objects(CATALOG) if "sources" in attrs.fields_dict(type(obj))]
    assert citing
    for obj in citing:
        if isinstance(obj, Catalog):
            continue
        assert obj.sources, obj


def test_every_cited_source_exists() -> None:
    """Every citation names a source in the source list."""
    for citation in iter_citations(CATALOG):
        assert isinstance(CATALOG.source(citation.source), Source)


def test_every_source_is_cited() -> None:
    """The source list holds no source that nothing cites."""
    cited = {citation.source for citation in iter_citations(CATALOG)}
    assert {source.id for source in CATALOG.sources} == cited


def test_every_citation_quotes_or_locates() -> None:
    """A citation gives an excerpt or a locator, so a reader can find the fact in the source."""
    for citation in iter_citations(CATALOG):
        assert citation.excerpt is not None or citation.locator is not None, citation


# --- sources -------------------------------------------------------------------------------------------


def test_seed_excerpts_occur_in_their_seed() -> None:
    """Every citation of a seed quotes it, with words that occur in the seed (white space aside)."""
    seed_citations = [c for c in iter_citations(CATALOG) if c.source.startswith("seed-")]
    assert {c.source for c in seed_citations} == {f"seed-00{n}" for n in range(5)}
    for citation in seed_citations:
        assert citation.excerpt is not None, citation
        assert squash(citation.excerpt) in seed_text(citation.source), citation


def test_fact_sheet_locators_name_a_section() -> None:
    """A locator into the fact sheet names one of its numbered sections."""
    locators = [c.locator for c in iter_citations(CATALOG) if c.locator is not None]
    assert locators
    for locator in locators:
        assert re.fullmatch(r"facts\.md §\d+(\.\d+)?(, item \d+)?", locator), locator


def test_seed_sources_are_as_the_fact_sheet_lists_them() -> None:
    """The five seeds' publishers, dates and addresses are those of facts.md §9."""
    expected = {
        "seed-000": ("Crime Alliance", PartialDate(2024, 7, 23), "https://crimealliance.org/news/342"),
        "seed-001": (
            "ICLAIM",
            None,
            "https://iclaimcentre.org/latest-news/iclaim-participation-in-the-constructive-dialogue-on-the-smuggling-of-migrants",
        ),
        "seed-002": ("Crime Alliance", PartialDate(2023, 10, 2), "https://crimealliance.org/news/untoc/296"),
        "seed-003": (
            "UNODC",
            PartialDate(2023, 10, 20),
            "https://unodc.org/unodc/en/organized-crime/news/2023/protecting-human-rights-and-dignity-of-smuggled-migrants-at-the-core-of-discussions-of-the-constructive-dialogue.html",
        ),
        "seed-004": (
            "UNODC",
            PartialDate(2022, 7, 4),
            "https://unodc.org/unodc/en/ngos/last-constructive-dialogues_2022_tip-and-som.html",
        ),
    }
    for identifier, (publisher, date, url) in expected.items():
        source = CATALOG.source(identifier)
        assert (source.publisher, source.date, source.url) == (publisher, date, url)


def test_sources_known_only_through_the_fact_sheet_say_so() -> None:
    """Every source other than the seeds and the fact sheet has a note naming its fact sheet section."""
    for source in CATALOG.sources:
        if source.id.startswith("seed-") or source.id == "fact-sheet":
            continue
        assert source.note is not None and "facts.md §" in source.note, source.id
        assert source.reliability is not None, source.id


def test_addresses_use_https() -> None:
    """Every source address starts with https://."""
    for source in CATALOG.sources:
        assert source.url is None or source.url.startswith("https://"), source.id


# --- nothing unverified -------------------------------------------------------------------------------


def test_only_the_first_thematic_cluster_is_recorded() -> None:
    """Clusters 2 to 4 are not verified by any source read, so only cluster 1 is recorded."""
    assert CATALOG.review_mechanism is not None
    clusters = CATALOG.review_mechanism.clusters
    assert [(cluster.number, cluster.title) for cluster in clusters] == [
        (1, "criminalization and jurisdiction")
    ]


def test_inferred_treaty_collection_numbers_are_not_recorded() -> None:
    """XVIII-12 (UNTOC) and XVIII-12-c (Firearms Protocol) are inferred, not read, so they are absent."""
    assert CATALOG.instrument(Instrument.UNTOC).treaty_collection_reference is None
    assert CATALOG.instrument(Instrument.FIREARMS_PROTOCOL).treaty_collection_reference is None
    assert "XVIII-12-c" not in _bundled_text()


def test_session_numbers_by_arithmetic_are_not_recorded() -> None:
    """The 2021 working group sessions are not numbered, since no source numbers them."""
    for identifier in ["wg-som-2021", "wg-tip-2021"]:
        found = CATALOG.get(identifier)
        assert isinstance(found, WorkingGroupSession)
        assert found.number is None
    assert "wg-som-8" not in CATALOG
    assert "wg-tip-11" not in CATALOG


def test_unnamed_chairs_have_no_person() -> None:
    """The 2024 firearms dialogue's chair is known by post and country only."""
    found = CATALOG.get("cd-firearms-2024")
    assert isinstance(found, ConstructiveDialogue)
    (chair,) = found.chairs
    assert (chair.person, chair.country) == (None, "MX")
    assert chair.title == "the newly appointed Permanent Representative of Mexico in Vienna"


def test_2024_som_dialogue_has_no_chairs() -> None:
    """The co-chairs of the 2024 dialogue on smuggling of migrants were not found, so none are recorded."""
    found = CATALOG.get("cd-som-2024")
    assert isinstance(found, ConstructiveDialogue)
    assert found.chairs == ()


# --- dialogues, recommendations, quotes --------------------------------------------------------------


def test_dialogues_follow_sessions_of_their_own_groups() -> None:
    """A dialogue follows only sessions of the working groups whose topics it covered."""
    for dialogue in CATALOG.dialogues:
        for identifier in dialogue.follows:
            session = CATALOG.get(identifier)
            assert isinstance(session, WorkingGroupSession)
            assert session.group in dialogue.groups, dialogue.id


def test_dialogue_recommendations_are_made_not_adopted() -> None:
    """Recommendations made at a dialogue have the status MADE."""
    for _, recommendation in CATALOG.recommendations():
        assert recommendation.status is RecommendationStatus.MADE


def _footnotes_removed(text: str) -> str:
    # seed-003 prints a footnote mark after a word ("Migrants1"); quotes leave it out.
    return re.sub(r"(?<=[A-Za-z])\d+(?= )", "", squash(text))


def test_recommendation_texts_are_the_sources_words() -> None:
    """Every recommendation's text occurs, as written, in an excerpt of a source it cites."""
    for _, recommendation in CATALOG.recommendations():
        excerpts = [squash(c.excerpt) for c in recommendation.sources if c.excerpt is not None]
        assert any(squash(recommendation.text) in excerpt for excerpt in excerpts), recommendation.id


def test_quote_texts_are_the_sources_words() -> None:
    """Every quote occurs, as printed, in an excerpt of a source it cites (footnote marks aside)."""
    quotes = [quote for dialogue in CATALOG.dialogues for quote in dialogue.quotes]
    assert quotes
    for quote in quotes:
        excerpts = [_footnotes_removed(c.excerpt) for c in quote.sources if c.excerpt is not None]
        assert any(squash(quote.text) in excerpt for excerpt in excerpts), quote.text


def test_seed_panel_questions_and_topics_are_the_seeds_words() -> None:
    """A panel question or topic cited to seeds occurs in one of them."""
    checked = 0
    for dialogue in CATALOG.dialogues:
        for panel in dialogue.panels:
            seeds = {c.source for c in panel.sources if c.source.startswith("seed-")}
            if not seeds:
                continue
            for text in [panel.question, panel.topic]:
                if text is not None:
                    checked += 1
                    assert any(squash(text) in seed_text(seed) for seed in seeds), (
                        dialogue.id,
                        panel.number,
                    )
    assert checked == 5


# --- conflicts ------------------------------------------------------------------------------------------


def test_all_thirteen_conflicts_of_the_fact_sheet_are_recorded() -> None:
    """Every conflict of facts.md §7 is recorded, in its order."""
    assert [conflict.id for conflict in CATALOG.conflicts] == [
        "conflict-som-2024-date",
        "conflict-firearms-2024-ordinal",
        "conflict-firearms-2024-participation",
        "conflict-som-2023-participation",
        "conflict-tip-2023-participation",
        "conflict-ta-2023-participation",
        "conflict-firearms-2023-participation",
        "conflict-som-tip-2022-participation",
        "conflict-cop-11-participation",
        "conflict-palermo-signing-dates",
        "conflict-testa-title",
        "conflict-format-2025",
        "conflict-tip-article-3-spelling",
    ]


def test_every_claim_has_its_own_source() -> None:
    """Every side of every conflict cites a source, and no two sides say the same thing."""
    for conflict in CATALOG.conflicts:
        statements = [claim.statement for claim in conflict.claims]
        assert len(set(statements)) == len(statements) >= 2
        for claim in conflict.claims:
            assert claim.sources, conflict.id


def test_participation_conflicts_name_their_figures() -> None:
    """Every claim of a conflict over participation names the figure that records it."""
    for conflict in CATALOG.conflicts:
        if not conflict.id.endswith("-participation"):
            continue
        for claim in conflict.claims:
            assert claim.figure is not None, (conflict.id, claim.statement)
            figure = CATALOG.get(claim.figure)
            assert isinstance(figure, ParticipationFigure)
            assert {c.source for c in figure.sources} & {c.source for c in claim.sources}, claim.figure


def test_som_2024_dialogue_is_dated_15_july_with_the_alliance_dates_as_a_claim() -> None:
    """The 2024 SOM dialogue is dated 15 July 2024, as UNODC says; the Alliance's 12-15 July is a claim."""
    found = CATALOG.get("cd-som-2024")
    assert isinstance(found, ConstructiveDialogue)
    assert str(found.date) == "2024-07-15"
    sources = [{c.source for c in claim.sources} for claim in CATALOG.get("conflict-som-2024-date").claims]
    assert sources == [{"unodc-som-2024", "unodc-news-2024-07-25"}, {"seed-000"}]


# --- the Convention and the Protocols --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument", "kind", "count", "as_of"),
    [
        (Instrument.UNTOC, PartyCountKind.INSTRUMENTS_DEPOSITED, 40, "2003-07-01"),
        (Instrument.UNTOC, PartyCountKind.SIGNATORIES, 147, "2003-07"),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 185, "2015-01"),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 187, "2016-06"),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 190, None),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 190, "2021-11-01"),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 190, "2022-10"),
        (Instrument.UNTOC, PartyCountKind.PARTIES, 193, None),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.SIGNATORIES, 117, "2024-04-20"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 114, "2007-08-22"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 124, "2008-09-26"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 159, "2014-05-21"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 173, "2018-07-23"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 173, "2019-01"),
        (Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL, PartyCountKind.PARTIES, 182, "2024-04-20"),
        (Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL, PartyCountKind.SIGNATORIES, 112, None),
        (Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL, PartyCountKind.INSTRUMENTS_DEPOSITED, 40, "2003-11"),
        (Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL, PartyCountKind.PARTIES, 149, "2019-07-23"),
        (Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL, PartyCountKind.PARTIES, 151, "2022-10"),
        (Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL, PartyCountKind.PARTIES, 151, "2023-10"),
        (Instrument.FIREARMS_PROTOCOL, PartyCountKind.SIGNATORIES, 52, "2008-09-26"),
        (Instrument.FIREARMS_PROTOCOL, PartyCountKind.PARTIES, 77, "2008-09-26"),
        (Instrument.FIREARMS_PROTOCOL, PartyCountKind.PARTIES, 116, "2018-10"),
        (Instrument.FIREARMS_PROTOCOL, PartyCountKind.PARTIES, 118, "2020-05"),
    ],
)
def test_party_count_of_the_fact_sheet_is_recorded(
    instrument: Instrument, kind: PartyCountKind, count: int, as_of: str | None
) -> None:
    """Each dated (or undated) count of facts.md §1.4 is recorded once, with its source."""
    expected = None if as_of is None else PartialDate.fromisoformat(as_of)
    matching = [
        c
        for c in CATALOG.instrument(instrument).party_counts
        if (c.kind, c.count, c.as_of) == (kind, count, expected)
    ]
    assert len(matching) == 1
    assert matching[0].sources


def test_every_party_count_is_one_of_the_fact_sheet() -> None:
    """No party count is recorded beyond the 24 of facts.md §1.4."""
    treaties = [CATALOG.convention, *CATALOG.protocols]
    assert sum(len(treaty.party_counts) for treaty in treaties if treaty is not None) == 24


def test_entry_into_force_dates() -> None:
    """The entry-into-force dates of facts.md §1.2."""
    expected = {
        Instrument.UNTOC: "2003-09-29",
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL: "2003-12-25",
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL: "2004-01-28",
        Instrument.FIREARMS_PROTOCOL: "2005-07-03",
    }
    for instrument, date in expected.items():
        assert str(CATALOG.instrument(instrument).entry_into_force) == date


# --- the documentation page ----------------------------------------------------------------------------------


def _table_rows(name: str) -> list[list[str]]:
    page = PAGE.read_text(encoding="utf-8")
    match = re.search(rf"<!-- {name}:start -->\n(.*?)<!-- {name}:end -->", page, re.DOTALL)
    assert match is not None, f"docs/catalogue.md has no {name} table"
    lines = [line for line in match.group(1).splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


def test_docs_page_lists_every_event_in_timeline_order() -> None:
    """docs/catalogue.md lists the catalogue's events, in timeline order, with their dates and venues."""
    rows = _table_rows("events")
    listed = [(row[2].strip("`"), row[0], row[3]) for row in rows]
    expected = []
    for event in CATALOG.timeline():
        span = event_dates(event)
        expected.append((event.id, "not known" if span is None else str(span), event.venue or "not known"))
    assert listed == expected


def test_docs_page_lists_every_source() -> None:
    """docs/catalogue.md lists every source with its publisher."""
    rows = _table_rows("sources")
    assert [(row[0].strip("`"), row[2]) for row in rows] == [(s.id, s.publisher) for s in CATALOG.sources]


def test_docs_page_lists_every_conflict() -> None:
    """docs/catalogue.md lists every conflict with its question."""
    rows = _table_rows("conflicts")
    assert [(row[0].strip("`"), row[1]) for row in rows] == [(c.id, c.question) for c in CATALOG.conflicts]


def test_docs_page_is_what_the_generator_writes() -> None:
    """scripts/generate_catalogue_doc.py --check finds the page up to date."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_catalogue_doc.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_citation_type_is_what_the_catalogue_holds() -> None:
    """Citations found in the catalogue are Citation values."""
    assert all(isinstance(citation, Citation) for citation in iter_citations(CATALOG))
