"""The pre-commit hooks, driven by the real ``pre-commit try-repo`` on a throwaway git repository.

pre-commit installs the hook repository with pip into its own environment,
so this test takes a while (about a minute; dependencies come from the
package index or pip's cache). It runs by default: the hook is what a
corpus maintainer meets first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b76a2879bec4890.txt"
# What pip needs to build the package: copied from the work tree, so uncommitted and untracked
# changes are tested too (try-repo alone would see only the committed HEAD plus tracked edits).
PACKAGE_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "src", "models")


def _pre_commit() -> list[str] | None:
    exe = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    if exe:
        return [exe]
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-m", "pre_commit"]


def _git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _hook_repo(dest: Path, env: dict[str, str]) -> Path:
    """A committed copy of this repository's package files: a stable rev for pre-commit's env cache."""
    dest.mkdir()
    for name in PACKAGE_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        elif src.is_file():
            shutil.copy2(src, dest / name)
    if not (dest / "README.md").exists():
        (dest / "README.md").write_text("cleanarticle\n")  # pyproject's readme must exist to build
    _git(dest, env, "init", "-q")
    _git(dest, env, "add", "-A")
    _git(dest, env, "commit", "-q", "-m", "hook repo")
    return dest


def test_hooks_fix_then_pass(tmp_path: Path) -> None:
    pre_commit = _pre_commit()
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    if shutil.which("git") is None:
        pytest.skip("git is not installed; pre-commit needs it")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),  # no trace left in the user's cache
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }
    hooks = _hook_repo(tmp_path / "hooks", env)
    work = tmp_path / "corpus"
    work.mkdir()
    _git(work, env, "init", "-q")
    article = work / "article.txt"
    shutil.copy(SEED, article)
    _git(work, env, "add", "article.txt")
    original = article.read_bytes()

    def try_repo(hook: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*pre_commit, "try-repo", str(hooks), hook, "--all-files"], cwd=work, env=env,
                              capture_output=True, text=True, timeout=900, check=False)

    check = try_repo("cleanarticle-check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "would clean article.txt" in check.stdout and article.read_bytes() == original

    fix = try_repo("cleanarticle")
    assert fix.returncode == 1, fix.stdout + fix.stderr  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fix.stdout
    fixed = article.read_bytes()
    assert fixed != original and original.startswith(fixed[:200])

    _git(work, env, "add", "article.txt")
    again = try_repo("cleanarticle")
    assert again.returncode == 0, again.stdout + again.stderr
    assert article.read_bytes() == fixed
    assert try_repo("cleanarticle-check").returncode == 0
