"""The project layout keeps the stdlib `platform` module reachable."""

import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_stdlib_platform_module_is_not_shadowed():
    # given the source root platform/ on sys.path
    assert str(ROOT / "platform") in sys.path
    # then `import platform` is the standard library module
    assert Path(platform.__file__).parent == Path(sys.modules["os"].__file__).parent
    assert callable(platform.python_version)


def test_platform_source_root_is_not_a_package():
    assert not (ROOT / "platform" / "__init__.py").exists()
