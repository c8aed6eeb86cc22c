"""Filling in interface texts (from ui.json, see ui.py): placeholders and decimal marks. Imports nothing, so that the
page in the browser can use it without loading the validators."""


def say(ui, key, lang, **values):
    """The text `key` in `lang` with its `{name}` placeholders filled (values are converted with str)."""
    text = ui[key][lang]
    for name in values:
        text = text.replace("{" + name + "}", str(values[name]))
    return text


def decimal(ui, score, lang):
    """A one-decimal score string ("3.4") written the reader's way ("3,4" in French)."""
    return score.replace(".", ui["decimal_mark"][lang])


def tenths(ui, value, lang):
    """A score given in tenths (39) written with one decimal the reader's way ("3.9", "3,9")."""
    return decimal(ui, "%d.%d" % (value // 10, value % 10), lang)


def listed(ui, names, lang):
    """Names joined the reader's way: "A", "A et B", "A, B et C"."""
    if len(names) < 2:
        return "".join(names)
    return say(ui, "list_last", lang, first=", ".join(names[:-1]), last=names[-1])
