"""Instances: a dataset plus the metadata that says what it is and what it promises.

On disk an instance is a JSON metadata file beside an .npz of X, y (and sample_weight). The
metadata keys spelled out in issue 3 are a public contract: ``name``, ``generator``, ``params``,
``seed``, ``data``, ``k``, ``loss``, ``bounds`` {``weight``, ``bias``}, ``answer``, ``promise``
{``yes_loss``, ``no_bound``, ``form``}, ``certificate_network`` {``W``, ``b``, ``s``, ``c``},
``source`` and ``provenance``. milp_relu adds ``schema_version`` and ``sha256``.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .data import Dataset, load_dataset, save_npz
from .errors import InputError
from .fileio import atomic_write_json, read_json, sha256_file
from .network import ReLUNetwork

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
    json_path = out if out.suffix.lower() == ".json" else out / f"{instance.name}.json"
    npz_path = json_path.with_suffix(".npz")
    save_npz(instance.dataset, npz_path)
    metadata = copy.deepcopy(instance.metadata)
    metadata["schema_version"] = SCHEMA_VERSION
    metadata["data"] = npz_path.name
    metadata.setdefault("sha256", {})
    metadata["sha256"] = {npz_path.name: sha256_file(npz_path)}
    atomic_write_json(json_path, metadata)
    instance.metadata = metadata
    return json_path


def read_metadata(path: str | Path) -> dict[str, Any]:
    """Read and sanity-check an instance's metadata JSON."""
    p = Path(path)
    metadata = read_json(p, "instance file")
    if not isinstance(metadata, dict):
        raise InputError(f"{p}: metadata must be a JSON object")
    version = metadata.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise InputError(f"{p}: schema_version {version!r} is not supported (this milp_relu reads {SCHEMA_VERSION})")
    if "data" not in metadata:
        raise InputError(f"{p}: metadata has no 'data' key naming the .npz file")
    return metadata


def resolve_inside(folder: Path, relative: str, what: str) -> Path:
    """Resolve ``relative`` under ``folder``, refusing absolute paths and paths that leave it."""
    rel = Path(relative)
    if rel.is_absolute():
        raise InputError(f"{what} path {relative!r} is absolute; only paths inside {folder} are allowed")
    resolved = (folder / rel).resolve()
    root = folder.resolve()
    if resolved != root and root not in resolved.parents:
        raise InputError(f"{what} path {relative!r} leaves the folder {folder}")
    return resolved


def load_instance(path: str | Path, verify_checksums: bool = True) -> Instance:
    """Load an instance from its metadata JSON, checking schema version and sha256 checksums."""
    p = Path(path)
    metadata = read_metadata(p)
    data_path = resolve_inside(p.parent, str(metadata["data"]), "data")
    if not data_path.is_file():
        raise InputError(f"{p}: data file {metadata['data']!r} not found beside it")
    if verify_checksums:
        expected = (metadata.get("sha256") or {}).get(str(metadata["data"]))
        if expected is not None:
            actual = sha256_file(data_path)
            if actual != expected:
                raise InputError(
                    f"{data_path}: sha256 mismatch (metadata says {expected[:12]}..., file is {actual[:12]}...); "
                    "the file was changed or corrupted")
    dataset = load_dataset(data_path)
    return Instance(dataset=dataset, metadata=metadata)
