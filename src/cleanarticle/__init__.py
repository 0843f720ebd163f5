"""cleanarticle: remove boilerplate, comment residue and SEO spam lines from scraped article text."""


from .cleaner import Cleaner, LineVerdict, Reason
from .comments import CommentMode
from .html import clean_html

__all__ = ["Cleaner", "CommentMode", "LineVerdict", "Reason", "__version__", "clean", "clean_html"]
__version__ = "0.1.0"

_default: Cleaner | None = None


def clean(text: str) -> str:
    """Remove junk lines from ``text`` with the shipped model; every other line comes back byte-identical."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(text)
