"""French prose uses a no-break space before : ; ! ? and inside « guillemets », never a plain space or none."""

import re

import pytest

from markdown_pages import body_lines, french_pages, relative

# U+00A0 no-break space, or U+202F narrow no-break space (accepted before ; ! ? in Canadian usage).
NO_BREAK = "\u00a0\u202f"

# What is not prose, replaced by a neutral letter before checking (so that what touches it still counts), in order.
NOT_PROSE = [
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"^\s*--8<--.*$"),  # snippet includes
    re.compile(r"<!--.*?-->"),  # one-line HTML comments
    # Spans marked as another language keep that language's punctuation: *Collaboration: What…*{lang=en}
    re.compile(r"(\*{1,2}|_)[^*_\n]+?\1\{[^}\n]*\blang=(?!fr)[^}\n]*\}"),
    re.compile(r"\[[^\]\n]*\]\([^)\n]*\)\{[^}\n]*\blang=(?!fr)[^}\n]*\}"),
    re.compile(r"\{:?\s*[#.\w][^}\n]*\}"),  # attribute lists
    re.compile(r"<[^>\n]+>"),  # HTML tags with their attributes; the text between them stays
    re.compile(r"\]\([^)\n]*\)"),  # link targets (the link text stays)
    re.compile(r"\bhttps?://\S+|\bmailto:\S+|\bwww\.\S+"),  # bare addresses
    re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*"),  # admonition and details markers (titles stay)
    re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]"),  # task list boxes
    re.compile(r"\[\^[^\]\n]+\]:?"),  # footnote references and definitions
    re.compile(r"^\s*\*\[[^\]\n]+\]:"),  # abbreviation definitions
    re.compile(r"^:\s"),  # definition list markers
    re.compile(r"\d:\d"),  # times and ratios written with a colon
]

PROBLEMS = [
    (re.compile(r"[ \t]+([:;!?])"), "plain space before '{0}' (use a no-break space)"),
    (re.compile(r"(?<=[^\s" + NO_BREAK + r"!?])([:;!?])"), "no space before '{0}' (add a no-break space)"),
    (re.compile(r"(«)(?![" + NO_BREAK + r"])"), "no no-break space after '{0}'"),
    (re.compile(r"(?<![" + NO_BREAK + r"])(»)"), "no no-break space before '{0}'"),
]


def prose(line):
    for pattern in NOT_PROSE:
        line = pattern.sub("x", line)
    return line


def typography_errors(path, shown_as=None):
    """['docs/page.md:12: plain space before ':' (…) in "…context…"'] for one French page."""
    shown_as = shown_as or relative(path)
    errors = []
    for number, line in body_lines(path):
        text = prose(line)
        for pattern, message in PROBLEMS:
            for match in pattern.finditer(text):
                start = max(0, match.start() - 25)
                context = text[start : match.end() + 15].strip().replace("\u00a0", "\u2423")
                errors.append("%s:%d: %s in \"%s\"" % (shown_as, number, message.format(match.group(1)), context))
    return errors


PAGES = french_pages()


def test_french_pages_were_found():
    assert len(PAGES) >= 10, "expected the French pages under docs/, found %d" % len(PAGES)


@pytest.mark.parametrize("path", PAGES, ids=[relative(p) for p in PAGES])
def test_no_break_spaces_in_french_prose(path):
    errors = typography_errors(path)
    assert not errors, "%d typography error(s):\n" % len(errors) + "\n".join(errors)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Voici la liste : un, deux", ["plain space before ':'"]),
        ("Pourquoi?", ["no space before '?'"]),
        ("Le « mot » juste", ["no no-break space after '«'", "no no-break space before '»'"]),
        ("Voici la liste\u00a0: un\u00a0; deux\u00a0!", []),
        ("Le «\u00a0mot\u00a0» juste", []),
        ("[Lien](https://exemple.ca/?q=1) à 14:30", []),
        ('!!! note "Attention à l\'ordre"', []),
        ("- [ ] Une case à cocher", []),
        ("*Collaboration: What Makes It Work*{lang=en}", []),
        ('<figure class="diagram">', []),
        ("Vraiment\u00a0?!", []),
    ],
)
def test_checker_on_sample_lines(line, expected, tmp_path):
    page = tmp_path / "docs" / "sample.md"
    page.parent.mkdir()
    page.write_text(line + "\n", encoding="utf-8")
    prefix = "sample.md:1: "
    found = [error[len(prefix) :].split(" (")[0].split(" in ")[0] for error in typography_errors(page, "sample.md")]
    assert found == expected
