"""An optional result cache: re-running `check` on an unchanged tree is near-instant.

A file's entry is keyed by its content, the config, the mt-repair version and a fingerprint of
the code and rule data (so editing a rule invalidates everything). Entries are pickled
CheckResults in one folder; deleting the folder is always safe. Writes are atomic, so parallel
workers can share it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import __version__


def cache_dir() -> Path:
    env = os.environ.get("MT_REPAIR_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mt-repair" / "results"


@functools.cache
def code_fingerprint() -> str:
    """Sizes and modification times of the package and rule files."""
    from .rules import rules_dir

    h = hashlib.sha256(__version__.encode())
    for root in (Path(__file__).resolve().parent, rules_dir()):
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".toml", ".txt", ".tsv", ".json", ".pickle") and path.is_file():
                st = path.stat()
                h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def key(text: str, config, mode: str) -> str:
    h = hashlib.sha256()
    h.update(code_fingerprint().encode())
    h.update(repr(config).encode())
    h.update(mode.encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def get(k: str):
    path = cache_dir() / k[:2] / k
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        return None


def put(k: str, value) -> None:
    folder = cache_dir() / k[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / k)
    except OSError:
        pass  # a cache that cannot be written is only slower
