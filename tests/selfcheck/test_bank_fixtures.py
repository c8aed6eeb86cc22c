"""Every bank fixture: valid ones load, each invalid one fails with exactly the message in its .expected file."""

from selfcheck import BankError, load_bank
from selfcheck.check_bank import check
from selfcheck_support import BANK_FIXTURES, expect_error, names_in, read_text

VALID = BANK_FIXTURES + "/valid"
INVALID = BANK_FIXTURES + "/invalid"
# The kinds of malformed bank the issue asks for, each at least one fixture (file name without .json).
REQUIRED_KINDS = (
    "missing-translation", "empty-text", "duplicate-id", "unknown-activity", "too-few-statements",
    "reverse-not-boolean", "unknown-key", "continuum-missing-level", "continuum-extra-level", "unknown-band",
    "missing-version", "malformed-version", "unparseable", "items-not-a-list",
)


def test_valid_fixtures_load():
    names = names_in(VALID, ".json")
    assert len(names) >= 2
    for name in names:
        bank = load_bank(read_text(VALID + "/" + name), name)
        assert bank["version"].count(".") == 2, name


def test_every_required_kind_has_a_fixture():
    names = names_in(INVALID, ".json")
    for kind in REQUIRED_KINDS:
        assert kind + ".json" in names, kind
    assert len(names) >= 12


def test_every_invalid_fixture_has_an_expected_message_and_the_reverse():
    cases = [name[: -len(".json")] for name in names_in(INVALID, ".json")]
    expected = [name[: -len(".expected")] for name in names_in(INVALID, ".expected")]
    assert cases == expected


def test_invalid_fixtures_fail_with_their_exact_message():
    checked = 0
    for name in names_in(INVALID, ".json"):
        wanted = read_text(INVALID + "/" + name[: -len(".json")] + ".expected").rstrip("\n")
        message = expect_error(BankError, load_bank, read_text(INVALID + "/" + name), name)
        assert message == wanted, "%s\n  got:  %s\n  want: %s" % (name, message, wanted)
        assert message.startswith(name + ": ")
        checked += 1
    assert checked >= 12


def test_a_bank_with_several_faults_lists_each_one_in_order():
    error = None
    try:
        load_bank(read_text(INVALID + "/many-faults.json"), "many-faults.json")
    except BankError as raised:
        error = raised
    assert error is not None
    assert len(error.errors) == 5
    assert str(error) == "\n".join(error.errors)
    assert [message.split(": ")[1] for message in error.errors] == [
        "version", "bands", "items[1] (alpha-2)", "items[2] (alpha-3)", "recommendations.alpha"]


def test_the_bank_check_command_prints_every_fault_and_counts_them():
    lines = []
    faults = check([INVALID + "/many-faults.json", VALID + "/minimal.json"], lines.append)
    assert faults == 5
    assert lines[:5] == read_text(INVALID + "/many-faults.expected").rstrip("\n").replace(
        "many-faults.json", INVALID + "/many-faults.json").split("\n")
    assert lines[5] == VALID + '/minimal.json: valid: bank "minimal" version 0.1.0, 1 activity, 3 statements'
    assert check([VALID + "/minimal.json"], lines.append) == 0
