"""The simulated cluster's spec: its devices in ring order, head first, as `prima simulate --devices` reads them.

    [{"name": "desktop", "memory_bytes": 600000000, "link_delay_ms": 2, "link_mbit": 100, "threads": 2,
      "disk_mbps": 500}, ...]

A JSON list, or {"devices": [...]}. `link_*` describe the link to the next device (the last one's goes to
the head). Every error names the field: "spec.json: devices[1].memory_bytes: expected an integer >= 16 MiB".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nanofrontier.core.jsonio import read_json


class SpecError(ValueError):
    """The devices spec is malformed; the message names the field ("devices[1].memory_bytes: ...")."""


@dataclass(frozen=True, kw_only=True)
class SimDevice:
    name: str
    memory_bytes: int              # the memory cgroup's cap (the runtime, ~150 MB of torch, counts too)
    link_delay_ms: float = 0.0     # one-way delay of the link to the next device
    link_mbit: float | None = None  # rate of that link (tc tbf); None: unlimited
    threads: int = 1               # torch threads of this rank
    disk_mbps: float | None = None  # read speed of its disk in MB/s (a blkio throttle); None: the host's disk

    def __post_init__(self) -> None:
        def bad(field: str, detail: str) -> SpecError:
            return SpecError(f"device {self.name!r}.{field}: {detail}")

        if not isinstance(self.name, str) or not self.name:
            raise SpecError(f"name: expected a non-empty string, got {self.name!r}")
        if not _is_int(self.memory_bytes) or self.memory_bytes < (16 << 20):
            raise bad("memory_bytes", f"expected an integer >= 16 MiB, got {self.memory_bytes!r}")
        if not _is_number(self.link_delay_ms) or self.link_delay_ms < 0:
            raise bad("link_delay_ms", f"expected a number >= 0, got {self.link_delay_ms!r}")
        if self.link_mbit is not None and (not _is_number(self.link_mbit) or self.link_mbit <= 0):
            raise bad("link_mbit", f"expected a number > 0 or null, got {self.link_mbit!r}")
        if not _is_int(self.threads) or self.threads < 1:
            raise bad("threads", f"expected an integer >= 1, got {self.threads!r}")
        if self.disk_mbps is not None and (not _is_number(self.disk_mbps) or self.disk_mbps <= 0):
            raise bad("disk_mbps", f"expected a number > 0 or null, got {self.disk_mbps!r}")


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


@dataclass(frozen=True, kw_only=True)
class SimSpec:
    devices: tuple[SimDevice, ...]  # ring order, the head first

    def __post_init__(self) -> None:
        if not self.devices:
            raise SpecError("devices: expected at least one device")
        names = [d.name for d in self.devices]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise SpecError(f"devices: names must be unique, {', '.join(dup)} repeats")

    @classmethod
    def from_json(cls, data: Any, where: str = "spec") -> SimSpec:
        if isinstance(data, dict):
            data = data.get("devices")
        if not isinstance(data, list):
            raise SpecError(f"{where}: expected a list of devices or {{\"devices\": [...]}}")
        fields = {f.name for f in dataclasses.fields(SimDevice)}
        devices = []
        for i, d in enumerate(data):
            at = f"{where}: devices[{i}]"
            if not isinstance(d, dict):
                raise SpecError(f"{at}: expected an object, got {type(d).__name__}")
            unknown = sorted(set(d) - fields)
            if unknown:
                raise SpecError(f"{at}.{unknown[0]}: unknown field (known: {', '.join(sorted(fields))})")
            for key in ("name", "memory_bytes"):
                if key not in d:
                    raise SpecError(f"{at}.{key}: missing")
            try:
                devices.append(SimDevice(**d))
            except SpecError as e:
                raise SpecError(f"{at}: {e}") from e
        return cls(devices=tuple(devices))

    @classmethod
    def load(cls, path: str | Path) -> SimSpec:
        return cls.from_json(read_json(path, error=SpecError), where=str(path))
