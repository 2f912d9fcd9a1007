"""The registry and the measuring helpers shared by every benchmark family.

A family module registers one function per figure:

    @benchmark("startup", budget=1.5, unit="s")
    def startup(settings: Settings) -> Measurement:
        ...prepare (not measured)...
        return compare(lambda: time_command(value_cmd), lambda: time_command(baseline_cmd), settings)

The function does its own (unmeasured) preparation and returns the value and the baseline; the runner turns
that into a `Figure` and prints its line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent


class BenchError(Exception):
    """A benchmark could not produce its figure (a command failed, a setup step went wrong)."""


@dataclass(frozen=True)
class Settings:
    """What the runner hands to every benchmark."""

    runs: int
    workdir: Path  # a fresh temporary folder for the whole run; benchmarks make sub-folders in it
    verbose: bool = False


@dataclass(frozen=True)
class Measurement:
    value: float
    baseline: float
    value_samples: tuple[float, ...] = field(default=())
    baseline_samples: tuple[float, ...] = field(default=())


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    baseline: float
    budget: float
    unit: str
    value_samples: tuple[float, ...] = field(default=())
    baseline_samples: tuple[float, ...] = field(default=())

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline > 0 else float("inf")

    @property
    def ok(self) -> bool:
        return self.ratio <= self.budget

    def line(self) -> str:
        return (f"{self.name} value={format_quantity(self.value, self.unit)} "
                f"baseline={format_quantity(self.baseline, self.unit)} ratio={self.ratio:.2f} "
                f"budget={self.budget:g} {'ok' if self.ok else 'OVER'}")


BenchFunction = Callable[[Settings], Measurement]


@dataclass(frozen=True)
class Benchmark:
    name: str
    budget: float
    unit: str
    function: BenchFunction
    family: str

    def run(self, settings: Settings) -> Figure:
        measured = self.function(settings)
        return Figure(self.name, measured.value, measured.baseline, self.budget, self.unit,
                      measured.value_samples, measured.baseline_samples)


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, *, budget: float, unit: str = "s") -> Callable[[BenchFunction], BenchFunction]:
    """Register `function` as the figure `name`; the ratio value/baseline must stay ≤ `budget`."""

    def register(function: BenchFunction) -> BenchFunction:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is registered twice")
        family = function.__module__.rpartition(".")[2]
        REGISTRY[name] = Benchmark(name, budget, unit, function, family)
        return function

    return register


def format_quantity(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f}s"
    if unit == "ms":
        return f"{value:.1f}ms"
    if unit == "MB":
        return f"{value:.1f}MB"
    return f"{value:.4g}{unit}"


def compare(value: Callable[[], float], baseline: Callable[[], float], settings: Settings,
            warmup: int = 1) -> Measurement:
    """Medians of `settings.runs` runs of each, after `warmup` unrecorded runs of each.

    The two alternate, and which one goes first swaps every round (B V, V B, B V, …), so that drift of the
    machine (caches, frequency, a neighbour's load) weighs on both equally.
    """
    for _ in range(warmup):
        baseline()
        value()
    value_samples: list[float] = []
    baseline_samples: list[float] = []
    for round_index in range(settings.runs):
        if round_index % 2 == 0:
            baseline_samples.append(baseline())
            value_samples.append(value())
        else:
            value_samples.append(value())
            baseline_samples.append(baseline())
    return Measurement(statistics.median(value_samples), statistics.median(baseline_samples),
                       tuple(value_samples), tuple(baseline_samples))


def bench_env(**overrides: str) -> dict[str, str]:
    """The environment for measured subprocesses: headless Qt, and no database URL from the outside."""
    env = dict(os.environ)
    env.pop("LIVEHELPER_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(overrides)
    return env


def run_command(args: Sequence[str], env: Mapping[str, str] | None = None,
                timeout: float = 300.0) -> subprocess.CompletedProcess[str]:
    """Run a command to completion; a non-zero exit is a BenchError with the end of its output."""
    try:
        completed = subprocess.run(list(args), env=dict(env) if env is not None else None, cwd=PROJECT_DIR,
                                   capture_output=True, text=True, timeout=timeout, check=False,
                                   stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as expired:
        raise BenchError(f"{' '.join(args)} took longer than {timeout:g}s") from expired
    if completed.returncode != 0:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        raise BenchError(f"{' '.join(args)} exited with {completed.returncode}: " + " | ".join(tail))
    return completed


def time_command(args: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 300.0) -> float:
    """Wall time in seconds of one run of a command, from spawning it to its exit."""
    start = time.perf_counter()
    run_command(args, env, timeout)
    return time.perf_counter() - start


def time_until_line(args: Sequence[str], marker: str, env: Mapping[str, str] | None = None,
                    timeout: float = 300.0) -> float:
    """Seconds from spawning a command until it prints a line containing `marker` (its exit is not timed).

    Start-up budgets are about reaching a usable window, not about how long the interpreter takes to exit.
    """
    start = time.perf_counter()
    process = subprocess.Popen(list(args), env=dict(env) if env is not None else None, cwd=PROJECT_DIR,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if marker in line:
                elapsed = time.perf_counter() - start
                break
        else:
            raise BenchError(f"{' '.join(args)} never printed {marker!r}: {process.stderr.read()[-400:]!r}")
        if process.wait(timeout) != 0:
            raise BenchError(f"{' '.join(args)} exited with {process.returncode}")
    finally:
        if process.poll() is None:
            process.kill()
    return elapsed
