"""Recommendations and continuum guidance picked from the bank."""

from selfcheck import read_bank, recommendation, continuum_guidance
from selfcheck_support import expect_error


def test_recommendation_gives_text_and_link_targets():
    bank = read_bank()
    advice = recommendation(bank, "vision", "priority", "en")
    assert advice == {
        "activity": "vision",
        "band": "priority",
        "name": "Creating a shared vision",
        "text": bank["recommendations"]["vision"]["priority"]["en"],
        "lesson": "activities/vision/",
        "tool": "tools/vision/",
    }
    assert advice["text"].startswith("Take time to define together")


def test_every_activity_has_advice_for_every_band_in_both_languages():
    bank = read_bank()
    texts = []
    for activity in bank["activities"]:
        for band in ("strength", "watch", "priority", "insufficient"):
            for lang in ("fr", "en"):
                texts.append(recommendation(bank, activity["id"], band, lang)["text"])
    assert len(texts) == 48
    assert len(set(texts)) == 48


def test_recommendation_refuses_unknown_values():
    bank = read_bank()
    assert expect_error(ValueError, recommendation, bank, "vison", "watch", "fr") == 'unknown activity "vison"'
    assert expect_error(ValueError, recommendation, bank, "vision", "good", "fr") == (
        'unknown band "good" (bands: strength, watch, priority, insufficient)')
    assert expect_error(ValueError, recommendation, bank, "vision", "watch", "de") == (
        'unknown language "de" (languages: fr, en)')


def test_continuum_guidance_lists_what_each_step_takes():
    bank = read_bank()
    guidance = continuum_guidance(bank, {"current": 1, "aim": 3, "gap": 2}, "en")
    assert guidance["text"] == bank["continuum"]["guidance"]["below"]["en"]
    assert [(step["level"], step["name"]) for step in guidance["steps"]] == [(2, "Coordinating"), (3, "Cooperating")]
    assert guidance["steps"][0]["text"] == ("More time, trust and turf than networking: regular meetings to line up "
                                            "your calendars, services and messages.")
    assert guidance["steps"][1]["text"] == ("Still more time, trust and turf: sharing resources may involve a written, "
                                            "even legal, agreement.")


def test_every_step_to_the_right_asks_more_time_trust_and_turf():
    # Himmelman: each level asks more of all three, not one "T" per level.
    levels = read_bank()["continuum"]["levels"]
    for level in levels[1:]:
        assert "time, trust and turf" in level["to_reach"]["en"], level["id"]
        assert "temps, de confiance et de partage de territoire" in level["to_reach"]["fr"], level["id"]
    assert "little time and trust, and no sharing of turf" in levels[0]["to_reach"]["en"]
    assert "may involve a written, even legal, agreement" in levels[2]["to_reach"]["en"]
    assert "peut demander une entente écrite, voire légale" in levels[2]["to_reach"]["fr"]


def test_the_collaborating_statement_names_capacity_building():
    collaborating = read_bank()["continuum"]["levels"][3]
    assert collaborating["id"] == "collaborating"
    assert "enhance one another’s capacity" in collaborating["statement"]["en"]
    assert "renforcent aussi la capacité les uns des autres" in collaborating["statement"]["fr"]


def test_continuum_guidance_when_reached_ahead_or_without_aim():
    bank = read_bank()
    guidance = bank["continuum"]["guidance"]
    assert continuum_guidance(bank, {"current": 2, "aim": 2, "gap": 0}, "fr") == {
        "text": guidance["reached"]["fr"], "steps": []}
    assert continuum_guidance(bank, {"current": 4, "aim": 2, "gap": -2}, "fr") == {
        "text": guidance["ahead"]["fr"], "steps": []}
    assert continuum_guidance(bank, {"current": 0, "aim": None, "gap": None}, "en") == {
        "text": guidance["no_aim"]["en"], "steps": []}
    from_zero = continuum_guidance(bank, {"current": 0, "aim": 4, "gap": 4}, "fr")
    assert [step["name"] for step in from_zero["steps"]] == ["Réseautage", "Coordination", "Coopération",
                                                            "Collaboration"]


def test_the_three_barriers_are_named_in_both_languages():
    below = read_bank()["continuum"]["guidance"]["below"]
    for word in ("time", "trust", "turf"):
        assert word in below["en"]
    for word in ("temps", "confiance", "territoire"):
        assert word in below["fr"]
