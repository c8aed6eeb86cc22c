"""Hide the boxes of checklists (pymdownx.tasklist) from assistive technology.

The boxes are there to be ticked on paper: on screen they are disabled and always empty, so a screen reader would
only announce an unlabelled, unchecked checkbox before every item. The item's text is still read as a list item.
"""

from mkdocs.exceptions import PluginError

_BOX = '<label class="task-list-control"><input type="checkbox" disabled/>'
_HIDDEN_BOX = '<label class="task-list-control" aria-hidden="true"><input type="checkbox" disabled/>'


def on_page_content(html, page, config, files):
    boxes = html.count('class="task-list-control"')
    if html.count(_BOX) != boxes:
        raise PluginError(
            "docs/%s: checklist boxes are not in the form checklists.py knows (%s); did pymdownx.tasklist change?"
            % (page.file.src_uri, _BOX)
        )
    return html.replace(_BOX, _HIDDEN_BOX)
