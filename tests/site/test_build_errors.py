"""Bad input fails the build, with a message that names the file at fault."""

import pytest

from project_copy import build, copy_project


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


def _assert_fails(result, *expected):
    assert result.returncode != 0, "the build should have failed:\n" + result.stdout
    for text in expected:
        assert text in result.stdout, "%r not in the build's output:\n%s" % (text, result.stdout)


def test_a_broken_internal_link_fails_the_build(project):
    page = project / "docs" / "glossary.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Gone](no-such-page.md)\n", encoding="utf-8")
    _assert_fails(build(project), "glossary.en.md", "no-such-page.md")


def test_a_missing_translation_fails_the_build(project):
    (project / "docs" / "about.en.md").unlink()
    _assert_fails(build(project), "docs/about.md has no English translation: create docs/about.en.md")


def test_a_missing_french_page_fails_the_build_too(project):
    (project / "docs" / "references.md").unlink()
    _assert_fails(build(project), "docs/references.en.md has no Français translation: create docs/references.md")


def test_an_unknown_placeholder_fails_the_build(project):
    page = project / "docs" / "continuum.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- selfcheck:from -->\n", encoding="utf-8")
    _assert_fails(build(project), "docs/continuum.md: unknown placeholder <!-- selfcheck:from -->")


def test_a_form_without_workshop_modes_notice_fails_the_build(project):
    page = project / "docs" / "selfcheck" / "index.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("<!-- selfcheck:workshop-mode -->\n", ""), encoding="utf-8")
    _assert_fails(build(project), "docs/selfcheck/index.en.md: <!-- selfcheck:form --> needs <!-- selfcheck:workshop-mode "
                                  "--> too, under the page's title")


def test_a_broken_bank_fails_the_build(project):
    bank = project / "selfcheck" / "bank.json"
    bank.write_text(bank.read_text(encoding="utf-8").replace('"version"', '"versoin"', 1), encoding="utf-8")
    _assert_fails(build(project), "selfcheck/bank.json")
