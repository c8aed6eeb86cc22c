"""Drop the <link rel="alternate" hreflang> tags that Material writes into every page's <head>.

Material 9.8 treats each of them as another site and fetches "<alternate>/sitemap.xml" from the browser: 404s in the
console and a lower Lighthouse score. The language switcher in the header and sitemap.xml keep the hreflang
information, so nothing is lost for readers or search engines.
"""

import re

from mkdocs.exceptions import PluginError

_HEAD_END = "</head>"
_ALTERNATE_LANGUAGE_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def _strip(output, name):
    head_end = output.find(_HEAD_END)
    if head_end == -1:
        raise PluginError("%s: no </head> in the rendered page; head_links.py cannot run" % name)
    return _ALTERNATE_LANGUAGE_LINK.sub("", output[:head_end]) + output[head_end:]


def on_post_page(output, page, config):
    return _strip(output, page.file.src_uri)


def on_post_template(output_content, template_name, config):
    # The 404 page is rendered from a template, not from a Markdown page.
    if template_name.endswith(".html") and _HEAD_END in output_content:
        return _strip(output_content, template_name)
    return output_content
