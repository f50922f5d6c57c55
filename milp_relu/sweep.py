"""Runtime-scaling sweeps: run a validated grid of solves and store one row per run.

Three pieces, one job each:

- :mod:`milp_relu.sweep_config` reads and validates the sweep file and expands it into
  :class:`~milp_relu.sweep_config.RunSpec` objects, each with a stable run key;
- :mod:`milp_relu.results_store` is the SQLite (WAL) table the rows land in;
- this module executes runs: :func:`execute_run` does one run (generate, fit with HiGHS
  threads=1, measure) and never raises; :func:`run_sweep` skips run keys already in the store
  and runs the rest on a pool of single-solve worker processes or on a dask.distributed cluster,
  committing each row as its run ends.

Local pool: each worker is a process that runs one solve at a time; the coordinator knows which
run each worker holds, so when a worker dies (segfault, ``os._exit``, out-of-memory kill) or
overruns the hard timeout, that run is recorded as ``error`` with the reason and a fresh worker
takes its place. Workers ask the kernel to kill them when the coordinator dies, so a killed sweep
leaves no stray solvers; it loses only the runs that were in flight, and resuming re-runs them.
"""
from __future__ import annotations

import json
import os
import platform
import signal
import socket
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .errors import InputError
from .results_store import ResultsStore
from .sweep_config import (RunSpec, SweepConfig, canonical_json, load_config, resolve_dotted)

#: Environment set in every worker so that no library starts extra threads.
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                     "NUMEXPR_NUM_THREADS": "1", "VECLIB_MAXIMUM_THREADS": "1"}
STATUSES = ("optimal", "time_limit", "infeasible", "error")


# --------------------------------------------------------------------------- one run
def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


_GIT_SUFFIX: str | None = None


def _git_suffix() -> str:
    """``+g<commit>[.dirty]`` when milp_relu runs from a git checkout (once per process), else ''."""
    global _GIT_SUFFIX
    if _GIT_SUFFIX is None:
        import subprocess

        root = Path(__file__).resolve().parent.parent
        _GIT_SUFFIX = ""
        if (root / ".git").exists():
            try:
                head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                                      capture_output=True, text=True, timeout=5).stdout.strip()
                dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "milp_relu"],
                                       capture_output=True, text=True, timeout=5).stdout.strip()
                if head:
                    _GIT_SUFFIX = f"+g{head}" + (".dirty" if dirty else "")
            except (OSError, subprocess.SubprocessError):
                pass
    return _GIT_SUFFIX


def _versions() -> dict[str, str]:
    from importlib import metadata

    from . import __version__
    try:
        highs = metadata.version("highspy")
    except metadata.PackageNotFoundError:  # pragma: no cover
        highs = "not installed"
    return {"milp_relu_version": __version__ + _git_suffix(), "highspy_version": highs,
            "python_version": platform.python_version(), "host": socket.gethostname()}


def _jsonable(obj: Any) -> Any:
    """Turn NumPy values and nested containers into plain JSON values (NaN/inf as strings)."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        np = None
    if isinstance(obj, Mapping):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if np is not None and isinstance(obj, np.ndarray):
        return _jsonable(obj.tolist())
    if np is not None and isinstance(obj, np.generic):
        return _jsonable(obj.item())
    if isinstance(obj, float) and (obj != obj or obj in (float("inf"), float("-inf"))):
        return str(obj)
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if hasattr(obj, "to_dict"):
        return _jsonable(obj.to_dict())
    return str(obj)


def _float(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if out == out else None


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _loss_parameters(kwargs: dict[str, Any], loss: str, own: Mapping[str, Any]) -> None:
    """Keep the loss parameters ([solver] huber_delta) only for a loss that takes them, and take
    the instance's own (``own``: :func:`~milp_relu.engine.problem.resolve_settings`'s
    ``loss_params``, set only when the run uses the instance's loss) where [solver] gives none."""
    from .losses import LOSS_PARAMETERS, LOSSES, loss_class

    takes = loss_class(loss).PARAMETERS if loss in LOSSES else ()
    for key in LOSS_PARAMETERS:
        if key not in takes:
            kwargs.pop(key, None)
        elif kwargs.get(key) is None and own.get(key) is not None:
            kwargs[key] = own[key]


def _reset_peak_memory() -> bool:
    """Reset the kernel's peak-RSS counter of this process (Linux); False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def _peak_memory_mb() -> float | None:
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss / (1024.0 * 1024.0) if sys.platform == "darwin" else rss / 1024.0
    except Exception:  # pragma: no cover
        return None


def base_row(spec: RunSpec | Mapping[str, Any]) -> dict[str, Any]:
    """The row fields known before the run (from the spec alone)."""
    s = spec if isinstance(spec, RunSpec) else RunSpec.from_dict(spec)
    row: dict[str, Any] = {
        "run_key": s.run_key, "sweep": s.sweep, "family": s.family, "generator": s.generator,
        "params_json": canonical_json(dict(s.params)), "seed": s.seed, "repetition": s.repetition,
        "k": s.k, "loss": s.loss, "weight_bound": s.weight_bound, "bias_bound": s.bias_bound,
        "options_json": canonical_json(s.key_options()), "time_limit": s.time_limit,
    }
    row.update(_versions())
    return row


def error_row(spec: RunSpec | Mapping[str, Any], message: str, started_at: str | None = None,
              wall_s: float | None = None, worker: str | None = None) -> dict[str, Any]:
    """A row for a run that produced no result (crashed worker, hard timeout, dask failure)."""
    row = base_row(spec)
    row.update(status="error", error=message, started_at=started_at or _now(), finished_at=_now(),
               wall_s=wall_s, worker=worker)
    return row


def _eps_from_promise(metadata: Mapping[str, Any], total_weight: float) -> float | None:
    promise = metadata.get("promise") or {}
    bound = _float(promise.get("no_bound"))
    if bound is None or bound <= 0:
        return None
    form = promise.get("form")
    if form == "mean":
        return bound
    if form == "sum" and total_weight > 0:
        return bound / total_weight
    return None


def execute_run(spec: RunSpec | Mapping[str, Any]) -> dict[str, Any]:
    """Generate the instance, fit it with HiGHS threads=1, measure; return the row. Never raises."""
    s = spec if isinstance(spec, RunSpec) else RunSpec.from_dict(spec)
    row = base_row(s)
    row["started_at"] = _now()
    row["worker"] = f"pid{os.getpid()}"
    wall0 = time.perf_counter()
    fit_started = None
    try:
        generate = resolve_dotted(s.generate_function)
        t0 = time.perf_counter()
        instance = generate(s.generator, seed=s.seed, **dict(s.params))
        row["gen_s"] = time.perf_counter() - t0
        dataset, settings, weights = _describe_instance(s, instance, row)
        fit = resolve_dotted(s.solve_function)
        kwargs = _fit_kwargs(s, settings, weights)
        _reset_peak_memory()
        cpu0 = time.process_time()
        fit_started = time.perf_counter()
        result = fit(dataset.X, dataset.y, **kwargs)
        row["wall_s"] = time.perf_counter() - fit_started
        row["cpu_s"] = time.process_time() - cpu0
        row["peak_mem_mb"] = _peak_memory_mb()  # per run if the reset worked, else process peak
        _record_result(row, result)
    except BaseException as exc:  # noqa: BLE001 - a run must always give a row
        if isinstance(exc, KeyboardInterrupt):
            raise
        _record_failure(row, exc, fit_started)
    row["finished_at"] = _now()
    if row.get("wall_s") is None:
        row["wall_s"] = None
    row.setdefault("total_s", time.perf_counter() - wall0)
    return row


def _describe_instance(s: RunSpec, instance: Any, row: dict[str, Any]) -> tuple[Any, dict[str, Any], Any]:
    """Read the instance's size, k, loss and bounds (the spec's overrides first) into ``row``;
    return its dataset, the run's settings (:meth:`RunSpec.problem_settings`) and the sample weights."""
    metadata = dict(getattr(instance, "metadata", {}) or {})
    dataset = instance.dataset
    settings = s.problem_settings(instance)
    weights = getattr(dataset, "sample_weight", None)
    total_weight = float(sum(weights)) if weights is not None else float(dataset.X.shape[0])
    row.update(instance_name=metadata.get("name") or getattr(instance, "name", None),
               n=int(dataset.X.shape[0]), d=int(dataset.X.shape[1]), k=settings["k"], loss=settings["loss"],
               weight_bound=settings["weight_bound"], bias_bound=settings["bias_bound"],
               eps=_eps_from_promise(metadata, total_weight),
               promise_json=json.dumps(_jsonable(metadata.get("promise")), sort_keys=True)
               if metadata.get("promise") is not None else None,
               answer=None if metadata.get("answer") is None else str(metadata.get("answer")))
    return dataset, settings, weights


def _fit_kwargs(s: RunSpec, settings: Mapping[str, Any], weights: Any) -> dict[str, Any]:
    """Return the keyword arguments of the fit call: the spec's options, threads=1 and the run's settings."""
    kwargs: dict[str, Any] = dict(s.options)
    kwargs.update(k=settings["k"], loss=settings["loss"], sample_weight=weights, time_limit=s.time_limit,
                  threads=1)
    _loss_parameters(kwargs, settings["loss"], settings["loss_params"])
    if settings["weight_bound"] is not None:
        kwargs["weight_bound"] = settings["weight_bound"]
    if settings["bias_bound"] is not None:
        kwargs["bias_bound"] = settings["bias_bound"]
    return kwargs


def _record_result(row: dict[str, Any], result: Any) -> None:
    """Write the fit result's status, loss, bound, gaps and counters into ``row``."""
    status = str(getattr(result, "status", "error"))
    row["status"] = status if status in STATUSES else "error"
    if status not in STATUSES:
        row["error"] = f"solver returned unknown status {status!r}"
    row.update(verified_loss=_float(getattr(result, "loss", None)),
               loss_mean=_float(getattr(result, "loss_mean", None)),
               lower_bound=_float(getattr(result, "lower_bound", None)),
               gap_abs=_float(getattr(result, "gap_abs", None)),
               gap_rel=_float(getattr(result, "gap_rel", None)),
               nodes=_int(getattr(result, "nodes", None)),
               oa_iterations=_int(getattr(result, "oa_iterations", None)))
    if row["status"] == "error" and not row.get("error"):
        row["error"] = str(getattr(result, "message", "") or "solver reported status error")
    try:
        row["result_json"] = json.dumps(_jsonable(result.to_dict()), sort_keys=True)
    except Exception as exc:  # a result without to_dict is still a result
        row["result_json"] = json.dumps({"to_dict_failed": str(exc)})


def _record_failure(row: dict[str, Any], exc: BaseException, fit_started: float | None) -> None:
    """Mark ``row`` as an error naming the exception and where it was raised (wall time so far if fitting)."""
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    row["status"] = "error"
    row["error"] = f"{type(exc).__name__}: {exc}{where}"
    if fit_started is not None and row.get("wall_s") is None:
        row["wall_s"] = time.perf_counter() - fit_started


# --------------------------------------------------------------------------- local pool
def _set_parent_death_signal() -> None:
    """Linux: have the kernel SIGKILL this worker when its parent (the sweep) dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # pragma: no cover
        pass


def _worker_main(conn: Any, parent_pid: int) -> None:
    """Worker loop: receive a spec dict, send back its row; exit on None or a closed pipe."""
    _set_parent_death_signal()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the coordinator handles Ctrl-C
    if os.getppid() != parent_pid:
        return
    while True:
        try:
            spec = conn.recv()
        except (EOFError, OSError):
            return
        if spec is None:
            return
        row = execute_run(spec)
        try:
            conn.send(row)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Slot:
    process: Any
    conn: Any
    spec: RunSpec | None = None
    started: float = 0.0
    started_at: str = ""


class LocalPool:
    """N worker processes, one solve each at a time, with crash and hard-timeout detection."""

    def __init__(self, workers: int, start_method: str = "spawn"):
        import multiprocessing as mp

        if workers < 1:
            raise InputError(f"--workers must be >= 1, got {workers}")
        self.ctx = mp.get_context(start_method)
        self.size = workers
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        saved = {key: os.environ.get(key) for key in SINGLE_THREAD_ENV}
        os.environ.update(SINGLE_THREAD_ENV)
        try:
            proc = self.ctx.Process(target=_worker_main, args=(child, os.getpid()), daemon=True,
                                    name="milp-relu-sweep-worker")
            proc.start()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        child.close()
        return _Slot(process=proc, conn=parent)

    def run(self, specs: Iterable[RunSpec], on_row: Callable[[dict[str, Any]], None],
            should_stop: Callable[[], bool] = lambda: False) -> None:
        from multiprocessing.connection import wait

        queue = deque(specs)
        self.slots = [self._start() for _ in range(min(self.size, max(len(queue), 1)))]
        try:
            while True:
                self._dispatch(queue, should_stop)
                busy = [s for s in self.slots if s.spec is not None]
                if not busy:
                    break
                waitables = [s.conn for s in busy] + [s.process.sentinel for s in busy]
                wait(waitables, timeout=0.5)
                for i, slot in enumerate(self.slots):
                    if slot.spec is None:
                        continue
                    self._collect(i, slot, on_row)
        finally:
            self.shutdown()

    def _dispatch(self, queue: deque[RunSpec], should_stop: Callable[[], bool]) -> None:
        """Send the next queued spec to every idle worker (a broken pipe gets a fresh worker)."""
        for i, slot in enumerate(self.slots):
            if slot.spec is None and queue and not should_stop():
                spec = queue.popleft()
                try:
                    slot.conn.send(spec.to_dict())
                except (BrokenPipeError, OSError):
                    self._replace(i)
                    slot = self.slots[i]
                    slot.conn.send(spec.to_dict())
                slot.spec, slot.started, slot.started_at = spec, time.monotonic(), _now()

    def _collect(self, i: int, slot: _Slot, on_row: Callable[[dict[str, Any]], None]) -> None:
        """Pass on the busy worker's row if it sent one; else report and replace a dead or overdue worker."""
        row = None
        try:
            if slot.conn.poll():
                row = slot.conn.recv()
        except (EOFError, OSError):
            row = None
        if row is not None:
            slot.spec = None
            on_row(row)
            return
        elapsed = time.monotonic() - slot.started
        if not slot.process.is_alive():
            slot.process.join(timeout=1)
            code = slot.process.exitcode
            reason = _describe_exit(code)
            on_row(error_row(slot.spec, f"worker process died ({reason}) during this run",
                             slot.started_at, elapsed, f"pid{slot.process.pid}"))
            slot.spec = None
            self._replace(i)
        elif slot.spec.hard_timeout is not None and elapsed > slot.spec.hard_timeout:
            slot.process.kill()
            slot.process.join(timeout=5)
            on_row(error_row(slot.spec, f"killed after the hard timeout of {slot.spec.hard_timeout:.0f} s "
                             f"(time_limit {slot.spec.time_limit:g} s was not honoured)",
                             slot.started_at, elapsed, f"pid{slot.process.pid}"))
            slot.spec = None
            self._replace(i)

    def _replace(self, i: int) -> None:
        old = self.slots[i]
        try:
            old.conn.close()
        except OSError:
            pass
        if old.process.is_alive():
            old.process.kill()
        old.process.join(timeout=5)
        self.slots[i] = self._start()

    def shutdown(self) -> None:
        for slot in self.slots:
            try:
                slot.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 2.0
        for slot in self.slots:
            if slot.spec is not None:  # a run still in flight (interrupted sweep): stop it
                slot.process.kill()
            slot.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(timeout=5)
            try:
                slot.conn.close()
            except OSError:
                pass
        self.slots = []


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "exit code unknown"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}"
    return f"exit code {code}"


# --------------------------------------------------------------------------- dask
def _dask_execute(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The dask task: one run in the worker process (HiGHS threads=1); the worker id recorded."""
    for key, value in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(key, value)
    row = execute_run(spec)
    try:
        from distributed import get_worker

        row["worker"] = get_worker().address
    except Exception:  # pragma: no cover - outside a worker
        pass
    return row


def local_cluster_size(address: str) -> int | None:
    """Workers of a ``"local"`` / ``"local:N"`` address (None for a scheduler address).

    ``N`` must be an integer in 1..:data:`milp_relu.limits.MAX_WORKERS`; ``"local"`` alone means
    one worker per CPU. Anything else (``tcp://host:8786``, ``localhost:8786``) is a scheduler.
    """
    from .limits import MAX_WORKERS

    text = address.strip()
    if text == "local":
        return min(os.cpu_count() or 1, MAX_WORKERS)
    if not text.startswith("local:"):
        return None
    count = text.split(":", 1)[1].strip()
    if not count.isdigit() or not 1 <= int(count) <= MAX_WORKERS:
        raise InputError(f"--dask {address!r}: 'local:N' needs N workers, an integer in 1..{MAX_WORKERS}")
    return int(count)


def run_on_dask(specs: list[RunSpec], address: Any, on_row: Callable[[dict[str, Any]], None],
                should_stop: Callable[[], bool] = lambda: False) -> None:
    """Run ``specs`` on a dask.distributed cluster; rows come back to this process and its store.

    ``address`` is a scheduler address (``tcp://host:8786``), a ``distributed.Client``, or
    ``"local"`` / ``"local:N"`` for a LocalCluster of N single-threaded worker processes.
    A task whose worker dies is retried by the scheduler (``distributed.scheduler.allowed-failures``)
    and then recorded as ``error`` with the KilledWorker message.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover
        raise InputError("--dask needs dask.distributed (pip install 'dask[distributed]')") from None
    own_client = False
    cluster = None
    nworkers = local_cluster_size(address) if isinstance(address, str) else None
    if nworkers is not None:
        cluster = LocalCluster(n_workers=nworkers, threads_per_worker=1, processes=True,
                               dashboard_address=None, env=dict(SINGLE_THREAD_ENV))
        client = Client(cluster)
        own_client = True
    elif isinstance(address, str):
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise InputError(f"cannot connect to the dask scheduler at {address}: {exc}") from None
        own_client = True
    else:
        client = address
    try:
        by_key: dict[str, RunSpec] = {}
        futures = []
        for spec in specs:
            fut = client.submit(_dask_execute, spec.to_dict(), key=f"milp-relu-run-{spec.run_key}", pure=False)
            by_key[fut.key] = spec
            futures.append(fut)
        for fut in as_completed(futures):
            spec = by_key[fut.key]
            try:
                row = fut.result()
            except Exception as exc:  # KilledWorker, CancelledError, ...
                row = error_row(spec, f"dask task failed: {type(exc).__name__}: {exc}")
            on_row(row)
            if should_stop():
                for other in futures:
                    other.cancel()
                break
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- the sweep
@dataclass
class SweepSummary:
    total: int
    skipped: int
    ran: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in STATUSES})
    failures: list[str] = field(default_factory=list)
    interrupted: bool = False

    def line(self) -> str:
        c = self.counts
        text = (f"{self.total} runs: {self.skipped} already in the database, {self.ran} ran "
                f"({c['optimal']} optimal, {c['time_limit']} time limit, {c['infeasible']} infeasible, "
                f"{c['error']} error)")
        return text + (" -- interrupted" if self.interrupted else "")


class _Progress:
    """A rich progress bar: done/total, ETA, status counts and the latest failure."""

    def __init__(self, total: int, enabled: bool):
        self.enabled = enabled and total > 0
        self.bar = None
        if self.enabled:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.bar = Progress(TextColumn("sweep"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                TextColumn("{task.fields[counts]}"),
                                TextColumn("[red]{task.fields[failure]}"),
                                console=Console(stderr=True), transient=False)
            self.bar.start()
            self.task = self.bar.add_task("sweep", total=total, counts="", failure="")

    def update(self, summary: SweepSummary, row: Mapping[str, Any]) -> None:
        if not self.bar:
            return
        c = summary.counts
        counts = f"ok {c['optimal'] + c['infeasible']}  tl {c['time_limit']}  err {c['error']}"
        failure = ""
        if summary.failures:
            failure = "last failure: " + summary.failures[-1][:70]
        self.bar.update(self.task, advance=1, counts=counts, failure=failure)

    def close(self) -> None:
        if self.bar:
            self.bar.stop()


def plan(config: SweepConfig, store: ResultsStore, retry_errors: bool = False) -> tuple[list[RunSpec], int]:
    """The runs still to do and how many are skipped because their key is already stored."""
    done = store.finished_keys()
    if retry_errors:
        done -= store.finished_keys(["error"])
    todo = [r for r in config.runs if r.run_key not in done]
    return todo, len(config.runs) - len(todo)


def run_sweep(config: SweepConfig | str | Path, db: str | Path, workers: int = 1, dask: Any = None,
              progress: bool = True, retry_errors: bool = False, max_runs: int | None = None,
              registry: Mapping[str, Any] | None = None,
              echo: Callable[[str], None] | None = None) -> SweepSummary:
    """Run every run of ``config`` not yet in ``db``; commit each row as it ends.

    ``workers`` local worker processes (HiGHS threads=1 each), or the dask cluster at ``dask``.
    ``max_runs`` stops after that many new runs (for smoke tests). ``retry_errors`` re-runs rows
    whose status is error (the new row replaces the old).
    """
    if not isinstance(config, SweepConfig):
        config = load_config(config, registry=registry)
    with ResultsStore(db) as store:
        todo, skipped = plan(config, store, retry_errors)
        if max_runs is not None:
            todo = todo[:max_runs]
        summary = SweepSummary(total=len(config.runs), skipped=skipped)
        if echo:
            echo(f"sweep {config.name!r}: {len(config.runs)} runs, {skipped} already in {db}, "
                 f"{len(todo)} to run on " + (f"dask {dask}" if dask else f"{workers} worker process(es)"))
        bar = _Progress(len(todo), progress)

        def on_row(row: dict[str, Any]) -> None:
            row = dict(row)
            row.pop("total_s", None)
            store.write(row, replace=retry_errors)
            summary.ran += 1
            status = row.get("status", "error")
            summary.counts[status] = summary.counts.get(status, 0) + 1
            if status == "error":
                summary.failures.append(f"{row.get('family')} seed {row.get('seed')}: {row.get('error')}")
            bar.update(summary, row)

        try:
            if dask:
                run_on_dask(todo, dask, on_row)
            elif todo:
                LocalPool(workers).run(todo, on_row)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            bar.close()
    return summary
