"""Fetch LanguageTool's jars from Maven Central into a git-ignored cache, once.

`mt-repair server setup` (run by scripts/setup) calls `setup()`: Maven copies every jar the pom
beside this file names into a fresh folder, which replaces the cache only when complete. A stamp
holding the pom's hash makes the next run a no-op; editing the pom (a new LanguageTool version)
fetches again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

POM = Path(__file__).resolve().parent / "pom.xml"
STAMP = ".mt-repair-pom.sha256"
# Jars the server cannot start without; a folder lacking one of them is not a usable cache.
REQUIRED = ("languagetool-server-", "languagetool-core-", "language-en-")


class ProvisionError(RuntimeError):
    pass


def jars_dir() -> Path:
    """`.cache/languagetool/` in the checkout; the per-user cache when installed elsewhere.
    MT_REPAIR_LANGUAGETOOL_JARS overrides both."""
    env = os.environ.get("MT_REPAIR_LANGUAGETOOL_JARS")
    if env:
        return Path(env)
    checkout = POM.parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "repair").is_dir():
        return checkout / ".cache" / "languagetool"
    return user_cache_dir() / "languagetool"


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mt-repair"


def pom_hash() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def jars_ready(folder: Path | None = None) -> bool:
    folder = folder or jars_dir()
    try:
        if (folder / STAMP).read_text(encoding="ascii").strip() != pom_hash():
            return False
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return False
    return all(any(n.startswith(r) and n.endswith(".jar") for n in names) for r in REQUIRED)


def classpath(folder: Path | None = None) -> str:
    """The `-cp` argument: Java expands `DIR/*` to every jar in DIR."""
    return str((folder or jars_dir()) / "*")


def setup(quiet: bool = False) -> Path:
    """Make sure the jars are in the cache; download them only when they are not. Returns the folder."""
    target = jars_dir()
    if jars_ready(target):
        if not quiet:
            count = sum(1 for p in target.glob("*.jar"))
            print(f"mt-repair: LanguageTool jars already in {target} ({count} jars)", file=sys.stderr)
        return target
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ProvisionError("Maven (mvn) is not installed; it is needed once to fetch LanguageTool's jars")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    if not quiet:
        print(f"mt-repair: fetching LanguageTool's jars with Maven into {target} …", file=sys.stderr)
    cmd = [mvn, "-q", "-B", "dependency:copy-dependencies", "-f", str(POM), f"-DoutputDirectory={partial}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        raise ProvisionError("Maven could not fetch LanguageTool's jars: " + " | ".join(tail))
    (partial / STAMP).write_text(pom_hash() + "\n", encoding="ascii")
    if not jars_ready(partial):
        shutil.rmtree(partial, ignore_errors=True)
        raise ProvisionError(f"Maven ran but did not deliver {', '.join(REQUIRED)}… jars")
    # Swap in the complete folder; a half-written cache is never visible under the real name.
    old = target.with_name(target.name + f".old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    partial.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    if not quiet:
        count = sum(1 for p in target.glob("*.jar"))
        size = sum(p.stat().st_size for p in target.glob("*.jar")) / 1e6
        print(f"mt-repair: {count} jars ({size:.0f} MB) in {target}", file=sys.stderr)
    return target
