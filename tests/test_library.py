"""Instance library: export, read back, checksums, paths, atomic writes, CLI, the checked-in library."""
from __future__ import annotations

import json
import math
from pathlib import Path

import highspy
import numpy as np
import pytest
from click.testing import CliRunner

from milp_relu import library
from milp_relu.cli import main
from milp_relu.errors import InputError
from milp_relu.generators import generate, list_generators
from milp_relu.instance import load_instance
from milp_relu.solve import fit

REPO = Path(__file__).resolve().parents[1]


def close(a: float, b: float, tol: float = 1e-6) -> bool:
    return abs(a - b) <= tol * (1.0 + abs(b))


def small(loss: str, seed: int = 0, k: int = 2, n: int = 10):
    return generate("planted", seed=seed, n=n, d=2, k=k, loss=loss, noise=0.1)


def fit_instance(inst, **kw):
    ds = inst.dataset
    return fit(ds.X, ds.y, k=inst.k, loss=inst.loss, weight_bound=inst.weight_bound, bias_bound=inst.bias_bound,
               sample_weight=ds.sample_weight, **kw)


def highs_solve(path: Path) -> float:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", 1e-9)
    h.setOptionValue("mip_abs_gap", 1e-9)
    assert h.readModel(str(path)) == highspy.HighsStatus.kOk
    h.run()
    assert h.modelStatusToString(h.getModelStatus()) == "Optimal"
    return h.getInfo().objective_function_value


@pytest.mark.parametrize("loss", ["absolute", "max"])
def test_export_read_back_same_optimum_as_fit(tmp_path, loss):
    inst = small(loss, seed=3, n=8)
    row = library.export_instance(inst, tmp_path, time_limit=30)
    expected = fit_instance(inst)
    assert expected.status == "optimal"
    for fmt in ("mps", "lp"):
        assert close(highs_solve(tmp_path / row["files"][fmt]), expected.loss)
    assert row["reference"]["tag"] == "opt" and close(row["reference"]["value"], expected.loss, 1e-8)
    assert row["status"] == "easy" and row["kind"] == "MILP"
    meta = json.loads((tmp_path / row["files"]["metadata"]).read_text())
    assert meta["model"]["highs_can_solve"] is True
    assert meta["formulation"]["sign_mode"] == "binary" and meta["formulation"]["loss"] == loss
    assert meta["params"] == inst.metadata["params"] and meta["seed"] == inst.metadata["seed"]
    assert set(meta["sha256"]) == {row["files"][r] for r in ("data", "mps", "lp")}


def test_fixed_split_export_matches_fit_with_signs(tmp_path):
    inst = small("absolute", seed=4, n=8)
    choice = library.export_choice(inst, signs=1)
    row = library.export_instance(inst, tmp_path, choice, formats=["mps"], time_limit=30)
    assert row["name"].endswith("__p1") and row["sign_mode"] == "split"
    expected = fit_instance(inst, signs=1)
    assert close(highs_solve(tmp_path / row["files"]["mps"]), expected.loss)


def _integer_columns_at(network, X, names):
    """Values of z_i_j and sgn_j at ``network``, units in the symmetry order of the model."""
    order = np.lexsort((-network.b, -network.s))
    pattern = network.pattern(X)[:, order]
    signs = network.s[order]
    values = {}
    for c, name in enumerate(names):
        if name.startswith("z_"):
            _, i, j = name.split("_")
            values[c] = float(pattern[int(i), int(j)])
        elif name.startswith("sgn_"):
            values[c] = float(signs[int(name.split("_")[1])] > 0)
    return values


def test_squared_miqp_export_has_quadratic_objective_and_the_fit_optimum(tmp_path):
    inst = small("squared", seed=2, k=1, n=12)
    row = library.export_instance(inst, tmp_path, time_limit=30)
    assert row["kind"] == "MIQP" and row["highs_can_solve"] is False
    mps = (tmp_path / row["files"]["mps"]).read_text()
    assert "QUADOBJ" in mps or "QMATRIX" in mps
    meta = json.loads((tmp_path / row["files"]["metadata"]).read_text())
    assert meta["model"]["highs_can_solve"] is False and "cannot solve" in meta["model"]["solvers"]
    expected = fit_instance(inst)
    for fmt in ("mps", "lp"):
        # HiGHS reads the MIQP; with the binaries fixed at fit's pattern it is the pattern's convex
        # QP, whose optimum is fit's loss (the MIQP objective is the training loss itself)
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        assert h.readModel(str(tmp_path / row["files"][fmt])) == highspy.HighsStatus.kOk
        assert h.getHessianNumNz() > 0
        names = list(h.getLp().col_names_)
        fixed = _integer_columns_at(expected.network, inst.dataset.X, names)
        assert fixed, "no binaries found by name"
        for c, v in fixed.items():
            h.changeColBounds(c, v, v)
            h.changeColIntegrality(c, highspy.HighsVarType.kContinuous)
        h.run()
        assert h.modelStatusToString(h.getModelStatus()) == "Optimal"
        assert close(h.getInfo().objective_function_value, expected.loss, 1e-6)


def test_squared_miqp_solved_by_scip_to_the_fit_optimum(tmp_path):
    pyscipopt = pytest.importorskip("pyscipopt")
    inst = small("squared", seed=5, k=2, n=8)
    row = library.export_instance(inst, tmp_path, time_limit=30)
    expected = fit_instance(inst)
    for fmt in ("mps", "lp"):
        model = pyscipopt.Model()
        model.hideOutput()
        model.readProblem(str(tmp_path / row["files"][fmt]))
        model.setParam("limits/gap", 1e-9)
        model.setParam("limits/absgap", 1e-9)
        model.optimize()
        assert model.getStatus() == "optimal"
        assert close(model.getObjVal(), expected.loss, 1e-5)


def test_solve_instance_reads_mps_and_refuses_miqp_clearly(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["export", "--suite", "tiny", "--out", str(tmp_path), "--time-limit", "20"])
    assert res.exit_code == 0, res.output
    lib = library.load_library(tmp_path)
    assert len(lib.rows) == 3
    for row in lib.rows:
        mps = str(tmp_path / row["files"]["mps"])
        res = runner.invoke(main, ["solve-instance", mps, "--json"])
        if row["kind"] == "MILP":
            assert res.exit_code == 0, res.output
            out = json.loads(res.stdout)
            assert out["status"] == "optimal"
            assert close(out["objective"], row["reference"]["value"], 1e-6)
        else:
            assert res.exit_code == 2
            assert "MIQP" in res.output and "HiGHS cannot solve" in res.output


def test_cli_export_one_instance_with_options(tmp_path):
    inst = small("absolute", seed=1, k=2, n=8)
    src = tmp_path / "src"
    from milp_relu.instance import save_instance

    path = save_instance(inst, src)
    out = tmp_path / "lib"
    res = CliRunner().invoke(main, ["export", str(path), "--out", str(out), "--formats", "lp", "--loss", "max",
                                    "--signs", "1", "--time-limit", "20"])
    assert res.exit_code == 0, res.output
    lib = library.load_library(out)
    (row,) = lib.rows
    assert row["loss"] == "max" and row["signs"] == 1 and set(row["files"]) == {"metadata", "data", "lp"}
    expected = fit(inst.dataset.X, inst.dataset.y, k=2, loss="max", signs=1)
    assert close(highs_solve(out / row["files"]["lp"]), expected.loss)
    bad = CliRunner().invoke(main, ["export", str(path), "--out", str(out), "--formats", "xls"])
    assert bad.exit_code == 2 and "unknown model format 'xls'" in bad.output
    both = CliRunner().invoke(main, ["export", str(path), "--suite", "tiny", "--out", str(out)])
    assert both.exit_code == 2 and "either INSTANCE or --suite" in both.output


@pytest.fixture
def tiny_library(tmp_path):
    library.export_suite("tiny", tmp_path, time_limit=20)
    return tmp_path


def test_load_library_and_entries(tiny_library):
    lib = library.load_library(tiny_library)
    assert library.verify_library(tiny_library) == []
    solu = library.read_solu(tiny_library / library.SOLU)
    for entry in lib:
        assert entry.instance.dataset.n == entry.row["n"]
        tag, value = solu[entry.name]
        assert tag == "opt" and value == entry.reference["value"]
        assert entry.choice.loss == entry.row["loss"]
        # an entry's metadata is also a plain instance file for the rest of milp_relu
        again = load_instance(entry.paths["metadata"])
        assert np.array_equal(again.dataset.X, entry.instance.dataset.X)
    one = library.load_entry(tiny_library / lib.rows[0]["files"]["metadata"])
    assert one.name == lib.rows[0]["name"]
    assert (tiny_library / library.MANIFEST_CSV).read_text().count("\n") == 4


def test_checksum_tampering_is_rejected(tiny_library):
    lib = library.load_library(tiny_library)
    row = lib.rows[0]
    mps = tiny_library / row["files"]["mps"]
    mps.write_bytes(mps.read_bytes().replace(b"RHS", b"RHs", 1))
    with pytest.raises(InputError, match=r"sha256 mismatch for the mps file") as err:
        lib.load(row["name"])
    assert row["files"]["mps"] in str(err.value)
    problems = library.verify_library(tiny_library)
    assert len(problems) == 1 and "sha256 mismatch" in problems[0]
    # data tampered and the metadata checksum 'fixed' in the manifest only: the metadata's own
    # checksums still catch it
    row2 = lib.rows[1]
    data = tiny_library / row2["files"]["data"]
    data.write_bytes(data.read_bytes() + b"\0")
    with pytest.raises(InputError, match="sha256 mismatch"):
        lib.load(row2["name"])
    with pytest.raises(InputError, match="sha256 mismatch"):
        lib.load(row2["name"])  # stays refused
    # the .solu disagreeing with the manifest is reported too
    solu = tiny_library / library.SOLU
    solu.write_text(solu.read_text().replace("=opt=", "=best=", 1))
    with pytest.raises(InputError, match="manifest file"):
        library.load_library(tiny_library)


def _edit_manifest(folder: Path, edit) -> None:
    path = folder / library.MANIFEST
    doc = json.loads(path.read_text())
    edit(doc)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize("bad, message", [("../outside.npz", "leaves the folder"),
                                          ("/etc/passwd", "is absolute"),
                                          ("sub/../../x.mps", "leaves the folder")])
def test_paths_outside_the_library_are_refused(tiny_library, bad, message):
    def edit(doc):
        doc["instances"][0]["files"]["data"] = bad

    _edit_manifest(tiny_library, edit)
    with pytest.raises(InputError, match=message) as err:
        library.load_library(tiny_library)
    assert repr(bad) in str(err.value)


def test_schema_version_is_checked(tiny_library):
    _edit_manifest(tiny_library, lambda doc: doc.update(library_schema_version=99))
    with pytest.raises(InputError, match="library_schema_version 99 is not supported"):
        library.load_library(tiny_library)


def test_metadata_schema_version_is_checked(tiny_library):
    lib = library.load_library(tiny_library)
    row = lib.rows[0]
    meta_path = tiny_library / row["files"]["metadata"]
    meta = json.loads(meta_path.read_text())
    meta["schema_version"] = 7
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(InputError, match="sha256 mismatch"):
        lib.load(row["name"])
    with pytest.raises(InputError, match="schema_version 7 is not supported"):
        lib.load(row["name"], verify=False)


def test_missing_manifest_and_missing_file(tmp_path, tiny_library):
    with pytest.raises(InputError, match="no library manifest"):
        library.load_library(tmp_path / "nowhere")
    lib = library.load_library(tiny_library)
    (tiny_library / lib.rows[2]["files"]["lp"]).unlink()
    with pytest.raises(InputError, match="missing"):
        lib.load(lib.rows[2]["name"])
    with pytest.raises(InputError, match="no entry named 'nope'"):
        lib.load("nope")


class _Interrupt(KeyboardInterrupt):
    pass


def test_interrupted_export_leaves_no_partial_file(tmp_path, monkeypatch):
    from milp_relu.backends import files

    library.export_suite("tiny", tmp_path, time_limit=None)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = files._quiet_highs

    class HalfWriter:
        """A HiGHS whose writeModel writes half a file and is then interrupted."""

        def __init__(self):
            self.h = real()

        def passModel(self, model):
            return self.h.passModel(model)

        def writeModel(self, path):
            self.h.writeModel(path)
            data = Path(path).read_bytes()
            Path(path).write_bytes(data[: len(data) // 2])
            raise _Interrupt()

    monkeypatch.setattr(files, "_quiet_highs", HalfWriter)
    inst = small("absolute", seed=9, k=1, n=6)
    with pytest.raises(_Interrupt):
        library.export_instance(inst, tmp_path, time_limit=None)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    new = set(after) - set(before)
    # the data file may be complete (it is written first, atomically); no model file, no
    # metadata, no temporary file, and the manifest is untouched
    assert all(name.endswith(".npz") for name in new), new
    assert not any(".tmp" in name for name in after)
    assert after[library.MANIFEST] == before[library.MANIFEST]
    assert library.verify_library(tmp_path) == []

    # an interrupt inside milp_relu's atomic writer (after the bytes, before the rename) leaves
    # neither the target nor the temporary file
    monkeypatch.setattr(files, "_quiet_highs", real)
    from milp_relu import fileio

    def interrupted_fsync(fd):
        raise _Interrupt()

    monkeypatch.setattr(fileio.os, "fsync", interrupted_fsync)
    with pytest.raises(_Interrupt):
        library.export_instance(inst, tmp_path, time_limit=None)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == after
    assert library.verify_library(tmp_path) == []


def test_regeneration_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    library.export_suite("tiny", a, time_limit=20)
    library.export_suite("tiny", b, time_limit=20)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        if name != library.TIMINGS:
            assert (a / name).read_bytes() == (b / name).read_bytes(), name
    timings = json.loads((a / library.TIMINGS).read_text())
    assert {t["name"] for t in timings["instances"]} == set(library.load_library(a).names)


def test_suite_export_replaces_stale_entries(tmp_path):
    inst = small("max", seed=8, k=1, n=6)
    row = library.export_instance(inst, tmp_path, time_limit=None)
    assert row["reference"]["tag"] == "unkn" and row["status"] == "unknown"
    assert f"=unkn= {row['name']}" in (tmp_path / library.SOLU).read_text()
    library.export_suite("tiny", tmp_path, time_limit=None)
    assert not (tmp_path / row["files"]["mps"]).exists()
    assert row["name"] not in library.load_library(tmp_path).names


def test_solu_parsing_errors(tmp_path):
    p = tmp_path / "x.solu"
    p.write_text("=opt= a 1.5\n=best= b 2\n=inf= c\n=unkn= d\n")
    assert library.read_solu(p) == {"a": ("opt", 1.5), "b": ("best", 2.0), "c": ("inf", None), "d": ("unkn", None)}
    p.write_text("=opt= a\n")
    with pytest.raises(InputError, match="needs a value"):
        library.read_solu(p)
    p.write_text("=opt= a one\n")
    with pytest.raises(InputError, match="is not a number"):
        library.read_solu(p)


# ---------------------------------------------------------------------------------------------
# the checked-in library
# ---------------------------------------------------------------------------------------------

def test_checked_in_library_is_complete_small_and_verified():
    folder = REPO / "instances"
    if not (folder / library.MANIFEST).is_file():
        pytest.skip("instances/ not generated")
    assert library.verify_library(folder) == []
    lib = library.load_library(folder)
    rows = lib.rows
    assert lib.manifest["suite"] == "curated"
    assert {r["generator"] for r in rows} == set(list_generators())
    assert {r["tier"] for r in rows} == {"easy", "medium", "hard"}
    assert {r["loss"] for r in rows} == {"squared", "absolute", "max"}
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert total < 20e6
    names = {r["name"] for r in rows}
    expected = set()
    for item in library.suite_items("curated"):
        inst = generate(item.generator, seed=item.seed, **item.params)
        expected.add(library.entry_name(inst, library.export_choice(inst)))
    assert names == expected, "instances/ is out of date: regenerate it (instances/README.md)"
    assert sorted(names) == sorted(library.read_solu(folder / library.SOLU))
    for r in rows:
        assert r["status"] in ("easy", "hard", "open")
        ref = r["reference"]
        assert ref["tag"] in ("opt", "best") and ref["value"] is not None and math.isfinite(ref["value"])
        assert (r["status"] == "open") == (ref["tag"] == "best")


def test_checked_in_model_files_are_what_the_code_builds(tmp_path):
    """instances/ is stale when a formulation changes: rebuild every model and compare bytes."""
    from milp_relu.backends.files import write_model_file
    from milp_relu.fileio import sha256_file

    folder = REPO / "instances"
    if not (folder / library.MANIFEST).is_file():
        pytest.skip("instances/ not generated")
    stale = []
    for entry in library.load_library(folder):
        model = library.build_export_model(entry.instance.dataset, entry.choice)
        for fmt in ("mps", "lp"):
            if fmt not in entry.row["files"]:
                continue
            written = write_model_file(model, tmp_path / f"model.{fmt}")
            if sha256_file(written) != entry.row["sha256"][entry.row["files"][fmt]]:
                stale.append(entry.row["files"][fmt])
    assert not stale, (f"{len(stale)} model files in instances/ differ from what the code builds now "
                       f"(first: {stale[0]}); regenerate: milp-relu export --suite curated --out instances/")
