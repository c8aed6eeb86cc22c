"""The one place that lists what the HTML validator (vnu) may report on the built site, each with its reason.

Each entry: (regular expression matched against vnu's message, reason). Keep it short: every line is a debt, and
test_html_valid.py fails when an entry is no longer needed.
"""

VNU_EXCEPTIONS = [
    (
        r"^Attribute “autocomplete” is only allowed when the input type is",
        "Material's hidden checkbox toggles (drawer, search) carry autocomplete=off so that Firefox does not restore "
        "an open drawer or search when the reader comes back to a page.",
    ),
    (
        r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control\.",
        "Material's navigation.indexes: a section index page without headings still gets the table-of-contents "
        "title label (for=__toc) but not its toggle. The label is only shown on narrow screens, where it is inert.",
    ),
]
