"""Read the site's Markdown sources: find the page pairs and pull out headings, checklist items and links.

Shared by the content tests. Pages follow the suffix layout of mkdocs-static-i18n: `page.md` is French (the
default language), `page.en.md` is English.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
ENGLISH_SUFFIX = ".en.md"

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
CHECKLIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]\s")
INLINE_CODE = re.compile(r"`[^`\n]*`")
# [text](target "title") and ![alt](target); the text may hold one level of nested brackets.
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def relative(path):
    """A path as shown in test messages: relative to the repository root."""
    return path.relative_to(ROOT).as_posix()


def french_pages():
    return sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(ENGLISH_SUFFIX))


def english_pages():
    return sorted(DOCS.rglob("*" + ENGLISH_SUFFIX))


def english_twin(french_path):
    return french_path.with_name(french_path.name[: -len(".md")] + ENGLISH_SUFFIX)


def french_twin(english_path):
    return english_path.with_name(english_path.name[: -len(ENGLISH_SUFFIX)] + ".md")


def page_pairs():
    """(French, English) paths of every page that exists in both languages."""
    return [(fr, english_twin(fr)) for fr in french_pages() if english_twin(fr).exists()]


def page_id(path):
    """`activities/plan` for docs/activities/plan.md and docs/activities/plan.en.md."""
    name = relative(path)[len("docs/"):]
    return name[: -len(ENGLISH_SUFFIX)] if name.endswith(ENGLISH_SUFFIX) else name[: -len(".md")]


def body_lines(path):
    """(line number, text) of every line after the front matter, with fenced code blocks blanked out.

    Line numbers are those of the file, so that messages point at the right line.
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                start = index + 1
                break
    result, in_fence = [], False
    for index in range(start, len(lines)):
        line = lines[index]
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            result.append((index + 1, line))
    return result


def headings(path):
    """[(level, title)] in page order."""
    found = []
    for _, line in body_lines(path):
        match = HEADING.match(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


def checklist_count(path):
    return sum(1 for _, line in body_lines(path) if CHECKLIST_ITEM.match(line))


def internal_links(path):
    """Targets of links to other files of the site, anchors included, in page order.

    Links to a heading of the same page (`#…`) are left out: heading anchors are made from the heading text,
    so they differ between languages by design.
    """
    targets = []
    for _, line in body_lines(path):
        for match in LINK.finditer(INLINE_CODE.sub("", line)):
            target = match.group(1)
            if not EXTERNAL.match(target) and not target.startswith("#"):
                targets.append(target)
    return targets


def page_text(path):
    """The whole page after its front matter, code blocks left out."""
    return "\n".join(line for _, line in body_lines(path))
