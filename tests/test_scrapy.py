"""CleanArticlePipeline in a real Scrapy crawl of a local file:// page (in a subprocess: one reactor per process)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("scrapy", reason='needs the scrapy extra: pip install "cleanarticle[scrapy]"')

from cleanarticle import Cleaner

ARTICLE = (
    "Ferry service resumes after storm\n\n"
    "The island ferry sailed again on Thursday morning after three days in port, the operator said. "
    "Extra crossings will run through the weekend to carry the backlog of cars and freight.\n\n"
    "Harbour staff worked overnight to repair a damaged ramp on the mainland side.\n\n"
)
TAIL = ("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n")

CRAWL = textwrap.dedent('''
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class Article(scrapy.Item):
        text = scrapy.Field()
        summary = scrapy.Field()
        url = scrapy.Field()

    class PageSpider(scrapy.Spider):
        name = "page"
        start_urls = [sys.argv[1]]

        def parse(self, response):
            text = response.css("pre::text").get()
            yield {"text": text, "url": response.url}             # a dict item
            yield Article(text=text, summary=text, url=response.url)  # a scrapy.Item, two fields
            yield {"text": None, "url": response.url}             # not a str: left alone

    process = CrawlerProcess(settings={
        "ITEM_PIPELINES": {"cleanarticle.scrapy.CleanArticlePipeline": 300},
        "CLEANARTICLE_FIELDS": ["text", "summary"],
        "FEEDS": {sys.argv[2]: {"format": "json"}},
        "LOG_LEVEL": "WARNING",
    })
    crawler = process.create_crawler(PageSpider)
    process.crawl(crawler)
    process.start()
    with open(sys.argv[3], "w") as f:
        json.dump({k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int)}, f)
''')


def test_pipeline_cleans_items_in_a_real_crawl(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(f"<html><body><pre>{ARTICLE + TAIL}</pre></body></html>", encoding="utf-8")
    script = tmp_path / "crawl.py"
    script.write_text(CRAWL, encoding="utf-8")
    items_path, stats_path = tmp_path / "items.json", tmp_path / "stats.json"
    proc = subprocess.run(
        [sys.executable, str(script), page.as_uri(), items_path.as_uri(), str(stats_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    expected = Cleaner().clean(ARTICLE + TAIL)
    assert expected != ARTICLE + TAIL
    items = json.loads(items_path.read_text(encoding="utf-8"))
    assert [item["text"] for item in items] == [expected, expected, None]
    assert items[1]["summary"] == expected
    stats = json.loads(stats_path.read_text(encoding="utf-8"))
    assert stats["item_scraped_count"] == 3
    assert stats["cleanarticle/items_changed"] == 2
    removed = (ARTICLE + TAIL).count("\n") - expected.count("\n")
    assert stats["cleanarticle/lines_removed"] == 3 * removed  # the dict's text, the Item's text and summary


def test_settings_reach_the_cleaner() -> None:
    from scrapy.utils.test import get_crawler

    from cleanarticle.scrapy import CleanArticlePipeline

    crawler = get_crawler(settings_dict={"CLEANARTICLE_FIELDS": ["body"], "CLEANARTICLE_THRESHOLD": "0.9"})
    pipeline = CleanArticlePipeline.from_crawler(crawler)
    assert pipeline.fields == ("body",)
    assert pipeline.cleaner.threshold == 0.9
    default = CleanArticlePipeline.from_crawler(get_crawler())
    assert default.fields == ("text",)
    assert default.cleaner.threshold == Cleaner().threshold


def test_missing_scrapy_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanarticle.scrapy import CleanArticlePipeline

    monkeypatch.setitem(sys.modules, "itemadapter", None)
    with pytest.raises(ImportError, match=r'pip install "cleanarticle\[scrapy\]"'):
        CleanArticlePipeline().process_item({"text": ARTICLE + TAIL})
