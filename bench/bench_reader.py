"""Benchmark: amounts read per second, and the cold start of `python main.py convert`.

Run: python bench/bench_reader.py [--n 100000] [--repeat 5]
Prints medians of wall and CPU time; compare ratios from one run, since the machines are noisy.
To compare with an older reader, run this same file against that code (e.g. a `git archive` of
the older commit with this file copied into its bench/).
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.text.reader import AmountError, read_amount  # noqa: E402

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


# Forms as Korean and English news print them (written for this benchmark, not copied from articles).
NEWS_FORMS = [
    "100억 달러(약 12조 3000억 원)", "6천 5백만 달러", "3억 2천 5백만 원", "5 억 달러", "30여억 원",
    "5억2000여 만원", "4조 원대", "6600억원대", "1조원대 초반", "8000만~9000만원", "2만원 - 3만원",
    "약 53조 원 이상", "370억 달러(약 53조 원) 이상", "-5억 달러", "△120억 원", "마이너스 3조 원",
    "12 달러 50 센트", "$1bn–$2bn", "1~2억 달러", "not less than $2 billion", "no more than $5m",
    "50€", "10$", "20 Euro", "30 EUROS", "5 usd", "USD5", "five million yen", "a billion dollars",
    "two and a half billion dollars", "half a million dollars", "tens of billions of dollars",
    "20억弗", "원화 약 1조 원", "1조 4천억 원", "$6.6 billion", "US$157bn", "연간 50억 달러",
    "수천억 원대", "억대 연봉", "27%", "3분의 1", "절반", "1,570억 달러", "5000억 원 이상",
    "총 130억 달러 이상", "about $13 billion", "more than 10 trillion won", "2,000 KWD", "3억 루블",
]


def news_mix(n: int, seed: int = 11) -> list[str]:
    """A realistic mix of news forms, with numbers varied so no cache can help."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        form = rng.choice(NEWS_FORMS)
        out.append(re.sub(r"[1-9]", lambda m: str(rng.randint(1, 9)), form, count=1))
    return out


def _rate(exprs: list[str], repeat: int) -> tuple[float, list[float], float]:
    """Median wall time, the runs, and median CPU time of this process (less disturbed when
    other processes share the machine)."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        for e in exprs:
            try:
                read_amount(e)
            except AmountError:
                pass
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times), times, statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    import results
    with results.capture("bench_reader", args.record):
        _measure(args)


def _measure(args) -> None:
    read_amount("1억 달러")   # warm the compiled patterns once
    for name, exprs in (("generated mix", expressions(args.n)), ("news forms", news_mix(args.n))):
        med, times, cpu = _rate(exprs, args.repeat)
        print(f"reader, {name}: {args.n} expressions, median {med:.3f} s -> "
              f"{args.n / med:,.0f} amounts/s; CPU median {cpu:.3f} s -> {args.n / cpu:,.0f} "
              f"amounts/s (runs: {', '.join(f'{t:.3f}' for t in times)})")
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
