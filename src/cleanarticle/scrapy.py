"""Scrapy adapter: an item pipeline that cleans text fields of scraped items.

Needs the ``scrapy`` extra: ``pip install "cleanarticle[scrapy]"``. Enable it with::

    ITEM_PIPELINES = {"cleanarticle.scrapy.CleanArticlePipeline": 300}
    CLEANARTICLE_FIELDS = ["text"]      # item fields to clean (default: ["text"])
    CLEANARTICLE_THRESHOLD = 0.6        # optional; default: the model's own
    CLEANARTICLE_OPTIONS = {}           # optional; any other Cleaner(...) keyword options
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .cleaner import Cleaner
from .fileio import count_lines

__all__ = ["CleanArticlePipeline"]

INSTALL_HINT = 'cleanarticle.scrapy needs Scrapy; install it with: pip install "cleanarticle[scrapy]"'
FIELDS_DEFAULT = ("text",)
STAT_LINES_REMOVED = "cleanarticle/lines_removed"
STAT_ITEMS_CHANGED = "cleanarticle/items_changed"


def _item_adapter(item: Any) -> Any:
    try:
        # Scrapy's own dependency; it reads dicts, scrapy Items, dataclasses and attrs items alike.
        from itemadapter import ItemAdapter
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    return ItemAdapter(item)


class CleanArticlePipeline:
    """Clean the configured str fields of every item; count removed lines in the crawler's stats.

    Fields that are missing or not ``str`` are left alone. Stats:
    ``cleanarticle/lines_removed`` and ``cleanarticle/items_changed``.
    """

    def __init__(self, fields: Sequence[str] = FIELDS_DEFAULT, stats: Any = None, **cleaner_options: Any) -> None:
        self.fields = tuple(fields)
        self.stats = stats
        self.cleaner = Cleaner(**cleaner_options)  # built once per crawl, when Scrapy builds the pipeline

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanArticlePipeline:
        settings = crawler.settings
        options: dict[str, Any] = dict(settings.getdict("CLEANARTICLE_OPTIONS"))
        threshold = settings.get("CLEANARTICLE_THRESHOLD")
        if threshold is not None:
            options["threshold"] = float(threshold)
        fields = settings.getlist("CLEANARTICLE_FIELDS") or list(FIELDS_DEFAULT)
        return cls(fields, crawler.stats, **options)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        # `spider` is optional: Scrapy >= 2.13 no longer passes it, older versions do.
        adapter = _item_adapter(item)
        removed = 0
        for name in self.fields:
            value = adapter.get(name)
            if not isinstance(value, str):
                continue
            new = self.cleaner.clean(value)
            if new != value:
                adapter[name] = new
                removed += count_lines(value) - count_lines(new)
        if removed and self.stats is not None:
            self.stats.inc_value(STAT_LINES_REMOVED, removed)
            self.stats.inc_value(STAT_ITEMS_CHANGED)
        return item
