"""The self-check of a fork's copy (tests/data/fork/, built by tests/built_site.py) scores its own bank in the
browser exactly as `selfcheck` does in CPython, and its result files are refused by the site, whose bank is another."""

import pytest

from built_site import built_site
from selfcheck import read_bank
from selfcheck_visit import Visit, answer_set, as_shown, expected_view

pytestmark = pytest.mark.browser

FORK_BANK = read_bank(built_site("fork").settings["bank"])


@pytest.mark.parametrize("name", ["mixed", "strong", "sparse"])
def test_the_fork_scores_its_own_bank_as_selfcheck_does(browser, site_url, name):
    with Visit(browser, site_url("fork")) as visit:
        visit.page.goto(site_url("fork") + "selfcheck/")
        visit.wait_ready()
        answers = answer_set(name, FORK_BANK)
        visit.answer(answers)
        assert visit.shown() == as_shown(expected_view(answers, "en", FORK_BANK))
        assert visit.errors == []


def test_the_forks_results_are_refused_by_the_site(browser, site_url, tmp_path):
    with Visit(browser, site_url("fork"), accept_downloads=True) as fork:
        fork.page.goto(site_url("fork") + "selfcheck/")
        fork.wait_ready()
        fork.answer(answer_set("strong", FORK_BANK))
        with fork.page.expect_download() as download:
            fork.page.click('[data-action="export"]')
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
    assert exported.name.startswith(FORK_BANK["id"] + "-")
    with Visit(browser, site_url("main")) as main:
        main.open("en")
        main.page.set_input_files("[data-import-file]", str(exported))
        expected = ("File refused: it is for another questionnaire (%s). Your current answers have not changed."
                    % FORK_BANK["id"])
        main.page.wait_for_function("text => document.querySelector('[data-notice]').textContent === text", arg=expected)
        assert main.checked_ids() == []
        assert main.errors == []
