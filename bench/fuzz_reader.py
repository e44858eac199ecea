"""Fuzz benchmark: random and adversarial text through the reader and through `convert -`.

Run: python bench/fuzz_reader.py [--n 100000] [--seed 8]
Prints the crashes (any exception other than AmountError, or a traceback from the command), the
invariant violations (low <= value <= high, finite, money below zero only with a stated sign),
the slowest input, and the reading time per character by input length (flat when reading is
linear). Both counts must be 0.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.text.reader import AmountError, find_amounts, read_amount, read_whole  # noqa: E402

# Letters that equal ASCII ones only under Unicode case folding, and other traps.
FOLDING = ["ſ", "\u212a", "\u212b", "ﬀ", "ﬁ", "İ", "ı", "ß", "ẞ", "ς", "Σ", "ǅ", "µ", "ﬆ"]
PIECES = ["1", "2", "5", "12", "0", "3.5", "1,570", "6,600", "억", "만", "조", "천", "백", "십", "경",
          "원", "달러", "엔", "위안", "유로", "弗", "円", "兆", "億", "萬", " ", " ", "~", "-", "–",
          "(", ")", "약 ", "이상", "미만", "여", "대", "초반", "수", "수십", "분의", "절반", "%",
          "$", "€", "£", "¥", "₩", "△", "▲", "마이너스", "USD", "KRW", "KWD", "usd", "rmb",
          "billion", "million", "bn", "B", "m", "about ", "not ", "no ", "less than ",
          "more than ", "several ", "a few ", "tens of ", "billions of ", "half a ", "a ",
          "five ", "twenty-two ", "and a half ", "dollars", "cents", "센트", "from ", " to ",
          "between ", " and ", "연간 ", "a year", "일", "이", "삼", "오", "구", "점", "일부", "조달",
          "26일 ", "지난 ", "3분기", "넘지 않는", "적지 않은", "원화 약 ", "dollar", "euros"]
HEDGES = ["약 ", "about ", "not less than ", "최대 ", "최소 ", "nearly ", "거의 ", "up to "]


def _random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            out.append(chr(rng.randint(32, 0x2FFF)))
        elif r < 0.7:
            out.append(chr(rng.randint(0xAC00, 0xD7A3)))
        elif r < 0.8:
            out.append(rng.choice(FOLDING))
        else:
            out.append(chr(rng.randint(0x3000, 0x10FFFF)) if rng.random() < 0.3 else
                       rng.choice("0123456789"))
    return "".join(c for c in out if not 0xD800 <= ord(c) <= 0xDFFF)


def inputs(n: int, seed: int) -> list[str]:
    """n strings: random Unicode, folding letters, Korean numerals, long runs, many hedges."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        kind = rng.random()
        if kind < 0.30:
            out.append(_random_unicode(rng, rng.randint(0, 40)))
        elif kind < 0.75:
            out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))))
        elif kind < 0.85:
            word = rng.choice(FOLDING)
            out.append(rng.choice([f"{word}everal billion", f"5 {word}", f"{word}RW 5",
                                   f"{word} 3억 원", f"10 {word}{word}"]))
        elif kind < 0.93:
            out.append("".join(rng.choice(HEDGES) for _ in range(rng.randint(1, 30)))
                       + f"{rng.randint(1, 999)}억 원")
        elif kind < 0.997:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(290, 700)))
            out.append(rng.choice(["", "$", "약 "]) + digits + rng.choice(["", " 원", "억 달러"]))
        else:
            size = rng.choice([1000, 3000, 10_000])
            out.append("".join(rng.choice(PIECES) for _ in range(size // 3))[:size])
    return out


def violations(a) -> list[str]:
    """What is wrong with an amount, if anything."""
    bad = []
    if not math.isfinite(a.value):
        bad.append("value not finite")
    if not (a.low <= a.value <= a.high):
        bad.append(f"not low <= value <= high ({a.low}, {a.value}, {a.high})")
    if a.value < 0 and a.sign is None:
        bad.append("negative without a stated sign")
    if not (0 <= a.start <= a.end <= len(a.text)):
        bad.append("span outside the text")
    return bad


def fuzz_reader(texts: list[str]):
    crashes, broken, timings = [], [], []
    for text in texts:
        t = time.perf_counter()
        for reader in (read_amount, read_whole):
            try:
                a = reader(text)
            except AmountError:
                continue
            except Exception as exc:     # any other exception is a crash
                crashes.append((text, f"{reader.__name__}: {type(exc).__name__}: {exc}"))
                continue
            broken += [(text, f"{reader.__name__}: {v}") for v in violations(a)]
        try:
            for a in find_amounts(text):
                broken += [(text, f"find_amounts: {v}") for v in violations(a)]
        except Exception as exc:
            crashes.append((text, f"find_amounts: {type(exc).__name__}: {exc}"))
        timings.append((time.perf_counter() - t, text))
    return crashes, broken, timings


def fuzz_convert(texts: list[str], chunk: int = 25_000):
    """Every text through `python main.py convert - --json`, in chunks: no traceback, a row each."""
    crashes, broken = [], []
    lines = [t.replace("\r", " ").replace("\n", " ") for t in texts]
    lines = [t for t in lines if t.strip()]
    for k in range(0, len(lines), chunk):
        part = lines[k:k + chunk]
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "convert", "-", "--json"],
                              input="\n".join(part) + "\n", capture_output=True, text=True,
                              encoding="utf-8", errors="surrogateescape")
        if proc.returncode not in (0, 2) or "Traceback" in proc.stderr:
            crashes.append((f"chunk {k // chunk}", f"exit {proc.returncode}: "
                            f"{proc.stderr.strip().splitlines()[-1:]}"))
            continue
        rows = [json.loads(line) for line in proc.stdout.split("\n") if line]
        if len(rows) != len(part):
            crashes.append((f"chunk {k // chunk}", f"{len(rows)} rows for {len(part)} texts"))
        for row in rows:
            if "error" in row:
                continue
            low = -math.inf if row["low"] is None else row["low"]
            high = math.inf if row["high"] is None else row["high"]
            if not (low <= row["value"] <= high):
                broken.append((row["text"], f"convert: not low <= value <= high {row}"))
    return crashes, broken, len(lines)


def scaling(repeat: int = 3) -> list[tuple[int, float]]:
    """Seconds per character of one adversarial pattern repeated to growing lengths."""
    unit = "약 12조 3000억 원 이상, 5 억 달러(약 6천 5백만 원) 26일 ſeveral 1~2억 달러 "
    out = []
    for size in (1_000, 4_000, 16_000, 64_000):
        text = (unit * (size // len(unit) + 1))[:size]
        best = math.inf
        for _ in range(repeat):
            t = time.perf_counter()
            find_amounts(text)
            try:
                read_whole(text)
            except AmountError:
                pass
            best = min(best, time.perf_counter() - t)
        out.append((size, best / size))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    texts = inputs(args.n, args.seed)
    t0 = time.perf_counter()
    crashes, broken, timings = fuzz_reader(texts)
    t_reader = time.perf_counter() - t0
    t0 = time.perf_counter()
    c_crashes, c_broken, n_lines = fuzz_convert(texts)
    t_convert = time.perf_counter() - t0
    print(f"reader: {len(texts):,} inputs ({sum(map(len, texts)):,} characters) through "
          f"read_amount, read_whole and find_amounts in {t_reader:.1f} s")
    print(f"convert -: {n_lines:,} non-blank lines through `python main.py convert - --json` in "
          f"{t_convert:.1f} s")
    print(f"crashes: {len(crashes) + len(c_crashes)}")
    for text, what in (crashes + c_crashes)[:10]:
        print(f"  {what}  <- {text[:80]!r}")
    print(f"invariant violations: {len(broken) + len(c_broken)}")
    for text, what in (broken + c_broken)[:10]:
        print(f"  {what}  <- {text[:80]!r}")
    slow, text = max(timings)
    print(f"slowest input: {slow * 1e3:.2f} ms for {len(text):,} characters: {text[:60]!r}...")
    buckets: dict[str, list[float]] = {}
    for secs, text in timings:
        n = len(text)
        key = ("1-99" if n < 100 else "100-999" if n < 1000 else "1000-9999" if n < 10_000
               else "10000+")
        if n:
            buckets.setdefault(key, []).append(secs / n)
    print("time per character by input length (median):")
    for key in ("1-99", "100-999", "1000-9999", "10000+"):
        if key in buckets:
            print(f"  {key:>10} chars: {statistics.median(buckets[key]) * 1e6:7.2f} µs/char "
                  f"({len(buckets[key]):,} inputs)")
    print("one adversarial pattern repeated (find_amounts + read_whole), best of 3:")
    for size, per_char in scaling():
        print(f"  {size:>7,} chars: {per_char * 1e6:6.2f} µs/char")


if __name__ == "__main__":
    main()
