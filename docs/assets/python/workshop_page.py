# The workshop page script, run by PyScript (MicroPython) in the facilitator's browser.
#
# The page is static HTML generated at build time (selfcheck/workshop_form.py); this script makes the invitation
# link and its QR code, collects results from files and pasted text with `selfcheck.collect`, keeps the collected
# set in the browser's storage as a group file, and shows the group's results, the change since a baseline and the
# group's action plan. Nothing is sent anywhere. Texts that come from a file, a link or storage are only ever set
# with textContent or as input values, never as markup.
#
# As on the self-check page, every entry point runs through `guarded`, and storage goes through
# selfcheck-storage.js (a JavaScript error thrown by a call from here could not be caught), the QR encoder through
# workshop-qr.js for the same reason.
import sys

from js import document, window

from selfcheck.answers import SIZE_LIMIT, AnswersError, clean_label, empty_answers, excerpt, export_text
from selfcheck.collect import add_sources, read_results_file, refusal_line
from selfcheck.group import compare, group_results, merge
from selfcheck.group_file import group_file_name, group_text, read_group
from selfcheck.group_view import view as group_view
from selfcheck.invitation import check_email, invitation_fragment
from selfcheck.plan import priorities_of, read_plan
from selfcheck.text import say

from page_parts import SVG, Dialog, dom_node, download, entry_guards, html_node, read_page_data
from plan_view import PlanView

STORED_LIMIT = SIZE_LIMIT  # the set is kept as a group file, which any file's limits hold whole


root = document.querySelector("[data-workshop]")
lang = root.dataset.lang
link_root = root.dataset.root
data = read_page_data()
bank = data["bank"]
ui = data["ui"]
storage_key = "selfcheck-workshop:" + bank["id"]
plan_key = storage_key + ":plan"
email_key = storage_key + ":email"

# "counts" and "refusals": what the last addition did (None after a reload: only the total is shown); "baseline": a
# group_results() to compare with, or None; "scores": what group_results keeps between calls (a change rescores only
# the results it brings); "unsaved": True while the set cannot be saved.
state = {"results": [], "session": "", "email": "", "revision": 0, "counts": None, "refusals": [], "baseline": None,
         "scores": {}, "unsaved": False, "keep_stored": False}


def find(selector):
    return root.querySelector(selector)


def say_here(key, **values):
    return say(ui, key, lang, **values)


def notify(text, kind="info", offer_export=False):
    notice.setAttribute("data-kind", kind)
    notice.replaceChildren(*([document.createTextNode(text)] + ([export_button] if offer_export else [])))


def tell(text, kind="info"):
    """Show `text`, unless the set cannot be saved: that notice stays until it can."""
    if state["unsaved"]:
        notify(say_here("workshop_storage_unavailable"), "error", True)
    else:
        notify(text, kind)


def fault(error):
    """A Python error no handler expected: say so, offer export, and keep the page going."""
    sys.print_exception(error)  # for whoever opens the console
    root.dataset.fault = "1"
    notify(say_here("workshop_unexpected_error"), "error", True)


guarded, listener = entry_guards(fault)


notice = find("[data-notice]")
session_input = find("[data-workshop-session]")
email_input = find("[data-workshop-email]")
link_field = find("[data-workshop-link]")
qr_box = find("[data-workshop-qr]")
files_input = find("input[data-workshop-files]")
links_box = find("textarea[data-workshop-links]")
add_links_button = find("[data-workshop-add-links]")
count_line = find("[data-group-count]")
refusal_list = find("[data-group-refusals]")
baseline_input = find("input[data-workshop-baseline]")
baseline_status = find("[data-workshop-baseline-status]")
results_box = find("[data-workshop-results]")


def today():
    return window.Date.new().toISOString()[:10]


# Storage ----------------------------------------------------------------------------------------------------------

store = window.selfcheckStorage


def save():
    """Keep the set, the session name and the group's plan; when that fails, the notice says so and offers export."""
    saved = not state["keep_stored"]
    if saved:
        if state["results"] or state["session"]:
            saved = store.write(storage_key, group_text(bank, state["session"], state["results"], today()))
        else:
            saved = store.remove(storage_key)
    plan = action_plan.kept()
    if plan is None:
        saved = store.remove(plan_key) and saved
    else:  # an export document without answers: the plan is read back with the checks of any export
        text = export_text(bank, empty_answers(), lang, today(), "", plan)
        # Past the limit it could not be read back: the plan saved before stays, and the notice asks for an export.
        saved = len(text.encode("utf-8")) <= STORED_LIMIT and store.write(plan_key, text) and saved
    saved = (store.write(email_key, state["email"]) if state["email"] else store.remove(email_key)) and saved
    state["unsaved"] = not saved


def save_and_tell():
    before = state["unsaved"]
    save()
    if state["unsaved"] != before:
        tell("")


def restore():
    text = store.read(storage_key, STORED_LIMIT)
    if text is False:
        state["unsaved"] = True
        return
    if text is not None:
        try:
            if text is True:
                raise AnswersError("err_too_large", limit=STORED_LIMIT // 1024)
            group = read_group(bank, text)
            state["session"], state["results"] = group["session"], group["results"]
        except AnswersError:
            # Damaged, or from a newer version of the page: keep it for whoever wants it back, and start afresh.
            aside = storage_key + ":set-aside"
            if store.read(aside, 0) is None and store.move(storage_key, aside):
                notify(say_here("workshop_storage_set_aside"), "error")
            else:
                state["keep_stored"] = True
                state["unsaved"] = True
    plan_text = store.read(plan_key, STORED_LIMIT)
    if isinstance(plan_text, str):
        try:
            action_plan.take(read_plan(bank, plan_text))
        except AnswersError:
            pass  # a damaged plan: the group's priorities draft a new one, saved over it at the next change
    email = store.read(email_key, 1000)
    if isinstance(email, str):
        state["email"] = email


def on_storage(event):
    """Another tab of this page changed the set or the plan: take theirs in, keep this tab's, save the union."""
    if state["keep_stored"] or event.key not in (storage_key, plan_key):
        return
    if event.key == plan_key:
        if event.newValue is not None and not action_plan.plan["edited"]:
            try:
                action_plan.take(read_plan(bank, event.newValue))
            except AnswersError:
                return  # not readable: this tab's next save replaces it
            render()
        return
    try:
        theirs = {"session": "", "results": []} if event.newValue is None else read_group(bank, event.newValue)
    except AnswersError:
        return  # not readable: this tab's next save replaces it
    if theirs["session"] != state["session"]:  # typed there last
        state["session"] = session_input.value = theirs["session"]
        show_invitation()
    # Every tab holds the whole set (it is read at start and kept up to date from here): an empty one was erased.
    if not theirs["results"]:
        if state["results"]:
            state["results"], state["counts"], state["refusals"] = [], None, []
            render()
            tell(say_here("workshop_erased_in_tab"))
        return
    merged = merge(state["results"], theirs["results"])[0]
    if merged != state["results"]:
        state["results"] = merged
        render()
        tell(say_here("workshop_merged_from_tab", respondents=len(merged)))
    if merged != theirs["results"]:
        save()  # this tab holds results the other does not: the other tab merges them in turn


# Invitation ---------------------------------------------------------------------------------------------------------


def invitation_link():
    """The invitation's absolute address (a session without a name is a workshop all the same)."""
    email = state["email"]
    try:
        email = check_email(email) if email else ""
    except AnswersError:
        email = ""
    page = window.URL.new(root.dataset.selfcheckPage, window.location.href)
    return page.origin + page.pathname + "#" + invitation_fragment(state["session"], email)


def show_invitation():
    link = invitation_link()
    link_field.value = link
    drawn = window.workshopQr.draw(link)
    if drawn is False:
        return  # the encoder is still loading: it says when it is ready ("workshop-qr-ready")
    if drawn is None:
        qr_box.replaceChildren(html_node("p", say_here("workshop_qr_missing")))
        return
    side = str(drawn.size)  # in modules, the quiet zone around the code included
    svg = document.createElementNS(SVG, "svg")
    for name, value in (("viewBox", "0 0 %s %s" % (side, side)), ("role", "img"),
                        ("class", "selfcheck-qr-svg"), ("shape-rendering", "crispEdges"),
                        ("aria-label", say_here("workshop_qr_name"))):
        svg.setAttribute(name, value)
    # Dark on light whatever the colour scheme: phones read a QR code that way.
    background = document.createElementNS(SVG, "rect")
    for name, value in (("width", side), ("height", side), ("fill", "#fff")):
        background.setAttribute(name, value)
    modules = document.createElementNS(SVG, "path")
    modules.setAttribute("d", drawn.path)
    modules.setAttribute("fill", "#000")
    svg.appendChild(background)
    svg.appendChild(modules)
    qr_box.replaceChildren(svg)


def on_session(event):
    typed = session_input.value
    state["session"] = clean_label(typed)
    if state["session"] != typed:
        session_input.value = state["session"]
        tell(say_here("workshop_session_cleaned"), "error")
    show_invitation()
    save_and_tell()


def on_email(event):
    state["email"] = email_input.value.strip()
    show_invitation()
    save_and_tell()
    try:
        if state["email"]:
            check_email(state["email"])
    except AnswersError:
        tell(say_here("workshop_email_ignored"), "error")


def copy_link(event):
    link = link_field.value
    link_field.select()
    clipboard = window.navigator.clipboard  # None outside secure contexts
    if clipboard is None:
        notify(say_here("workshop_link_copy_manual"))
        return
    clipboard.writeText(link).then(listener(lambda *_: notify(say_here("workshop_link_copied"))),
                                   listener(lambda *_: notify(say_here("workshop_link_copy_manual"))))


# Collecting ---------------------------------------------------------------------------------------------------------


def add(sources, unreadable=()):
    """Add `sources` (see collect.add_sources) to the set; `unreadable` names files the browser could not read."""
    added = add_sources(bank, state["results"], sources)
    if not state["session"]:
        take_session(sources)
    state["results"] = added["results"]
    counts = {}
    for key in added["counts"]:
        counts[key] = added["counts"][key]
    refusals = list(added["refusals"])
    for name in unreadable:
        refusals.append({"name": name, "source": "file", "error": AnswersError("err_unreadable")})
    counts["refused"] += len(unreadable)
    state["counts"], state["refusals"] = counts, refusals
    save_and_tell()
    render()


def take_session(sources):
    """A group file added while the session has no name gives it its own."""
    for source in sources:
        if source["kind"] != "file" or '"group"' not in source["text"]:
            continue  # not a group file: only those have a session
        try:
            session = read_results_file(bank, source["text"], source["size"])["session"]
        except AnswersError:
            continue  # refused by add_sources too, with its reason
        if session:
            state["session"] = session
            session_input.value = session
            show_invitation()
            return


def read_files(files):
    """Read every file of a FileList, then add them all at once (one count for the whole drop)."""
    count = files.length
    if count == 0:
        return
    sources, unreadable = [], []
    pending = [count]

    def done():
        pending[0] -= 1
        if pending[0] == 0:
            add(sources, unreadable)

    for index in range(count):
        chosen = files.item(index)
        name, size = chosen.name, chosen.size
        if size > STORED_LIMIT:  # not even read: collect refuses it by its size
            sources.append({"kind": "file", "name": name, "text": "", "size": size})
            done()
            continue
        start_reading(chosen, name, size, sources, unreadable, done)


def start_reading(chosen, name, size, sources, unreadable, done):
    reader = window.FileReader.new()

    def loaded(_event):
        sources.append({"kind": "file", "name": name, "text": reader.result, "size": size})
        done()

    def failed(_event):
        unreadable.append(name)
        done()

    reader.onload = listener(loaded)
    reader.onerror = listener(failed)
    reader.readAsText(chosen)


def files_chosen(event):
    files = files_input.files
    read_files(files)
    files_input.value = ""


def on_drag(event):
    event.preventDefault()  # else the browser opens the dropped file instead of handing it to the page
    root.dataset.dragging = "1"


def on_drag_end(event):
    root.removeAttribute("data-dragging")


def on_drop(event):
    event.preventDefault()
    root.removeAttribute("data-dragging")
    if event.dataTransfer is not None:
        read_files(event.dataTransfer.files)


def add_links(event):
    # Every share link in the text is read on its own; a text without one is refused, and says so.
    add([{"kind": "text", "name": say_here("workshop_pasted_text"), "text": links_box.value}])


def export_group(event):
    if not state["results"]:
        tell(say_here("workshop_nothing_to_export"), "error")
        return
    download(group_text(bank, state["session"], state["results"], today()), "application/json",
             group_file_name(bank, state["session"], today()))


def clear(event):
    def erase():
        state["results"], state["counts"], state["refusals"] = [], None, []
        action_plan.clear()
        save_and_tell()
        render()
        tell(say_here("workshop_cleared"))

    dialog.ask(say_here("workshop_confirm_clear", count=len(state["results"])), say_here("confirm_start_over_yes"),
               erase, lambda: tell(say_here("workshop_clear_kept")))


# Baseline -----------------------------------------------------------------------------------------------------------


def baseline_chosen(event):
    files = baseline_input.files
    if files.length == 0:
        return
    chosen = files.item(0)
    name, size = chosen.name, chosen.size
    baseline_input.value = ""
    reader = window.FileReader.new()

    def loaded(_event):
        take_baseline(name, reader.result, size)

    reader.onload = listener(loaded)
    reader.onerror = listener(lambda *_: refuse_baseline(AnswersError("err_unreadable")))
    reader.readAsText(chosen)


def take_baseline(name, text, size):
    try:
        # A group file, or one person's; of this bank and version only, as everything the workshop puts side by side.
        results = read_results_file(bank, text, size)["results"]
    except AnswersError as error:
        refuse_baseline(error)
        return
    state["baseline"] = group_results(bank, results)
    baseline_status.textContent = say_here("workshop_baseline_loaded", name=excerpt(name), respondents=len(results))
    baseline_status.hidden = False
    remove_baseline_button.disabled = False
    render()
    tell(baseline_status.textContent)


def refuse_baseline(error):
    tell(say_here("workshop_baseline_refused", reason=say(ui, error.key, lang, **error.values)), "error")


def remove_baseline(event):
    state["baseline"] = None
    baseline_status.hidden = True
    remove_baseline_button.disabled = True
    render()
    tell(say_here("workshop_baseline_removed"))


# Results ------------------------------------------------------------------------------------------------------------


def show_count():
    respondents = len(state["results"])
    counts = state["counts"]
    count_line.setAttribute("data-respondents", str(respondents))
    for key in ("added", "replaced", "duplicates", "refused"):
        count_line.setAttribute("data-" + key, str(counts[key] if counts else 0))
    if counts is not None:
        count_line.textContent = say_here("workshop_count", respondents=respondents, added=counts["added"],
                                          replaced=counts["replaced"], duplicates=counts["duplicates"],
                                          refused=counts["refused"])
    elif respondents:
        count_line.textContent = say_here("workshop_count_total", respondents=respondents)
    else:
        count_line.textContent = say_here("workshop_count_none")
    refusal_list.replaceChildren(*[html_node("li", refusal_line(ui, entry, lang)) for entry in state["refusals"]])
    refusal_list.hidden = not state["refusals"]




def render():
    show_count()
    results = state["results"]
    group = group_results(bank, results, state["scores"])
    comparison = None if state["baseline"] is None else compare(bank, group, state["baseline"])
    results_box.replaceChildren(dom_node(group_view(bank, ui, lang, results, comparison, state["session"], link_root,
                                                    group)))
    action_plan.follow(priorities_of(group) if results else [])
    state["revision"] += 1
    root.dataset.revision = str(state["revision"])  # what tests wait for: the page has shown a change


# Start --------------------------------------------------------------------------------------------------------------


def button(action):
    return find('[data-workshop-action="%s"]' % action)


remove_baseline_button = button("remove-baseline")
export_button = html_node("button", say_here("workshop_export"), {"type": "button", "class": "md-button"})

dialog = Dialog(listener)
# The action plan (plan_view.py) reaches the page through these.
action_plan = PlanView(root, bank, ui, lang, link_root, {
    "ask": dialog.ask, "notify": tell, "save": save_and_tell, "download": download, "today": today,
    "label": lambda: state["session"]})

def show_large(event):
    # Where the browser cannot show it alone on the screen, the code stays as it is: large already.
    window.workshopQr.fullScreen(find("[data-workshop-qr-figure]"))


ACTIONS = {"copy": copy_link, "qr-large": show_large, "export": export_group, "clear": clear, "remove-baseline": remove_baseline,
           "print": lambda *_: window.print()}


def start():
    typed_session, typed_email = session_input.value, email_input.value  # typed while the page was loading: they win
    restore()
    if typed_session:
        state["session"] = clean_label(typed_session)
    if typed_email:
        state["email"] = typed_email.strip()
    session_input.value = state["session"]
    email_input.value = state["email"]
    session_input.addEventListener("input", listener(on_session))
    email_input.addEventListener("input", listener(on_email))
    files_input.addEventListener("change", listener(files_chosen))
    baseline_input.addEventListener("change", listener(baseline_chosen))
    add_links_button.addEventListener("click", listener(add_links))
    add_links_button.disabled = False
    export_button.addEventListener("click", listener(export_group))
    for action in ACTIONS:
        button(action).addEventListener("click", listener(ACTIONS[action]))
        button(action).disabled = action == "remove-baseline"
    for name, handler in (("dragover", on_drag), ("dragleave", on_drag_end), ("drop", on_drop)):
        document.addEventListener(name, listener(handler))
    document.addEventListener("workshop-qr-ready", listener(lambda *_: show_invitation()))
    window.onstorage = listener(on_storage)  # (window.addEventListener, called from here, loses its `this`)
    state["typed"] = bool(typed_session or typed_email)


def show_first_results():
    show_invitation()
    render()
    if state.pop("typed", False):
        save()
    if state["unsaved"]:
        tell("")


def mark_ready():
    root.dataset.ready = "1"


# Run one per task by page_start.py, so that no step holds the browser long; all at once when this is the main script.
START_UP = (guarded(start), guarded(show_first_results), mark_ready)
if __name__ == "__main__":
    for step in START_UP:
        step()
