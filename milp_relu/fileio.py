"""Atomic file writing and checksums.

Every file milp_relu writes goes to a temporary file in the same folder first and is then
renamed over the target, so an interrupted write never leaves a partial file behind.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

import numpy as np


def _umask() -> int:
    """The process umask (read without changing it where /proc allows, else set and restored)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def usable_path(path: str | os.PathLike[str], what: str = "file") -> Path:
    """``path`` as a Path, refusing what no file system call can take (NUL bytes, overlong names).

    Raises
    ------
    InputError
        Naming ``what`` and the problem, instead of the ValueError or OSError the first file
        system call would raise.
    """
    from .errors import InputError

    try:
        text = os.fspath(path)
    except TypeError:
        raise InputError(f"{what} must be a path, got {path!r:.60}") from None
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if "\0" in text:
        raise InputError(f"{what} {text!r:.80} contains a NUL byte")
    try:
        os.lstat(text)
    except FileNotFoundError:
        pass
    except OSError as exc:
        if exc.errno not in (errno.ENOTDIR, errno.ELOOP, errno.EACCES):
            raise InputError(f"{what} {text[:80]!r}: {exc.strerror or exc}") from None
    return Path(text)


def check_output_path(path: str | os.PathLike[str], what: str = "output file") -> Path:
    """Check that ``path`` can be written as a regular file, before any work that would be lost.

    The target must be absent or a regular file (not a directory, symlink, device node or pipe),
    and its nearest existing ancestor must be a writable directory (missing folders below it are
    created by the write). Nothing is created here.

    Parameters
    ----------
    path : path-like
        The file that will be written.
    what : str
        What the file is, for the message (e.g. ``"--save-network"``).

    Returns
    -------
    Path
        ``path`` as a :class:`~pathlib.Path`.

    Raises
    ------
    InputError
        Naming the path and the reason.
    """
    from .errors import InputError

    target = usable_path(path, what)
    if str(path) == "" or target.name in ("", ".", ".."):
        raise InputError(f"{what} {str(path)!r} is not a file name")
    if target.is_symlink():
        raise InputError(f"{what} {target} is a symbolic link; refusing to replace it")
    if target.exists() and not target.is_file():
        kind = "a directory" if target.is_dir() else "not a regular file"
        raise InputError(f"{what} {target} is {kind}; refusing to replace it")
    _check_parent(target.parent, what, target)
    return target


def check_output_dir(path: str | os.PathLike[str], what: str = "output folder") -> Path:
    """Check that ``path`` is, or can be created as, a writable folder (nothing is created)."""
    from .errors import InputError

    folder = usable_path(path, what)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{what} {folder} exists and is not a folder")
    _check_parent(folder, what, folder)
    return folder


def _check_parent(folder: Path, what: str, target: Path) -> None:
    from .errors import InputError

    ancestor = folder if str(folder) else Path(".")
    while not ancestor.exists() and not ancestor.is_symlink():
        if ancestor.parent == ancestor:
            break
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise InputError(f"{what} {target}: {ancestor} is not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise InputError(f"{what} {target}: folder {ancestor} is not writable")


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success fsync it and rename it over ``path``.

    Whatever writes the temporary file (our code, HiGHS's model writer), an exception or an
    interruption removes it and leaves ``path`` as it was: never a partial file. The target must
    be absent or a regular file (:func:`check_output_path`); the file gets the ordinary mode
    0666 minus the umask (0644 under the usual umask), not the temporary file's 0600. A folder
    that cannot be created or written is an :class:`~milp_relu.errors.InputError`.
    """
    from .errors import InputError

    target = check_output_path(path, "output file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        check_output_path(target, "output file")  # still a regular file (or absent) right before
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
    """Parse a JSON file; a missing, oversized, deeply nested or bad file is an InputError.

    The limits are :data:`milp_relu.limits.MAX_JSON_BYTES` and
    :data:`milp_relu.limits.MAX_JSON_NESTING`. ``NaN`` and ``Infinity`` (not JSON) are refused.
    """
    from .errors import InputError
    from .limits import MAX_JSON_BYTES, MAX_JSON_NESTING, json_depth

    p = usable_path(path, what)
    if not p.is_file():
        raise InputError(f"no such {what}: {p}")
    try:
        size = p.stat().st_size
        if size > MAX_JSON_BYTES:
            raise InputError(f"{p}: {size} bytes is larger than the {MAX_JSON_BYTES}-byte limit for a {what}")
        text = p.read_bytes().decode("utf-8-sig")
        obj = json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(f"{p}: not valid JSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{p}: JSON nested deeper than {MAX_JSON_NESTING} levels") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read {what} ({exc.strerror or exc})") from None
    if json_depth(obj) > MAX_JSON_NESTING:
        raise InputError(f"{p}: JSON nested deeper than {MAX_JSON_NESTING} levels")
    return obj


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


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
