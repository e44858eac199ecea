"""Benchmark: amounts read per second, and the cold start of `python main.py convert`.

Run: python bench/bench_reader.py [--n 100000] [--repeat 5]
Prints medians; compare ratios from one run, since the machines are noisy.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.reader import read_amount  # noqa: E402

HANGUL = "영일이삼사오육칠팔구"


def _korean(n: int, rng: random.Random) -> str:
    parts = []
    for place, word in ((12, "조"), (8, "억"), (4, "만"), (0, "")):
        g = (n // 10 ** place) % 10000
        if g:
            parts.append((f"{g:,}" if rng.random() < 0.3 else str(g)) + word)
    return " ".join(parts)


def _hangul(n: int) -> str:
    out = []
    for place, word in ((12, "조"), (8, "억"), (4, "만")):
        g = (n // 10 ** place) % 10000
        if g:
            s = ""
            for p, w in ((3, "천"), (2, "백"), (1, "십"), (0, "")):
                d = (g // 10 ** p) % 10
                if d:
                    s += (HANGUL[d] if d > 1 or p == 0 else "") + w
            out.append(s + word)
    return " ".join(out)


def expressions(n: int, seed: int = 7) -> list[str]:
    """A mix of every form the reader knows: Korean, Hangul, Hanja, English, hedges, ranges."""
    rng = random.Random(seed)
    forms = [
        lambda v: f"{_korean(v, rng)} {rng.choice(['원', '달러', '엔', '위안'])}",
        lambda v: f"약 {_korean(v, rng)} 원",
        lambda v: f"총 {_korean(v, rng)} 달러 이상",
        lambda v: f"{_hangul(v)}원",
        lambda v: f"{v // 10**12 or 1}兆",
        lambda v: f"${v / 1e9:.1f} billion",
        lambda v: f"US${v / 1e9:.0f}bn",
        lambda v: f"USD {v / 1e9:.1f}bn",
        lambda v: f"about ₩{v / 1e12:.1f} trillion",
        lambda v: f"more than {v / 1e6:.0f} million dollars",
        lambda v: f"{v // 10**8 or 1}~{(v // 10**8 or 1) + 5}억 달러",
        lambda v: f"연간 {_korean(v, rng)} 달러",
        lambda v: "수십억 달러",
        lambda v: f"{rng.choice(['두 달', '세 번', '5일', '100만 명', '27%'])}",
    ]
    out = []
    for _ in range(n):
        v = rng.randint(1, 9999) * 10 ** rng.randint(4, 10)
        out.append(rng.choice(forms)(v))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    exprs = expressions(args.n)
    read_amount(exprs[0])   # warm the compiled patterns once
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for e in exprs:
            read_amount(e)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"reader: {args.n} expressions, median {med:.3f} s -> {args.n / med:,.0f} amounts/s "
          f"(runs: {', '.join(f'{t:.3f}' for t in times)})")
    cold = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "convert", "약 12조 3000억 원",
                        "--json"], check=True, capture_output=True)
        cold.append(time.perf_counter() - t)
    print(f"cold start: python main.py convert (one text, --json): median "
          f"{statistics.median(cold):.3f} s (runs: {', '.join(f'{t:.3f}' for t in cold)})")


if __name__ == "__main__":
    main()
