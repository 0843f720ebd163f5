"""HTML in: extract a page's text with trafilatura, then remove its junk lines.

Needs the ``html`` extra: ``pip install "cleanarticle[html]"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .cleaner import shared_cleaner

__all__ = ["clean_html"]

INSTALL_HINT = 'cleanarticle.html needs trafilatura; install it with: pip install "cleanarticle[html]"'
# Line-based cleaning keeps markup intact only in line-oriented formats; xml/json/csv would break.
LINE_FORMATS = frozenset({"txt", "markdown"})




def clean_html(html: str, *, cleaner_options: Mapping[str, Any] | None = None, **trafilatura_options: Any) -> str:
    """The one call from a fetched page to clean text: ``trafilatura.extract`` then ``Cleaner.clean``.

    ``trafilatura_options`` go to ``trafilatura.extract`` with its defaults, so
    comments are extracted (``include_comments=True``) and the comment-form and
    comment residue they bring is what the cleaner removes. ``output_format``
    may be ``"txt"`` (default) or ``"markdown"``. ``cleaner_options`` go to
    ``Cleaner(...)``. A page trafilatura finds no text in gives ``""``.

    Link markup is not used as a feature: with ``include_links=True`` and
    markdown output the links stay in the text and are scored as text. Link
    density as a model input is out of scope for now.
    """
    output_format = trafilatura_options.get("output_format", "txt")
    if output_format not in LINE_FORMATS:
        raise ValueError(f"output_format must be one of {sorted(LINE_FORMATS)}, got {output_format!r}")
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    if not html or not html.strip():
        return ""  # trafilatura logs an error for an empty document; nothing to extract anyway
    text = trafilatura.extract(html, **trafilatura_options)
    if not text:
        return ""
    return shared_cleaner(**(cleaner_options or {})).clean(text)
