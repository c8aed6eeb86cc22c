"""Keep the default language's 404 page.

mkdocs-static-i18n builds the site once per language, and every build writes 404.html at the site root, so the last
language built (English) would give the page its header, navigation and <html lang> on a site whose first language
is French. The page's body speaks both languages (overrides/404.html); this keeps the default language's frame.
"""

from mkdocs.exceptions import PluginError

_NOT_FOUND = "404.html"
_default_output = {}  # the default language's rendering, kept between that build and the others


def on_post_template(output_content, template_name, config):
    if template_name != _NOT_FOUND:
        return output_content
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language == i18n.default_language:
        _default_output[_NOT_FOUND] = output_content
        return output_content
    if _NOT_FOUND not in _default_output:
        raise PluginError("%s: the '%s' build came before the default language's; not_found.py expects the default "
                          "language to be built first" % (_NOT_FOUND, i18n.current_language))
    return _default_output[_NOT_FOUND]
