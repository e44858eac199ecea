"""Benchmark: how fast `extract` reads a large generated Korean/English text.

Run: python bench/bench_extract.py [--mb 5] [--repeat 3]
The text is made from templates written for this benchmark (money in every form, dates, counts,
plain prose, page furniture at the end); prints characters and megabytes (UTF-8) per second.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.text.extract import extract  # noqa: E402

TEMPLATES = [
    "{co}는 {yr}년 {a}억 달러를 투자했고 이번에 추가로 {b}억 달러를 투입한다.",
    "투자 규모는 {a}억 달러(약 {w}조 {r}000억 원)에 달한다고 관계자가 말했다.",
    "이 회사는 연간 {a}억 달러의 현금을 소진하며 직원은 {c}명이 넘는다.",
    "{co} raised ${f} billion at a US${a}bn valuation, about {c} people said on {m} {d}.",
    "시장에서는 수십억 달러 규모의 거래가 될 것으로 본다며 {m2}월 초 발표를 예상했다.",
    "서비스는 출시 {c}일 만에 가입자 {b}만 명을 모았고 지난해 매출은 {w}조 원이었다.",
    "The deal, worth more than ${a} million, closes in {yr}; analysts expect up to ${f}B.",
    "오늘 날씨는 맑고 기온은 영상으로 올라 시민들이 공원을 찾았다는 소식이 전해졌다.",
]
COMPANIES = ["마이크로소프트", "오픈AI", "Acme", "한빛전자", "Globex"]
PROSE = [
    "오늘 날씨는 맑고 기온은 영상으로 올라 시민들이 공원을 찾았다는 소식이 전해졌다.",
    "전문가들은 인공지능 경쟁이 인프라와 에너지 확보 경쟁으로 옮겨 가고 있다고 분석했다.",
    "회사 측은 구체적인 조건에 대해서는 밝히지 않았으며 협상은 계속될 것이라고 덧붙였다.",
    "The two companies have worked together for years, and both declined to comment further.",
    "업계 관계자는 이번 발표가 클라우드 시장의 판도를 바꿀 수 있다고 평가하기도 했다.",
    "Critics say the partnership concentrates too much power in the hands of a few firms.",
    "이 회사의 최고경영자는 블로그를 통해 새로운 협력 방안을 공식적으로 발표했다.",
    "사용자들은 새 기능이 편리하지만 응답의 정확도는 아직 개선이 필요하다고 지적했다.",
]


def generate(megabytes: float, seed: int = 5, prose: float = 0.0) -> str:
    """`prose` is the share of sentences that state no figure."""
    rng = random.Random(seed)
    parts = []
    size = 0
    while size < megabytes * 1_000_000:
        if rng.random() < prose:
            t = rng.choice(PROSE)
            parts.append(t)
            size += len(t.encode("utf-8")) + 1
            continue
        t = rng.choice(TEMPLATES).format(
            co=rng.choice(COMPANIES), yr=rng.randint(2000, 2030), a=rng.randint(1, 999),
            b=rng.randint(1, 99), w=rng.randint(1, 30), r=rng.randint(1, 9),
            c=rng.randint(2, 500), f=round(rng.uniform(0.1, 99), 1), m=rng.choice(
                ["March", "October"]), d=rng.randint(1, 28), m2=rng.randint(1, 12))
        parts.append(t)
        size += len(t.encode("utf-8")) + 1
        if rng.random() < 0.1:
            parts.append("\n")
    parts.append("\nCopyright © 예시신문. 무단전재 금지.\n- 1억 넘는 차 7만대 팔렸다\n")
    return " ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # 90% prose is about the density of the five articles (one amount per ~600 bytes);
    # 0% prose is every sentence stating two or three figures, the worst case.
    for label, prose in (("article-like (90% prose)", 0.9), ("dense (every sentence)", 0.0)):
        text = generate(args.mb, prose=prose)
        nbytes = len(text.encode("utf-8"))
        times, n = [], 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            n = len(extract(text))
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        print(f"extract, {label}: {nbytes / 1e6:.2f} MB ({len(text):,} characters), {n:,} "
              f"candidates; median {med:.2f} s -> {nbytes / 1e6 / med:.2f} MB/s, "
              f"{len(text) / med:,.0f} characters/s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
