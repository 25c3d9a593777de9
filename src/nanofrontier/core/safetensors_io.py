"""Read safetensors files through mmap, zero-copy, with errors that name the file and the tensor.

The format is an 8-byte little-endian header length, a JSON header
`{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}`, then the data.
`SafetensorsFile.tensor(name)` returns a view of the mapped file: nothing is copied into anonymous
memory, the pages stay page cache the kernel may reclaim, and `byte_range(name)` tells a caller
which pages to prefetch (prima's `madvise`).

    f = SafetensorsFile("model.safetensors")
    w = f.tensor("model.embed_tokens.weight")     # a torch view of the file
    f.read_into("model.norm.weight", buffer)      # or its bytes copied into any writable buffer
    write_file("out.safetensors", {"w": tensor})  # tensor by tensor from their own memory, atomically

Reading the header needs no torch (torch is imported on the first `dtype` or `tensor` call), so a process
that never touches torch — BitNet's lean runtime — reads the same files through the same checks.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch
    from torch import Tensor

ITEMSIZE = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1,
            "F8_E4M3": 1, "F8_E5M2": 1}
_MAX_HEADER = 100 * 1024 * 1024


def torch_dtype(name: str) -> torch.dtype:
    """The torch dtype of a safetensors dtype name ("BF16" -> torch.bfloat16)."""
    import torch

    return {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
            "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8,
            "BOOL": torch.bool, "F8_E4M3": torch.float8_e4m3fn, "F8_E5M2": torch.float8_e5m2}[name]


# safetensors' dtype names by the dtype's own name (torch's without "torch.", numpy's)
_NAMES = {"float64": "F64", "float32": "F32", "float16": "F16", "bfloat16": "BF16", "int64": "I64", "int32": "I32",
          "int16": "I16", "int8": "I8", "uint8": "U8", "bool": "BOOL", "float8_e4m3fn": "F8_E4M3",
          "float8_e5m2": "F8_E5M2"}


def write_file(path: str | Path, tensors: dict, metadata: dict[str, str] | None = None) -> None:
    """Write torch tensors or numpy arrays as a safetensors file, in the given order, each straight from its own
    memory: `safetensors.torch.save_file` first copies every tensor into one serialised buffer, which doubles the
    peak memory of writing a large file. Written to a temporary name and renamed (`atomic_path`)."""
    from nanofrontier.core.atomic import atomic_path

    header, views, offset = {}, [], 0
    for name, t in tensors.items():
        dtype = _NAMES.get(str(t.dtype).removeprefix("torch."))
        if dtype is None:
            raise ValueError(f"{path}: tensor {name!r} has dtype {t.dtype}, which safetensors cannot store")
        raw = _bytes_of(t)
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + raw.nbytes]}
        views.append(raw)
        offset += raw.nbytes
    if metadata:
        header["__metadata__"] = dict(metadata)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for raw in views:
            f.write(memoryview(raw))


def _bytes_of(t):
    """A tensor's or array's bytes as a flat uint8 numpy view (a copy only where it is not contiguous)."""
    import numpy as np

    if hasattr(t, "detach"):  # a torch tensor: torch is loaded already
        import torch

        return t.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy()
    return np.ascontiguousarray(t).reshape(-1).view(np.uint8)


class CorruptCheckpointError(ValueError):
    """A checkpoint file is truncated, malformed or inconsistent; the message names file and tensor."""


class SafetensorsFile:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no such file")
        size = self.path.stat().st_size
        with open(self.path, "rb") as f:
            head = f.read(8)
            if len(head) < 8:
                raise CorruptCheckpointError(f"{self.path}: truncated ({size} bytes; no safetensors header)")
            (n,) = struct.unpack("<Q", head)
            if n > min(size - 8, _MAX_HEADER):
                raise CorruptCheckpointError(f"{self.path}: header claims {n} bytes but the file has "
                                             f"{size} (truncated, or not a safetensors file)")
            try:
                header = json.loads(f.read(n))
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                raise CorruptCheckpointError(f"{self.path}: corrupt safetensors header ({e})") from e
        if not isinstance(header, dict):
            raise CorruptCheckpointError(f"{self.path}: corrupt safetensors header (not an object)")
        self.metadata: dict[str, str] = header.pop("__metadata__", None) or {}
        self.data_start, self.size = 8 + n, size
        self._entries = {name: self._check_entry(name, e) for name, e in header.items()}
        self._map: mmap.mmap | None = None

    def _check_entry(self, name: str, entry: dict) -> tuple[str, tuple[int, ...], int, int]:
        try:
            dtype = entry["dtype"]
            itemsize = ITEMSIZE[dtype]
            shape = tuple(int(s) for s in entry["shape"])
            begin, end = (int(x) for x in entry["data_offsets"])
        except (KeyError, TypeError, ValueError) as e:
            raise CorruptCheckpointError(f"{self.path}: tensor {name!r} has a malformed header entry "
                                         f"{entry!r}") from e
        nbytes = math.prod(shape) * itemsize
        if end - begin != nbytes or begin < 0:
            raise CorruptCheckpointError(f"{self.path}: tensor {name!r} spans {end - begin} bytes, "
                                         f"but {entry['dtype']}{list(shape)} needs {nbytes}")
        if self.data_start + end > self.size:
            raise CorruptCheckpointError(f"{self.path}: tensor {name!r} ends at byte {self.data_start + end} "
                                         f"but the file has {self.size} bytes (truncated)")
        return dtype, shape, begin, end

    def keys(self) -> list[str]:
        return list(self._entries)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def dtype(self, name: str) -> torch.dtype:
        return torch_dtype(self._entry(name)[0])

    def dtype_name(self, name: str) -> str:
        """The stored dtype as the file names it ("U8", "BF16", ...)."""
        return self._entry(name)[0]

    def shape(self, name: str) -> tuple[int, ...]:
        return self._entry(name)[1]

    def byte_range(self, name: str) -> tuple[int, int]:
        """[start, end) of the tensor's bytes in the file."""
        _, _, begin, end = self._entry(name)
        return self.data_start + begin, self.data_start + end

    def tensor(self, name: str) -> Tensor:
        """A zero-copy view of the tensor in the mapped file (copy-on-write: writes stay private)."""
        import torch

        dtype, shape, begin, end = self._entry(name)
        dtype = torch_dtype(dtype)
        if end == begin:
            return torch.empty(shape, dtype=dtype)
        if self._map is None:
            with open(self.path, "rb") as f:
                self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        flat = torch.frombuffer(self._map, dtype=dtype, count=(end - begin) // dtype.itemsize,
                                offset=self.data_start + begin)
        return flat.view(shape)

    def read_into(self, name: str, buffer) -> None:
        """Copy the tensor's bytes into `buffer` (any writable object of exactly that many bytes, e.g. a numpy
        array) with plain reads, not the mapping: the file's pages stay page cache, out of this process's RSS."""
        start, end = self.byte_range(name)
        view = memoryview(buffer).cast("B")
        if len(view) != end - start:
            raise ValueError(f"{self.path}: tensor {name!r} has {end - start} bytes; the buffer holds {len(view)}")
        with open(self.path, "rb", buffering=0) as f:
            f.seek(start)
            done = 0
            while done < len(view):
                n = f.readinto(view[done:done + (64 << 20)])
                if not n:
                    raise CorruptCheckpointError(f"{self.path}: tensor {name!r}: the file ended early")
                done += n

    def madvise(self, name: str, advice: int = getattr(mmap, "MADV_WILLNEED", 3)) -> None:
        """Advise the kernel about this tensor's pages (default: read them ahead now)."""
        if self._map is None:
            self.tensor(name)
        start, end = self.byte_range(name)
        page = mmap.PAGESIZE
        aligned = start - start % page
        if end > aligned and self._map is not None:
            self._map.madvise(advice, aligned, end - aligned)

    def _span(self, name: str, lo: int, hi: int | None) -> tuple[int, int]:
        """The file offsets of bytes [lo, hi) of a tensor (all of it by default)."""
        start, end = self.byte_range(name)
        return start + lo, end if hi is None else min(end, start + hi)

    def readahead(self, name: str, lo: int = 0, hi: int | None = None) -> None:
        """Start reading the tensor's bytes (or bytes [lo, hi) of it) into the page cache and return
        (posix_fadvise WILLNEED, which releases the GIL, so a background thread can prefetch while the main
        thread computes)."""
        start, end = self._span(name, lo, hi)
        if end <= start:
            return
        if not hasattr(os, "posix_fadvise"):  # macOS
            self.madvise(name)
            return
        fd = os.open(self.path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, start, end - start, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(fd)

    def release(self, name: str, lo: int = 0, hi: int | None = None) -> None:
        """Drop the tensor's pages (or those of its bytes [lo, hi)) from this mapping (MADV_DONTNEED) and from
        the page cache (posix_fadvise DONTNEED): its memory is free at once, and the next read faults it back
        in from the file. Only pages wholly inside the range are dropped, so neighbouring bytes stay resident.
        Never call it on a tensor that was written to: a private mapping's written pages would revert to the
        file's bytes."""
        start, end = self._span(name, lo, hi)
        page = mmap.PAGESIZE
        first, last = -(-start // page) * page, end // page * page
        if last <= first:
            return
        if self._map is not None:
            self._map.madvise(mmap.MADV_DONTNEED, first, last - first)
        if hasattr(os, "posix_fadvise"):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, first, last - first, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)

    def release_all(self) -> None:
        """`release` for the whole file: every page of it leaves this mapping and the page cache."""
        if self._map is not None:
            self._map.madvise(mmap.MADV_DONTNEED, 0, len(self._map))
        if hasattr(os, "posix_fadvise"):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)

    def _entry(self, name: str) -> tuple[str, tuple[int, ...], int, int]:
        try:
            return self._entries[name]
        except KeyError:
            raise KeyError(f"{self.path}: no tensor named {name!r}") from None
