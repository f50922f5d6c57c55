"""The instance library: export to MPS/LP with data and metadata, a manifest, reference values.

A library is a folder (``instances/`` in the repository) holding, for every entry ``NAME``:

* ``NAME.npz``   the data X, y (and sample_weight), deterministic bytes;
* ``NAME.mps``, ``NAME.lp``  the formulation written by HiGHS (MILP; for the squared loss the
  MIQP with a quadratic objective section, which SCIP or Gurobi solve and HiGHS cannot);
* ``NAME.json``  metadata: everything the generator recorded, the formulation's options, the
  model's size and coefficient ranges, the reference value and the sha256 of every other file;

and once for the folder: ``manifest.json`` (one row per entry, plus ``manifest.csv`` for
spreadsheets), ``reference.solu`` (MIPLIB-style ``=opt=`` / ``=best=`` / ``=inf=`` / ``=unkn=``
lines) and ``timings.json`` (solve times; kept out of every checksummed file so that
regenerating the library reproduces the same bytes).

Every file is written atomically and the manifest last, so an interrupted export leaves no
partial file and never a manifest naming a missing one. :func:`load_library` and
:func:`load_entry` check the schema version, refuse paths that leave the folder and verify
every checksum, raising :class:`~milp_relu.errors.InputError` that says exactly what is wrong.

Status of an entry (MIPLIB's words): ``easy`` solved to optimality by :func:`milp_relu.fit`
within ``time_limit``; ``hard`` solved only with the longer ``hard_time_limit``; ``open`` not
solved (its reference value is the best verified loss, ``=best=``).

The package has one module per job:

* :mod:`.choice`     which formulation is exported (:class:`ExportChoice`) and the entry name;
* :mod:`.model`      the model written to the files (MILP, MIQP or master) and its summary;
* :mod:`.reference`  reference solves (:func:`reference_solve`) and the .solu file;
* :mod:`.export`     writing entries (:func:`export_instance`) and suites (:func:`export_suite`);
* :mod:`.manifest`   manifest.json / .csv, timings.json and :func:`verify_library`;
* :mod:`.suites`     the one registry of named suites (:data:`~.suites.SUITES`);
* :mod:`.loading`    reading a library back (:func:`load_library`, :func:`load_entry`);
* :mod:`.golden`     the golden .lp files of ``formulations/``;
* :mod:`.layout`     file names, schema version and default time limits.
"""
from __future__ import annotations

from ..backends.files import MODEL_FORMATS
from ..instance import SCHEMA_VERSION
from .choice import ExportChoice, entry_name, export_choice
from .export import export_instance, export_suite
from .golden import golden_dataset, golden_models, write_golden
from .layout import (DEFAULT_TIME_LIMIT, HARD_FACTOR, LIBRARY_SCHEMA_VERSION, MANIFEST, MANIFEST_CSV, SOLU,
                     TIMINGS)
from .loading import Library, LibraryEntry, load_entry, load_library
from .manifest import verify_library, write_manifest
from .model import build_export_model, export_model_from_milp, model_summary
from .reference import Reference, read_solu, reference_solve, solu_text
from .suites import BENCHMARK_SUITES, LIBRARY_SUITES, SUITES, Suite, SuiteItem, suite_items

__all__ = [
    "BENCHMARK_SUITES", "DEFAULT_TIME_LIMIT", "HARD_FACTOR", "LIBRARY_SCHEMA_VERSION", "LIBRARY_SUITES",
    "MANIFEST", "MANIFEST_CSV", "MODEL_FORMATS", "SCHEMA_VERSION", "SOLU", "SUITES", "TIMINGS",
    "ExportChoice", "Library", "LibraryEntry", "Reference", "Suite", "SuiteItem", "build_export_model",
    "entry_name", "export_choice", "export_instance", "export_model_from_milp", "export_suite",
    "golden_dataset", "golden_models", "load_entry", "load_library", "model_summary", "read_solu",
    "reference_solve", "solu_text", "suite_items", "verify_library", "write_golden", "write_manifest",
]
