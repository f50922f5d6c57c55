"""The library package: every name of the former single module, one module per job, one suite registry."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from milp_relu import library
from milp_relu.errors import InputError
from milp_relu.generators import benchmark_suite_specs, generate
from milp_relu.library import choice, export, golden, loading, manifest, model, reference, suites
from milp_relu.library.__main__ import main as library_main

REPO = Path(__file__).resolve().parents[1]

#: Every public name milp_relu/library.py defined before it became a package.
FORMER_NAMES = [
    "LIBRARY_SCHEMA_VERSION", "MANIFEST", "MANIFEST_CSV", "SOLU", "TIMINGS", "DEFAULT_TIME_LIMIT", "HARD_FACTOR",
    "ExportChoice", "export_choice", "entry_name", "build_export_model", "export_model_from_milp",
    "model_summary", "Reference", "reference_solve", "export_instance", "solu_text", "read_solu",
    "write_manifest", "SuiteItem", "suite_items", "LIBRARY_SUITES", "export_suite", "LibraryEntry", "Library",
    "load_library", "load_entry", "verify_library", "golden_dataset", "golden_models", "write_golden",
]


def tiny_instance(loss: str = "absolute"):
    return generate("planted", seed=0, n=8, d=1, k=1, loss=loss)


@pytest.mark.parametrize("name", FORMER_NAMES)
def test_every_former_name_is_importable_from_the_package(name):
    assert name in library.__all__ and hasattr(library, name)  # what "from milp_relu.library import name" reads


def test_the_package_has_one_module_per_job():
    folder = REPO / "milp_relu" / "library"
    assert not (REPO / "milp_relu" / "library.py").exists()
    assert {p.stem for p in folder.glob("*.py")} >= {"__init__", "choice", "model", "reference", "export",
                                                      "manifest", "suites", "loading", "golden", "layout"}


# --------------------------------------------------------------------------------------------
# the suite registry
# --------------------------------------------------------------------------------------------

def test_the_suite_registry_is_the_single_source():
    assert library.LIBRARY_SUITES == tuple(suites.SUITES) == ("curated", "quick", "tiny")
    assert library.BENCHMARK_SUITES == ("quick",)
    # the generators' benchmark suite is the registry's "quick" suite, not a copy of it
    specs = benchmark_suite_specs("quick")
    assert specs == [(i.generator, i.params, i.seed) for i in library.suite_items("quick")]
    from milp_relu.generators import planted

    assert not hasattr(planted, "SUITES") and not hasattr(planted, "_QUICK")
    # no other file of the package lists suite contents
    pattern = re.compile(r"SuiteItem\(|\(\"planted\", \{")
    holders = [p.relative_to(REPO).as_posix() for p in (REPO / "milp_relu").rglob("*.py")
               if pattern.search(p.read_text(encoding="utf-8"))]
    assert holders == ["milp_relu/library/suites.py"]


def test_suite_items_are_fresh_copies_and_unknown_names_are_refused():
    first = library.suite_items("tiny")
    first[0].params["n"] = 999
    assert library.suite_items("tiny")[0].params["n"] == 8
    specs = benchmark_suite_specs("quick")
    specs[0][1]["n"] = 999
    assert benchmark_suite_specs("quick")[0][1]["n"] == 20
    with pytest.raises(InputError, match="unknown library suite 'nosuch' .*curated, quick, tiny"):
        library.suite_items("nosuch")
    with pytest.raises(InputError, match="unknown benchmark suite 'tiny' .*quick"):
        benchmark_suite_specs("tiny")


def test_every_suite_has_tiers_and_known_generators():
    from milp_relu.generators import list_generators

    known = set(list_generators())
    for name, suite in suites.SUITES.items():
        items = suite.items()
        assert items and suite.description, name
        assert {i.tier for i in items} <= {"easy", "medium", "hard"}, name
        assert {i.generator for i in items} <= known, name
    assert library.suite_items("quick") == library.suite_items("curated")[19:29]


# --------------------------------------------------------------------------------------------
# one test per module's job
# --------------------------------------------------------------------------------------------

def test_choice_resolves_defaults_signs_and_names():
    inst = tiny_instance()
    own = choice.export_choice(inst)
    assert (own.loss, own.k, own.signs, own.sign_mode) == ("absolute", 1, None, "binary")
    assert choice.entry_name(inst, own) == inst.name
    positive = choice.export_choice(inst, signs="positive", loss="max")
    assert positive.signs == 1 and positive.split() == (1.0,)
    assert choice.entry_name(inst, positive) == f"{inst.name}__max_p1"
    with pytest.raises(InputError, match="signs must be an integer p"):
        choice.export_choice(inst, signs="many")
    with pytest.raises(InputError, match="weight bound must be positive"):
        choice.ExportChoice(loss="max", k=1, weight_bound=0.0, bias_bound=1.0)


def test_model_is_a_milp_or_the_squared_miqp_or_its_master():
    data = golden.golden_dataset()
    absolute = model.build_export_model(data, choice.ExportChoice("absolute", 2, 1.0, 1.0))
    assert absolute.kind == "MILP" and absolute.hessian is None
    assert model.model_summary(absolute)["highs_can_solve"] is True
    squared = model.build_export_model(data, choice.ExportChoice("squared", 2, 1.0, 1.0))
    assert squared.kind == "MIQP" and np.count_nonzero(squared.hessian) == data.n
    summary = model.model_summary(squared)
    assert summary["highs_can_solve"] is False and summary["quadratic_objective_terms"] == data.n
    master = golden.golden_models()["fixed_split_p1_squared_oa_master"]
    assert master.kind == "MILP" and master.row_names[-1] == f"cut_{2 * data.n - 1}"


def test_reference_skips_without_a_time_limit_and_solu_round_trips(tmp_path):
    ds = tiny_instance().dataset
    skipped = reference.reference_solve(ds, choice.ExportChoice("absolute", 1, 1.0, 1.0), None)
    assert (skipped.tag, skipped.status) == ("unkn", "unknown")
    no_bias = reference.reference_solve(ds, choice.ExportChoice("absolute", 1, 1.0, 0.0), 5.0)
    assert no_bias.tag == "unkn" and "positive bias bound" in no_bias.message
    rows = [{"name": "a", "reference": {"tag": "opt", "value": 0.1}},
            {"name": "b", "reference": {"tag": "best", "value": 2.0}},
            {"name": "c", "reference": {"tag": "inf", "value": None}},
            {"name": "d", "reference": {"tag": "opt", "value": None}}]
    path = tmp_path / "x.solu"
    path.write_text(reference.solu_text(rows))
    assert reference.read_solu(path) == {"a": ("opt", 0.1), "b": ("best", 2.0), "c": ("inf", None),
                                         "d": ("unkn", None)}
    assert reference._round_value(1e-12) == 0.0 and reference._round_value(float("nan")) is None


def test_export_writes_an_entry_and_its_manifest_row(tmp_path):
    inst = tiny_instance()
    row = export.export_instance(inst, tmp_path, formats=[".MPS", "mps"], time_limit=None, tier="easy",
                                 update_manifest=False)
    assert set(row["files"]) == {"metadata", "data", "mps"}
    assert all((tmp_path / f).is_file() for f in row["files"].values())
    assert row["_timing"]["name"] == row["name"] and not (tmp_path / library.MANIFEST).exists()
    meta = json.loads((tmp_path / row["files"]["metadata"]).read_text())
    assert meta["formulation"]["export"] == "milp_relu.library.build_export_model"
    assert meta["tier"] == "easy" and meta["reference"]["tag"] == "unkn"
    with pytest.raises(InputError, match="unknown model format"):
        export.export_instance(inst, tmp_path, formats=["xls"], time_limit=None)


def test_manifest_is_written_last_and_verified(tmp_path):
    inst = tiny_instance()
    row = export.export_instance(inst, tmp_path, time_limit=None, update_manifest=False)
    manifest.write_manifest(tmp_path, [row], suite=None, time_limit=None, hard_time_limit=None,
                            timings=[row["_timing"]])
    doc = json.loads((tmp_path / library.MANIFEST).read_text())
    assert "_timing" not in doc["instances"][0] and doc["instances"][0]["name"] == row["name"]
    assert manifest.verify_library(tmp_path) == []
    (tmp_path / row["files"]["data"]).write_bytes(b"changed")
    problems = manifest.verify_library(tmp_path)
    assert len(problems) == 1 and "sha256 mismatch" in problems[0]


def test_loading_reads_an_entry_by_name_and_by_metadata_file(tmp_path):
    inst = tiny_instance()
    row = export.export_instance(inst, tmp_path, time_limit=None)
    lib = loading.load_library(tmp_path)
    assert lib.names == [row["name"]]
    by_name = lib.load(row["name"])
    by_file = loading.load_entry(tmp_path / row["files"]["metadata"])
    assert by_name.name == by_file.name == row["name"]
    np.testing.assert_array_equal(by_file.instance.dataset.X, inst.dataset.X)
    assert by_name.choice == choice.export_choice(inst)
    with pytest.raises(InputError, match="no entry named 'other'"):
        lib.row("other")


def test_golden_command_line(tmp_path, capsys):
    assert library_main([]) == 2
    assert "usage" in capsys.readouterr().out
    assert library_main(["golden", str(tmp_path)]) == 0
    assert sorted(p.stem for p in tmp_path.glob("*.lp")) == sorted(golden.golden_models())
