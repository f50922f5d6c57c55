"""Sweep files: validation with clear errors, grid expansion, stable run keys."""
from __future__ import annotations

import pytest

from milp_relu.errors import InputError
from milp_relu.sweep_config import expand_values, load_config, parse_config


def base(**over):
    raw = {"name": "t", "time_limit": 5, "seeds": [0, 1],
           "family": [{"generator": "planted", "grid": {"n": [8, 16], "d": 2}}]}
    raw.update(over)
    return raw


def test_expands_grid_seeds_and_repetitions():
    cfg = parse_config(base(repetitions=2, losses=["squared", "absolute"]))
    assert len(cfg.runs) == 2 * 2 * 2 * 2
    assert {r.params["n"] for r in cfg.runs} == {8, 16}
    assert len({r.run_key for r in cfg.runs}) == len(cfg.runs)


def test_run_key_is_stable_and_depends_on_what_defines_a_run():
    a = parse_config(base()).runs
    b = parse_config(base()).runs
    assert [r.run_key for r in a] == [r.run_key for r in b]
    c = parse_config(base(time_limit=6)).runs
    assert not {r.run_key for r in a} & {r.run_key for r in c}
    d = parse_config(base(name="other-name")).runs  # the sweep name is not part of the key
    assert [r.run_key for r in a] == [r.run_key for r in d]


@pytest.mark.parametrize("raw, message", [
    (base(family=[{"generator": "nope", "grid": {"n": [1]}}]), "unknown generator 'nope'"),
    (base(family=[{"generator": "planted", "grid": {"zz": [1]}}]), "has no parameter 'zz'"),
    (base(family=[{"generator": "planted", "grid": {"n": []}}]), "empty list"),
    (base(family=[{"generator": "planted", "grid": {"n": {"start": 9, "stop": 3, "step": 1}}}]), "stop 3 < start 9"),
    (base(family=[{"generator": "planted", "grid": {"n": {"start": 1, "stop": 3, "step": 0}}}]), "step must be a positive"),
    (base(family=[{"generator": "planted", "grid": {"n": {"start": 0, "stop": 3, "num": 3, "scale": "log"}}}]), "start > 0"),
    (base(family=[{"generator": "planted", "grid": {"n": [1.5]}}]), "expected an integer"),
    (base(family=[]), "non-empty list"),
    (base(time_limit=-1), "time_limit must be a positive"),
    (base(seeds=[]), "empty list"),
    (base(losses=["l7"]), "unknown loss 'l7'"),
    (base(solver={"threads": 4}), "threads=1"),
    (base(solver={"bogus": 1}), "unknown solver option 'bogus'"),
    (base(colour="red"), "unknown top-level key"),
    ({"name": "t", "time_limit": 1}, "no [[family]]"),
])
def test_validation_errors_name_the_problem(raw, message):
    with pytest.raises(InputError, match=None) as info:
        parse_config(raw)
    assert message in str(info.value)


def test_ranges():
    assert expand_values({"start": 8, "stop": 64, "num": 4, "scale": "log"}, "x") == [8, 16, 32, 64]
    assert expand_values({"start": 1, "stop": 2, "step": 0.5}, "x") == [1.0, 1.5, 2.0]
    assert expand_values(3, "x") == [3]


def test_load_toml_file_and_errors(tmp_path):
    p = tmp_path / "s.toml"
    p.write_text('time_limit = 2\n[[family]]\ngenerator = "planted"\n[family.grid]\nn = [5, 6]\n')
    cfg = load_config(p)
    assert cfg.name == "s" and len(cfg.runs) == 2
    p.write_text("time_limit = \n")
    with pytest.raises(InputError, match="not valid TOML"):
        load_config(p)
    with pytest.raises(InputError, match="not found"):
        load_config(tmp_path / "missing.toml")
