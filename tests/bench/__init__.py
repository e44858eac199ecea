"""Tests of the benches, which are scripts under bench/, not a package: each is loaded by path."""
import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def bench_module(name: str):
    """bench/`name`.py loaded as the module `bench_name`."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))   # the benches import their siblings by name
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    # dataclasses look the module up by name while it is being executed.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
