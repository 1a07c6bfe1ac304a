"""Atomic file writes: readers see the old file or the new one, never half of either."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator


def atomic_write(path: str | Path, data: str | bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_files(directory: str | Path, names) -> Iterator[dict[str, BinaryIO]]:
    """Files to write in ``directory``, opened under temporary names; all replace the old files
    together when the block ends, none does if it fails."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    temps: dict[str, str] = {}
    files: dict[str, BinaryIO] = {}
    try:
        for name in names:
            fd, temps[name] = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
            files[name] = os.fdopen(fd, "wb")
        yield files
        for name, f in files.items():
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.chmod(temps[name], 0o666 & ~_umask())
        for name, tmp in temps.items():
            os.replace(tmp, directory / name)
    except BaseException:
        for name, tmp in temps.items():
            if name in files:
                files[name].close()
            Path(tmp).unlink(missing_ok=True)
        raise
