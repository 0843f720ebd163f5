"""Every python block marked ``<!-- test -->`` in docs/integrations.md and docs/scaling.md runs as written.

Each block is saved as a script in an empty folder and run in its own
interpreter: a Scrapy reactor or a Dask cluster never outlives its example.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ("docs/integrations.md", "docs/scaling.md")
MARKED_BLOCK = re.compile(r"^<!-- test -->\n```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# The optional package each example needs, found from what it imports.
NEEDS = {
    "scrapy": ("scrapy", "scrapy"),
    "datasets": ("datasets", "hf"),
    "cleanarticle.hf": ("datasets", "hf"),
    "trafilatura": ("trafilatura", "html"),
    "cleanarticle.html": ("trafilatura", "html"),
    "dask": ("distributed", "dask"),
    "distributed": ("distributed", "dask"),
    "cleanarticle.dask": ("distributed", "dask"),
}
IMPORTED = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def examples() -> list[pytest.param]:
    found = []
    for doc in DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        for match in MARKED_BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(pytest.param(match.group(1), id=f"{doc}:{line}"))
    return found


def test_each_doc_has_marked_examples() -> None:
    ids = [p.id for p in examples()]
    for doc in DOCS:
        assert any(i.startswith(doc) for i in ids), f"{doc} has no <!-- test --> example"


@pytest.mark.parametrize("code", examples())
def test_example_runs_as_written(code: str, tmp_path: Path) -> None:
    for module in set(IMPORTED.findall(code)):
        for prefix, (package, extra) in NEEDS.items():
            if module == prefix or module.startswith(prefix + "."):
                pytest.importorskip(package, reason=f'needs the {extra} extra: pip install "cleanarticle[{extra}]"')
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=180, check=False)
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.stdout.strip(), "an example should show its result"
