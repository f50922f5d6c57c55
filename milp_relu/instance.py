"""Instances: a dataset plus the metadata that says what it is and what it promises.

On disk an instance is a JSON metadata file beside an .npz of X, y (and sample_weight). The
metadata keys spelled out in issue 3 are a public contract: ``name``, ``generator``, ``params``,
``seed``, ``data``, ``k``, ``loss`` (and its parameters: ``huber_delta``), ``bounds`` {``weight``, ``bias``}, ``answer``, ``promise``
{``yes_loss``, ``no_bound``, ``form``}, ``certificate_network`` {``W``, ``b``, ``s``, ``c``},
``source`` and ``provenance``. milp_relu adds ``schema_version`` and ``sha256``.
"""
from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .data import Dataset, load_dataset, save_npz
from .errors import InputError
from .fileio import atomic_write_json, check_output_path, read_json, sha256_file
from .limits import MAX_K
from .losses import LOSS_PARAMETERS, loss_params_from
from .network import LOSSES, ReLUNetwork

SCHEMA_VERSION = 1


@dataclass
class Instance:
    """A training set with its metadata (see the module docstring for the keys)."""

    dataset: Dataset
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.metadata.get("name", "instance"))

    @property
    def k(self) -> int | None:
        value = self.metadata.get("k")
        return None if value is None else int(value)

    @property
    def loss(self) -> str | None:
        return self.metadata.get("loss")

    @property
    def loss_params(self) -> dict[str, Any]:
        """The parameters of the instance's loss from its metadata (``huber_delta``), or {}."""
        return loss_params_from(self.metadata, self.loss) if self.loss is not None else {}

    def loss_object(self) -> Any:
        """The instance's loss (squared when it names none) with its parameters (a Loss)."""
        from .losses import get_loss

        return get_loss(self.loss or "squared", **self.loss_params)

    @property
    def weight_bound(self) -> float | None:
        value = (self.metadata.get("bounds") or {}).get("weight")
        return None if value is None else float(value)

    @property
    def bias_bound(self) -> float | None:
        value = (self.metadata.get("bounds") or {}).get("bias")
        return None if value is None else float(value)

    @property
    def certificate_network(self) -> ReLUNetwork | None:
        data = self.metadata.get("certificate_network")
        return None if data is None else ReLUNetwork.from_dict(data)


def save_instance(instance: Instance, out: str | Path) -> Path:
    """Write ``instance`` as metadata JSON plus .npz data; return the JSON path.

    ``out`` is either a ``.json`` path (the data goes beside it with the same stem) or a folder
    (files ``<name>.json`` and ``<name>.npz`` inside). Both writes are atomic; the data is written
    first so that a metadata file never names missing data.
    """
    out = Path(out)
    if out.suffix.lower() == ".json":
        json_path = out
    else:
        name = instance.name
        if name in ("", ".", "..") or any(ch in name for ch in "/\\\0"):
            raise InputError(f"instance name {name!r} is not a plain file name; save to a .json path instead")
        json_path = out / f"{name}.json"
    npz_path = json_path.with_suffix(".npz")
    metadata = copy.deepcopy(instance.metadata)
    metadata["schema_version"] = SCHEMA_VERSION
    metadata["data"] = npz_path.name
    metadata["sha256"] = {npz_path.name: "0" * 64}
    check_metadata(metadata, "instance metadata")
    try:  # everything that can fail is checked before the first byte is written
        json.dumps(metadata, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InputError(f"instance metadata cannot be written as JSON ({exc})") from None
    check_output_path(json_path, "instance file")
    check_output_path(npz_path, "instance data file")
    save_npz(instance.dataset, npz_path)
    metadata["sha256"] = {npz_path.name: sha256_file(npz_path)}
    atomic_write_json(json_path, metadata)
    instance.metadata = metadata
    return json_path


def read_metadata(path: str | Path) -> dict[str, Any]:
    """Read and check an instance's metadata JSON (every contract key of the wrong type is refused)."""
    p = Path(path)
    metadata = read_json(p, "instance file")
    if not isinstance(metadata, dict):
        raise InputError(f"{p}: metadata must be a JSON object")
    version = metadata.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise InputError(f"{p}: schema_version {version!r} is not supported (this milp_relu reads {SCHEMA_VERSION})")
    if "data" not in metadata:
        raise InputError(f"{p}: metadata has no 'data' key naming the .npz file")
    check_metadata(metadata, str(p))
    return metadata


def check_metadata(metadata: dict[str, Any], where: str = "instance") -> None:
    """Refuse contract keys of the wrong type or range instead of coercing them.

    ``k`` must be an integer in 1..MAX_K (an integral float such as 2.0 is accepted, 2.7 is not);
    ``loss`` one of the losses; ``bounds`` an object whose ``weight`` is a positive and ``bias`` a
    non-negative finite number; ``output_bias`` a JSON boolean; ``promise`` an object with numeric
    ``yes_loss`` / ``no_bound`` and ``form`` sum or mean; ``sha256`` an object of file name to hex
    digest; ``data`` and ``name`` strings; ``certificate_network`` a valid network. Absent keys
    and ``null`` are fine.

    Raises
    ------
    InputError
        Naming ``where``, the key and the value.
    """
    def bad(key: str, need: str) -> InputError:
        return InputError(f"{where}: metadata {key!r} must be {need}, got {_short(metadata_get(key))}")

    def metadata_get(key: str) -> Any:
        value: Any = metadata
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value

    _check_model_keys(metadata, bad)
    _check_bounds_and_promise(metadata, bad)
    sums = metadata.get("sha256")
    if sums is not None:
        if not isinstance(sums, dict) or not all(
                isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v.lower())
                for v in sums.values()):
            raise bad("sha256", "an object of file name to 64-digit hex digest")
    net = metadata.get("certificate_network")
    if net is not None:
        try:
            if not isinstance(net, dict):
                raise TypeError("not an object")
            ReLUNetwork.from_dict(net)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise InputError(f"{where}: metadata 'certificate_network' is not a network {{W, b, s, c}} "
                             f"({exc})") from None


def _check_model_keys(metadata: dict[str, Any], bad: Callable[[str, str], InputError]) -> None:
    """Check ``data``, ``name``, ``k`` (normalised to int), ``loss``, its parameters and ``output_bias``."""
    for key in ("data", "name"):
        if key in metadata and not isinstance(metadata[key], str):
            raise bad(key, "a string")
    if "data" in metadata and not metadata["data"].strip():
        raise bad("data", "a file name")
    k = metadata.get("k")
    if k is not None:
        if isinstance(k, float) and k.is_integer():
            k = int(k)
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise bad("k", f"an integer in 1..{MAX_K}")
        metadata["k"] = k
    loss = metadata.get("loss")
    if loss is not None and loss not in LOSSES:
        raise bad("loss", f"one of {', '.join(LOSSES)}")
    for key in LOSS_PARAMETERS:  # a loss's parameters (huber_delta): positive finite numbers
        if metadata.get(key) is not None and not (_is_bound(metadata[key], False) and metadata[key] > 0):
            raise bad(key, "a positive finite number")
    for key in ("output_bias",):
        if metadata.get(key) is not None and not isinstance(metadata[key], bool):
            raise bad(key, "true or false")


def _check_bounds_and_promise(metadata: dict[str, Any], bad: Callable[[str, str], InputError]) -> None:
    """Check ``bounds`` {weight, bias}, ``promise`` {yes_loss, no_bound, form} and ``answer``."""
    bounds = metadata.get("bounds")
    if bounds is not None:
        if not isinstance(bounds, dict):
            raise bad("bounds", "an object {weight, bias}")
        for key, zero_ok in (("weight", False), ("bias", True)):
            if bounds.get(key) is not None and not _is_bound(bounds[key], zero_ok):
                raise bad(f"bounds.{key}", "a non-negative finite number" if zero_ok else "a positive finite number")
    promise = metadata.get("promise")
    if promise is not None:
        if not isinstance(promise, dict):
            raise bad("promise", "an object {yes_loss, no_bound, form}")
        for key in ("yes_loss", "no_bound"):
            if promise.get(key) is not None and not _is_bound(promise[key], True):
                raise bad(f"promise.{key}", "a non-negative finite number")
        if promise.get("form") is not None and promise["form"] not in ("sum", "mean"):
            raise bad("promise.form", "'sum' or 'mean'")
    if metadata.get("answer") is not None and metadata["answer"] not in ("yes", "no", "unknown"):
        raise bad("answer", "'yes', 'no' or 'unknown'")


def _is_bound(value: Any, zero_ok: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and (value >= 0 if zero_ok else value > 0)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def resolve_inside(folder: Path, relative: str, what: str) -> Path:
    """Resolve ``relative`` under ``folder``, refusing absolute paths and paths that leave it."""
    if "\0" in str(relative):
        raise InputError(f"{what} path {relative!r} contains a NUL byte")
    rel = Path(relative)
    if rel.is_absolute():
        raise InputError(f"{what} path {relative!r} is absolute; only paths inside {folder} are allowed")
    try:
        resolved = (folder / rel).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise InputError(f"{what} path {relative!r} cannot be resolved ({exc})") from None
    root = folder.resolve()
    if resolved != root and root not in resolved.parents:
        raise InputError(f"{what} path {relative!r} leaves the folder {folder}")
    return resolved


def checksums_for(sums: dict[str, str], folder: Path, target: Path) -> list[str]:
    """Every digest in ``sums`` whose key names ``target``, however the path is spelled.

    ``inst.npz``, ``./inst.npz`` and ``sub/../inst.npz`` all name the same file: keys are
    resolved against ``folder`` before they are compared, so a present checksum is never missed.
    """
    wanted = target.resolve()
    found = []
    for key, digest in sums.items():
        try:
            same = (folder / key).resolve() == wanted
        except (OSError, ValueError, RuntimeError):  # a NUL byte or a symlink loop names no file
            same = False
        if same:
            found.append(digest)
    return found


def load_instance(path: str | Path, verify_checksums: bool = True) -> Instance:
    """Load an instance from its metadata JSON, checking schema version and sha256 checksums."""
    p = Path(path)
    metadata = read_metadata(p)
    data_path = resolve_inside(p.parent, str(metadata["data"]), "data")
    if not data_path.is_file():
        raise InputError(f"{p}: data file {metadata['data']!r} not found beside it")
    if verify_checksums:
        for expected in checksums_for(metadata.get("sha256") or {}, p.parent, data_path):
            actual = sha256_file(data_path)
            if actual != expected.lower():
                raise InputError(
                    f"{data_path}: sha256 mismatch (metadata says {expected[:12]}..., file is {actual[:12]}...); "
                    "the file was changed or corrupted")
    dataset = load_dataset(data_path)
    return Instance(dataset=dataset, metadata=metadata)
