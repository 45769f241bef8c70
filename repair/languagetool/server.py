"""One background LanguageTool server per user: start, stop, status.

The server is LanguageTool's own HTTP server (`org.languagetool.server.HTTPServer`) on the jars
provision.py fetched, bound to the loopback interface only (it is started without `--public`).
Its pid, port and log live in the per-user cache folder (`$XDG_CACHE_HOME/mt-repair/`, or
`~/.cache/mt-repair/`; MT_REPAIR_STATE_DIR overrides), so any `mt-repair` process can find it.

`status` must answer in well under a second: it reads the state file, asks the kernel whether the
pid is alive and is a LanguageTool server (a stale pid may belong to another program by now), and
makes one HTTP request with a short timeout.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import provision

HOST = "127.0.0.1"
DEFAULT_PORT = 8081  # LanguageTool's own default; another free port is taken when it is busy
MAIN_CLASS = "org.languagetool.server.HTTPServer"
HEAP = "-Xmx1g"
START_TIMEOUT = float(os.environ.get("MT_REPAIR_LANGUAGETOOL_START_TIMEOUT", "180"))

# Tuned for throughput of one local client (LanguageTool's server documentation, `--help`):
# pipelines (a configured checker per language and rule set) are cached and the ones for
# `preferredLanguages` are built before the port opens, so the first check is not slow;
# sentences already checked are answered from a cache across the rounds of `fix`.
SERVER_PROPERTIES = """\
pipelineCaching=true
pipelinePrewarming=true
preferredLanguages={language}
maxPipelinePoolSize=64
pipelineExpireTimeInSeconds=7200
cacheSize=20000
cacheTTLSeconds=7200
maxTextLength=1000000
maxCheckThreads={threads}
"""


class ServerError(RuntimeError):
    pass


@dataclass
class State:
    pid: int
    port: int
    started: float
    log: str
    jars: str
    language: str = "en-US"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


def state_dir() -> Path:
    env = os.environ.get("MT_REPAIR_STATE_DIR")
    return Path(env) if env else provision.user_cache_dir()


def _state_file(folder: Path) -> Path:
    return folder / "server.json"


def read_state(folder: Path | None = None) -> State | None:
    try:
        raw = json.loads(_state_file(folder or state_dir()).read_text(encoding="utf-8"))
        return State(**raw)
    except (OSError, ValueError, TypeError):
        return None


def _write_state(folder: Path, state: State) -> None:
    tmp = _state_file(folder).with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(state)), encoding="utf-8")
    tmp.replace(_state_file(folder))


def _forget(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        _state_file(folder).unlink()


def _is_our_process(pid: int) -> bool:
    """The pid is alive and runs LanguageTool's server (not a program that inherited the pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # someone else's process: not ours
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            return MAIN_CLASS.encode() in cmdline.read_bytes()
        except OSError:
            return False
    return True  # no /proc (macOS): trust the live pid


def answers(url: str, timeout: float = 0.5) -> bool:
    import urllib.error  # (here, not at the top: urllib.request costs a check without a server 30 ms to import)
    import urllib.request

    try:
        with urllib.request.urlopen(url.rstrip("/") + "/v2/languages", timeout=timeout) as r:
            return r.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


def running(folder: Path | None = None) -> State | None:
    """The state of a live server that answers, else None (a stale state file is removed)."""
    folder = folder or state_dir()
    state = read_state(folder)
    if state is None:
        return None
    if not _is_our_process(state.pid):
        _forget(folder)
        return None
    return state if answers(state.url) else None


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _lock(folder: Path):
    """One starter at a time (parallel workers with --grammar=on all want a server)."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "server.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def start(port: int | None = None, language: str = "en-US", folder: Path | None = None,
          timeout: float = START_TIMEOUT, quiet: bool = False) -> State:
    """Start the server unless one runs; wait until it answers. Raises ServerError."""
    folder = folder or state_dir()
    with _lock(folder):
        state = read_state(folder)
        if state and _is_our_process(state.pid):
            if answers(state.url) or _wait(state, timeout):
                return state
            raise ServerError(f"a LanguageTool server (pid {state.pid}) runs but does not answer on "
                              f"{state.url}; see {state.log}, or run `mt-repair server stop`")
        _forget(folder)
        if port is None:
            port = DEFAULT_PORT if _port_free(DEFAULT_PORT) else free_port()
        elif not _port_free(port):
            raise ServerError(f"port {port} on {HOST} is in use by another program; choose another with --port")
        java = _java()
        try:
            jars = provision.setup(quiet=True)  # a no-op when the jars are there
        except provision.ProvisionError as e:
            raise ServerError(str(e)) from None
        props = folder / "server.properties"
        props.write_text(SERVER_PROPERTIES.format(language=language, threads=max(2, os.cpu_count() or 2)),
                         encoding="utf-8")
        log = folder / "server.log"
        cmd = [java, HEAP, "-cp", provision.classpath(jars), MAIN_CLASS,
               "--port", str(port), "--config", str(props)]
        with open(log, "wb") as out:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True, cwd=str(folder))
        state = State(pid=proc.pid, port=port, started=time.time(), log=str(log), jars=str(jars),
                      language=language)
        _write_state(folder, state)
        if not quiet:
            print(f"mt-repair: starting LanguageTool on {state.url} (pid {proc.pid}) …", file=sys.stderr)
        if _wait(state, timeout, proc):
            return state
        _terminate(proc.pid)
        _forget(folder)
        if proc.poll() is not None:
            raise ServerError(f"LanguageTool exited during start-up: {_log_tail(log)} (log: {log})")
        raise ServerError(f"LanguageTool did not answer within {timeout:.0f} s (log: {log})")


def _wait(state: State, timeout: float, proc: subprocess.Popen | None = None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers(state.url, timeout=1.0):
            return True
        if proc is not None and proc.poll() is not None:
            return False
        if proc is None and not _is_our_process(state.pid):
            return False
        time.sleep(0.25)
    return False


def _java() -> str:
    import shutil

    java = os.environ.get("MT_REPAIR_JAVA") or shutil.which("java")
    if not java:
        raise ServerError("Java (17 or newer) is not installed; LanguageTool needs it")
    return java


def _log_tail(log: Path) -> str:
    try:
        lines = [ln for ln in log.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "(no log)"
    causes = [ln.strip() for ln in lines if "Exception" in ln or "Error" in ln]
    return (causes[-1] if causes else lines[-1].strip() if lines else "(empty log)")[:300]


def _terminate(pid: int, grace: float = 10.0) -> None:
    """SIGTERM the server's process group, SIGKILL it if it lingers."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    return
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


def stop(folder: Path | None = None) -> State | None:
    """Stop the server this state folder knows; returns its state, or None when none ran."""
    folder = folder or state_dir()
    with _lock(folder):
        state = read_state(folder)
        _forget(folder)
        if state is None or not _is_our_process(state.pid):
            return None
        _terminate(state.pid)
        return state


def cli_main(action: str, port: int | None = None) -> int:
    """`mt-repair server start|stop|status|setup`; returns the exit code."""
    try:
        if action == "setup":
            provision.setup()
            return 0
        if action == "start":
            state = start(port=port)
            print(f"LanguageTool server running at {state.url} (pid {state.pid}; log: {state.log})")
            return 0
        if action == "stop":
            state = stop()
            print(f"LanguageTool server stopped (pid {state.pid})" if state else "no LanguageTool server was running")
            return 0
        if action == "status":
            return _status()
    except (ServerError, provision.ProvisionError) as e:
        print(f"mt-repair: {e}", file=sys.stderr)
        return 2
    print(f"mt-repair: unknown server action {action!r}", file=sys.stderr)
    return 2


def _status() -> int:
    """Exit 0 when a server answers, 1 when none runs (or it is still starting)."""
    folder = state_dir()
    state = read_state(folder)
    if state is None:
        print("no LanguageTool server running (start one with `mt-repair server start`)")
        return 1
    if not _is_our_process(state.pid):
        _forget(folder)
        print(f"no LanguageTool server running (removed the stale record of pid {state.pid})")
        return 1
    if not answers(state.url):
        print(f"LanguageTool server starting or not answering on {state.url} (pid {state.pid}; log: {state.log})")
        return 1
    up = time.time() - state.started
    print(f"LanguageTool server running at {state.url} (pid {state.pid}, up {_duration(up)}; log: {state.log})")
    return 0


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
