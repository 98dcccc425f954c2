"""Tests for the untoc-dialogue command line, driven as a user drives it."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from untoc_dialogue import Catalog, from_json, load_catalog, to_json
from untoc_dialogue._cli import main
from untoc_dialogue._schema import json_schema
from untoc_dialogue.assessment import CaseFacts, SmugglingConduct, TraffickingAct, assess

ROOT = Path(__file__).resolve().parent.parent
SMALL = str(Path(__file__).parent / "data" / "small_catalog.json")
COMMANDS = ("timeline", "list", "show", "conflicts", "validate", "export", "assess")


def _run(*arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m untoc_dialogue`` in a new process, as a user's shell would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **environment}
    return subprocess.run(
        [sys.executable, "-m", "untoc_dialogue", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def _main(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _terminal_of_120_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline follows COLUMNS: the tables below are worked out for 120, whatever the terminal."""
    monkeypatch.setenv("COLUMNS", "120")


class _FailingOutput:
    """A standard output whose every write and flush raises *error*, as a full disk or a closed pipe does."""

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error


# --- As a separate process ------------------------------------------------------------------


def test_process_help_lists_every_command() -> None:
    """'python -m untoc_dialogue --help' exits 0 and names each command."""
    result = _run("--help")
    assert result.returncode == 0
    assert all(command in result.stdout for command in COMMANDS)


def test_process_timeline_prints_the_table() -> None:
    """The timeline of a catalogue file is printed as a table, and the exit code is 0."""
    result = _run("timeline", "--year", "2023", "--catalog", SMALL)
    assert (result.returncode, result.stdout, result.stderr) == (0, TIMELINE_2023, "")


def test_process_timeline_imports_only_what_it_needs() -> None:
    """The timeline, in English or in another language, imports neither babel nor other commands' modules."""
    unused = [
        "babel",
        "cattrs",
        "untoc_dialogue._assessment_facts",
        "untoc_dialogue._export",
        "untoc_dialogue._export_tables",
    ]
    code = (
        "import sys; from untoc_dialogue._cli import main; "
        "main(['timeline']); main(['timeline', '--locale', 'zh']); "
        f"print([name for name in {unused!r} if name in sys.modules], file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env, check=True
    )
    assert result.stderr == "[]\n"


def test_process_user_error_is_a_message_not_a_traceback() -> None:
    """An unknown id exits 1 with one line on standard error and no traceback."""
    result = _run("show", "no-such-id", "--catalog", SMALL)
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        "untoc-dialogue: error: no entity has the id 'no-such-id'\n",
    )


def test_process_usage_error_exits_2() -> None:
    """A year that is not one exits 2 with the usage and the reason."""
    result = _run("timeline", "--year", "twenty")
    assert result.returncode == 2
    assert "usage: untoc-dialogue timeline" in result.stderr
    assert "'twenty' is not a year from 1 to 9999" in result.stderr


def test_process_closed_pipe_is_quiet_and_exits_0() -> None:
    """
    A reader that goes away before reading ('| head -1', '| true') ends the command quietly with
    exit code 0: no traceback, no message, no complaint from Python at exit.
    """
    reading, writing = os.pipe()
    os.close(reading)  # every write now fails with EPIPE, deterministically
    try:
        result = subprocess.run(
            [sys.executable, "-m", "untoc_dialogue", "show", "cd-som-2023"],
            stdout=writing,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            check=False,
        )
    finally:
        os.close(writing)
    assert (result.returncode, result.stderr) == (0, b"")


def test_process_timeline_is_120_columns_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped to another program, without COLUMNS, the timeline is laid out for 120 columns."""
    monkeypatch.delenv("COLUMNS")
    result = _run("timeline", "--year", "2023", "--catalog", SMALL)
    assert (result.returncode, result.stdout) == (0, TIMELINE_2023)


def test_process_timeline_follows_columns() -> None:
    """COLUMNS=80 makes the timeline fit 80 columns."""
    from untoc_dialogue._cli import _width

    result = _run("timeline", COLUMNS="80")
    assert (result.returncode, max(_width(line) for line in result.stdout.splitlines()) <= 80) == (0, True)


def test_process_export_writes_a_file_that_reimports(tmp_path: Path) -> None:
    """'export --format json --output FILE' writes the catalogue, which reads back the same."""
    output = tmp_path / "catalog.json"
    result = _run("export", "--format", "json", "--output", str(output), "--catalog", SMALL)
    assert (result.returncode, result.stdout) == (0, f"Wrote {output}\n")
    assert load_catalog(output) == load_catalog(SMALL)


def test_process_bundled_timeline_lists_every_event() -> None:
    """Without --catalog, the timeline has a row for each event of the bundled catalogue, in order."""
    result = _run("timeline")
    assert result.returncode == 0
    assert list(_rows(result.stdout)) == [event.id for event in load_catalog().events()]


def test_console_script_is_main() -> None:
    """The untoc-dialogue console script runs _cli.main."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"] == {"untoc-dialogue": "untoc_dialogue._cli:main"}


# --- Help and usage -------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """'COMMAND --help' prints the command's usage and exits 0."""
    code, out, _ = _main(capsys, command, "--help")
    assert (code, out.startswith(f"usage: untoc-dialogue {command}")) == (0, True)


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running without a command exits 2."""
    code, _, err = _main(capsys)
    assert (code, "the following arguments are required: COMMAND" in err) == (2, True)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the program's name and version."""
    code, out, _ = _main(capsys, "--version")
    assert (code, out.startswith("untoc-dialogue ")) == (0, True)


def test_unsupported_locale_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A locale the library cannot speak exits 2 and names the supported ones."""
    code, _, err = _main(capsys, "timeline", "--locale", "tlh")
    assert code == 2
    assert "supported: ar, en, es, fr, ru, zh" in err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--since with a date that is not ISO 8601 exits 2 and says what is expected."""
    code, _, err = _main(capsys, "timeline", "--since", "9 Oct 2023")
    assert code == 2
    assert "expected an ISO 8601 date like 2023, 2023-10 or 2023-10-09" in err


def test_unknown_option_shows_the_command_s_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped option of a command exits 2 with that command's usage, not the program's."""
    code, _, err = _main(capsys, "timeline", "--yaer", "2023")
    assert (code, err.startswith("usage: untoc-dialogue timeline [-h]"), err.splitlines()[-1]) == (
        2,
        True,
        "untoc-dialogue timeline: error: unrecognized arguments: --yaer 2023",
    )


def test_extra_argument_shows_the_command_s_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """An argument too many exits 2 with the usage of the command it was given to."""
    code, _, err = _main(capsys, "show", "cd-som-2023", "extra")
    assert (code, err.startswith("usage: untoc-dialogue show [-h]"), err.splitlines()[-1]) == (
        2,
        True,
        "untoc-dialogue show: error: unrecognized arguments: extra",
    )


def test_locale_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    """--locale may also come before the command's name, and then applies to it."""
    code, out, _ = _main(capsys, "--locale", "fr", "timeline", "--year", "2023", "--catalog", SMALL)
    assert (code, out.split()[:2]) == (0, ["Date", "Événement"])


def test_locale_after_the_command_wins(capsys: pytest.CaptureFixture[str]) -> None:
    """Given both before and after the command's name, --locale is the one given after it."""
    _, out, _ = _main(capsys, "--locale", "fr", "timeline", "--locale", "es", "--catalog", SMALL)
    assert out.split()[:2] == ["Fecha", "Evento"]


def test_command_option_before_the_command_says_where_it_goes(capsys: pytest.CaptureFixture[str]) -> None:
    """'--catalog FILE timeline' exits 2 saying the option goes after the command's name."""
    code, _, err = _main(capsys, "--catalog", SMALL, "timeline")
    assert (code, err.splitlines()[-1]) == (
        2,
        "untoc-dialogue: error: --catalog goes after the command's name, "
        "as in 'untoc-dialogue COMMAND --catalog ...'",
    )


def test_repeated_single_valued_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """'--year 2023 --year 2022' exits 2 rather than silently keeping the last year."""
    code, out, err = _main(capsys, "timeline", "--year", "2023", "--year", "2022", "--catalog", SMALL)
    assert (code, out, err.splitlines()[-1]) == (
        2,
        "",
        "untoc-dialogue timeline: error: argument --year: can be given only once",
    )


def test_since_after_until_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--since later than --until exits 2 instead of reporting that no event matches."""
    code, out, err = _main(capsys, "timeline", "--since", "2024", "--until", "2023", "--catalog", SMALL)
    assert (code, out, err.splitlines()[-1]) == (
        2,
        "",
        "untoc-dialogue timeline: error: --since 2024-01-01 is after --until 2023-12-31: "
        "no event could match",
    )


@pytest.mark.parametrize(
    ("arguments", "wire"),
    [
        (("--means", "other_coercion"), "other_forms_of_coercion"),
        (("--means", "ABUSE_OF_VULNERABILITY"), "abuse_of_a_position_of_vulnerability"),
        (("--means", "payments_to_person_in_control"), "payments_to_a_person_having_control"),
        (("--means", "other_forms_of_coercion"), "other_forms_of_coercion"),
    ],
)
def test_enum_option_takes_the_python_name_too(
    capsys: pytest.CaptureFixture[str], arguments: tuple[str, str], wire: str
) -> None:
    """A value is given as files write it or as its member's name in Python, in any case."""
    code, out, _ = _main(capsys, "assess", *arguments, "--json")
    assert (code, json.loads(out)["facts"]) == (0, {"means": [wire]})


def test_filter_takes_the_python_name_too(capsys: pytest.CaptureFixture[str]) -> None:
    """--group SMUGGLING_OF_MIGRANTS selects as --group smuggling_of_migrants does."""
    _, by_name, _ = _main(capsys, "timeline", "--group", "SMUGGLING_OF_MIGRANTS", "--catalog", SMALL)
    _, by_value, _ = _main(capsys, "timeline", "--group", "smuggling_of_migrants", "--catalog", SMALL)
    assert (by_name, _ids(by_name)) == (by_value, ["wg-som-9", "cd-som-2022", "wg-som-10", "cd-som-2023"])


def test_kind_takes_the_class_name_too(capsys: pytest.CaptureFixture[str]) -> None:
    """'list --kind ConstructiveDialogue' lists what '--kind constructive_dialogue' does."""
    _, by_name, _ = _main(capsys, "list", "--kind", "ConstructiveDialogue", "--catalog", SMALL)
    _, by_value, _ = _main(capsys, "list", "--kind", "constructive_dialogue", "--catalog", SMALL)
    assert (by_name, len(by_name.splitlines())) == (by_value, 4)


def test_enum_help_lists_the_values_files_use(capsys: pytest.CaptureFixture[str]) -> None:
    """--help lists the values as files write them, which is also what an error lists."""
    _, out, _ = _main(capsys, "assess", "--help")
    assert ("other_forms_of_coercion" in out, "other_coercion," in out) == (True, False)


def test_unknown_enum_value_lists_the_values_files_use(capsys: pytest.CaptureFixture[str]) -> None:
    """A value that is neither a value nor a name exits 2, listing the values."""
    code, _, err = _main(capsys, "assess", "--means", "bribery")
    assert code == 2
    assert "invalid choice: 'bribery' (choose from 'threat_or_use_of_force', " in err


def test_error_prefix_is_not_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """With --locale fr, the prefix stays 'untoc-dialogue: error:', in the language of the library's message."""
    code, _, err = _main(capsys, "show", "cd-xyz", "--locale", "fr", "--catalog", SMALL)
    assert (code, err) == (1, "untoc-dialogue: error: no entity has the id 'cd-xyz'\n")


def test_invalid_catalogue_file_is_invalid_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A --catalog that is not a catalogue exits 1, naming the problem and the file."""
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = _main(capsys, "timeline", "--catalog", str(broken))
    assert code == 1
    assert err.startswith("untoc-dialogue: error: $: not valid JSON")
    assert f"while reading {broken}" in err


# --- Standard output -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "arguments",
    [("timeline",), ("export", "--format", "json"), ("export", "--format", "csv", "--table", "events")],
    ids=["timeline", "json", "csv"],
)
def test_full_output_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, arguments: tuple[str, ...]
) -> None:
    """A standard output that cannot be written ('> /dev/full') exits 1 with one line, no traceback."""
    monkeypatch.setattr(sys, "stdout", _FailingOutput(OSError(errno.ENOSPC, "No space left on device")))
    code = main([*arguments, "--catalog", SMALL])
    assert (code, capsys.readouterr().err) == (
        1,
        "untoc-dialogue: error: cannot write the output: No space left on device\n",
    )


@pytest.mark.parametrize("arguments", [("timeline",), ("show", "cd-som-2023"), ("conflicts",)])
def test_closed_pipe_exits_0_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, arguments: tuple[str, ...]
) -> None:
    """A reader that went away ('| head -1', '| true') ends every command quietly with exit code 0."""
    monkeypatch.setattr(sys, "stdout", _FailingOutput(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    code = main([*arguments, "--catalog", SMALL])
    assert (code, capsys.readouterr().err) == (0, "")


# --- timeline ------------------------------------------------------------------------------

# Worked out from tests/data/small_catalog.json: wg-som-10 met in Vienna on 5-6 October 2023 and
# no source names its chairs; cd-som-2023 met in Vienna on 9 October 2023, co-chaired by
# vasiliki-kakosimou (GR) and francesco-testa (IT); UNODC (seed-003) counts 65
# non-governmental stakeholders, ICLAIM (iclaim-2023) about 40 NGOs.
TIMELINE_2023 = """\
Date         Event                           Working group     Chairs                  Participation
Venue        ID                                                                        (counted by)
-----------  ------------------------------  ----------------  ----------------------  ---------------------------------
2023-10-05/  Session 10 of the Working       Working Group on
2023-10-06     Group on the Smuggling of       the Smuggling
Vienna         Migrants                        of Migrants
             wg-som-10

2023-10-09   Constructive Dialogue on the    Working Group on  Co-chair: Vasiliki      65 non-governmental stakeholders
Vienna         Smuggling of Migrants           the Smuggling     Kakosimou (GR)          (UNODC);
             cd-som-2023                       of Migrants     Co-chair: Francesco     about 40 NGOs (ICLAIM)
                                                                 Testa (IT)

Under each title is the event's ID: 'untoc-dialogue show ID' shows all the catalogue says about it, with its sources.
"""

HINT = "Under each title is the event's ID: 'untoc-dialogue show ID' shows all the catalogue says about it, with its sources."


def _rows(out: str) -> dict[str, list[list[str]]]:
    """
    The timeline's rows by event id, each cell as a list of its items, their wrapped lines joined.

    The columns are where the rule under the headings has dashes; an item's later lines are
    indented. The ID is the second item of the second column, under the title.
    """
    lines = out.splitlines()
    rule = next(index for index, line in enumerate(lines) if line.startswith("---"))
    spans = [match.span() for match in re.finditer(r"-+", lines[rule])]
    blocks = "\n".join(lines[rule + 1 :]).split("\n\n")[:-1]  # the last block is the hint
    rows = {}
    for block in blocks:
        cells: list[list[str]] = []
        for number, (start, end) in enumerate(spans):
            items: list[str] = []
            for line in block.splitlines():
                text = line[start:] if number == len(spans) - 1 else line[start:end]
                if not text.strip():
                    continue
                if text.startswith(" ") and items:
                    items[-1] += " " + text.strip()
                else:
                    items.append(text.strip())
            cells.append(items)
        rows[cells[1][1]] = cells
    return rows


def _ids(out: str) -> list[str]:
    return list(_rows(out))


def test_timeline_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The timeline is a table of dates and venues, titles and ids, groups, chairs and participation."""
    assert _main(capsys, "timeline", "--year", "2023", "--catalog", SMALL) == (0, TIMELINE_2023, "")


def test_timeline_undated_last(capsys: pytest.CaptureFixture[str]) -> None:
    """Every event is listed, the one without a date last, marked as such."""
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    assert _ids(out) == ["wg-som-9", "cd-som-2022", "cop-11", "wg-som-10", "cd-som-2023", "prep-day-som-2023"]
    assert _rows(out)["prep-day-som-2023"] == [
        ["date unknown"],
        ["Multistakeholder Preparation Day", "prep-day-som-2023"],
        [],
        [],
        [],
    ]


def test_timeline_dates_at_their_precision(capsys: pytest.CaptureFixture[str]) -> None:
    """A date known to the month stays a month; a range is split after its slash, the venue below."""
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    rows = _rows(out)
    assert (rows["wg-som-9"][0], rows["cop-11"][0]) == (["2022-06"], ["2022-10-17/", "2022-10-21", "Vienna"])


def test_timeline_names_the_chairs_with_their_countries(capsys: pytest.CaptureFixture[str]) -> None:
    """cd-som-2023 was co-chaired by Vasiliki Kakosimou (GR) and Francesco Testa (IT), named as people."""
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    rows = _rows(out)
    assert rows["cd-som-2023"][3] == ["Co-chair: Vasiliki Kakosimou (GR)", "Co-chair: Francesco Testa (IT)"]
    assert rows["cd-som-2022"][3] == ["Chair: Francesco Testa (IT)"]


def test_timeline_does_not_invent_a_chair_s_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A president the sources do not name is shown by their post, or as not named: never by a name."""
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    assert _rows(out)["cop-11"][3] == ["President: Ambassador of Iraq (IQ)"]
    data = json.loads(Path(SMALL).read_text(encoding="utf-8"))
    president = data["conference_sessions"][0]["president"]
    del president["title"]
    president["organization"] = "mmc"
    unnamed = tmp_path / "unnamed.json"
    unnamed.write_text(json.dumps(data), encoding="utf-8")
    _, out, _ = _main(capsys, "timeline", "--catalog", str(unnamed))
    assert _rows(out)["cop-11"][3] == ["President: not named, from MMC (IQ)"]


def test_timeline_keeps_conflicting_figures_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    """UNODC's 65 and ICLAIM's about 40 are both shown, each with who counted it."""
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    rows = _rows(out)
    assert rows["cd-som-2023"][4] == ["65 non-governmental stakeholders (UNODC);", "about 40 NGOs (ICLAIM)"]
    assert rows["cd-som-2022"][4] == ["37 NGOs (Alliance of NGOs on Crime Prevention and Criminal Justice)"]
    assert rows["wg-som-10"][4] == []


def test_timeline_of_the_bundled_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    """
    The bundled rows, worked out from the catalogue: groups, chairs, and each source's counts
    with their qualifier and basis, sources in the order of their figures.
    """
    _, everything, _ = _main(capsys, "timeline")
    rows = _rows(everything)
    assert rows["cd-som-2023"][2:] == [
        ["Working Group on the Smuggling of Migrants"],
        ["Co-chair: Vasiliki Kakosimou (GR)", "Co-chair: Francesco Testa (IT)"],
        ["65 non-governmental stakeholders, 38 governments (UNODC);", "40 NGOs attended (ICLAIM)"],
    ]
    assert rows["cd-firearms-2023"][4] == [
        "over 500 participants registered, 189 organizations registered (UNODC);",
        "60 NGOs attended (ICLAIM)",
    ]
    assert rows["cd-ic-ta-2022"][2] == [
        "Working Group on International Cooperation",
        "Working Group of Government Experts on Technical Assistance",
    ]
    assert rows["cd-firearms-2024"][3] == [
        "Chair: the newly appointed Permanent Representative of Mexico in Vienna (MX)"
    ]
    assert rows["cop-11"][3] == ["President: Baker Fattah Hussen (IQ)"]
    assert rows["meeting-rm-officials-2024"] == [
        ["2024-07-12", "Vienna", "International", "Centre (VIC)"],
        ["Second gathering of UNTOC Review Mechanism officials", "meeting-rm-officials-2024"],
        [],
        [],
        ["about 20 officials (UNODC)"],
    ]


def test_timeline_ids_lead_to_show(capsys: pytest.CaptureFixture[str]) -> None:
    """The table ends by saying how to see an event in full; the id under a title is what show takes."""
    _, out, _ = _main(capsys, "timeline", "--year", "2023", "--catalog", SMALL)
    assert out.splitlines()[-1] == HINT
    code, shown, _ = _main(capsys, "show", _ids(out)[-1], "--catalog", SMALL)
    assert (code, shown.splitlines()[1]) == (0, "Constructive Dialogue cd-som-2023")


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("locale", ["ar", "en", "es", "fr", "ru", "zh"])
def test_timeline_fits_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, locale: str, columns: int
) -> None:
    """In every language, no line of the bundled timeline is wider than a terminal of 80 or 120 columns."""
    from untoc_dialogue._cli import _width

    monkeypatch.setenv("COLUMNS", str(columns))
    _, out, _ = _main(capsys, "timeline", "--locale", locale)
    assert max(_width(line) for line in out.splitlines()) <= columns


def test_timeline_in_80_columns(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """
    In 80 columns the five do not fit: the working group goes under the title and ID, the
    participation under the chairs, and nothing is lost.
    """
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = _main(capsys, "timeline", "--year", "2023", "--catalog", SMALL)
    assert out.splitlines()[:3] == [
        "Date         Event                           Chairs",
        "Venue        ID                              Participation",
        "             Working group                   (counted by)",
    ]
    assert _rows(out)["cd-som-2023"] == [
        ["2023-10-09", "Vienna"],
        [
            "Constructive Dialogue on the Smuggling of Migrants",
            "cd-som-2023",
            "Working Group on the Smuggling of Migrants",
        ],
        [
            "Co-chair: Vasiliki Kakosimou (GR)",
            "Co-chair: Francesco Testa (IT)",
            "65 non-governmental stakeholders (UNODC);",
            "about 40 NGOs (ICLAIM)",
        ],
    ]


def test_timeline_is_never_narrower_than_80(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal narrower than 80 columns gets the 80-column table: narrower would not be readable."""
    monkeypatch.setenv("COLUMNS", "80")
    _, eighty, _ = _main(capsys, "timeline", "--catalog", SMALL)
    monkeypatch.setenv("COLUMNS", "40")
    _, forty, _ = _main(capsys, "timeline", "--catalog", SMALL)
    assert forty == eighty


def test_timeline_uses_a_wide_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In 200 columns the participation column takes the room: UNODC's counts stay on one line."""
    monkeypatch.setenv("COLUMNS", "200")
    _, out, _ = _main(capsys, "timeline", "--catalog", SMALL)
    assert "65 non-governmental stakeholders (UNODC);\n" in out


def test_timeline_group_filter(capsys: pytest.CaptureFixture[str]) -> None:
    """--group keeps that group's sessions and dialogues, not the Conference or meetings."""
    _, out, _ = _main(capsys, "timeline", "--group", "smuggling_of_migrants", "--catalog", SMALL)
    assert _ids(out) == ["wg-som-9", "cd-som-2022", "wg-som-10", "cd-som-2023"]


def test_timeline_instrument_filter(capsys: pytest.CaptureFixture[str]) -> None:
    """--instrument keeps the events of groups on that instrument; none is on firearms here."""
    code, out, _ = _main(capsys, "timeline", "--instrument", "firearms_protocol", "--catalog", SMALL)
    assert (code, out) == (0, "No event matches these filters.\n")


def test_timeline_since_until_take_partial_dates(capsys: pytest.CaptureFixture[str]) -> None:
    """--since 2022-07 and --until 2022 keep what could fall from July to December 2022."""
    _, out, _ = _main(capsys, "timeline", "--since", "2022-07", "--until", "2022", "--catalog", SMALL)
    assert _ids(out) == ["cd-som-2022", "cop-11"]


def test_timeline_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """With --locale fr the headings, titles, groups, roles and counts are French."""
    _, out, _ = _main(capsys, "timeline", "--year", "2023", "--locale", "fr", "--catalog", SMALL)
    assert out.splitlines()[:2] == [
        "Date         Événement                       Groupe de travail  Présidence              Participation",
        "Lieu         Identifiant                                                                (source du décompte)",
    ]
    row = _rows(out)["cd-som-2023"]
    assert row[1:] == [
        ["Dialogue constructif sur le trafic illicite de migrants", "cd-som-2023"],
        ["Groupe de travail sur le trafic illicite de migrants"],
        ["Coprésident\u00a0: Vasiliki Kakosimou (GR)", "Coprésident\u00a0: Francesco Testa (IT)"],
        ["65 parties prenantes non gouvernementales (UNODC)\u00a0;", "environ 40 ONG (ICLAIM)"],
    ]


# --- list and show -------------------------------------------------------------------------


def test_list_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """'list --kind person' lists the people with their names."""
    code, out, _ = _main(capsys, "list", "--kind", "person", "--catalog", SMALL)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[2:]] == [
        "francesco-testa",
        "vasiliki-kakosimou",
        "german-calderon",
    ]
    assert out.splitlines()[4].endswith("Person  Germán Andrés Calderón Velásquez")


def test_list_everything_with_an_id(capsys: pytest.CaptureFixture[str]) -> None:
    """'list' has a row for every id in the catalogue."""
    _, out, _ = _main(capsys, "list", "--catalog", SMALL)
    assert {line.split()[0] for line in out.splitlines()[2:]} == load_catalog(SMALL).ids()


def test_show_entity_with_its_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """'show' prints the title, the kind and id, the fields that are set, then the sources."""
    code, out, _ = _main(capsys, "show", "wg-som-10", "--catalog", SMALL)
    assert (code, out) == (
        0,
        "Session 10 of the Working Group on the Smuggling of Migrants\n"
        "Working group session wg-som-10\n"
        "\n"
        "id: wg-som-10\n"
        "group: Working Group on the Smuggling of Migrants\n"
        "sources:\n"
        "  - iclaim-2023\n"
        "number: 10\n"
        "dates: 2023-10-05/2023-10-06\n"
        "venue: Vienna\n"
        "topics:\n"
        "  - Smuggling of migrants at sea\n"
        "recommendations_adopted: 16\n"
        "\n"
        "Sources\n"
        "  - id: iclaim-2023\n"
        "    title: ICLAIM summary of the 2023 dialogues\n"
        "    publisher: ICLAIM\n"
        "    reliability: B: reputable secondary source\n"
        "    note: Read in a copy without page numbers.\n",
    )


def test_show_citation_with_excerpt(capsys: pytest.CaptureFixture[str]) -> None:
    """A citation's excerpt is quoted after its source."""
    _, out, _ = _main(capsys, "show", "fig-cd-som-2023-unodc", "--catalog", SMALL)
    assert "  - seed-003: “65 non-governmental stakeholders”\n" in out


def test_show_nested_entity_names_what_holds_it(capsys: pytest.CaptureFixture[str]) -> None:
    """A figure's page says, under its title, which event it belongs to."""
    _, out, _ = _main(capsys, "show", "fig-cd-som-2023-unodc", "--catalog", SMALL)
    assert out.splitlines()[1:4] == [
        "Participation figure fig-cd-som-2023-unodc",
        "Part of: Constructive Dialogue cd-som-2023 (Constructive Dialogue on the Smuggling of Migrants)",
        "",
    ]


def test_show_recommendation_names_its_dialogue(capsys: pytest.CaptureFixture[str]) -> None:
    """A recommendation's page names the dialogue it was made at."""
    _, out, _ = _main(capsys, "show", "rec-cd-som-2023-1", "--catalog", SMALL)
    assert out.splitlines()[2] == (
        "Part of: Constructive Dialogue cd-som-2023 (Constructive Dialogue on the Smuggling of Migrants)"
    )


def test_show_lists_the_conflicts_that_name_a_figure(capsys: pytest.CaptureFixture[str]) -> None:
    """A figure that a conflict's claim names lists that conflict, with its question."""
    _, out, _ = _main(capsys, "show", "fig-cd-som-2023-iclaim", "--catalog", SMALL)
    assert (
        "\nConflicts between sources\n"
        "  - conflict-cd-som-2023-participation: "
        "Number of non-governmental participants at the 2023 SOM dialogue\n\nSources\n"
    ) in out


def test_show_lists_the_conflicts_about_an_event(capsys: pytest.CaptureFixture[str]) -> None:
    """An event that is a conflict's subject lists it too; an undisputed one has no such section."""
    _, disputed, _ = _main(capsys, "show", "cd-som-2023", "--catalog", SMALL)
    _, undisputed, _ = _main(capsys, "show", "cd-som-2022", "--catalog", SMALL)
    assert ("  - conflict-cd-som-2023-participation: " in disputed, "Conflicts" in undisputed) == (
        True,
        False,
    )


def test_show_person_lists_appearances(capsys: pytest.CaptureFixture[str]) -> None:
    """A person's page says where they appear and in which role."""
    _, out, _ = _main(capsys, "show", "francesco-testa", "--catalog", SMALL)
    assert "  - cd-som-2023 at $.dialogues[1].chairs[1].person, as Co-chair\n" in out


def test_show_json_is_the_canonical_form(capsys: pytest.CaptureFixture[str]) -> None:
    """'show --json' prints the entity as to_json writes it."""
    _, out, _ = _main(capsys, "show", "cd-som-2023", "--json", "--catalog", SMALL)
    assert out == to_json(load_catalog(SMALL).get("cd-som-2023"))


def test_show_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    """An id that is not in the catalogue exits 1 with a message."""
    assert _main(capsys, "show", "cd-xyz", "--catalog", SMALL) == (
        1,
        "",
        "untoc-dialogue: error: no entity has the id 'cd-xyz'\n",
    )


# --- conflicts -----------------------------------------------------------------------------

CONFLICTS = """\
conflict-cd-som-2023-participation
  Number of non-governmental participants at the 2023 SOM dialogue
  About: cd-som-2023 (Constructive Dialogue on the Smuggling of Migrants)
  - UNODC counts 65 non-governmental stakeholders. [seed-003]
  - ICLAIM counts about 40 NGOs. [iclaim-2023]
"""


def test_conflicts(capsys: pytest.CaptureFixture[str]) -> None:
    """Each conflict shows its question, subject and every source's claim."""
    assert _main(capsys, "conflicts", "--catalog", SMALL) == (0, CONFLICTS, "")


def test_conflicts_about_an_entity_without_any(capsys: pytest.CaptureFixture[str]) -> None:
    """--about an entity nobody disputes says so."""
    assert _main(capsys, "conflicts", "--about", "cop-11", "--catalog", SMALL) == (
        0,
        "No conflict is recorded.\n",
        "",
    )


def test_conflicts_about_an_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    """--about an id that is not in the catalogue is an error, not 'no conflict'."""
    code, _, err = _main(capsys, "conflicts", "--about", "cd-xyz", "--catalog", SMALL)
    assert (code, err) == (1, "untoc-dialogue: error: no entity has the id 'cd-xyz'\n")


# --- validate ------------------------------------------------------------------------------


def _broken_catalog(folder: Path) -> Path:
    data = json.loads(Path(SMALL).read_text(encoding="utf-8"))
    data["dialogues"][1]["panels"][0]["number"] = 0
    data["dialogues"][1]["mode"] = "zoom"
    path = folder / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_valid_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A valid catalogue is reported valid, exit 0."""
    assert _main(capsys, "validate", SMALL) == (0, f"{SMALL}: valid\n", "")


def test_validate_lists_every_problem_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An invalid catalogue is reported with each problem at its path, exit 1."""
    broken = _broken_catalog(tmp_path)
    code, out, _ = _main(capsys, "validate", str(broken))
    assert code == 1
    assert out.splitlines()[0] == f"{broken}: not valid"
    assert sorted(line.split(":")[0].strip() for line in out.splitlines()[1:]) == [
        "$.dialogues[1].mode",
        "$.dialogues[1].panels[0].number",
    ]


def test_validate_several_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Every file is checked; one invalid file makes the exit code 1."""
    missing = tmp_path / "missing.json"
    code, out, _ = _main(capsys, "validate", SMALL, str(missing))
    assert code == 1
    assert out.splitlines()[0] == f"{SMALL}: valid"
    assert out.splitlines()[1:] == [
        f"{missing}: not valid",
        f"  $: cannot read {missing}: No such file or directory",
    ]


# --- export --------------------------------------------------------------------------------


def test_export_json_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --output, the JSON export is printed, in the converter's canonical form."""
    _, out, _ = _main(capsys, "export", "--format", "json", "--catalog", SMALL)
    assert out == to_json(load_catalog(SMALL))


def test_export_filters_apply(capsys: pytest.CaptureFixture[str]) -> None:
    """The export's filters select events as the timeline's do."""
    _, out, _ = _main(capsys, "export", "--format", "json", "--year", "2023", "--catalog", SMALL)
    assert [event.id for event in from_json(Catalog, out).events()] == ["wg-som-10", "cd-som-2023"]


def test_export_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON Lines export has one line per event."""
    _, out, _ = _main(capsys, "export", "--format", "jsonl", "--catalog", SMALL)
    assert [json.loads(line)["data"]["id"] for line in out.splitlines()][:2] == ["wg-som-9", "cd-som-2022"]


def test_export_one_csv_table(capsys: pytest.CaptureFixture[str]) -> None:
    """'--format csv --table panels' prints that table, CRLF line ends kept."""
    _, out, _ = _main(capsys, "export", "--format", "csv", "--table", "panels", "--catalog", SMALL)
    assert out.split("\r\n")[0] == "event_id,number,question,topic,panellist_count,themes,sources"
    assert out.count("\r\n") == 3


def test_export_csv_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    """All the CSV tables without --output is a usage error."""
    code, _, err = _main(capsys, "export", "--format", "csv", "--catalog", SMALL)
    assert (code, "give a folder with --output" in err) == (2, True)


def test_export_datapackage_writes_every_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The data package is a folder with one CSV file per table and its descriptor."""
    folder = tmp_path / "package"
    code, out, _ = _main(
        capsys, "export", "--format", "datapackage", "--output", str(folder), "--catalog", SMALL
    )
    assert code == 0
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [
            "citations.csv",
            "datapackage.json",
            "events.csv",
            "organizations.csv",
            "panels.csv",
            "participants.csv",
            "participation_figures.csv",
            "people.csv",
            "recommendations.csv",
            "sessions.csv",
            "sources.csv",
        ]
    )
    assert len(out.splitlines()) == 11


def test_export_ics_lists_what_it_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    """The calendar goes to standard output; events not known to the day are named on standard error."""
    code, out, err = _main(capsys, "export", "--format", "ics", "--catalog", SMALL)
    assert (code, out.startswith("BEGIN:VCALENDAR\r\n")) == (0, True)
    assert err == (
        "wg-som-9: left out of the calendar: its date, 2022-06, is known only to the month\n"
        "prep-day-som-2023: left out of the calendar: its date is not known\n"
    )


def test_export_ics_stamp_from_source_date_epoch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SOURCE_DATE_EPOCH fixes every DTSTAMP, for reproducible files."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _, out, _ = _main(capsys, "export", "--format", "ics", "--catalog", SMALL)
    assert out.count("DTSTAMP:20231114T221320Z\r\n") == 4


def test_export_ics_bad_source_date_epoch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SOURCE_DATE_EPOCH that is not a number is invalid input."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    code, _, err = _main(capsys, "export", "--format", "ics", "--catalog", SMALL)
    assert (code, err) == (
        1,
        "untoc-dialogue: error: SOURCE_DATE_EPOCH must be a whole number of seconds, got 'yesterday'\n",
    )


def test_export_jsonschema(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON Schema export is the catalogue's schema."""
    _, out, _ = _main(capsys, "export", "--format", "jsonschema")
    assert json.loads(out) == json_schema(Catalog)


def test_export_jsonschema_takes_no_filters(capsys: pytest.CaptureFixture[str]) -> None:
    """Filters with the schema, which describes every document, are a usage error."""
    code, _, _ = _main(capsys, "export", "--format", "jsonschema", "--year", "2023")
    assert code == 2


def test_export_table_only_with_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """--table with another format than csv is a usage error."""
    code, _, _ = _main(capsys, "export", "--format", "json", "--table", "events", "--catalog", SMALL)
    assert code == 2


def test_export_to_a_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An output in a folder that does not exist is invalid input, with the reason."""
    output = tmp_path / "missing" / "out.json"
    code, _, err = _main(capsys, "export", "--format", "json", "--output", str(output), "--catalog", SMALL)
    assert (code, err) == (1, f"untoc-dialogue: error: cannot write {output}: No such file or directory\n")


def test_failed_export_keeps_the_old_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An export that fails leaves the file it would have replaced as it was."""
    output = tmp_path / "out.json"
    output.write_text("the old export", encoding="utf-8")
    code, _, _ = _main(
        capsys,
        "export",
        "--format",
        "json",
        "--output",
        str(output),
        "--catalog",
        str(_broken_catalog(tmp_path)),
    )
    assert (code, output.read_text(encoding="utf-8")) == (1, "the old export")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_export_to_a_fifo_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--output naming a named pipe exits 1 with one line, and the pipe is left as it was."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = _main(capsys, "export", "--format", "json", "--output", str(fifo), "--catalog", SMALL)
    assert (code, err, stat.S_ISFIFO(fifo.stat().st_mode)) == (
        1,
        f"untoc-dialogue: error: cannot write {fifo}: it is a named pipe (FIFO), which is left as it is\n",
        True,
    )


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges elsewhere")
def test_export_through_a_symlink_keeps_the_link(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--output naming a symbolic link writes the file it leads to, and the link stays."""
    target, link = tmp_path / "real.json", tmp_path / "link.json"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    code, _, _ = _main(capsys, "export", "--format", "json", "--output", str(link), "--catalog", SMALL)
    assert (code, link.is_symlink(), load_catalog(target)) == (0, True, load_catalog(SMALL))


def test_export_into_a_file_that_is_not_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A data package cannot be written into a file."""
    output = tmp_path / "file"
    output.write_text("", encoding="utf-8")
    code, _, err = _main(
        capsys, "export", "--format", "datapackage", "--output", str(output), "--catalog", SMALL
    )
    assert (code, err) == (1, f"untoc-dialogue: error: {output} exists and is not a folder\n")


# --- assess --------------------------------------------------------------------------------

SMUGGLING = (
    "--illegal-entry",
    "yes",
    "--national-or-resident",
    "no",
    "--benefit",
    "yes",
    "--conduct",
    "procured_illegal_entry",
)


def test_assess_prints_the_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    """A paid, illegal crossing of a foreigner is characterised as smuggling, article by article."""
    code, out, _ = _main(capsys, "assess", *SMUGGLING)
    assert code == 0
    assert out.splitlines()[0] == "Smuggling of migrants: the definition is met."
    assert "(SOM Protocol art. 3(a); SOM Protocol art. 3(b); SOM Protocol art. 6(1)(a))" in out


def test_assess_options_make_the_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """The options set the facts they name; 'none' is a known empty set; the rest stays unknown."""
    _, out, _ = _main(
        capsys, "assess", *SMUGGLING, "--act", "transportation", "--means", "none", "--age", "25", "--json"
    )
    assert json.loads(out)["facts"] == {
        "illegal_entry": True,
        "is_national_or_permanent_resident": False,
        "smuggling_conduct": ["procured_illegal_entry"],
        "financial_or_material_benefit": True,
        "acts": ["transportation"],
        "means": [],
        "age": 25,
    }


def test_assess_json_is_the_assessment(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the assessment of those facts as to_json writes it."""
    _, out, _ = _main(capsys, "assess", *SMUGGLING, "--json")
    facts = CaseFacts(
        illegal_entry=True,
        is_national_or_permanent_resident=False,
        financial_or_material_benefit=True,
        smuggling_conduct=frozenset({SmugglingConduct.PROCURED_ILLEGAL_ENTRY}),
    )
    assert out == to_json(assess(facts))


def test_assess_reads_a_facts_file_and_options_change_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--facts reads the facts; an option given too changes the one it names."""
    path = tmp_path / "facts.json"
    path.write_text(
        to_json(CaseFacts(acts=frozenset({TraffickingAct.RECRUITMENT}), age=30)), encoding="utf-8"
    )
    _, out, _ = _main(capsys, "assess", "--facts", str(path), "--age", "16", "--json")
    assert json.loads(out)["facts"] == {"acts": ["recruitment"], "age": 16}


def test_assess_unknown_resets_a_fact(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """'unknown' takes back what the file says."""
    path = tmp_path / "facts.json"
    path.write_text('{"consented": true, "acts": ["receipt"]}', encoding="utf-8")
    _, out, _ = _main(
        capsys, "assess", "--facts", str(path), "--consented", "unknown", "--act", "unknown", "--json"
    )
    assert json.loads(out)["facts"] == {}


def test_assess_none_with_values_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """'none' with another value for the same option is a usage error."""
    code, _, err = _main(capsys, "assess", "--act", "none", "--act", "recruitment")
    assert (code, "--act cannot be 'none' or 'unknown' together with other values" in err) == (2, True)


@pytest.mark.parametrize("age", ["200", "-3", "17.5", "sixteen"])
def test_assess_impossible_age_is_a_usage_error(capsys: pytest.CaptureFixture[str], age: str) -> None:
    """An age outside CaseFacts' bounds, or not a whole number, exits 2 as any bad option value does."""
    code, out, err = _main(capsys, "assess", "--age", age)
    assert (code, out, err.splitlines()[-1]) == (
        2,
        "",
        f"untoc-dialogue assess: error: argument --age: '{age}' is not an age in whole years from 0 to 150",
    )


def test_assess_age_bounds_are_case_facts_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    """0 and 150, CaseFacts' own bounds, are ages the command line takes."""
    from untoc_dialogue._assessment_facts import MAX_AGE

    ages = [
        json.loads(_main(capsys, "assess", "--age", str(age), "--json")[1])["facts"] for age in (0, MAX_AGE)
    ]
    assert ages == [{"age": 0}, {"age": 150}]


def test_assess_set_option_replaces_the_file_s_set(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """'--act transportation' with a file that says recruitment gives transportation only, not both."""
    path = tmp_path / "facts.json"
    path.write_text('{"acts": ["recruitment"], "means": ["deception"]}', encoding="utf-8")
    _, out, _ = _main(capsys, "assess", "--facts", str(path), "--act", "transportation", "--json")
    assert json.loads(out)["facts"] == {"acts": ["transportation"], "means": ["deception"]}


def test_assess_invalid_facts_file_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An invalid --facts file is named in the error, as validate and --catalog name theirs."""
    path = tmp_path / "broken.json"
    path.write_text('{"acts": ["bribery"]}', encoding="utf-8")
    code, _, err = _main(capsys, "assess", "--facts", str(path))
    assert (code, err.splitlines()[-1]) == (1, f"while reading {path}")


def test_assess_invalid_facts_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A facts file with an unknown act exits 1 with the problem's path."""
    path = tmp_path / "facts.json"
    path.write_text('{"acts": ["bribery"]}', encoding="utf-8")
    code, _, err = _main(capsys, "assess", "--facts", str(path))
    assert code == 1
    assert err.startswith("untoc-dialogue: error: $.acts[0]: unknown TraffickingAct 'bribery'")


def test_assess_has_an_option_for_every_fact() -> None:
    """Every field of CaseFacts can be given on the command line."""
    import attrs

    from untoc_dialogue._cli import _FACT_OPTIONS, _SET_OPTIONS

    given = {field for _, field, _ in (*_FACT_OPTIONS, *_SET_OPTIONS)} | {"age"}
    assert given == {field.name for field in attrs.fields(CaseFacts)}


def test_validate_facts_documents(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """'validate --document facts' checks case-facts files."""
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text('{"age": 20}', encoding="utf-8")
    bad.write_text('{"age": "twenty"}', encoding="utf-8")
    code, out, _ = _main(capsys, "validate", "--document", "facts", str(good), str(bad))
    assert (code, out.splitlines()) == (
        1,
        [f"{good}: valid", f"{bad}: not valid", "  $.age: expected an integer, got the string 'twenty'"],
    )


def test_timeline_shows_a_shared_count_under_both_dialogues(capsys: pytest.CaptureFixture[str]) -> None:
    """UNODC's "over 150" for both 1 July 2022 dialogues appears under each, naming the other."""
    code, out, _ = _main(capsys, "timeline", "--year", "2022")
    text = " ".join(out.split())
    assert code == 0
    assert "(together with cd-tip-2022)" in text
    assert "(together with cd-som-2022)" in text


@given(
    text=st.text(alphabet=st.sampled_from("ab -.,\t\n\u00a0"), max_size=40),
    width=st.integers(1, 30),
    indent=st.sampled_from(["", "  "]),
)
def test_wrapping_latin_text_is_textwrap(text: str, width: int, indent: str) -> None:
    """For text of narrow characters, a cell's lines are textwrap's (one empty line for empty text)."""
    import textwrap

    from untoc_dialogue._cli import _wrap

    expected = textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [""]
    assert _wrap(text, width, indent) == expected
