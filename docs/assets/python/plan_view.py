# The action plan on the self-check page, imported by selfcheck_page.py (MicroPython in the browser).
#
# The plan is data (selfcheck/plan.py); this file only shows it and turns the reader's edits into changes of it.
# Rows are clones of the form's <template> row (plan_markup.py), filled with textContent and input values only, so
# text typed or read from a file is never markup. Every handler runs through `guarded`: an unexpected error shows
# a message in the reader's language instead of reaching the page.
from jsffi import create_proxy

from selfcheck.plan import (COLUMNS, ROW_LIMIT, TEXT_FIELDS, add_priorities, empty_plan, empty_row, file_name,
                            follow, move, needs_asking, new_priorities, to_csv, to_markdown, typed_date, typed_text)
from selfcheck.text import say


class PlanView:
    """`page` holds the page script's services: ask, notify, save, download, today and label (functions)."""

    def __init__(self, root, bank, ui, lang, link_root, page):
        self.bank, self.ui, self.lang, self.link_root, self.page = bank, ui, lang, link_root, page
        self.plan = empty_plan()
        self.priorities = []
        self.stale = True  # the rows shown are not the plan's (yet)
        box = root.querySelector("[data-plan]")
        self.body = box.querySelector("[data-plan-rows]")
        self.template = box.querySelector("[data-plan-template]").content.firstElementChild
        self.empty_note = box.querySelector("[data-plan-empty]")
        self.offer = box.querySelector("[data-plan-offer]")
        self.offer_text = box.querySelector("[data-plan-offer-text]")
        self.add_button = box.querySelector('[data-plan-action="add"]')
        self.names = {}
        for activity in bank["activities"]:
            self.names[activity["id"]] = activity
        self.column_names = {}
        for field, key in COLUMNS:
            self.column_names[field] = say(ui, key, lang)
        self.body.addEventListener("input", create_proxy(self.guarded(self.edited)))
        self.body.addEventListener("click", create_proxy(self.guarded(self.row_clicked)))
        actions = {"add": self.add_row, "add-priorities": self.add_new_priorities, "csv": self.export_csv,
                   "markdown": self.export_markdown}
        for action in actions:
            button = box.querySelector('[data-plan-action="%s"]' % action)
            button.addEventListener("click", create_proxy(self.guarded(actions[action])))
            button.disabled = False

    def say(self, key, **values):
        return say(self.ui, key, self.lang, **values)

    def guarded(self, handler):
        def run(*args):
            try:
                handler(*args)
            except Exception:  # noqa: BLE001 - whatever went wrong, the reader gets a sentence, not a traceback
                self.page["notify"](self.say("plan_failed"), "error")
        return run

    # The plan as the page script sees it ------------------------------------------------------------------------

    def take(self, plan):
        """Show `plan` (read from storage or a file); None keeps the current one. Rows are drawn at the next follow."""
        if plan is not None:
            self.plan = plan
        self.stale = True

    def clear(self):
        self.take(empty_plan())

    def kept(self):
        """The plan for storage and export files, or None when there is nothing to keep."""
        return self.plan if self.plan["rows"] or self.plan["edited"] else None

    def follow(self, priorities):
        """Called with the results' priorities on every change: a plan not yet edited follows them."""
        if priorities == self.priorities and not self.stale:
            return
        self.priorities = priorities
        if not self.plan["edited"] or self.stale:
            self.plan = follow(self.bank, self.plan, priorities, self.lang)
            self.draw()
            self.empty_note.hidden = len(self.plan["rows"]) > 0
        self.show_offer()

    # Drawing ------------------------------------------------------------------------------------------------------

    def draw(self):
        """Every row anew, for a plan that changed as a whole (drafted, restored, imported, extended)."""
        rows = self.plan["rows"]
        self.body.replaceChildren(*[self.fill(self.template.cloneNode(True), index) for index in range(len(rows))])
        self.stale = False

    def redraw(self, first, last):
        """Rows `first` to `last` (included) in the elements already there: a move or a removal touches only those."""
        elements = self.body.children
        for index in range(max(first, 0), min(last, len(self.plan["rows"]) - 1) + 1):
            self.fill(elements.item(index), index)

    def focus(self, index, selector):
        if 0 <= index < len(self.plan["rows"]):
            self.body.children.item(index).querySelector(selector).focus()
        else:
            self.add_button.focus()

    def fill(self, element, index):
        row = self.plan["rows"][index]
        count = len(self.plan["rows"])
        element.dataset.row = str(index)
        number = index + 1
        element.querySelector("[data-plan-number]").textContent = self.say("plan_row", number=number)
        for field, _ in COLUMNS:
            control = element.querySelector('[data-field="%s"]' % field)
            control.value = row[field]
            control.setAttribute("aria-label", self.say("plan_field", column=self.column_names[field], number=number))
            self.show_print(element, row, field)
        self.show_links(element, row)
        for action, key, disabled in (("up", "plan_move_up_name", index == 0),
                                      ("down", "plan_move_down_name", index == count - 1),
                                      ("remove", "plan_remove_name", False)):
            button = element.querySelector('[data-row-action="%s"]' % action)
            button.setAttribute("aria-label", self.say(key, number=number))
            button.disabled = disabled
        return element

    def show_print(self, element, row, field):
        """The print-only copy of a field: paper shows texts whole, not in scrolling boxes."""
        value = row[field]
        if field == "activity":
            value = self.names[value]["name"][self.lang] if value else ""
        elif field == "status":
            value = self.say("plan_status_" + value)
        element.querySelector('[data-print="%s"]' % field).textContent = value

    def show_links(self, element, row):
        links = element.querySelector("[data-plan-links]")
        activity = self.names.get(row["activity"])
        links.hidden = activity is None
        if activity is not None:
            links.querySelector("[data-plan-lesson]").href = self.link_root + activity["lesson"]
            links.querySelector("[data-plan-tool]").href = self.link_root + activity["tool"]

    def show_offer(self):
        fresh = new_priorities(self.plan, self.priorities) if self.plan["edited"] else []
        self.offer.hidden = not fresh
        if fresh:
            names = ", ".join(self.names[activity_id]["name"][self.lang] for activity_id, _ in fresh)
            self.offer_text.textContent = self.say("plan_new_priorities", names=names)

    def changed(self, message):
        self.plan["edited"] = True
        self.empty_note.hidden = len(self.plan["rows"]) > 0
        self.show_offer()
        self.page["save"]()
        self.page["notify"](message)

    # Handlers -------------------------------------------------------------------------------------------------------

    def edited(self, event):
        target = event.target
        field = target.dataset.field
        if not field:
            return
        element = target.closest("tr")
        row = self.plan["rows"][int(element.dataset.row)]
        value = target.value
        if field in TEXT_FIELDS:
            value = typed_text(value)
        elif field == "when":
            value = typed_date(value)
        row[field] = value
        row["written"] = True
        self.plan["edited"] = True
        self.show_print(element, row, field)
        if field == "activity":
            self.show_links(element, row)
        self.show_offer()
        self.page["save"]()

    def row_clicked(self, event):
        button = event.target.closest("[data-row-action]")
        if button is None:
            return
        index = int(button.closest("tr").dataset.row)
        action = button.dataset.rowAction
        if action == "remove":
            self.remove_row(index)
            return
        moved = move(self.plan, index, -1 if action == "up" else 1)
        self.redraw(min(index, moved), max(index, moved))
        at_end = moved == 0 if action == "up" else moved == len(self.plan["rows"]) - 1
        # Focus stays with the moved row, on the same button unless the row reached that end.
        keep = ("down" if action == "up" else "up") if at_end else action
        self.focus(moved, '[data-row-action="%s"]' % keep)
        self.changed(self.say("plan_row_moved", number=moved + 1))

    def remove_row(self, index):
        rows = self.plan["rows"]
        number = index + 1

        def remove():
            del rows[index]
            self.body.children.item(index).remove()
            self.redraw(max(index - 1, 0), len(rows) - 1)  # numbers after it, and the ends' move buttons
            # Focus goes to the row that took its place, else the one before, else the add button.
            self.focus(index if index < len(rows) else index - 1, '[data-row-action="remove"]')
            self.changed(self.say("plan_row_removed", number=number))

        if needs_asking(rows[index]):
            self.page["ask"](self.say("confirm_remove_row", number=number), self.say("confirm_remove_row_yes"),
                             self.guarded(remove))
        else:
            remove()

    def add_row(self, *_):
        rows = self.plan["rows"]
        if len(rows) >= ROW_LIMIT:
            self.page["notify"](self.say("plan_full", limit=ROW_LIMIT), "error")
            return
        row = empty_row()
        row["written"] = True
        rows.append(row)
        self.body.appendChild(self.fill(self.template.cloneNode(True), len(rows) - 1))
        self.redraw(len(rows) - 2, len(rows) - 2)  # the row before can now move down
        self.focus(len(rows) - 1, '[data-field="activity"]')
        self.changed(self.say("plan_row_added", number=len(rows)))

    def add_new_priorities(self, *_):
        first = len(self.plan["rows"])
        add_priorities(self.bank, self.plan, self.priorities, self.lang)
        self.draw()
        self.focus(first, '[data-field="action"]')
        self.changed(self.say("plan_rows_added", count=len(self.plan["rows"]) - first))

    def export_csv(self, *_):
        self.page["download"](to_csv(self.bank, self.ui, self.plan, self.lang), "text/csv",
                              file_name(self.bank, self.page["today"](), "csv"))

    def export_markdown(self, *_):
        self.page["download"](to_markdown(self.bank, self.ui, self.plan, self.lang, self.page["label"]()),
                              "text/markdown", file_name(self.bank, self.page["today"](), "md"))
