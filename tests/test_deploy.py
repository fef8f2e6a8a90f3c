"""Deployment files: Streamlit's production config, the Dockerfile and its health check, .dockerignore."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

import pytest

from lagebild import ROOT, limits, vocab

CONFIG = ROOT / ".streamlit" / "config.toml"
DOCKERFILE = ROOT / "Dockerfile"


@pytest.fixture(scope="module")
def config() -> dict:
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def test_upload_limit_is_the_importers(config):
    assert config["server"]["maxUploadSize"] == limits.MAX_UPLOAD_MB


def test_production_settings(config):
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"].get("enableCORS", True) is True  # Streamlit turns XSRF off when CORS is off
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["theme"]["base"] == "light"
    assert config["theme"]["primaryColor"] in {c.colour for c in vocab.CATEGORIES}


def test_streamlit_accepts_the_config():
    """Every key is one this Streamlit version knows (a typo would be ignored silently otherwise)."""
    code = (
        "import tomllib, streamlit.config as c; c.get_config_options(force_reparse=True);"
        "cfg = tomllib.load(open('.streamlit/config.toml', 'rb'));"
        "unknown = [f'{s}.{k}' for s, kv in cfg.items() for k in kv if f'{s}.{k}' not in c._config_options];"
        "print(','.join(unknown))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_dockerfile_runs_as_non_root_on_a_slim_python(dockerfile):
    instructions = [name for name, _ in dockerfile]
    assert dockerfile[0] == ("FROM", "python:3.11-slim")
    user = [args for name, args in dockerfile if name == "USER"]
    assert user and user[-1] not in ("root", "0")
    assert max(i for i, name in enumerate(instructions) if name in ("COPY", "RUN")) < instructions.index("USER")
    runs = " ".join(args for name, args in dockerfile if name == "RUN")
    assert "pip install --no-cache-dir -r requirements.txt" in runs
    assert "chmod -R a-w /app" in runs and "chown -R root:root /app" in runs
    assert ("EXPOSE", "8501") in dockerfile


def test_requirements_are_pinned():
    lines = [line.strip() for line in (ROOT / "requirements.txt").read_text().splitlines()]
    packages = [line for line in lines if line and not line.startswith("#")]
    assert packages and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.\-]+", p) for p in packages), packages


def test_dockerignore_keeps_the_app_and_drops_the_rest():
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    for dropped in (".git", ".venv", "tests", "test-output", "**/__pycache__", ".streamlit/secrets.toml"):
        assert dropped in patterns
    for kept in ("data", "static", ".streamlit", "lagebild", "components", "streamlit_app.py", "requirements.txt"):
        assert not any(p.rstrip("/") == kept for p in patterns)


def _healthcheck_command(dockerfile, port: int) -> list[str]:
    args = next(args for name, args in dockerfile if name == "HEALTHCHECK")
    command = json.loads(args.split("CMD", 1)[1])
    assert command[0] == "python" and "curl" not in args  # slim images have no curl
    return [sys.executable, *command[1:-1], command[-1].replace(":8501/", f":{port}/")]


def test_healthcheck_command_against_a_live_server(dockerfile):
    from tests.browser.conftest import _free_port, start_server, wait_healthy

    port = _free_port()
    command = _healthcheck_command(dockerfile, port)
    assert subprocess.run(command, capture_output=True, timeout=30).returncode != 0, "healthy without a server?"
    process = start_server(port)
    try:
        wait_healthy(f"http://127.0.0.1:{port}")
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
    finally:
        process.terminate()
        process.wait(timeout=20)
