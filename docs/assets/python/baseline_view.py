# Compare over time on the self-check page, imported by selfcheck_page.py (PyScript, MicroPython).
#
# The reader loads an earlier result (an export file, or a share link pasted into the field) as the baseline; the
# table under the results shows, per activity, the score then and now and the change, and follows every answer.
# What it says comes from selfcheck/baseline.py. The baseline is kept in storage beside the answers (an export
# document under its own key), so that a reload or the next visit keeps the comparison; "Remove" forgets it.
# Handlers run through the page's `listener`; texts from files and links are set with textContent only.
# selfcheck.baseline (and the group and collect modules it uses) is imported only once a baseline is used, so that
# a page without one does not compile them as it starts.
from selfcheck.answers import SIZE_LIMIT, AnswersError, refusal, too_large
from selfcheck.scoring import score
from selfcheck.text import say

CELLS = ("before", "now", "arrow", "change", "change-words")


def core():
    from selfcheck import baseline

    return baseline


class BaselineView:
    """`page` holds the page script's services: notify(text, kind) (shown whatever else the notice says), tell(text)
    (shown unless the answers cannot be saved, which that notice says first), listener(handler), store
    (selfcheckStorage), window and key (the baseline's storage key)."""

    def __init__(self, root, bank, ui, lang, page):
        self.bank, self.ui, self.lang, self.page = bank, ui, lang, page
        self.baseline = None
        self.baseline_score = None
        self.current = None
        self.shown = {}
        box = root.querySelector("[data-baseline]")
        self.file_input = box.querySelector("[data-baseline-file]")
        self.link_input = box.querySelector("[data-baseline-link]")
        self.table = box.querySelector("[data-comparison]")
        self.caption = box.querySelector("[data-comparison-caption]")
        self.file_button = box.querySelector('[data-baseline-action="file"]')
        self.rows = {}
        for activity in bank["activities"]:
            self.rows[activity["id"]] = self.cells(box.querySelector('[data-compare-activity="%s"]' % activity["id"]))
        self.overall = self.cells(box.querySelector("[data-compare-overall]"))
        listener = page["listener"]
        self.file_input.addEventListener("change", listener(self.file_chosen))
        self.link_input.addEventListener("keydown", listener(self.link_key))
        actions = {"file": lambda *_: self.file_input.click(), "link": self.link_given, "remove": self.remove}
        for action in actions:
            button = box.querySelector('[data-baseline-action="%s"]' % action)
            button.addEventListener("click", listener(actions[action]))
            button.disabled = False

    def say(self, key, **values):
        return say(self.ui, key, self.lang, **values)

    @staticmethod
    def cells(row):
        return (row, [row.querySelector('[data-cell="%s"]' % cell) for cell in CELLS])

    # Kept in storage ------------------------------------------------------------------------------------------------

    def restore(self):
        """The baseline kept by an earlier visit, if any; an unreadable one is forgotten, and the reader told."""
        text = self.page["store"].read(self.page["key"], SIZE_LIMIT)
        if text is None or text is False:
            return
        try:
            if text is True:
                raise too_large()
            self.take(core().baseline_from_file(self.bank, text))
        except AnswersError:
            self.page["store"].remove(self.page["key"])
            self.page["notify"](self.say("compare_lost"), "error")

    def take(self, baseline):
        self.baseline = baseline
        self.baseline_score = score(self.bank, baseline["answers"])
        self.shown = {}

    def keep(self):
        """Save the baseline; False if this browser cannot keep it."""
        return self.page["store"].write(self.page["key"], core().baseline_text(self.bank, self.baseline, self.lang))

    # Shown ---------------------------------------------------------------------------------------------------------

    def follow(self, result):
        """Show the change from the baseline to `result` (score() of the current answers), or nothing without one."""
        self.current = result
        self.table.hidden = self.baseline is None
        if self.baseline is None:
            return
        shown = core().comparison_view(self.bank, self.ui, result, self.baseline_score, self.baseline, self.lang)
        self.put("caption", self.caption, shown["caption"])
        for entry in shown["activities"]:
            self.show_row(entry["id"], self.rows[entry["id"]], entry)
        self.show_row("overall", self.overall, shown["overall"])

    def show_row(self, key, cells, entry):
        row, elements = cells
        for name, value in (("data-direction", entry["direction"]), ("data-change", entry["change"])):
            if self.shown.get(key + "@" + name) != value:
                row.setAttribute(name, value)
                self.shown[key + "@" + name] = value
        texts = (entry["before"], entry["now"], entry["arrow"], entry["change_text"], " (%s)" % entry["change_words"])
        for index, text in enumerate(texts):
            self.put("%s.%d" % (key, index), elements[index], text)

    def put(self, key, element, text):
        if self.shown.get(key) != text:
            element.textContent = text
            self.shown[key] = text

    # Actions ---------------------------------------------------------------------------------------------------------

    def loaded(self, baseline):
        self.take(baseline)
        kept = self.keep()
        self.follow(self.current)
        carried = baseline["carried"]
        if carried is not None:
            message = self.say("compare_loaded_carried", found=carried["version"], version=self.bank["version"],
                               kept=carried["kept"], dropped=carried["dropped"])
        else:
            message = self.say("compare_loaded")
        if kept:
            self.page["tell"](message)
        else:
            self.page["notify"](message + " " + self.say("compare_not_kept"), "error")

    def refuse(self, error):
        self.page["notify"](refusal(self.ui, error, self.lang, "baseline"), "error")

    def file_chosen(self, event):
        files = self.file_input.files
        if files.length == 0:
            return
        chosen = files.item(0)
        size = chosen.size
        self.file_input.value = ""
        if size > SIZE_LIMIT:
            self.refuse(too_large())
            return
        reader = self.page["window"].FileReader.new()

        def read(_event):
            try:
                baseline = core().baseline_from_file(self.bank, reader.result, size)
            except AnswersError as error:
                self.refuse(error)
                return
            self.loaded(baseline)

        reader.onload = self.page["listener"](read)
        reader.onerror = self.page["listener"](lambda *_: self.refuse(AnswersError("err_unreadable")))
        reader.readAsText(chosen)

    def link_key(self, event):
        if event.key == "Enter":
            event.preventDefault()
            self.link_given()

    def link_given(self, *_):
        text = self.link_input.value
        if len(text) > SIZE_LIMIT:
            self.refuse(too_large())
            return
        try:
            baseline = core().baseline_from_text(self.bank, text)
        except AnswersError as error:
            self.refuse(error)
            return
        self.link_input.value = ""
        self.loaded(baseline)

    def remove(self, *_):
        had = self.baseline is not None
        self.baseline = self.baseline_score = None
        self.page["store"].remove(self.page["key"])
        self.follow(self.current)
        self.file_button.focus()  # the button pressed is hidden with the table
        if had:
            self.page["tell"](self.say("compare_removed"))
