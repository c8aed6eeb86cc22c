"""The group results the workshop page shows are the group's, exactly (selfcheck.group under CPython gives the
expected figures): per activity, overall, the continuum, and the change since a baseline; in both languages."""

import pytest

from selfcheck.collect import add_sources
from selfcheck.group import compare, group_results

from workshop_visit import BANK, WorkshopVisit, fixture, read_fixture

pytestmark = pytest.mark.browser

FILES = ["organisme-a.json", "partner-b.json", "schema-1-without-id.json", "organisme-a-newer.json"]

SHOWN = """() => {
  const read = (element, names) => Object.fromEntries(names.map(n => [n, element.getAttribute("data-" + n)]));
  const activities = {};
  for (const row of document.querySelectorAll("[data-workshop-results] [data-group-activity]"))
    activities[row.dataset.groupActivity] = read(row, ["respondents", "mean", "min", "max", "band", "differ", "change",
                                                       "direction"]);
  const levels = {};
  for (const level of document.querySelectorAll("[data-workshop-results] [data-group-continuum-level]"))
    levels[level.dataset.groupContinuumLevel] = read(level, ["now", "aim"]);
  const overall = document.querySelector("[data-workshop-results] [data-group-overall]");
  return {activities, overall: read(overall, ["mean", "band", "change", "direction"]), levels};
}"""


def expected(results, baseline=None):
    group = group_results(BANK, results)
    changes = {}
    comparison = compare(BANK, group, baseline) if baseline else None
    if comparison:
        for entry in comparison["activities"]:
            changes[entry["id"]] = entry

    def change(entry):
        return {"change": entry["shown"], "direction": entry["direction"] or ""} if comparison else {
            "change": None, "direction": None}

    activities = {}
    for entry in group["activities"]:
        activities[entry["id"]] = dict({"respondents": str(entry["respondents"]), "mean": entry["score"],
                                        "min": entry["lowest"], "max": entry["highest"], "band": entry["band"],
                                        "differ": "1" if entry["differ"] else "0"},
                                       **change(changes.get(entry["id"], {})))
    overall = dict({"mean": group["overall"]["score"], "band": group["overall"]["band"]},
                   **(change(comparison["overall"]) if comparison else change({})))
    levels = {}
    for entry in group["continuum"]["levels"]:
        aim = None if entry["aim"] is None else str(entry["aim"])
        levels[str(entry["level"])] = {"now": str(entry["now"]), "aim": aim}
    return {"activities": activities, "overall": overall, "levels": levels}


def collected(names):
    return add_sources(BANK, [], [{"kind": "file", "name": n, "text": read_fixture(n), "size": None}
                                  for n in names])["results"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_group_figures_are_the_group_s_exactly_and_the_change_since_a_baseline(browser, base_url, lang):
    results = collected(FILES)
    assert len(results) == 3
    with WorkshopVisit(browser, base_url) as visit:
        page = visit.open(lang)
        visit.add_files(*FILES)
        assert page.evaluate(SHOWN) == expected(results)
        before = visit.revision()
        page.set_input_files("input[data-workshop-baseline]", str(fixture("organisme-a.json")))
        visit.wait_changed(before)
        baseline = group_results(BANK, collected(["organisme-a.json"]))
        shown = page.evaluate(SHOWN)
        assert shown == expected(results, baseline)
        assert any(entry["direction"] in ("up", "down") for entry in shown["activities"].values())
        # The figures survive a reload; the baseline is the facilitator's choice of the moment and is not kept.
        page.reload()
        visit.wait_ready()
        assert page.evaluate(SHOWN) == expected(results)
