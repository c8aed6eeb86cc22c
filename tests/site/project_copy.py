"""A throw-away copy of the project's site sources, to build variants (another address, a fault on purpose)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("mkdocs.yml", "site-settings.yml", "docs", "overrides", "selfcheck")


def copy_project(destination):
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    (destination / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return destination


def build(project, site_url=None, strict=True):
    """Run `mkdocs build` in `project`; returns the CompletedProcess (output in .stdout, stderr merged)."""
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if site_url:
        environment["SITE_URL"] = site_url
    # Not --quiet: it hides the warnings that --strict turns into a failure.
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site"]
    if strict:
        command.append("--strict")
    return subprocess.run(
        command, cwd=project, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
