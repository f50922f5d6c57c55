"""Reading a library back: the manifest, each entry's files, every checksum checked."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fileio import read_json, sha256_file, usable_path
from ..instance import Instance, checksums_for, resolve_inside
from .choice import ExportChoice
from .layout import LIBRARY_SCHEMA_VERSION, MANIFEST, SOLU


@dataclass
class LibraryEntry:
    """One loaded entry: the instance (data and metadata), its manifest row and file paths."""

    instance: Instance
    row: dict[str, Any]
    paths: dict[str, Path]

    @property
    def name(self) -> str:
        """The entry's name."""
        return str(self.row["name"])

    @property
    def choice(self) -> ExportChoice:
        """The formulation the entry's model files hold."""
        f = self.instance.metadata["formulation"]
        return ExportChoice(loss=f["loss"], k=f["k"], weight_bound=f["weight_bound"], bias_bound=f["bias_bound"],
                            signs=f["signs"], output_bias=f["output_bias"], symmetry=f["symmetry"])

    @property
    def reference(self) -> dict[str, Any]:
        """The manifest's reference (``tag``, ``value``, ``lower_bound``)."""
        return dict(self.row.get("reference") or {})


@dataclass
class Library:
    """A library folder and its manifest; iterating loads (and verifies) every entry."""

    folder: Path
    manifest: dict[str, Any]

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The manifest's rows, one per entry."""
        return list(self.manifest["instances"])

    @property
    def names(self) -> list[str]:
        """The entries' names."""
        return [r["name"] for r in self.rows]

    def row(self, name: str) -> dict[str, Any]:
        """The manifest row of entry ``name`` (InputError if there is none)."""
        for r in self.rows:
            if r["name"] == name:
                return r
        raise InputError(f"{self.folder / MANIFEST}: no entry named {name!r}")

    def load(self, name: str, verify: bool = True) -> LibraryEntry:
        """Entry ``name``, with (``verify``) its checksums checked."""
        return _load_row(self.folder, self.row(name), verify)

    def __iter__(self) -> Iterator[LibraryEntry]:
        for r in self.rows:
            yield _load_row(self.folder, r, True)


def _check(path: Path, expected: str | None, what: str) -> None:
    """Refuse a file that is missing, has no recorded sha256, or does not match it."""
    if expected is None:
        raise InputError(f"{path}: no sha256 recorded for this {what}; refusing an unverifiable file")
    if not isinstance(expected, str):
        raise InputError(f"{path}: the sha256 recorded for this {what} is not a hex digest: {expected!r:.40}")
    if not path.is_file():
        raise InputError(f"{path}: {what} listed in the manifest is missing")
    actual = sha256_file(path)
    if actual != expected:
        raise InputError(f"{path}: sha256 mismatch for the {what} (recorded {expected[:16]}..., file is "
                         f"{actual[:16]}...): the file was changed or corrupted")


def _manifest_path(folder: str | Path) -> Path:
    """The manifest of a library folder, or the path itself when it names a file."""
    root = usable_path(folder, "library folder")
    return usable_path(root / MANIFEST if root.is_dir() or not root.suffix else root, "library manifest")


def _check_rows(path: Path, root: Path, rows: list[Any]) -> None:
    """Each row has a name and files inside the folder; sha256 and reference are objects."""
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not isinstance(row.get("files"), dict):
            raise InputError(f"{path}: instance row {i} lacks 'name' or 'files'")
        for key in ("sha256", "reference"):
            if row.get(key) is not None and not isinstance(row[key], dict):
                raise InputError(f"{path}: instance row {i} ({row['name']!r}): {key!r} must be an object")
        for role, fname in row["files"].items():
            if not isinstance(fname, str):
                raise InputError(f"{path}: instance row {i} ({row['name']!r}): file {role!r} must be a file name")
            resolve_inside(root, fname, f"{row['name']}: {role}")


def _check_manifest(path: Path, root: Path, doc: Any) -> None:
    """The manifest's shape and version; raises InputError naming the manifest."""
    if not isinstance(doc, dict) or not isinstance(doc.get("instances"), list):
        raise InputError(f"{path}: a manifest must be an object with an 'instances' list")
    version = doc.get("library_schema_version")
    if version != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{path}: library_schema_version {version!r} is not supported "
                         f"(this milp_relu reads {LIBRARY_SCHEMA_VERSION})")
    _check_rows(path, root, doc["instances"])
    if doc.get("sha256") is not None and not isinstance(doc["sha256"], dict):
        raise InputError(f"{path}: 'sha256' must be an object of file name to digest")
    if not isinstance(doc.get("reference_file", SOLU), str):
        raise InputError(f"{path}: 'reference_file' must be a file name")


def load_library(folder: str | Path, verify: bool = True) -> Library:
    """Read a library's manifest; with ``verify`` check the version and the manifest's own files.

    Parameters
    ----------
    folder : str or Path
        The library folder or its manifest.json.
    verify : bool
        Check the sha256 of the files the manifest itself lists (reference.solu, manifest.csv).

    Returns
    -------
    Library

    Raises
    ------
    InputError
        For a missing or malformed manifest, an unsupported version, a path leaving the folder
        or a checksum mismatch.
    """
    path = _manifest_path(folder)
    root = path.parent
    if not path.is_file():
        raise InputError(f"no library manifest at {path}")
    doc = read_json(path, "library manifest")
    _check_manifest(path, root, doc)
    if verify:
        for fname, digest in (doc.get("sha256") or {}).items():
            _check(resolve_inside(root, str(fname), "manifest file"), digest, "manifest file")
    return Library(root, doc)


def _check_row_files(root: Path, row: dict[str, Any], paths: dict[str, Path]) -> None:
    """Every file of a row against the manifest's sha256, however its name is spelled."""
    name = row["name"]
    sums = row.get("sha256") or {}
    for role, p in paths.items():
        found = checksums_for(sums, root, p)  # './x.npz' and 'x.npz' name the same file
        expected = sums.get(row["files"][role], found[0] if found else None)
        for digest in {expected, *found} - {None}:
            _check(p, digest, f"{role} file of {name!r}")
        if expected is None:
            _check(p, None, f"{role} file of {name!r}")


def _read_entry_metadata(paths: dict[str, Path], name: str, verify: bool) -> dict[str, Any]:
    """An entry's metadata, its version checked and (``verify``) its own checksums."""
    from ..instance import read_metadata

    meta = read_metadata(paths["metadata"])
    if meta.get("library_schema_version") != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{paths['metadata']}: library_schema_version {meta.get('library_schema_version')!r} "
                         f"is not supported (this milp_relu reads {LIBRARY_SCHEMA_VERSION})")
    if verify:
        for fname, digest in (meta.get("sha256") or {}).items():
            p = resolve_inside(paths["metadata"].parent, str(fname), f"{name}: checksummed file")
            _check(p, digest, f"file {fname!r} of {name!r} (metadata checksum)")
    return meta


def _load_row(root: Path, row: dict[str, Any], verify: bool) -> LibraryEntry:
    """Load the entry of one manifest row."""
    from ..data import load_dataset

    name = row["name"]
    paths = {role: resolve_inside(root, str(fname), f"{name}: {role}") for role, fname in row["files"].items()}
    for role in ("metadata", "data"):
        if role not in paths:
            raise InputError(f"{root / MANIFEST}: entry {name!r} names no {role} file")
    if verify:
        _check_row_files(root, row, paths)
    meta = _read_entry_metadata(paths, name, verify)
    data_path = resolve_inside(paths["metadata"].parent, str(meta["data"]), f"{name}: data")
    if data_path != paths["data"]:
        raise InputError(f"{paths['metadata']}: names data {meta['data']!r} but the manifest says "
                         f"{row['files']['data']!r}")
    dataset = load_dataset(data_path)
    return LibraryEntry(Instance(dataset, meta), row, paths)


def load_entry(path: str | Path, name: str | None = None, verify: bool = True) -> LibraryEntry:
    """One entry, its checksums checked (with ``verify``).

    Parameters
    ----------
    path : str or Path
        A library folder or manifest (then ``name`` picks the row), or an entry's metadata .json
        inside a library folder.
    name : str, optional
    verify : bool

    Returns
    -------
    LibraryEntry
    """
    p = Path(path)
    if p.suffix.lower() == ".json" and p.name != MANIFEST:
        lib = load_library(p.parent, verify=verify)
        for row in lib.rows:
            if row["files"].get("metadata") == p.name:
                return _load_row(lib.folder, row, verify)
        raise InputError(f"{p}: not listed in the manifest of {p.parent}")
    if name is None:
        raise InputError("give the entry name to load from a library folder")
    return load_library(p, verify=verify).load(name, verify=verify)
