"""Spam glued onto content lines: how often the line comes out exactly as its content part.

    python benchmarks/bench_glued.py [--cases 600] [--seed 11]

Cases come from the synthetic generator's glued cases (spam appended or
prepended with no separator, a space, a pipe, a dash, a comma), a seed the
model never trained on. Seed 11 is the reported, held-out one: tune the glue
rules on another (``--seed 5 --cases 2000``). Also reports clean and hard-negative articles of the
held-out test split that come out changed (any trimming or removal there is
a false positive).
"""

from __future__ import annotations

import argparse
from collections import Counter

from cleanarticle import Cleaner, datasets
from cleanarticle.synthetic import generate_glued


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    cleaner = Cleaner()
    exact, total = Counter(), Counter()
    dropped = untouched = 0
    for case in generate_glued(args.cases, args.seed):
        out = cleaner.clean(case.line + "\n").rstrip("\n")
        key = (case.side, case.style)
        total[key] += 1
        exact[key] += out == case.content
        dropped += out == ""
        untouched += out == case.line
    print(f"glued cases: {args.cases}; exactly the content part: {sum(exact.values()) / args.cases:.3f}; "
          f"whole line dropped: {dropped}; left untouched: {untouched}")
    for side in sorted({key[0] for key in total}):
        cases = sum(v for key, v in total.items() if key[0] == side)
        print(f"{side}: {sum(v for key, v in exact.items() if key[0] == side) / cases:.3f} of {cases}")
    print("| side | style | exact | cases |\n|---|---|---|---|")
    for key in sorted(total):
        print(f"| {key[0]} | {key[1]} | {exact[key] / total[key]:.2f} | {total[key]} |")
    docs = [d for d in datasets.test_split() if d.kind in ("clean", "hard")]
    changed = sum(cleaner.clean(d.text) != d.text for d in docs)
    print(f"clean and hard-negative test articles changed: {changed} of {len(docs)}")


if __name__ == "__main__":
    main()
