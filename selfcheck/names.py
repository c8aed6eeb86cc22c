"""Names and ids of the form's radios, shared by the form generator (build) and the page script (browser)."""

AIM_NAME = "sc-aim"
_LEVEL_PREFIX = "sc-level-"
_ITEM_PREFIX = "sc-"


def item_name(item_id):
    return _ITEM_PREFIX + item_id


def level_name(level):
    return _LEVEL_PREFIX + str(level)


def radio_id(name, value):
    return "%s-%s" % (name, value)


def question_of(name):
    """("aim", None), ("level", "2") or ("item", item id) for a radio group's name; None if it is not ours."""
    if name == AIM_NAME:
        return "aim", None
    if name.startswith(_LEVEL_PREFIX):
        return "level", name[len(_LEVEL_PREFIX):]
    if name.startswith(_ITEM_PREFIX):
        return "item", name[len(_ITEM_PREFIX):]
    return None
