"""
The three libraries behind one interface: ``untoc_dialogue`` and the same model written with
pydantic v2 and with msgspec, each used as its users would use it.

The peer models (:mod:`benchmarks.peer_pydantic`, :mod:`benchmarks.peer_msgspec`) are as strict
as ``untoc_dialogue`` where the library lets them say so declaratively: exact JSON types (no
``"123"`` for 123, no 12.7 for 12), unknown keys refused, identifiers and texts checked by
pattern, numbers bounded, countries from the same ISO list, and the cross-field rules (panels
numbered 1..n, a recommendation's panel within range, a participant names someone) in the
library's own hook (a model validator, ``__post_init__``). Partial dates and date ranges are
the library's own classes, parsed by each peer's custom-type hook, so all three do the same
date work.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from untoc_dialogue import Catalog, ConstructiveDialogue, from_json, to_json
from untoc_dialogue._dates import DateRange, PartialDate

__all__ = ["PEERS", "Library", "MsgspecPeer", "Ours", "PydanticPeer", "available_libraries", "missing_peers"]

PEERS = ("pydantic", "msgspec")


class Library:
    """How one library decodes and encodes the benchmark's documents."""

    name: str
    key: str
    version: str

    def decode_dialogues(self, data: bytes | str) -> Any:
        raise NotImplementedError

    def encode_dialogues(self, value: Any) -> bytes | str:
        raise NotImplementedError

    def decode_catalog(self, data: bytes | str) -> Any:
        raise NotImplementedError


class Ours(Library):
    """``untoc_dialogue``: ``from_json`` and ``to_json``, with their defaults."""

    name = "untoc_dialogue"
    key = "ours"

    def __init__(self) -> None:
        from untoc_dialogue import __version__

        self.version = __version__

    def decode_dialogues(self, data: bytes | str) -> Any:
        return from_json(tuple[ConstructiveDialogue, ...], data)

    def encode_dialogues(self, value: Any) -> str:
        return to_json(value)

    def decode_catalog(self, data: bytes | str) -> Any:
        return from_json(Catalog, data)


class PydanticPeer(Library):
    """The model in pydantic v2: strict, frozen, extra keys forbidden, ``TypeAdapter`` JSON."""

    name = "pydantic v2"
    key = "pydantic"

    def __init__(self) -> None:
        # Imported by name, so that type checkers of the project need not have the peers.
        pydantic = importlib.import_module("pydantic")
        model = importlib.import_module("benchmarks.peer_pydantic")
        self._dialogues = pydantic.TypeAdapter(tuple.__class_getitem__((model.ConstructiveDialogue, ...)))
        self._catalog = pydantic.TypeAdapter(model.Catalog)
        self.version = pydantic.VERSION

    def decode_dialogues(self, data: bytes | str) -> Any:
        return self._dialogues.validate_json(data)

    def encode_dialogues(self, value: Any) -> bytes:
        encoded: bytes = self._dialogues.dump_json(value)
        return encoded

    def decode_catalog(self, data: bytes | str) -> Any:
        return self._catalog.validate_json(data)


def _dec_hook(kind: type, value: Any) -> Any:
    if kind is PartialDate:
        return PartialDate.fromisoformat(value)
    if kind is DateRange:
        return DateRange.fromisoformat(value)
    raise NotImplementedError(f"no decoder for {kind}")


def _enc_hook(value: Any) -> Any:
    if isinstance(value, (PartialDate, DateRange)):
        return value.isoformat()
    raise NotImplementedError(f"no encoder for {type(value)}")


class MsgspecPeer(Library):
    """The model in msgspec: frozen Structs, unknown fields forbidden, the library's defaults."""

    name = "msgspec"
    key = "msgspec"

    def __init__(self) -> None:
        msgspec = importlib.import_module("msgspec")
        importlib.import_module("msgspec.json")
        model = importlib.import_module("benchmarks.peer_msgspec")
        self._dialogues = msgspec.json.Decoder(
            tuple.__class_getitem__((model.ConstructiveDialogue, ...)), dec_hook=_dec_hook
        )
        self._catalog = msgspec.json.Decoder(model.Catalog, dec_hook=_dec_hook)
        self._encoder = msgspec.json.Encoder(enc_hook=_enc_hook)
        self.version = msgspec.__version__

    def decode_dialogues(self, data: bytes | str) -> Any:
        return self._dialogues.decode(data)

    def encode_dialogues(self, value: Any) -> bytes:
        encoded: bytes = self._encoder.encode(value)
        return encoded

    def decode_catalog(self, data: bytes | str) -> Any:
        return self._catalog.decode(data)


def missing_peers() -> list[str]:
    """The peers that cannot be imported here."""
    return [name for name in PEERS if importlib.util.find_spec(name) is None]


def available_libraries() -> list[Library]:
    """Ours, then every peer that is installed."""
    libraries: list[Library] = [Ours()]
    missing = missing_peers()
    if "pydantic" not in missing:
        libraries.append(PydanticPeer())
    if "msgspec" not in missing:
        libraries.append(MsgspecPeer())
    return libraries
