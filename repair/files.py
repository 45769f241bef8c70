"""Finding the files of a batch, reading them strictly, writing them atomically.

Nothing here ever damages a file: text is decoded without any newline translation (so CRLF,
mixed endings, a BOM and a missing final newline survive), a file that is not valid UTF-8 or
looks binary is refused with a one-line reason, and a write goes to a temporary file in the
same folder that is renamed over the original, keeping its permissions.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


class InputError(Exception):
    """A file that cannot be processed; str(e) is the one-line message naming it."""


@dataclass(frozen=True)
class Source:
    path: str  # as given or found; "-" for standard input
    text: str


def iter_paths(paths: list[str], extensions: tuple[str, ...], exclude: tuple[str, ...] = ()) -> Iterator[str | InputError]:
    """Files to process, in a stable order; errors are yielded in place so the batch goes on."""
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        p = Path(given)
        if not os.path.lexists(p):
            yield InputError(f"{given}: no such file or directory")
        elif p.is_dir():
            yield from _walk(p, extensions, exclude, seen_dirs)
        elif not p.exists():
            yield InputError(f"{given}: broken symbolic link")
        else:
            yield given  # named explicitly: read whatever its extension


def _excluded(path: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(path, g) or fnmatch.fnmatch(os.path.basename(path), g) for g in exclude)


def _walk(root: Path, extensions, exclude, seen_dirs) -> Iterator[str | InputError]:
    try:
        st = root.stat()
    except OSError as e:
        yield InputError(f"{root}: cannot read directory: {e.strerror}")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        yield InputError(f"{root}: directory loop through a symbolic link; skipped")
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        yield InputError(f"{root}: cannot read directory: {e.strerror}")
        return
    for entry in entries:
        path = os.path.join(str(root), entry.name)
        if _excluded(path, exclude):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if entry.name not in SKIP_DIRS:
                yield from _walk(Path(path), extensions, exclude, seen_dirs)
        elif entry.name.lower().endswith(tuple(e.lower() for e in extensions)):
            if not os.path.exists(path):
                yield InputError(f"{path}: broken symbolic link")
            else:
                yield path


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes); skipped")
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {encoding or 'UTF-8'} (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "left untouched (use --encoding to read it as another encoding)"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None


def read(path: str, encoding: str | None = None) -> Source:
    import sys

    if path == STDIN:
        return Source(STDIN, decode(sys.stdin.buffer.read(), "<stdin>", encoding))
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    return Source(path, decode(data, path, encoding))


def write_atomic(path: str, text: str, encoding: str | None = None) -> None:
    """Replace the file's content in one rename; permissions are kept; a failure leaves the
    original as it was."""
    target = Path(path)
    real = target.resolve()  # write through a symbolic link, not over it
    data = text.encode(encoding or "utf-8")
    mode = stat.S_IMODE(real.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".mt-repair.tmp", dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
