"""The site settings file: valid ones read as written, and every broken one stops the build with its exact message.

Fixtures: tests/data/settings/invalid/NAME.yml, each with NAME.expected holding every message it must produce; the
files they point at (logo.svg, bank.json, broken-bank.json, notes.txt) sit beside them.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from selfcheck.site_settings import SettingsError, check_settings, parse_yaml, read_settings, suggestion

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "data" / "settings" / "invalid"
CASES = sorted(path.stem for path in INVALID.glob("*.yml"))
FORK_SETTINGS = "tests/data/fork/site-settings.yml"


def _shown(name):
    return (INVALID / (name + ".yml")).relative_to(ROOT).as_posix()


def _expected(name):
    return (INVALID / (name + ".expected")).read_text(encoding="utf-8").rstrip("\n")


def _build(settings, site_dir):
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_SETTINGS=settings)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_fixtures_were_found_each_with_its_expected_messages():
    assert len(CASES) >= 10
    assert sorted(path.stem for path in INVALID.glob("*.expected")) == CASES


@pytest.mark.parametrize("name", CASES)
def test_a_broken_settings_file_gives_its_exact_messages(name):
    path = INVALID / (name + ".yml")
    with pytest.raises(SettingsError) as raised:
        check_settings(parse_yaml(path.read_text(encoding="utf-8"), _shown(name)), _shown(name), str(INVALID))
    assert str(raised.value) == _expected(name)
    assert all(message.startswith("tests/data/settings/invalid/") for message in raised.value.errors)


@pytest.mark.parametrize("name", CASES)
def test_a_broken_settings_file_stops_the_build_with_its_messages(name, tmp_path):
    result = _build(_shown(name), tmp_path / "site")
    assert result.returncode != 0, result.stdout
    assert "The site settings stop the build:\n  " + _expected(name).replace("\n", "\n  ") in result.stdout
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_settings_file_that_does_not_exist_stops_the_build(tmp_path):
    result = _build("tests/data/settings/nowhere.yml", tmp_path / "site")
    assert result.returncode != 0
    assert "tests/data/settings/nowhere.yml (named by SITE_SETTINGS): no such settings file" in result.stdout


def test_the_sites_own_settings_read_as_written():
    settings = read_settings(str(ROOT / "site-settings.yml"))
    assert settings["name"] == {"fr": "Partenariats réussis", "en": "Successful Partnerships"}
    assert settings["languages"] == ["fr", "en"] and settings["default_language"] == "fr"
    assert settings["palette"] == {"primary": "custom", "accent": "custom"}
    assert settings["contact"] is None
    assert Path(settings["bank"]).resolve() == ROOT / "selfcheck" / "bank.json"
    assert Path(settings["favicon"]).resolve() == ROOT / "docs" / "assets" / "images" / "favicon.svg"


def test_the_fork_fixtures_settings_read_as_written():
    settings = read_settings(str(ROOT / FORK_SETTINGS))
    assert settings["languages"] == ["en"] and settings["default_language"] == "en"
    assert settings["palette"] == {"primary": "indigo", "accent": "deep orange"}
    assert settings["favicon"] == settings["logo"]  # no favicon given: the logo serves
    assert settings["contact"] == "partnerships@riverside.example.org"


def test_suggestions_for_misspelt_names():
    assert suggestion("palete", ("palette", "logo")) == "palette"
    assert suggestion("Defaultlanguage", ("default_language", "languages")) == "default_language"
    assert suggestion("colour", ("palette", "logo")) is None


def test_the_bank_check_command_lists_every_fault_and_fails():
    bank = "tests/data/bank/invalid/many-faults.json"
    result = subprocess.run([sys.executable, "-m", "selfcheck.check_bank", bank], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 1
    expected = (ROOT / "tests/data/bank/invalid/many-faults.expected").read_text(encoding="utf-8")
    assert result.stdout == expected.replace("many-faults.json", bank) + "5 faults found\n"
    valid = subprocess.run([sys.executable, "-m", "selfcheck.check_bank", "tests/data/fork/bank.json"], cwd=ROOT,
                           capture_output=True, text=True)
    assert valid.returncode == 0
    assert valid.stdout == ('tests/data/fork/bank.json: valid: bank "riverside-partnerships" version 2.1.0, '
                            "6 activities, 21 statements\n")
