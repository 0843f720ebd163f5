"""Split text into lines with their endings, and join kept lines back byte-exactly."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# Only \r\n, \r and \n end a line: str.splitlines() would also split on
# \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029, which scraped text carries inside lines.
_SPLIT = re.compile(r"(\r\n|\r|\n)")


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """Return (lines, endings); ``"".join(l + e ...)`` rebuilds ``text`` exactly.

    A text ending in a newline has no trailing empty line; the last line of a
    text without a final newline has the ending ``""``.
    """
    if not text:
        return [], []
    if "\r" not in text:
        lines = text.split("\n")
        endings = ["\n"] * len(lines)
    else:
        parts = _SPLIT.split(text)
        lines = parts[0::2]
        endings = parts[1::2]
        endings.append("")
    if lines[-1] == "":
        lines.pop()
        endings.pop()
    else:
        endings[-1] = ""
    return lines, endings


def is_blank(line: str) -> bool:
    return not line or line.isspace()


def keep_mask_with_blanks(lines: Sequence[str], keep_text: Sequence[bool]) -> list[bool]:
    """Decide blank lines around the text lines' decisions.

    A blank line stays when the text line before it (or the start) stays and
    either a kept text line follows or nothing after it was removed. So blank
    lines between kept paragraphs stay, and blanks left dangling by a removal
    at the start, in the middle or at the end go.
    """
    n = len(lines)
    blank = list(map(is_blank, lines))
    # For each line: whether a kept, and whether a removed, text line comes after it.
    kept_after = [False] * n
    removed_after = [False] * n
    kept = removed = False
    for i in range(n - 1, -1, -1):
        kept_after[i] = kept
        removed_after[i] = removed
        if not blank[i]:
            if keep_text[i]:
                kept = True
            else:
                removed = True
    keep = [False] * n
    prev_kept = True
    for i in range(n):
        if blank[i]:
            keep[i] = prev_kept and (kept_after[i] or not removed_after[i])
        else:
            keep[i] = prev_kept = bool(keep_text[i])
    return keep


def join_kept(lines: Sequence[str], endings: Sequence[str], keep: Sequence[bool],
              spans: Mapping[int, tuple[int, int]] | None = None) -> str:
    """The kept lines with their endings; ``spans`` keeps only ``line[start:end]`` of some lines."""
    if not spans:
        return "".join([line + end for line, end, k in zip(lines, endings, keep) if k])
    out = []
    for i, (line, end, k) in enumerate(zip(lines, endings, keep)):
        if k:
            span = spans.get(i)
            out.append((line[span[0] : span[1]] if span else line) + end)
    return "".join(out)
