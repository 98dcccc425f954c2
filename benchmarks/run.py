"""
The benchmark suite: correctness checks, then round trip, memory, start-up, scale and
assessment throughput, each measured against the peers in the same run.

Every timing is a ratio of measurements made in the same run on the same machine, each
repeated, in fresh processes, with the libraries interleaved round by round; figures are
printed as ``median (min .. max)``. The command exits 1 when a check fails or (in a full run)
a target is missed, and 2 when a peer is not installed.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from .data import catalog_dict, dialogue_dicts
from .peers import Library, available_libraries, missing_peers
from .stats import Summary, fit_exponent, summarise

__all__ = ["check_fast_paths_on_samples", "main", "run_checks"]

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
CHART = ROOT / "docs" / "performance-scale.png"
START = "<!-- benchmark figures: start -->"
END = "<!-- benchmark figures: end -->"
MIB = 1024 * 1024


@attrs.frozen
class Target:
    """A figure the issue sets a limit on."""

    name: str
    value: float
    limit: float
    unit: str = "x"

    @property
    def met(self) -> bool:
        return self.value <= self.limit

    def line(self) -> str:
        mark = "met" if self.met else "MISSED"
        return f"| {self.name} | {self.value:.2f}{self.unit} | <= {self.limit:g}{self.unit} | {mark} |"


@attrs.define
class Report:
    """What the run found, printed as it goes and written to docs/performance.md at the end."""

    sections: list[str] = attrs.Factory(list)
    targets: list[Target] = attrs.Factory(list)
    problems: list[str] = attrs.Factory(list)

    def say(self, text: str = "") -> None:
        print(text, flush=True)
        self.sections.append(text)


def _environment() -> dict[str, str]:
    import untoc_dialogue

    paths = [str(ROOT), str(Path(untoc_dialogue.__file__).resolve().parent.parent)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _worker(task: str, key: str, file: Path, extra: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", task, key, str(file), extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_environment(),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {task} {key} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rotated(items: Sequence[Any], shift: int) -> list[Any]:
    shift %= len(items)
    return [*items[shift:], *items[:shift]]


def _machine() -> list[str]:
    model = platform.processor() or "unknown processor"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = {library.name: library.version for library in available_libraries()}
    from importlib.metadata import version

    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return [
        f"- Date: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {model}, {os.cpu_count()} cores, {memory} memory, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- Libraries: "
        + ", ".join(f"{name} {version}" for name, version in versions.items())
        + f", attrs {version('attrs')}, cattrs {version('cattrs')}",
        f"- Load average when the run started: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (other work shares the machine)",
    ]


# --- checks ----------------------------------------------------------------------------------


def check_fast_paths_on_samples(*, dialogues: int = 60, events: int = 60) -> list[str]:
    """Problems found where untoc_dialogue's fast paths and its reference paths disagree."""
    from untoc_dialogue import Catalog, ConstructiveDialogue, from_dict, to_json

    from . import checks

    kind = tuple[ConstructiveDialogue, ...]
    sample = dialogue_dicts(dialogues, seed=7)
    objects = from_dict(kind, sample)
    catalog = catalog_dict(events, seed=8)
    problems = checks.check_fast_paths(
        [objects, from_dict(Catalog, catalog), *objects[:10]],
        checks.invalid_texts(sample[:3], catalog),
    )
    text = to_json(objects).encode()
    catalog_text = to_json(from_dict(Catalog, catalog)).encode()
    if not checks.fast_path_is_taken(kind, text) or not checks.fast_path_is_taken(Catalog, catalog_text):
        problems.append("untoc_dialogue's fast path did not answer for a valid document")
    return problems


def run_checks(
    libraries: list[Library], *, dialogues: int = 60, events: int = 60
) -> tuple[list[str], list[str]]:
    """
    The correctness checks, made before anything is timed: problems found, and the table of
    what each library refuses. The smoke test runs exactly these.
    """
    from untoc_dialogue import Catalog, ConstructiveDialogue, from_dict, to_json

    from . import checks

    sample = dialogue_dicts(dialogues, seed=7)
    text = to_json(from_dict(tuple[ConstructiveDialogue, ...], sample)).encode()
    catalog_text = to_json(from_dict(Catalog, catalog_dict(events, seed=8))).encode()
    problems = checks.check_equal_decoding(libraries, text)
    problems += checks.check_equal_decoding(libraries, catalog_text, catalog=True)
    refusals, table = checks.check_strictness(libraries, sample[:3])
    problems += refusals
    problems += check_fast_paths_on_samples(dialogues=dialogues, events=events)
    return problems, table


# --- round trip ------------------------------------------------------------------------------


def _round_trip(report: Report, libraries: list[Library], count: int, rounds: int, folder: Path) -> None:
    from untoc_dialogue import ConstructiveDialogue, from_dict, to_json

    report.say(f"\n## Round trip: {count} dialogues\n")
    started = time.perf_counter()
    data = to_json(from_dict(tuple[ConstructiveDialogue, ...], dialogue_dicts(count))).encode()
    file = folder / "dialogues.json"
    file.write_bytes(data)
    report.say(
        f"One JSON array of {count} dialogues, {len(data) / MIB:.1f} MiB as untoc_dialogue writes it "
        f"(generated in {time.perf_counter() - started:.0f} s). Each library decodes it, with full "
        f"validation, to equal objects (checked first), then encodes its objects to JSON and decodes "
        f"that back; {rounds} rounds, the libraries interleaved, each round in fresh processes.\n"
    )
    results: dict[str, dict[str, list[float]]] = {library.key: {} for library in libraries}
    sizes: dict[str, int] = {}
    for round_number in range(rounds):
        for library in _rotated(libraries, round_number):
            measured = _worker("roundtrip", library.key, file, "1")
            sizes[library.key] = measured.pop("encoded_bytes")
            measured.pop("bytes")
            for name, values in measured.items():
                results[library.key].setdefault(name, []).extend(values)
    report.say("| library | collector | round trip | decode | encode | its JSON |")
    report.say("|---|---|---|---|---|---|")
    for library in libraries:
        for mode in ("on", "off"):
            row = results[library.key]
            report.say(
                f"| {library.name} | {mode} | {summarise(row[f'roundtrip_{mode}']).text()} | "
                f"{summarise(row[f'decode_{mode}']).text()} | {summarise(row[f'encode_{mode}']).text()} | "
                f"{sizes[library.key] / MIB:.1f} MiB |"
            )
    report.say(
        "\nRatios of untoc_dialogue's round trip to each peer's (median of the per-round ratios, min .. max):\n"
    )
    ours = results["ours"]
    for library in libraries[1:]:
        for mode in ("on", "off"):
            ratios = [
                mine / theirs
                for mine, theirs in zip(
                    ours[f"roundtrip_{mode}"], results[library.key][f"roundtrip_{mode}"], strict=True
                )
            ]
            summary = summarise(ratios)
            report.say(f"- vs {library.name}, collector {mode}: {summary.text('x', digits=2)}")
            if mode == "on":
                limit = 0.5 if library.key == "pydantic" else 2.0
                report.targets.append(
                    Target(f"round trip vs {library.name} (collector on)", summary.median, limit)
                )


# --- memory ----------------------------------------------------------------------------------


def _memory(report: Report, libraries: list[Library], file: Path, what: str, *, targets: bool) -> None:
    kind = "catalog" if what == "catalog" else "dialogues"
    report.say(
        f"\n## Memory: {file.stat().st_size / MIB:.1f} MiB of {what}\n\n"
        "Measured in a fresh process per library after reading the file: the decoded object graph "
        "(what stays allocated once decoding ends, by tracemalloc) and the peak while decoding, above "
        "what was allocated before; and the same two as resident memory (RSS), which also counts "
        "memory that is not Python objects (pydantic's Rust side) and allocator slack.\n"
    )
    figures = {
        library.key: {
            **_worker("memory", library.key, file, kind),
            **_worker("memory-rss", library.key, file, kind),
        }
        for library in libraries
    }
    report.say("| library | decoded graph | peak while decoding | RSS after | RSS peak |")
    report.say("|---|---|---|---|---|")
    for library in libraries:
        row = figures[library.key]
        report.say(
            f"| {library.name} | {row['graph'] / MIB:.0f} MiB | {row['peak'] / MIB:.0f} MiB | "
            f"{row['rss_graph'] / MIB:.0f} MiB | {row['rss_peak'] / MIB:.0f} MiB |"
        )
    if targets and "msgspec" in figures:
        ours, theirs = figures["ours"], figures["msgspec"]
        report.targets.append(Target("decoded graph vs msgspec", ours["graph"] / theirs["graph"], 1.1))
        report.targets.append(Target("peak while decoding vs msgspec", ours["peak"] / theirs["peak"], 1.5))
        report.say(
            f"\nAs resident memory: graph {ours['rss_graph'] / theirs['rss_graph']:.2f}x msgspec's, "
            f"peak {ours['rss_peak'] / theirs['rss_peak']:.2f}x."
        )


# --- start-up --------------------------------------------------------------------------------


def _command_line() -> list[str]:
    script = Path(sys.executable).parent / "untoc-dialogue"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "untoc_dialogue"]


def _start_up(report: Report, rounds: int) -> None:
    report.say(f"\n## Start-up: whole processes, {rounds} rounds interleaved\n")
    commands = {
        "floor: python -c 'import attrs, cattrs, dateutil.parser'": [
            sys.executable,
            "-c",
            "import attrs, cattrs, dateutil.parser",
        ],
        "python -c 'import untoc_dialogue'": [sys.executable, "-c", "import untoc_dialogue"],
        "untoc-dialogue timeline": [*_command_line(), "timeline"],
    }
    env = _environment()
    # pip compiles byte code when it installs a package; an editable install, or a machine that
    # sets PYTHONDONTWRITEBYTECODE, would otherwise compile ours from source at every start.
    import untoc_dialogue

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(untoc_dialogue.__file__).parent)],
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,
    )
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(rounds + 1):
        for name in _rotated(list(commands), round_number):
            start = time.perf_counter()
            subprocess.run(commands[name], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            if round_number:  # the first round warms the file cache and the bytecode
                times[name].append(time.perf_counter() - start)
    floor = next(iter(commands))
    for name, values in times.items():
        report.say(f"- {name}: {summarise(values).text('ms', 1000, 0)}")
    # A process start is short next to the machine's noise, which is independent from one start
    # to the next: the ratio of the medians is the steadier figure; the per-round ratios are
    # printed beside it.
    for name, limit, label in (
        ("python -c 'import untoc_dialogue'", 1.2, "import untoc_dialogue vs the floor"),
        ("untoc-dialogue timeline", 1.5, "untoc-dialogue timeline vs the floor"),
    ):
        ratio = summarise(times[name]).median / summarise(times[floor]).median
        paired = summarise([mine / base for mine, base in zip(times[name], times[floor], strict=True)])
        report.say(f"- {label}: {ratio:.2f}x (per round: {paired.text('x', digits=2)})")
        report.targets.append(Target(label, ratio, limit))
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, untoc_dialogue; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {'babel', 'icalendar', 'hypothesis', 'dateutil'} or m in {'untoc_dialogue._export', 'untoc_dialogue._export_tables', 'untoc_dialogue._export_ics', 'untoc_dialogue._assessment', 'untoc_dialogue._assessment_provisions', 'untoc_dialogue._schema'})))",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    report.say(
        "- heavy modules loaded by `import untoc_dialogue`: " + (", ".join(heavy) if heavy else "none")
    )
    if heavy:
        report.problems.append("import untoc_dialogue loads " + ", ".join(heavy))


# --- scale -----------------------------------------------------------------------------------


def _scale(
    report: Report,
    libraries: list[Library],
    sizes: list[int],
    rounds: int,
    folder: Path,
    charted: dict[str, Any],
) -> Path:
    from untoc_dialogue import Catalog, from_dict, to_json

    from . import checks

    report.say(f"\n## Scale: user catalogues of {', '.join(str(size) for size in sizes)} events\n")
    report.say(
        "Each catalogue (working group sessions and the dialogues that follow them, with the "
        "sources, people and organizations they cite) is loaded from JSON bytes with full "
        "validation: untoc_dialogue also builds its indexes and checks every reference. "
        f"{rounds} rounds per size, interleaved.\n"
    )
    loads: dict[str, dict[int, dict[str, Summary]]] = {library.key: {} for library in libraries}
    queries: dict[int, dict[str, float]] = {}
    largest = folder / "catalog.json"
    for size in sizes:
        data = to_json(from_dict(Catalog, catalog_dict(size))).encode()
        file = folder / f"catalog-{size}.json"
        file.write_bytes(data)
        if size <= 1000:
            report.problems.extend(checks.check_equal_decoding(libraries, data, catalog=True))
        collected: dict[str, dict[str, list[float]]] = {library.key: {} for library in libraries}
        for round_number in range(rounds):
            for library in _rotated(libraries, round_number):
                measured = _worker("load", library.key, file, "1")
                if "queries" in measured:
                    queries.setdefault(size, {})
                    for name, seconds in measured.pop("queries").items():
                        queries[size][name] = min(queries[size].get(name, seconds), seconds)
                for name, values in measured.items():
                    collected[library.key].setdefault(name, []).extend(values)
        for library in libraries:
            loads[library.key][size] = {
                name: summarise(values) for name, values in collected[library.key].items()
            }
        report.say(
            f"- {size} events, {len(data) / MIB:.1f} MiB: "
            + "; ".join(
                f"{library.name} {loads[library.key][size]['load_on'].text()}" for library in libraries
            )
        )
        largest = file
    report.say("\n| events | " + " | ".join(f"{library.name} (on / off)" for library in libraries) + " |")
    report.say("|---|" + "---|" * len(libraries))
    for size in sizes:
        report.say(
            f"| {size} | "
            + " | ".join(
                f"{loads[library.key][size]['load_on'].median:.3f} / {loads[library.key][size]['load_off'].median:.3f} s"
                for library in libraries
            )
            + " |"
        )
    report.say("\nFitted exponent of load time against size (1.0 is linear), collector on / off:\n")
    for library in libraries:
        on = fit_exponent(sizes, [loads[library.key][size]["load_on"].median for size in sizes])
        off = fit_exponent(sizes, [loads[library.key][size]["load_off"].median for size in sizes])
        report.say(f"- {library.name}: {on:.2f} / {off:.2f}")
        if library.key == "ours":
            report.targets.append(Target("load time exponent (collector on)", on, 1.1, ""))
    report.say(
        "\nQueries on the loaded catalogue (time per call, best of 3). Each filtered query finds the "
        "same few marker events at every size (a group, a year and a theme nothing else uses), so "
        "with indexes built once its time stays flat as the catalogue grows:\n"
    )
    names = list(queries[sizes[0]])
    report.say("| events | " + " | ".join(names) + " |")
    report.say("|---|" + "---|" * len(names))
    for size in sizes:
        report.say(
            f"| {size} | " + " | ".join(f"{queries[size][name] * 1e6:.1f} µs" for name in names) + " |"
        )
    report.say("")
    for name in names:
        exponent = fit_exponent(sizes, [queries[size][name] for size in sizes])
        report.say(f"- {name}: time grows with size to the power {exponent:.2f}")
        if name == "get":
            report.targets.append(Target("get(id) time exponent (constant is 0)", exponent, 0.25, ""))
        else:
            report.targets.append(Target(f"{name} time exponent (indexed: flat)", exponent, 0.25, ""))
    charted["sizes"] = sizes
    charted["loads"] = {
        library.name: [loads[library.key][size]["load_on"].median for size in sizes] for library in libraries
    }
    charted["loads_off"] = {
        library.name: [loads[library.key][size]["load_off"].median for size in sizes] for library in libraries
    }
    return largest


# --- assessment ------------------------------------------------------------------------------


def _case_facts(count: int) -> list[Any]:
    from untoc_dialogue.assessment import (
        CaseFacts,
        ExploitationPurpose,
        SmugglingConduct,
        TraffickingAct,
        TraffickingMeans,
    )

    rng = random.Random(2025)

    def fact() -> bool | None:
        return rng.choice((True, False, None))

    def members(kind: Any) -> frozenset[Any] | None:
        if rng.random() < 0.2:
            return None
        return frozenset(rng.sample(list(kind), rng.randint(0, 3)))

    return [
        CaseFacts(
            illegal_entry=fact(),
            is_national_or_permanent_resident=fact(),
            smuggling_conduct=members(SmugglingConduct),
            financial_or_material_benefit=fact(),
            acts=members(TraffickingAct),
            means=members(TraffickingMeans),
            purposes=members(ExploitationPurpose),
            age=rng.choice((None, rng.randint(0, 90))),
            consented=fact(),
            transnational=fact(),
            organized_criminal_group=fact(),
            endangered_life_or_safety=fact(),
            inhuman_or_degrading_treatment=fact(),
        )
        for _ in range(count)
    ]


def _assessment(report: Report, count: int, rounds: int) -> None:
    from untoc_dialogue.assessment import assess

    facts = _case_facts(count)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for case in facts:
            assess(case)
        times.append(time.perf_counter() - start)
    rates = summarise([count / seconds for seconds in times])
    report.say(
        f"\n## Assessment throughput\n\n- assess() on {count} generated CaseFacts: {rates.text('per second', digits=0)}"
    )


# --- chart -----------------------------------------------------------------------------------


def _chart(charted: dict[str, Any], path: Path) -> None:
    matplotlib = importlib.import_module("matplotlib")
    matplotlib.use("Agg")
    plt = importlib.import_module("matplotlib.pyplot")

    figure, axes = plt.subplots(figsize=(7, 4.5))
    sizes = charted["sizes"]
    for index, (name, values) in enumerate(charted["loads"].items()):
        style = {"color": f"C{index}", "marker": "osD"[index % 3]}
        axes.plot(sizes, values, label=f"{name} (collector on)", **style)
        off = charted["loads_off"][name]
        axes.plot(sizes, off, linestyle=":", alpha=0.6, label=f"{name} (collector off)", **style)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("events in the catalogue")
    axes.set_ylabel("load and validate, seconds (median)")
    axes.set_title("Loading a user catalogue: time against size")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120, metadata={"Software": None})
    plt.close(figure)


# --- output ----------------------------------------------------------------------------------


def _demoted(markdown: str) -> str:
    """The run's sections one heading level down, under the page's "Latest figures"."""
    return "\n".join("#" + line if line.startswith("## ") else line for line in markdown.splitlines())


def _write_docs(report: Report, quick: bool) -> None:
    text = DOCS.read_text() if DOCS.exists() else f"# Performance\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text += f"\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    body = _demoted("\n".join(report.sections).strip())
    note = " (quick run: sizes too small for the targets to mean much)" if quick else ""
    text = (
        f"{head}{START}\n\n## Latest figures\n\n_Written by `python -m benchmarks --write-docs`{note}._"
        f"\n\n{body}\n\n{END}{tail}"
    )
    DOCS.write_text(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: small sizes, few rounds")
    parser.add_argument(
        "--dialogues", type=int, help="dialogues in the round trip (default 20000; quick 300)"
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="catalogue sizes (default 100 1000 10000 100000)"
    )
    parser.add_argument("--rounds", type=int, help="rounds of each timing (default 3; quick 2)")
    parser.add_argument("--only", nargs="+", choices=["roundtrip", "memory", "startup", "scale", "assess"])
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"write the figures into {DOCS.relative_to(ROOT)} and the chart",
    )
    args = parser.parse_args(argv)

    missing = missing_peers()
    if missing:
        print(
            f"the benchmarks compare against {', '.join(missing)}, which is not installed here: "
            'pip install -e ".[bench]"',
            file=sys.stderr,
        )
        return 2
    quick = args.quick
    count = args.dialogues or (300 if quick else 20_000)
    sizes = args.sizes or ([100, 1000] if quick else [100, 1000, 10_000, 100_000])
    rounds = args.rounds or (2 if quick else 3)
    only = set(args.only or ["roundtrip", "memory", "startup", "scale", "assess"])
    libraries = available_libraries()

    report = Report()
    report.say("## Machine\n")
    for line in _machine():
        report.say(line)
    started = time.perf_counter()

    problems, table = run_checks(libraries)
    report.say("\n## Checks before timing\n")
    report.say(
        "Every library decodes the same JSON to equal objects, and its own output back to equal objects: "
        + ("yes" if not problems else "NO")
    )
    report.say("\nWhat each library refuses (one change to a valid array of dialogues):\n")
    for row in table:
        report.say(row)
    if problems:
        for problem in problems:
            report.say(f"- CHECK FAILED: {problem}")
        return 1

    charted: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="untoc-bench-") as temporary:
        folder = Path(temporary)
        if "roundtrip" in only:
            _round_trip(report, libraries, count, rounds, folder)
        if "memory" in only:
            file = folder / "dialogues.json"
            if not file.exists():
                from untoc_dialogue import ConstructiveDialogue, from_dict, to_json

                file.write_bytes(
                    to_json(from_dict(tuple[ConstructiveDialogue, ...], dialogue_dicts(count))).encode()
                )
            _memory(report, libraries, file, f"{count} dialogues", targets=True)
        if "startup" in only:
            _start_up(report, 5 if quick else 40)
        if "scale" in only:
            largest = _scale(report, libraries, sizes, rounds, folder, charted)
            _memory(report, libraries, largest, "catalog", targets=False)
        if "assess" in only:
            _assessment(report, 10_000 if quick else 100_000, rounds)

    report.say("\n## Targets\n")
    report.say("| target | measured | limit | |")
    report.say("|---|---|---|---|")
    for target in report.targets:
        report.say(target.line())
    for problem in report.problems:
        report.say(f"- PROBLEM: {problem}")
    report.say(f"\nThe whole run took {(time.perf_counter() - started) / 60:.1f} minutes.")
    if args.write_docs:
        if charted:
            _chart(charted, CHART)
            report.sections.append(f"\n![Load time against catalogue size]({CHART.name})")
        _write_docs(report, quick)
    missed = [target for target in report.targets if not target.met]
    if report.problems:
        return 1
    if missed and not quick:
        print(f"\n{len(missed)} target(s) missed.", file=sys.stderr)
        return 1
    return 0
