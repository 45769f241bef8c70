"""Talk to a LanguageTool server's `/v2/check`, batch by batch, several batches at a time.

Why not language_tool_python's `LanguageTool(..., remote_server=URL).check()` (the design card's
choice): its `Match` objects fix up offsets for characters outside the BMP through state shared
by the whole class (the last text seen and its 4-byte positions), which is wrong as soon as two
batches are checked at once from threads; it corrects `offset` but neither `length` (a match
containing such a character would be one code point too long) nor the context offset (with an
emoji before "He go home." its `matched_text` is "o", measured with 3.4.0 against LanguageTool
6.8); and it NFKC-normalises messages (… → ...).
The HTTP API is small and documented, so this module speaks it directly, keeps one connection
per thread, and leaves the UTF-16 → code-point mapping to `offsets.py`, where it is tested.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (http.client and the thread pool load only when a server is asked: every
    # `mt-repair check` imports this module, and most never reach a server)
    import http.client
    from concurrent.futures import ThreadPoolExecutor

REQUEST_TIMEOUT = 60.0  # seconds for one batch; a stuck server must not hang a CI job


class LanguageToolError(RuntimeError):
    """The server could not be reached or refused a request."""

    fatal = False


class LanguageToolUnavailable(LanguageToolError):
    """Nothing answers at the URL (connection refused, host unknown)."""


@dataclass(frozen=True)
class CheckOptions:
    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    picky: bool = False

    def params(self) -> dict[str, str]:
        out = {"language": self.language}
        if self.enabled_rules:
            out["enabledRules"] = ",".join(self.enabled_rules)
        if self.disabled_rules:
            out["disabledRules"] = ",".join(self.disabled_rules)
        if self.disabled_categories:
            out["disabledCategories"] = ",".join(self.disabled_categories)
        if self.picky:
            out["level"] = "picky"
        return out


class Client:
    def __init__(self, url: str, timeout: float = REQUEST_TIMEOUT, workers: int = 4) -> None:
        parts = urllib.parse.urlsplit(url if "://" in url else "http://" + url)
        if parts.scheme not in ("http", "https"):
            raise LanguageToolError(f"unsupported LanguageTool URL {url!r}")
        self.url = url
        self._scheme, self._host, self._port = parts.scheme, parts.hostname or "127.0.0.1", parts.port
        self._path = (parts.path.rstrip("/") or "") + "/v2/check"
        self.timeout = timeout
        self.workers = workers
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None

    def _connection(self) -> http.client.HTTPConnection:
        import http.client

        conn = getattr(self._local, "conn", None)
        if conn is None:
            cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
            conn = self._local.conn = cls(self._host, self._port, timeout=self.timeout)
        return conn

    def check(self, text: str, options: CheckOptions) -> list[dict]:
        """LanguageTool's raw matches for one text (offsets in UTF-16 code units)."""
        import http.client

        body = urllib.parse.urlencode({**options.params(), "text": text}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        for attempt in (1, 2):  # a kept-alive connection the server has closed fails once
            conn = self._connection()
            try:
                conn.request("POST", self._path, body, headers)
                resp = conn.getresponse()
                data = resp.read()
            except (ConnectionRefusedError, socket.gaierror) as e:
                self._drop()
                raise LanguageToolUnavailable(f"no LanguageTool server answers at {self.url} ({e.strerror or e})") from None
            except (http.client.HTTPException, OSError) as e:
                self._drop()
                if attempt == 2 or isinstance(e, TimeoutError):  # a slow server is not retried
                    raise LanguageToolError(f"LanguageTool at {self.url} failed: {type(e).__name__}: {e}") from None
                continue
            if resp.status != 200:
                first = data.decode("utf-8", "replace").strip().splitlines()[:1]
                raise LanguageToolError(f"LanguageTool at {self.url} answered {resp.status}: {' '.join(first)[:200]}")
            try:
                return json.loads(data)["matches"]
            except (ValueError, KeyError) as e:
                raise LanguageToolError(f"LanguageTool at {self.url} sent an unreadable answer: {e}") from None
        raise AssertionError("unreachable")

    def check_many(self, texts: list[str], options: CheckOptions) -> list[list[dict]]:
        """Matches for each text, in order; up to `workers` requests in flight."""
        if len(texts) <= 1 or self.workers <= 1:
            return [self.check(t, options) for t in texts]
        if self._pool is None:  # kept for the client's life, so each thread keeps its connection
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="languagetool")
        futures = [self._pool.submit(self.check, t, options) for t in texts]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:  # the first failure ends the document: send nothing more
                f.cancel()
            raise

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local.conn = None
