"""Generate hardness instances after GKMR'21 and verify their promises with the exact solver.

Usage::

    python examples/hardness_instance.py [OUT_DIR]

The set-cover reduction (G1) turns a set system into a one-ReLU training set: a cover of size t
gives a network of squared loss (weighted sum) exactly t (YES), while if every cover needs more
than t sets no network gets below t + 1/2 (NO). The script builds the YES instance from Python
(``milp_relu.generators.generate``), the NO instance of the same set system from the command
line (``milp-relu generate ... --param answer=no``: threshold t = OPT - 1, so no cover of size t
exists), and then runs ``milp-relu verify`` on both: the certificate's
loss must equal the promised YES loss, and the exact optimum must respect the promise (YES:
optimum <= YES loss; NO: the solver's proven lower bound >= NO bound). Files go to OUT_DIR, or
to a temporary folder that is removed at the end. The exit code is 1 if a check fails.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from milp_relu import save_instance
from milp_relu.generators import generate

# Five sets over four elements with a planted cover of two sets.
PARAMS = {"N": 5, "m": 4, "t": 2}


def cli(*args: str) -> subprocess.CompletedProcess:
    """Run ``milp-relu ARGS`` (the installed command) with this Python, echoing its output."""
    proc = subprocess.run([sys.executable, "-m", "milp_relu.cli", *args],
                          check=False, capture_output=True, text=True)
    print(proc.stdout + proc.stderr, end="")
    return proc


def yes_instance(out: Path) -> tuple[Path, bool]:
    """Build and save the YES instance; check its certificate's loss by hand."""
    inst = generate("set-cover", seed=0, **PARAMS)
    path = save_instance(inst, out)
    net, data = inst.certificate_network, inst.dataset
    f = np.maximum(0.0, data.X @ net.W.T + net.b) @ net.s + net.c
    loss = float(np.sum(data.weights * (f - data.y) ** 2))
    promised = inst.metadata["promise"]["yes_loss"]
    ok = abs(loss - promised) <= 1e-9 * max(1.0, promised)
    print(f"YES instance {path.name}: n = {data.n}, d = {data.d}, k = {inst.k}, "
          f"certificate loss {loss:g} vs promised {promised:g}: {'PASS' if ok else 'FAIL'}")
    return path, ok


def no_instance(out: Path) -> Path | None:
    """Generate the NO side of the same set system with the command line."""
    params = [f"--param={name}={value}" for name, value in PARAMS.items()]
    proc = cli("generate", "set-cover", *params, "--param=answer=no", "--seed", "0", "--out", str(out))
    found = sorted(out.glob("set-cover_*_no_*.json"))
    return found[0] if proc.returncode == 0 and found else None


def run(out: Path) -> int:
    """Generate both instances into ``out`` and verify them; return the exit code."""
    yes_path, yes_ok = yes_instance(out)
    no_path = no_instance(out)
    if no_path is None:
        print("generating the NO instance failed")
        return 1
    codes = []
    for path in (yes_path, no_path):
        print(f"\n$ milp-relu verify {path.name}")
        codes.append(cli("verify", str(path), "--time-limit", "60").returncode)
    if not yes_ok or any(codes):
        return 1
    print("\nall checks passed")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Use the folder given on the command line, else a temporary one."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        out = Path(args[0])
        out.mkdir(parents=True, exist_ok=True)
        return run(out)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
