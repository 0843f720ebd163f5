"""The peer line cleaners cleanarticle is compared with, each as ``clean_fn(text) -> str``.

Every peer sees the same plain text and returns a subsequence of its lines,
byte-identical with their original endings, so the same metrics apply to all:

- ``c4``: C4's line rules as datatrove implements them (``C4QualityFilter``)
  with the document-level drops (sentence count, lorem ipsum, curly bracket)
  turned off, so it only removes lines;
- ``justext``: jusText's paragraph classifier, one ``<p>`` per line, with the
  stoplists of all its languages;
- ``trafilatura``: trafilatura's extractor (library defaults) on the lines
  wrapped as ``<p>`` paragraphs;
- ``identity``: the uncleaned input, what users get today.

C4 strips each line and rejoins the kept ones with ``"\\n"``; trafilatura
normalises whitespace. Their outputs are mapped back onto the input lines
(in order), and blank lines are then kept or dropped with cleanarticle's own
rule (``keep_mask_with_blanks``) so no tool gains or loses from blank-line
handling. The peers' optional dependencies come from the ``bench`` extra:
``pip install ".[bench]"``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleanarticle.lines import is_blank, join_kept, keep_mask_with_blanks, split_lines

CleanFn = Callable[[str], str]
INSTALL_HINT = 'pip install ".[bench]"'
# Characters lxml refuses in an HTML string (C0 controls other than tab/newline/CR, and
# surrogates); replaced by a space in the HTML handed to the peer, never in the output.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def identity(text: str) -> str:
    """The uncleaned input."""
    return text


def _squash(line: str) -> str:
    return " ".join(line.split())


def _rebuild(text: str, keep_text: Callable[[list[str]], list[bool]]) -> str:
    """Split ``text``, ask ``keep_text`` which lines stay, join them back byte-exactly."""
    lines, endings = split_lines(text)
    keep = keep_mask_with_blanks(lines, keep_text(lines))
    return join_kept(lines, endings, keep)


def _match_in_order(candidates: Sequence[str], kept: Sequence[str], parts: bool = False) -> list[bool]:
    """Mark the candidates that the output lines ``kept`` match, greedily and in order: the same
    line, or with ``parts`` else a part of one (a line with glued spam cut off is still kept)."""
    keep = [False] * len(candidates)
    j = 0
    for out_line in kept:
        if not out_line:
            continue
        k = next((k for k in range(j, len(candidates)) if candidates[k] == out_line), None)
        if k is None and parts:
            k = next((k for k in range(j, len(candidates)) if out_line in candidates[k]), None)
        if k is not None:
            keep[k] = True
            j = k + 1
    return keep


def _html_paragraphs(lines: Sequence[str]) -> str:
    body = "".join(f"<p>{html.escape(_NOT_XML.sub(' ', line))}</p>" for line in lines if not is_blank(line))
    return f"<html><body>{body}</body></html>"


def make_c4() -> CleanFn:
    """C4's line filter from datatrove, doc-level drops off; C4's own line rules otherwise default."""
    from datatrove.data import Document
    from datatrove.pipeline.filters.c4_filters import CITATION_REGEX, C4QualityFilter

    c4 = C4QualityFilter(
        min_num_sentences=-1,  # document-level: drop pages with < 5 sentences
        filter_lorem_ipsum=False,  # document-level: drop pages mentioning lorem ipsum
        filter_curly_bracket=False,  # document-level: drop pages containing "{"
    )

    def clean(text: str) -> str:
        doc = Document(text=text, id="bench")
        if c4.filter(doc) is not True:  # cannot happen with the doc-level drops off
            return ""
        kept = doc.text.split("\n")

        def keep_text(lines: list[str]) -> list[bool]:
            # C4 strips each line and removes citations before keeping it: compare in that form.
            return _match_in_order([CITATION_REGEX.sub("", line.strip()) for line in lines], kept)

        return _rebuild(text, keep_text)

    return clean


@lru_cache(maxsize=1)
def _all_stoplists() -> frozenset[str]:
    import justext

    return frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))


def make_justext() -> CleanFn:
    """jusText's classifier (defaults) on one ``<p>`` per non-blank line, stoplists of all languages."""
    import justext

    stoplist = _all_stoplists()
    p_index = re.compile(r"/p\[(\d+)\]$")

    def clean(text: str) -> str:
        def keep_text(lines: list[str]) -> list[bool]:
            rows = [i for i, line in enumerate(lines) if not is_blank(line)]
            keep = [False] * len(lines)
            if not rows:
                return keep
            for para in justext.justext(_html_paragraphs(lines), stoplist):
                m = p_index.search(para.xpath)
                if m and not para.is_boilerplate:
                    keep[rows[int(m.group(1)) - 1]] = True
            return keep

        return _rebuild(text, keep_text)

    return clean


def make_trafilatura() -> CleanFn:
    """trafilatura.extract (library defaults) on the lines wrapped as ``<p>`` paragraphs."""
    import trafilatura

    def clean(text: str) -> str:
        def keep_text(lines: list[str]) -> list[bool]:
            if not any(not is_blank(line) for line in lines):
                return [False] * len(lines)
            out = trafilatura.extract(_html_paragraphs(lines)) or ""
            return _match_in_order([_squash(line) for line in lines], [_squash(o) for o in out.split("\n")])

        return _rebuild(text, keep_text)

    return clean


PEERS: dict[str, Callable[[], CleanFn]] = {
    "c4 (datatrove)": make_c4,
    "jusText": make_justext,
    "trafilatura": make_trafilatura,
    "uncleaned": lambda: identity,
}


def available() -> dict[str, CleanFn]:
    """The peers whose library is installed, built once; a missing one is left out."""
    out = {}
    for name, make in PEERS.items():
        try:
            out[name] = make()
        except ImportError:
            continue
    return out
