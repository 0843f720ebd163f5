"""The benchmark chart (png) from one run's results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from common import DATASETS, atomic_write, ret_rem

COLORS = {"cleanarticle": "#d62728", "c4 (datatrove)": "#1f77b4", "jusText": "#2ca02c", "trafilatura": "#9467bd",
          "uncleaned": "#7f7f7f"}
MARKERS = {"cleanarticle": "*", "c4 (datatrove)": "s", "jusText": "D", "trafilatura": "^", "uncleaned": "o"}


def write_chart(res: dict[str, Any], path: Path) -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    acc, tools, main = res["accuracy"], res["tools"], res["main"]
    keys = [k for k, *_ in DATASETS if k in acc[main]]
    fig, axes = plt.subplots(2, 3, figsize=(16, 10))
    flat = list(axes.flat)
    for ax, key in zip(flat, keys):
        title, ret_label, rem_label = next(d[1:] for d in DATASETS if d[0] == key)
        curve = {"aeb": res["aeb_curve"], "synthetic": res["curve"]}.get(key)
        if curve is not None:
            ax.plot(curve["recall"], curve["retention"], color=COLORS[main], alpha=0.45, lw=1.2,
                    label="cleanarticle at other thresholds")
        for t in tools:
            ret, rem = ret_rem(acc[t], key)
            ax.scatter(rem, ret, s=220 if t == main else 60, color=COLORS.get(t, "k"), zorder=3,
                       marker=MARKERS.get(t, "o"), label=t, edgecolors="white", linewidths=0.5)
        ax.set(title=title, xlabel=rem_label + " →", ylabel=ret_label + " →", xlim=(-0.03, 1.03),
               ylim=(min([0.5] + [ret_rem(acc[t], key)[0] - 0.05 for t in tools]), 1.02))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower left")
    for ax in flat[len(keys):4]:
        ax.axis("off")
        ax.text(0.5, 0.5, "benchmark data absent", ha="center", va="center")
    ax = flat[4]
    sp = res["speed"]["tools"]
    names = list(sp)
    vals = [sp[n]["mb_s"] for n in names]
    ax.barh(names, vals, color=[COLORS.get(n, "k") for n in names])
    for i, val in enumerate(vals):
        ax.text(val, i, f" {val:.2f}", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set(title=f"Throughput, one core ({res['speed']['input']})", xlabel="MB/s (median)",
           xlim=(0, max(vals) * 1.25))
    ax.grid(axis="x", alpha=0.3)
    ax = flat[5]
    c = res["curve"]
    ax.plot(c["recall"], c["precision"], color=COLORS[main], label="cleanarticle (threshold sweep)")
    at = c["at_shipped"]
    ax.scatter([at["recall"]], [at["precision"]], marker="*", s=220, color=COLORS[main], zorder=4,
               label=f"shipped threshold {at['threshold']:.2f}")
    for t in tools:
        if t in (main, "uncleaned"):
            continue
        o = acc[t]["synthetic"]["overall"]
        ax.scatter([o["junk_removal"]], [o["junk_precision"]], color=COLORS.get(t, "k"), zorder=3, label=t,
                   marker=MARKERS.get(t, "o"))
    ax.set(title="Junk-line detection, synthetic held-out split", xlabel="recall (junk lines removed)",
           ylabel="precision", xlim=(0, 1.02), ylim=(0, 1.02))
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(alpha=0.3)
    env = res["env"]
    fig.suptitle(f"cleanarticle {env['versions']['cleanarticle']} vs peers — {env['date']}, {env['cores']} cores, "
                 f"Python {env['python']}" + ("" if env["data"] else " — real benchmark data absent"), fontsize=12)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    atomic_write(path, buf.getvalue())
