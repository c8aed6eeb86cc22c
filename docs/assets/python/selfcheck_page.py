# The self-check page script, run by MicroPython in the reader's browser (python-page.js and page_start.py start it).
#
# The form is static HTML generated at build time; this script reads and restores answers, scores them with
# `selfcheck` on every change and writes the results into the page. Texts that come from a file, a link or the
# browser's storage are only ever set with textContent or as input values, never as markup.
#
# Every entry point (start-up, each event handler) runs through `guarded`: a Python error that reaches it is a fault
# of this page, told to the reader in their language. Storage goes through selfcheck-storage.js, since a JavaScript
# error thrown by a call from here could not be caught.
import sys

from js import document, window

from selfcheck.answers import (SIZE_LIMIT, AnswersError, clean_label, count_answers, empty_answers, excerpt,
                               export_file_name, export_text, is_share_fragment, merge_answers, new_respondent_id,
                               read_share, refusal, share_fragment, too_large)
from selfcheck.chart import bar_chart
from selfcheck.invitation import invitation_fragment, is_invitation_fragment, read_invitation
from selfcheck.invitation_texts import message_to_facilitator, workshop_title
from selfcheck.names import AIM_NAME, item_name, level_name, question_of, radio_id
from selfcheck.plan import priorities_of, read_export_document
from selfcheck.report import view
from selfcheck.rules import DONT_KNOW
from selfcheck.scoring import score
from selfcheck.text import say

from baseline_view import BaselineView
from page_parts import Dialog, dom_node, download, entry_guards, html_node, read_page_data
from plan_view import PlanView


root = document.querySelector("[data-selfcheck]")
lang = root.dataset.lang
link_root = root.dataset.root
data = read_page_data()
bank = data["bank"]
ui = data["ui"]
storage_key = "selfcheck:" + bank["id"]
SET_ASIDE_SLOTS = 5  # damaged values kept, each under its own key; the first has no number, as it always had
workshop_key = storage_key + ":workshop"  # the invitation this self-check was opened from, as its fragment
RANDOM_BYTES = 8  # for a respondent id: 10 base32 characters need 50 bits

# "unsaved": the ui.json key of the notice shown while saving fails (None while it works); "keep_stored": the stored
# value could not be read nor set aside, so it must not be overwritten. "respondent": the answer set's id, None until
# its first answer; "workshop": the invitation (session, email) in workshop mode, else None.
state = {"answers": empty_answers(), "label": "", "revision": 0,
         "unsaved": None, "keep_stored": False, "respondent": None, "workshop": None}
shown = {}  # what the page already shows, by element key, to touch the DOM only when something changed


def find(selector):
    return root.querySelector(selector)


def put_text(key, element, text):
    if shown.get(key) != text:
        element.textContent = text
        shown[key] = text


def put_attribute(key, element, name, value):
    key = key + "@" + name
    if shown.get(key) != value:
        element.setAttribute(name, value)
        shown[key] = value


def notify(text, kind="info", offer_export=False):
    put_attribute("notice", notice, "data-kind", kind)
    key = text + ("+export" if offer_export else "")
    if shown.get("notice") != key:
        shown["notice"] = key
        notice.replaceChildren(*([document.createTextNode(text)] + ([export_button] if offer_export else [])))


def tell(text, kind="info"):
    """Show `text`, unless answers cannot be saved: that notice stays until they can."""
    if state["unsaved"]:
        notify(say(ui, state["unsaved"], lang), "error", True)
    else:
        notify(text, kind)


def fault(error):
    """A Python error no handler expected: say so, offer export, and keep the page going."""
    sys.print_exception(error)  # for whoever opens the console
    root.dataset.fault = "1"
    notify(say(ui, "unexpected_error", lang), "error", True)


guarded, listener = entry_guards(fault)


# Elements written on every change, found once ------------------------------------------------------------------

def figure_cells(row):
    """The cells of a results row that show its figures, in the order show_figures writes them."""
    return [row.querySelector('[data-cell="%s"]' % cell) for cell in ("score", "band", "meaning", "answered")]


rows = {}
for activity in bank["activities"]:
    row = find('[data-result-activity="%s"]' % activity["id"])
    rows[activity["id"]] = (row, figure_cells(row), find('[data-progress-activity="%s"]' % activity["id"]))
overall_row = find("[data-result-overall]")
overall_cells = figure_cells(overall_row)
progress_text = find("[data-progress-overall]")
progress_bar = find("[data-progress-bar]")
summary = find("[data-summary]")
chart_box = find("[data-chart]")
priorities_list = find("[data-priorities]")
priorities_note = find("[data-priorities-note]")
continuum_result = find("[data-result-continuum]")
continuum_current = continuum_result.querySelector('[data-cell="current"]')
continuum_aim = continuum_result.querySelector('[data-cell="aim"]')
continuum_note = find("[data-continuum-note]")
continuum_guidance = find("[data-continuum-guidance]")
continuum_steps = find("[data-continuum-steps]")
report_label = find("[data-report-label]")
label_input = find("[data-label-input]")
import_file = find("[data-import-file]")
share_box = find("[data-share-box]")
share_field = find("[data-share-field]")
notice = find("[data-notice]")
workshop_banner = document.querySelector("[data-workshop-mode]")  # under the page's title, outside the form
workshop_title_text = workshop_banner.querySelector("[data-workshop-title]")
leave_button = workshop_banner.querySelector('[data-action="leave-workshop"]')
workshop_send = find("[data-workshop-send]")
workshop_link_box = find("[data-workshop-link-box]")
workshop_link = find("[data-workshop-link]")


# Results -------------------------------------------------------------------------------------------------------


def show_figures(key, row, cells, figures):
    put_attribute(key, row, "data-score", figures["score"])
    put_attribute(key, row, "data-band", figures["band"])
    for index, name in enumerate(("score_text", "band_text", "meaning_text", "answered_text")):
        put_text("%s.%d" % (key, index), cells[index], figures[name])


def show_priorities(entries):
    key = "|".join(entry["heading"] for entry in entries)
    if shown.get("priorities") == key:
        return
    shown["priorities"] = key
    items = []
    for entry in entries:
        item = html_node("li", None, {"data-priority": entry["id"]})
        item.appendChild(html_node("strong", entry["heading"]))
        item.appendChild(html_node("p", entry["text"]))
        links = html_node("p", None, {"class": "selfcheck-priority-links"})
        links.appendChild(html_node("a", entry["lesson_text"], {"href": link_root + entry["lesson"]}))
        links.appendChild(document.createTextNode(" · "))
        links.appendChild(html_node("a", entry["tool_text"], {"href": link_root + entry["tool"]}))
        item.appendChild(links)
        items.append(item)
    priorities_list.replaceChildren(*items)


def render():
    result = score(bank, state["answers"])
    shown_view = view(bank, ui, result, lang)
    progress = shown_view["progress"]
    put_text("progress", progress_text, progress["text"])
    put_attribute("progress", progress_bar, "value", str(progress["answered"]))
    for figures in shown_view["activities"]:
        row, cells, activity_progress = rows[figures["id"]]
        show_figures(figures["id"], row, cells, figures)
        put_text(figures["id"] + ".progress", activity_progress, figures["progress_text"])
    show_figures("overall", overall_row, overall_cells, shown_view["overall"])
    put_text("summary", summary, shown_view["summary"])

    chart_key = "|".join(entry["score"] + entry["band"] for entry in shown_view["activities"])
    if shown.get("chart") != chart_key:
        shown["chart"] = chart_key
        chart_box.replaceChildren(dom_node(bar_chart(bank, ui, shown_view, lang)))

    show_priorities(shown_view["priorities"])
    action_plan.follow(priorities_of(result))
    comparison.follow(result)
    put_text("priorities-note", priorities_note, shown_view["priorities_note"])
    priorities_note.hidden = shown_view["priorities_note"] == ""

    continuum = shown_view["continuum"]
    put_attribute("continuum", continuum_result, "data-current", str(continuum["current"]))
    put_attribute("continuum", continuum_result, "data-aim", "" if continuum["aim"] is None else str(continuum["aim"]))
    put_text("continuum.current", continuum_current, continuum["current_text"])
    put_text("continuum.aim", continuum_aim, continuum["aim_text"])
    put_text("continuum.note", continuum_note, continuum["out_of_order"])
    continuum_note.hidden = continuum["out_of_order"] == ""
    put_text("continuum.guidance", continuum_guidance, continuum["guidance"])
    steps_key = "|".join(continuum["steps"])
    if shown.get("continuum.steps") != steps_key:
        shown["continuum.steps"] = steps_key
        continuum_steps.replaceChildren(*[html_node("li", step) for step in continuum["steps"]])

    state["revision"] += 1
    root.dataset.revision = str(state["revision"])


# Answers in the form and in storage ----------------------------------------------------------------------------


def set_answer(name, value):
    question = question_of(name)
    if question is None:
        return False
    kind, key = question
    answers = state["answers"]
    if kind == "aim":
        answers["aim"] = int(value)
    elif kind == "level":
        answers["continuum"][key] = value
    else:
        answers["items"][key] = value if value == DONT_KNOW else int(value)
    return True


def read_checked():
    """Answers already ticked in the form (before the script was ready, or restored by the browser)."""
    checked = root.querySelectorAll("input[type=radio]:checked")
    for index in range(checked.length):
        set_answer(checked.item(index).name, checked.item(index).value)


def show_answers():
    """Tick exactly the radios of the current answers."""
    checked = root.querySelectorAll("input[type=radio]:checked")
    for index in range(checked.length):
        checked.item(index).checked = False
    answers = state["answers"]
    for item_id in answers["items"]:
        document.getElementById(radio_id(item_name(item_id), answers["items"][item_id])).checked = True
    for level in answers["continuum"]:
        document.getElementById(radio_id(level_name(level), answers["continuum"][level])).checked = True
    if answers["aim"] is not None:
        document.getElementById(radio_id(AIM_NAME, answers["aim"])).checked = True
    label_input.value = state["label"]
    show_label()


def show_label():
    report_label.textContent = say(ui, "report_label", lang, label=state["label"]) if state["label"] else ""
    report_label.hidden = not state["label"]


def today():
    return window.Date.new().toISOString()[:10]


store = window.selfcheckStorage


def save():
    """Keep the answers in storage; when that fails, the notice says so and offers export until it works again."""
    if state["keep_stored"]:
        saved = False
    elif count_answers(state["answers"]) == 0 and not state["label"] and action_plan.kept() is None:
        saved = store.remove(storage_key)
    else:
        text = stored_text()
        if len(text.encode("utf-8")) > SIZE_LIMIT:  # it could not be read back: keep what was saved before
            state["unsaved"] = "storage_too_long"
            return
        saved = store.write(storage_key, text)
    if saved:
        state["unsaved"] = None
    elif not state["unsaved"] or state["unsaved"] == "storage_too_long":
        state["unsaved"] = "storage_unavailable"


def stored_text():
    return export_text(bank, state["answers"], lang, today(), state["label"], action_plan.kept(), respondent())


def respondent():
    """The answer set's respondent id, made when its first answer is given; None while it has none."""
    if state["respondent"] is None and count_answers(state["answers"]):
        values = window.crypto.getRandomValues(window.Uint8Array.new(RANDOM_BYTES))
        state["respondent"] = new_respondent_id(bytes([values[index] for index in range(RANDOM_BYTES)]))
    return state["respondent"]


def adopt_respondent(found):
    """A file or link of the same person's answer set carries their id: it becomes this one's; without, it stays."""
    if found is not None:
        state["respondent"] = found


def set_aside():
    """Move an unreadable stored value under the first free set-aside key; False if it cannot be moved."""
    for slot in range(1, SET_ASIDE_SLOTS + 1):
        key = storage_key + ":set-aside" + ("" if slot == 1 else "-%d" % slot)
        if store.read(key, 0) is None:
            return store.move(storage_key, key)
    return False


def restore():
    text = store.read(storage_key, SIZE_LIMIT)
    if text is False:
        state["unsaved"] = "storage_unavailable"
        return
    if text is None:
        return
    try:
        if text is True:
            raise too_large()  # megabytes: not even copied into Python
        read = read_export_document(bank, text)
        answers, label, carried = read["answers"], read["label"], read["carried"]
        action_plan.take(read["plan"])
        state["answers"], state["label"], state["respondent"] = answers, label, read["respondent"]
        if carried is not None:  # saved with another version of the questions: say what came over, keep it so
            tell(carried_over_notice("storage_carried_over", carried))
            save()
    except AnswersError:
        # Old or damaged: keep it under another key for whoever wants it back, and start afresh.
        if set_aside():
            notify(say(ui, "storage_set_aside", lang), "error")
        else:
            state["keep_stored"] = True
            state["unsaved"] = "storage_set_aside_failed"


def carried_over_notice(key, carried, **values):
    return say(ui, key, lang, found=carried["version"], version=bank["version"], kept=carried["kept"],
               dropped=carried["dropped"], **values)


def replace_answers(answers, label=None):
    state["answers"] = answers
    if label is not None:
        state["label"] = label
    show_answers()
    save()
    render()


# Actions ---------------------------------------------------------------------------------------------------------


def on_change(event):
    target = event.target
    if target.type == "radio" and set_answer(target.name, target.value):
        save()
        render()
        tell("")  # a notice is about what happened before this answer


def take_label(typed):
    """The label the reader typed, cleaned; True if something had to be taken out."""
    state["label"] = clean_label(typed)
    return state["label"] != typed


def on_label(event):
    cleaned = take_label(label_input.value)
    if cleaned:
        label_input.value = state["label"]
    show_label()
    save()
    if cleaned:
        tell(say(ui, "label_cleaned", lang), "error")
    elif state["unsaved"]:
        tell("")


def on_storage(event):
    """Another tab of this page saved or erased answers: take theirs, keep this tab's others, and save the union."""
    if (event.key is not None and event.key != storage_key) or state["keep_stored"]:
        return
    if event.newValue is None:
        state["respondent"] = None  # erased there: the next first answer starts a new answer set
        if count_answers(state["answers"]) or state["label"]:
            state["answers"], state["label"] = empty_answers(), ""
            show_answers()
            render()
            tell(say(ui, "erased_in_tab", lang))
        return
    try:
        read = read_export_document(bank, event.newValue)
    except AnswersError:
        return  # not readable: this tab's next save replaces it
    theirs, label, their_plan = read["answers"], read["label"], read["plan"]
    adopt_respondent(read["respondent"])
    merged, changed = merge_answers(state["answers"], theirs)
    state["answers"], state["label"] = merged, label or state["label"]
    if their_plan is not None and not action_plan.plan["edited"]:
        action_plan.take(their_plan)  # a plan written in the other tab wins over one this tab has not touched
        render()
    if changed:
        show_answers()
        render()
        tell(say(ui, "merged_from_tab", lang, count=changed))
    if merged != theirs or state["label"] != label:
        save()  # this tab holds answers the other does not: the other tab merges them in turn


def export_answers(event):
    download(stored_text(), "application/json", export_file_name(bank, today()))


def import_chosen(event):
    files = import_file.files
    if files.length == 0:
        return
    chosen = files.item(0)
    name, size = chosen.name, chosen.size
    import_file.value = ""
    if size > SIZE_LIMIT:
        refuse(too_large(), "file")
        return
    reader = window.FileReader.new()

    def loaded(_event):
        try:
            read = read_export_document(bank, reader.result, size)
        except AnswersError as error:
            refuse(error, "file")
            return
        answers, label, carried, plan = read["answers"], read["label"], read["carried"], read["plan"]

        def load():
            action_plan.take(plan)
            adopt_respondent(read["respondent"])
            replace_answers(answers, label)
            if carried is None:
                tell(say(ui, "imported", lang, name=excerpt(name)))
            else:
                tell(carried_over_notice("imported_carried_over", carried, name=excerpt(name)))

        replace_after_asking(answers, load, "confirm_replace_file", "file_kept", plan is not None)

    def failed(_event):
        refuse(AnswersError("err_unreadable"), "file")

    reader.onload = listener(loaded)
    reader.onerror = listener(failed)
    reader.readAsText(chosen)


def refuse(error, source):
    notify(refusal(ui, error, lang, source), "error")


def share_address():
    location = window.location
    return location.origin + location.pathname + location.search + "#" + share_fragment(
        bank, state["answers"], respondent())


def share(event):
    address = share_address()
    share_field.value = address
    share_box.hidden = False
    share_field.select()
    clipboard = window.navigator.clipboard  # None outside secure contexts
    if clipboard is None:
        notify(say(ui, "link_copy_manual", lang))
        return
    # A refusal comes back through the promise (a JavaScript error thrown here could not be caught).
    clipboard.writeText(address).then(listener(lambda *_: notify(say(ui, "link_copied", lang))),
                                      listener(lambda *_: notify(say(ui, "link_copy_manual", lang))))


def start_over(event):
    def erase():
        action_plan.clear()
        state["respondent"] = None  # the next first answer makes a new one
        replace_answers(empty_answers(), "")
        tell(say(ui, "cleared", lang))

    dialog.ask(say(ui, "confirm_start_over", lang), say(ui, "confirm_start_over_yes", lang), erase)


def open_share_link():
    """Answers carried by the address (#answers=…): load them, asking first if they would replace others."""
    fragment = window.location.hash[1:]
    if not is_share_fragment(fragment) or dialog.element.open:
        return
    location = window.location
    window.history.replaceState(None, "", location.pathname + location.search)  # a reload must not ask again
    try:
        # Read as it is: a share link never needs percent-decoding, so an encoded one is a damaged one.
        read = read_share(bank, fragment)
    except AnswersError as error:
        refuse(error, "link")
        return
    answers = read["answers"]

    def load():
        adopt_respondent(read["respondent"])
        replace_answers(answers)
        tell(say(ui, "link_loaded", lang))

    replace_after_asking(answers, load, "confirm_replace", "link_kept")


def replace_after_asking(answers, load, question, kept, replaces_plan=False):
    """Run `load` at once if no answer (nor a plan the reader wrote) would be lost, otherwise if the reader confirms."""
    current = count_answers(state["answers"])
    if current == 0 and not (replaces_plan and action_plan.plan["edited"]):
        load()
    else:
        dialog.ask(say(ui, question, lang, count=count_answers(answers), current=current),
            say(ui, "confirm_replace_yes", lang), load, lambda: tell(say(ui, kept, lang)))


# Workshop mode ------------------------------------------------------------------------------------------------


def show_workshop():
    invitation = state["workshop"]
    workshop_banner.hidden = workshop_send.hidden = invitation is None
    if invitation is not None:
        put_text("workshop", workshop_title_text, workshop_title(ui, invitation, lang))


def restore_workshop():
    text = store.read(workshop_key, 2000)
    if isinstance(text, str):
        try:
            state["workshop"] = read_invitation(text)
        except AnswersError:
            store.remove(workshop_key)  # damaged: the page works as usual


def open_invitation(fragment):
    """An invitation in the address (#workshop=…): workshop mode, remembered; the address loses it, so that a share
    link made later does not carry it."""
    location = window.location
    window.history.replaceState(None, "", location.pathname + location.search)
    try:
        invitation = read_invitation(fragment)
    except AnswersError as error:
        notify(refusal(ui, error, lang, "invitation"), "error")
        return
    state["workshop"] = invitation
    store.write(workshop_key, invitation_fragment(invitation["session"], invitation["email"]))
    show_workshop()


def leave_workshop(event):
    state["workshop"] = None
    store.remove(workshop_key)
    show_workshop()
    heading = document.querySelector("h1")  # the button pressed is hidden with the banner: focus goes to the title
    heading.setAttribute("tabindex", "-1")
    heading.focus()
    tell(say(ui, "workshop_left", lang))


def send_to_facilitator(event):
    """Copy the share link, show it, and open the reader's e-mail program with a message that holds it."""
    if state["workshop"] is None:
        return
    address = share_address()
    workshop_link.value = address
    workshop_link_box.hidden = False
    clipboard = window.navigator.clipboard  # None outside secure contexts
    if clipboard is None:
        notify(say(ui, "workshop_sent_manual", lang))
    else:
        clipboard.writeText(address).then(listener(lambda *_: notify(say(ui, "workshop_sent", lang))),
                                          listener(lambda *_: notify(say(ui, "workshop_sent_manual", lang))))
    link = document.createElement("a")
    link.href = message_to_facilitator(ui, state["workshop"], address, lang)
    document.body.appendChild(link)
    link.click()
    link.remove()


def open_fragment():
    if is_invitation_fragment(window.location.hash[1:]):
        open_invitation(window.location.hash[1:])
    else:
        open_share_link()


ACTIONS = {
    "export": export_answers,
    "import": lambda *_: import_file.click(),
    "share": share,
    "print": lambda *_: window.print(),
    "start-over": start_over,
    "send-to-facilitator": send_to_facilitator,
}


def save_plan():
    """Save after an edit of the plan; the notice changes when saving starts or stops failing."""
    before = state["unsaved"]
    save()
    if state["unsaved"] != before:
        tell("")


dialog = Dialog(listener)
# The action plan (plan_view.py) reaches the page through these.
action_plan = PlanView(root, bank, ui, lang, link_root, {
    "ask": dialog.ask, "notify": tell, "save": save_plan, "download": download, "today": today, "label": lambda: state["label"]})

export_button = html_node("button", say(ui, "export_now", lang), {"type": "button", "class": "md-button"})

comparison = BaselineView(root, bank, ui, lang, {"notify": notify, "tell": tell, "listener": listener, "store": store,
                                                 "window": window, "key": storage_key + ":baseline"})


def start():
    typed = label_input.value  # typed while the page was loading: it wins over the stored label, like the radios
    restore()
    restore_workshop()
    comparison.restore()
    read_checked()  # what the reader ticked while the page was loading wins over what was stored
    if typed:
        take_label(typed)
    show_answers()
    # In the same task as read_checked: an answer given from now on reaches on_change, none falls in between.
    root.addEventListener("change", listener(on_change))
    label_input.addEventListener("input", listener(on_label))
    import_file.addEventListener("change", listener(import_chosen))
    export_button.addEventListener("click", listener(export_answers))
    leave_button.addEventListener("click", listener(leave_workshop))
    leave_button.disabled = False
    for action in ACTIONS:
        button = find('[data-action="%s"]' % action)
        button.addEventListener("click", listener(ACTIONS[action]))
        button.disabled = False
    window.onstorage = listener(on_storage)
    state["typed"] = typed


def show_first_results():
    render()
    if count_answers(state["answers"]) or state.pop("typed", ""):
        save()
    if state["unsaved"]:
        tell("")
    show_workshop()
    open_fragment()
    # A link opened while the page is already open (pasted into the address bar) only changes the fragment.
    window.onhashchange = listener(lambda *_: open_fragment())


def mark_ready():
    root.dataset.ready = "1"


# Run one per task by page_start.py, so that no step holds the browser long; all at once when this is the main script.
START_UP = (guarded(start), guarded(show_first_results), mark_ready)
if __name__ == "__main__":
    for step in START_UP:
        step()
