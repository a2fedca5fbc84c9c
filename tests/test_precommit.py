"""The `codegen-check` pre-commit hook, used by another repository from this checkout through
the pinned pre-commit: a stale package fails the commit, a current one passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_install import host_repository, source_copy

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _git_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return {
        **env,
        # pre-commit found on PATH by the git hook; its environments kept in this test's folder
        "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.test",
    }


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=900
    )


def _ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_the_check_hook_fails_a_commit_with_a_stale_package(tmp_path: Path) -> None:
    env = _git_env(tmp_path / "pre-commit-home")
    hooks = source_copy(tmp_path / "hooks")  # this checkout as it is, as a repository
    _ok(_run(["git", "init", "-q"], hooks, env))
    _ok(_run(["git", "add", "-A"], hooks, env))
    _ok(_run(["git", "commit", "-qm", "hooks"], hooks, env))
    rev = _run(["git", "rev-parse", "HEAD"], hooks, env).stdout.strip()

    repo = host_repository(tmp_path / "repo")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: codegen-check\n"
    )
    _ok(_run([sys.executable, "-m", "codegen", "generate", "-q"], repo, env))
    _ok(_run([str(BIN / "pre-commit"), "install"], repo, env))
    _ok(_run(["git", "add", "-A"], repo, env))
    current = _run(["git", "commit", "-m", "clients"], repo, env)
    _ok(current)
    assert "generated API clients are current" in current.stdout + current.stderr

    manifest = repo / "apis" / "alguna" / "manifest.yaml"
    manifest.write_text(manifest.read_text() + "# changed\n")
    _ok(_run(["git", "add", "-A"], repo, env))
    stale = _run(["git", "commit", "-m", "stale"], repo, env)
    assert stale.returncode != 0
    assert "input changed since generation: apis/alguna/manifest.yaml" in stale.stderr
    assert _run(["git", "rev-list", "--count", "HEAD"], repo, env).stdout.strip() == "1"
