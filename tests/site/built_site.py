"""What the built site holds: its pages, their links and ids, read from the HTML files (no browser)."""

from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE_DIR = ROOT / "site"


def page_paths(site_dir=SITE_DIR):
    """Every page of the built site as a URL path relative to the site root ('', 'en/', 'continuum/', …).

    The 404 page is listed as '404.html'. Theme assets and other files are not pages.
    """
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative.startswith("assets/"):
            continue
        if relative == "404.html":
            pages.append(relative)
        elif relative.endswith("index.html"):
            pages.append(relative[: -len("index.html")])
    return pages


def file_for(path, site_dir=SITE_DIR):
    """The file a static host serves for a URL path relative to the site root."""
    target = site_dir / path
    if path == "" or path.endswith("/"):
        return target / "index.html"
    return target


class PageParser(HTMLParser):
    """Collects ids, links (href/src) and the language switcher's links of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (tag, attribute, value)
        self.switcher = {}  # hreflang -> href, from the header's language menu
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_lang = attributes.get("lang")
        for name in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(name):
                self.ids.add(attributes[name])
        for name in ("href", "src"):
            if attributes.get(name) is not None:
                self.links.append((tag, name, attributes[name]))
        if tag == "a" and "md-select__link" in (attributes.get("class") or "") and attributes.get("hreflang"):
            self.switcher[attributes["hreflang"]] = attributes["href"]


def parse_page(file):
    parser = PageParser()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser
