"""Split the search index into one index per language.

mkdocs-static-i18n writes one index with every language's pages into `search/search_index.json`. Every page
downloads its index when it opens, so each language gets its own, half the size: the default language keeps
`search/search_index.json`, English gets `en/search/search_index.json` with addresses relative to `en/`.
`assets/javascripts/search-language.js` points Material at the index of the page's language.
"""

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

INDEX = "search/search_index.json"


def _language_folders(i18n):
    """The folder of each non-default language ('en/'), by locale."""
    return {language.locale: language.locale + "/" for language in i18n.config.languages if not language.default}


@event_priority(-110)  # after mkdocs-static-i18n (-100) has built every language and written the merged index
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: search_index.py needs the i18n plugin")
    if i18n.building:
        return  # a language build inside i18n's loop; the merged index is not written yet
    site = Path(config.site_dir)
    merged_path = site / INDEX
    if not merged_path.exists():
        raise PluginError("%s: no search index to split; is the search plugin enabled?" % merged_path)
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    folders = _language_folders(i18n)
    default = i18n.default_language

    def index_for(locale, docs):
        return {**merged, "config": {**merged["config"], "lang": [locale]}, "docs": docs}

    indexes = {}
    for locale, folder in folders.items():
        docs = [dict(doc, location=doc["location"][len(folder):]) for doc in merged["docs"]
                if doc["location"].startswith(folder)]
        indexes[folder + INDEX] = index_for(locale, docs)
    default_docs = [doc for doc in merged["docs"] if not doc["location"].startswith(tuple(folders.values()))]
    indexes[INDEX] = index_for(default, default_docs)

    for path, index in indexes.items():
        if not index["docs"]:
            raise PluginError("%s: the split search index would be empty" % path)
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
