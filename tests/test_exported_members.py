import subprocess
import sys
import types

import cleanarticle


def test_all_matches_public_names():
    public = {
        name
        for name, value in vars(cleanarticle).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(cleanarticle.__all__) == public | {"__version__"}


def test_clean_does_not_import_sklearn_or_trafilatura():
    code = (
        "import sys, cleanarticle; cleanarticle.clean('x\\ny\\n');"
        "bad = [m for m in ('sklearn', 'trafilatura', 'joblib', 'scipy') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_clean_leaves_slow_imports_out():
    # Cold start matters for a pre-commit hook: each of these costs milliseconds and plain clean() needs none.
    # Measured against numpy's own imports: some numpy versions import hashlib or threading themselves.
    code = (
        "import sys, numpy; numpy_modules = set(sys.modules);"
        "import cleanarticle; cleanarticle.clean('x\\ny\\n');"
        "slow = [m for m in ('zipfile', 'importlib.resources', 'tempfile', 'numpy.typing', 'numpy.ma', 'hashlib',"
        " 'threading', 'cleanarticle.corpus') if m in sys.modules and m not in numpy_modules];"
        "print(slow); sys.exit(1 if slow else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
