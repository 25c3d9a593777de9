"""The simulator's host plumbing: memory cgroups (v1) and network namespaces joined by rate-limited veths.

Everything `Cluster` creates lives under this process's own memory cgroup and in namespaces it made
(addresses 10.87.N.x/24 only); nothing in the host's namespace changes, and all of it is removed on exit,
failure or KeyboardInterrupt. See simulate.py for how a run uses it.
"""

from __future__ import annotations

import atexit
import logging
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from nanofrontier.prima.sim_spec import SimSpec

log = logging.getLogger(__name__)

CGROUP_V1 = Path("/sys/fs/cgroup/memory")
BLKIO_V1 = Path("/sys/fs/cgroup/blkio")
SUBNET = "10.87"


class SimulationError(RuntimeError):
    """A rank failed or the cluster could not be built; the message names the device."""


def _sh(*args: str) -> None:
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode:
        raise SimulationError(f"`{' '.join(args)}` failed: {proc.stderr.strip()}")


def can_isolate() -> tuple[bool, str]:
    """(True, "") when namespaces and v1 memory cgroups can be built here; else why not."""
    if os.geteuid() != 0:
        return False, "not root"
    if shutil.which("ip") is None or shutil.which("tc") is None:
        return False, "`ip` or `tc` (iproute2) is missing"
    if not CGROUP_V1.is_dir():
        return False, f"{CGROUP_V1} (the v1 memory controller) is not mounted"
    if subprocess.run(["ip", "netns", "list"], capture_output=True).returncode:
        return False, "`ip netns` does not work"
    return True, ""


def own_memory_cgroup(controller: str = "memory", root: Path = CGROUP_V1) -> Path:
    """This process's v1 cgroup of `controller`: the simulated devices' cgroups nest inside it."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(","):
            return root / path.lstrip("/")
    return root


def block_device(path: str | Path) -> str:
    """"MAJOR:MINOR" of the whole disk holding `path` (a partition's parent), as blkio throttles take it."""
    dev = os.stat(path).st_dev
    number = f"{os.major(dev)}:{os.minor(dev)}"
    node = Path("/sys/dev/block") / number
    if (node / "partition").exists():
        number = (node.resolve().parent / "dev").read_text().strip()
    elif not node.exists():
        raise SimulationError(f"{path} is not on a block device ({number}: tmpfs or overlay?): disk_mbps "
                              "cannot be simulated there")
    return number


def drop_file_cache(directory: str | Path) -> None:
    """Evict the checkpoint's pages (fadvise DONTNEED), so no run reads what an earlier one cached."""
    for path in Path(directory).glob("*.safetensors"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


class Cluster:
    """The namespaces, veths, tbf qdiscs and cgroups of one simulated cluster, and its rank processes.

    `close()` (also on `__exit__` and atexit) kills the ranks and removes everything it created."""

    def __init__(self, spec: SimSpec, *, isolate: bool, tag: str | None = None,
                 data_path: str | Path | None = None) -> None:
        self.spec, self.isolate, self.data_path = spec, isolate, data_path
        self.tag = tag or secrets.token_hex(3)
        self.subnet = f"{SUBNET}.{1 + int(self.tag, 16) % 254}" if isolate else ""
        self.netns: list[str] = []
        self.cgroups: list[Path] = []
        self.blkio: dict[int, Path] = {}  # device index -> its blkio cgroup (devices with disk_mbps)
        self.procs: list[subprocess.Popen] = []
        self.closed = False
        atexit.register(self.close)
        if isolate:
            try:
                self._build()
            except BaseException:
                self.close()
                raise

    def address(self, i: int) -> str:
        return f"{self.subnet}.{i + 1}" if self.isolate else "127.0.0.1"

    def device_ns(self, i: int) -> str:
        return f"nfsim-{self.tag}-{i}"

    def _build(self) -> None:
        switch = f"nfsim-{self.tag}-sw"
        _sh("ip", "netns", "add", switch)
        self.netns.append(switch)
        _sh("ip", "-n", switch, "link", "add", "br0", "type", "bridge")
        _sh("ip", "-n", switch, "link", "set", "br0", "up")
        parent = own_memory_cgroup()
        for i, d in enumerate(self.spec.devices):
            ns = self.device_ns(i)
            _sh("ip", "netns", "add", ns)
            self.netns.append(ns)
            # created straight inside the two namespaces: the host's namespace never holds either end
            _sh("ip", "link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", f"port{i}", "netns", switch)
            _sh("ip", "-n", switch, "link", "set", f"port{i}", "master", "br0", "up")
            _sh("ip", "-n", ns, "addr", "add", f"{self.address(i)}/24", "dev", "eth0")
            _sh("ip", "-n", ns, "link", "set", "eth0", "up")
            _sh("ip", "-n", ns, "link", "set", "lo", "up")
            if d.link_mbit is not None:  # egress of device i = its link to the next device
                rate = d.link_mbit * 1e6 / 8
                _sh("ip", "netns", "exec", ns, "tc", "qdisc", "add", "dev", "eth0", "root", "tbf", "rate",
                    f"{d.link_mbit}mbit", "burst", str(max(16384, int(rate / 100))), "latency", "1s")
            cg = parent / f"nfsim-{self.tag}-{i}"
            cg.mkdir()
            self.cgroups.append(cg)
            (cg / "memory.limit_in_bytes").write_text(str(d.memory_bytes))
        self._build_disks()

    def _build_disks(self) -> None:
        throttled = [(i, d) for i, d in enumerate(self.spec.devices) if d.disk_mbps is not None]
        if not throttled:
            return
        if not BLKIO_V1.is_dir() or self.data_path is None:
            log.warning("simulate: no v1 blkio controller (or no data path): disk_mbps is not applied, every "
                        "device reads the host's disk at full speed")
            return
        disk, parent = block_device(self.data_path), own_memory_cgroup("blkio", BLKIO_V1)
        for i, d in throttled:
            cg = parent / f"nfsim-{self.tag}-{i}"
            cg.mkdir()
            self.cgroups.append(cg)
            self.blkio[i] = cg
            (cg / "blkio.throttle.read_bps_device").write_text(f"{disk} {int(d.disk_mbps * 1e6)}")

    def command(self, i: int, argv: Sequence[str]) -> list[str]:
        """argv run as device i: inside its namespace and memory cgroup when isolated."""
        if not self.isolate:
            return list(argv)
        # the cgroup first: `ip netns exec` remounts /sys, which hides the cgroup filesystem; inside, the memory
        # controller is mounted again (in the namespace's own mount table) so the rank sees its cap as a real
        # device's process would (core.sysinfo.available_memory, stage.py's "auto" budget)
        enter = f'echo $$ > "{self.cgroups[i] / "cgroup.procs"}" && '
        if i in self.blkio:
            enter += f'echo $$ > "{self.blkio[i] / "cgroup.procs"}" && '
        enter += 'exec "$@"'
        remount = ("mount -t tmpfs nf-cgroup /sys/fs/cgroup 2>/dev/null && mkdir -p /sys/fs/cgroup/memory && "
                   'mount -t cgroup -o memory nf-memory /sys/fs/cgroup/memory; exec "$@"')
        return ["sh", "-c", enter, "sh", "ip", "netns", "exec", self.device_ns(i), "sh", "-c", remount, "sh", *argv]

    def start(self, i: int, argv: Sequence[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
        with open(log_path, "w") as err:
            proc = subprocess.Popen(self.command(i, argv), env=env, stdout=err, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for proc in self.procs:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)  # its own session: the rank and nothing else
                except ProcessLookupError:
                    pass
            proc.wait()
        for cg in self.cgroups:
            for _ in range(50):  # a killed task leaves the cgroup a moment after its parent reaps it
                try:
                    cg.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                log.error("could not remove cgroup %s", cg)
        for ns in reversed(self.netns):  # deleting a namespace destroys the veth ends inside it
            if subprocess.run(["ip", "netns", "del", ns], capture_output=True).returncode:
                log.error("could not delete network namespace %s", ns)
        atexit.unregister(self.close)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
