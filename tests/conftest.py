"""Shared fixtures.

`languagetool_url`: a real LanguageTool server for integration tests, started lazily once per
test session (only when a test asks for it) and stopped at the end. A server the developer
already runs (`mt-repair server start`) is reused instead. Without Java or the jars (run
scripts/setup) those tests are skipped with the reason.

Every other test runs hermetically: the per-user server record is pointed at an empty folder, so
the grammar pass in `auto` mode never reaches a server the developer happens to run, and the
result cache lives in a folder of the session's own.
"""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import settings

_USER_STATE_DIR = os.environ.get("MT_REPAIR_STATE_DIR")  # as it was before the suite isolated it

# Property tests draw new random examples on every developer run, to go on finding bugs; on CI
# (the CI variable set) they draw the same ones each time, so a landing run is reproducible and
# a bug hypothesis finds shows up on a developer's machine, not as a flaky CI run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config):
    config.addinivalue_line("markers", "languagetool: needs the real LanguageTool server (slow to start)")


@pytest.fixture(scope="session", autouse=True)
def _isolated_server_state(tmp_path_factory):
    saved = {k: os.environ.get(k) for k in ("MT_REPAIR_STATE_DIR", "MT_REPAIR_LANGUAGETOOL_URL", "MT_REPAIR_CACHE_DIR")}
    os.environ["MT_REPAIR_STATE_DIR"] = str(tmp_path_factory.mktemp("no-server"))
    os.environ["MT_REPAIR_CACHE_DIR"] = str(tmp_path_factory.mktemp("result-cache"))
    os.environ.pop("MT_REPAIR_LANGUAGETOOL_URL", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def languagetool_url(tmp_path_factory, _isolated_server_state):
    from pathlib import Path

    from repair.languagetool import provision, server

    # A server the developer already runs: reuse it (its record is in their own state folder).
    user_folder = Path(_USER_STATE_DIR) if _USER_STATE_DIR else provision.user_cache_dir()
    state = server.running(user_folder)
    if state is not None:
        yield state.url
        return
    # In CI a missing server is a failure, never a quiet skip: integration tests must run there.
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip
    if shutil.which("java") is None:
        give_up("Java is not installed; LanguageTool integration tests need it")
    if not provision.jars_ready():
        give_up(f"LanguageTool's jars are not in {provision.jars_dir()}; run scripts/setup")
    folder = tmp_path_factory.mktemp("languagetool-server")
    state = server.start(port=server.free_port(), folder=folder, quiet=True)
    try:
        yield state.url
    finally:
        server.stop(folder)
