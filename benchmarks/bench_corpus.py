"""Corpus-aware cleaning on a generated multi-site corpus, and its memory at 10x size.

    python benchmarks/bench_corpus.py [--docs 300] [--sites 5] [--memory-scale 10]

Each "site" appends its own footer and newsletter lines (written here, unseen
in training) to articles from the synthetic generator. Reports the share of
those site lines removed with and without corpus-aware mode, content lines
lost, and the peak RSS of a corpus-aware run over the corpus repeated
--memory-scale times (streamed, in a child process). When the benchmark data
is present, also runs corpus-aware mode over the aeb and traf-eval pages.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time

from cleanarticle import Cleaner
from cleanarticle.lines import split_lines
from cleanarticle.synthetic import generate

SITE_NAMES = ("Harbour Courier", "Valley Ledger", "Northgate Times", "Riverside Bulletin", "Cedar Post",
              "Lakeshore Review", "Summit Gazette", "Old Town Chronicle")
SITE_LINES = (
    "The {s} is an independent newsroom supported by its readers and local businesses since {y}.",
    "Get the {s} morning briefing in your inbox every weekday, free of charge.",
    "Tips, corrections and letters: write to the {s} desk, {n} Market Street.",
    "All stories on this site are © {y}-2024 {s} Publishing and may not be reproduced without permission.",
    "Support local reporting: become a {s} member for less than a coffee a week.",
)


def site_corpus(n_docs: int, n_sites: int, seed: int) -> tuple[list[str], set[str], list[list[str]]]:
    """(texts, the site lines, each text's content lines)."""
    rng = random.Random(seed)
    sites = []
    for name in SITE_NAMES[:n_sites]:
        lines = [t.format(s=name, y=rng.randint(1950, 2010), n=rng.randint(2, 99)) for t in SITE_LINES]
        sites.append(rng.sample(lines, rng.randint(3, 5)))
    texts, content = [], []
    for k, doc in enumerate(generate(n_docs, seed)):
        article = [line for line, label in zip(doc.lines, doc.labels) if label == 0]
        body = doc.newline.join(article).rstrip()
        block = sites[k % n_sites]
        texts.append(body + doc.newline * 2 + doc.newline.join(block) + doc.newline)
        content.append([line for line in article if line.strip()])
    return texts, {line for block in sites for line in block}, content


def measure(cleaner: Cleaner, texts: list[str], site: set[str], content: list[list[str]], aware: bool
            ) -> tuple[float, int, int]:
    outs = list(cleaner.clean_many(texts, corpus_aware=aware))
    site_total = site_removed = lost = 0
    for text, out, kept_content in zip(texts, outs, content):
        out_lines = set(split_lines(out)[0])
        for line in split_lines(text)[0]:
            if line in site:
                site_total += 1
                site_removed += line not in out_lines
        lost += sum(line not in out_lines for line in kept_content)
    return site_removed / max(site_total, 1), lost, sum(map(len, content))


def _memory_child(n_docs: int, n_sites: int, scale: int) -> None:
    texts, _, _ = site_corpus(n_docs, n_sites, seed=7)
    cleaner = Cleaner()

    def stream():  # re-iterable, generated on the fly: the corpus is never held in memory
        for _ in range(scale):
            yield from texts

    class Corpus:
        def __iter__(self):
            return stream()

    for _ in cleaner.clean_many(Corpus(), corpus_aware=True):
        pass
    # The child's own high-water mark: RUSAGE_CHILDREN in the parent would also count the
    # parent's pages that the forked child shared before exec.
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)


def real_pages(cleaner: Cleaner) -> None:
    """Corpus-aware mode on the real benchmark pages, when present: what repetition removes there."""
    from cleanarticle import Reason, realdata
    from cleanarticle.evaluate import gold_benchmark, segment_benchmark

    if realdata.data_root() is None:
        print("real pages: benchmark data not found, skipped")
        return
    for name, bench in (("aeb", gold_benchmark), ("traf-eval", segment_benchmark)):
        pages = realdata.pages(name)
        texts = [p.text for p in pages]
        for aware in (False, True):
            fresh = Cleaner()
            outs = dict(zip(texts, fresh.clean_many(texts, corpus_aware=aware)))
            r = bench(outs.__getitem__, pages)
            summary = {k: round(v, 4) for k, v in r.items() if isinstance(v, float)}
            print(f"{name} corpus_aware={aware}: lines removed as repeated {fresh.removed[Reason.REPEATED]}; {summary}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--sites", type=int, default=5)
    parser.add_argument("--memory-scale", type=int, default=10)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _memory_child(args.docs, args.sites, args.memory_scale)
        return
    texts, site, content = site_corpus(args.docs, args.sites, seed=7)
    cleaner = Cleaner()
    print(f"corpus: {len(texts)} articles, {args.sites} sites, {len(site)} distinct site lines")
    for aware in (False, True):
        removed, lost, total = measure(cleaner, texts, site, content, aware)
        print(f"corpus_aware={aware}: site lines removed {removed:.3f}, content lines lost {lost} of {total}")
    for scale in (1, args.memory_scale):
        start = time.perf_counter()
        cmd = [sys.executable, __file__, "--child", "--docs", str(args.docs), "--sites", str(args.sites),
               "--memory-scale", str(scale)]
        child = subprocess.run(cmd, check=True, capture_output=True, text=True)
        print(f"corpus x{scale}: peak RSS of the corpus-aware run {child.stdout.strip()} MB, "
              f"{time.perf_counter() - start:.1f} s")
    real_pages(cleaner)


if __name__ == "__main__":
    main()
