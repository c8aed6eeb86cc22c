"""Shared helpers for the self-check tests; they run unchanged under CPython (pytest) and MicroPython (run.mjs).

Paths are built from this file's location with "/" only: MicroPython has no `os.path.join` worth relying on, and
"/" works on every CPython platform too.
"""

import json
import os

from selfcheck import load_bank


def _parent(path):
    cut = path.rfind("/")
    return path[:cut] if cut > 0 else "/"


ROOT = _parent(_parent(_parent(__file__.replace("\\", "/"))))
BANK_FIXTURES = ROOT + "/tests/data/bank"


def read_text(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def names_in(folder, suffix):
    """Sorted file names in `folder` ending with `suffix`."""
    return sorted(name for name in os.listdir(folder) if name.endswith(suffix))


def minimal_bank_data():
    """A fresh, mutable copy of the smallest valid bank (one activity, three statements)."""
    return json.loads(read_text(BANK_FIXTURES + "/valid/minimal.json"))


def generated_bank(counts, reverse=()):
    """A validated bank with one activity per entry of `counts` ("a1", "a2", …) holding that many statements.

    Statement ids are "<activity>-<n>" from 1; ids listed in `reverse` are reverse-worded. Large counts give the
    fine-grained means the boundary tests need (3.949 needs 1000 statements).
    """
    data = minimal_bank_data()
    template = data["recommendations"]["alpha"]
    data["activities"], data["items"], data["recommendations"] = [], [], {}
    for index, count in enumerate(counts):
        activity_id = "a%d" % (index + 1)
        data["activities"].append({"id": activity_id, "name": {"fr": activity_id, "en": activity_id},
                                   "lesson": "activities/%s/" % activity_id, "tool": "tools/%s/" % activity_id})
        data["recommendations"][activity_id] = template
        for number in range(1, count + 1):
            item_id = "%s-%d" % (activity_id, number)
            item = {"id": item_id, "activity": activity_id, "text": {"fr": item_id, "en": item_id}}
            if item_id in reverse:
                item["reverse"] = True
            data["items"].append(item)
    return load_bank(json.dumps(data), "generated")


def values_summing_to(count, total):
    """`count` answers on the 1..5 scale that add up to `total`, as evenly spread as possible."""
    base, extra = divmod(total, count)
    values = [base + 1] * extra + [base] * (count - extra)
    assert min(values) >= 1 and max(values) <= 5, "no %d answers sum to %d" % (count, total)
    return values


def item_answers(activity_id, values):
    """{"<activity>-1": values[0], …}: answers for the first statements of an activity, in order."""
    answers = {}
    for number, value in enumerate(values, 1):
        answers["%s-%d" % (activity_id, number)] = value
    return answers


def expect_error(error_type, function, *args):
    """Call `function(*args)`, which must raise `error_type`; return the message."""
    try:
        function(*args)
    except error_type as error:
        return str(error)
    raise AssertionError("%s was not raised" % error_type.__name__)


def tree_elements(node):
    """Every element of a node tree (see selfcheck/markup.py), depth first."""
    found = [node]
    for child in node[2]:
        if not isinstance(child, str):
            found += tree_elements(child)
    return found
