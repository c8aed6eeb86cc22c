"""The GitHub Pages workflow is valid for actionlint and builds the site for the address Pages gives it."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_workflows_were_found():
    assert [w.name for w in WORKFLOWS] == ["pages.yml"]


def test_workflows_pass_actionlint():
    result = subprocess.run(
        ["node", str(Path(__file__).with_name("actionlint.mjs")), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_workflow_takes_the_site_address_from_configure_pages():
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    for step in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@", "make test"):
        assert step in text
    assert "SITE_URL: ${{ steps.pages.outputs.base_url" in text
