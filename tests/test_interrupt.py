"""Ctrl-C during a solve returns the best verified network and the bound, like a time limit."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from conftest import planted
from milp_relu.fileio import atomic_write_npz


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT semantics")
def test_sigint_returns_best_network_and_bound(tmp_path):
    X, y = planted(n=80, d=3, k=3, seed=9, noise=0.4)
    data = tmp_path / "hard.npz"
    atomic_write_npz(data, X=X, y=y)
    # a shell without job control starts background jobs with SIGINT ignored, and Python then
    # installs no KeyboardInterrupt handler: give the solver a terminal's default disposition
    proc = subprocess.Popen([sys.executable, "-m", "milp_relu.cli", "solve-instance", str(data), "--k", "3",
                             "--loss", "absolute", "--json", "--time-limit", "120"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(6.0)  # well inside the branch and bound of this instance
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    payload = json.loads(out)
    assert payload["status"] == "interrupted"
    assert payload["network"] is not None
    assert payload["lower_bound"] is not None and payload["lower_bound"] <= payload["loss"]
    assert payload["gap_abs"] == pytest.approx(payload["loss"] - payload["lower_bound"])
