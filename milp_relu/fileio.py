"""Atomic file writing and checksums.

Every file milp_relu writes goes to a temporary file in the same folder first and is then
renamed over the target, so an interrupted write never leaves a partial file behind.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

import numpy as np


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success fsync it and rename it over ``path``.

    Whatever writes the temporary file (our code, HiGHS's model writer), an exception or an
    interruption removes it and leaves ``path`` as it was: never a partial file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename)."""
    with atomic_target(path) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)
    return Path(path)


def read_json(path: str | os.PathLike[str], what: str = "file") -> Any:
    """Parse a JSON file; a missing file or bad JSON is an InputError naming the file."""
    from .errors import InputError

    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such {what}: {p}")
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: not valid JSON ({exc})") from None


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 text atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | os.PathLike[str], obj: Any) -> Path:
    """Write ``obj`` as indented, key-sorted JSON atomically (byte-stable for equal input)."""
    return atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, allow_nan=False) + "\n")


def npz_bytes(**arrays: np.ndarray) -> bytes:
    """Serialise arrays as an uncompressed .npz whose bytes depend only on the arrays.

    ``numpy.savez`` stamps zip entries with the current time; here every entry gets a fixed
    timestamp so that the same arrays always give the same bytes.
    """
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in sorted(arrays):
            array = np.ascontiguousarray(arrays[name])
            if array.dtype == object:
                raise TypeError(f"array {name!r} has dtype object; refusing to pickle it")
            member = io.BytesIO()
            np.lib.format.write_array(member, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()


def atomic_write_npz(path: str | os.PathLike[str], **arrays: np.ndarray) -> Path:
    """Write a deterministic .npz atomically (see :func:`npz_bytes`)."""
    return atomic_write_bytes(path, npz_bytes(**arrays))


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
