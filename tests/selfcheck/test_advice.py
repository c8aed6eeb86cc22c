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
    assert guidance["steps"][0]["text"].startswith("It takes more time")
    assert guidance["steps"][1]["text"].startswith("It takes more trust")


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
