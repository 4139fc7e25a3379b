"""Provides the profile screen: pick and rank your interests, motivators, skills and culture, with evidence."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from game.core.selfknowledge import KIND_TITLES, KINDS, TOP, SelfKnowledge
from game.ui.dialogs.line import LineDialog

KEYS = "Enter pick or drop · u/d rank up/down · e evidence · a add your own · ←/→ or 1-4 kind · Esc back"


class ProfileScreen(Screen[None]):
    """Your self-knowledge, one kind at a time: picked items first, best first."""

    BINDINGS = [
        Binding("u", "move(-1)", "Rank up"),
        Binding("d", "move(1)", "Rank down"),
        Binding("e", "evidence", "Evidence"),
        Binding("a", "add", "Add your own"),
        Binding("left", "kind(-1)", "Previous kind", show=False),
        Binding("right", "kind(1)", "Next kind", show=False),
        Binding("1", "show_kind(0)", show=False),
        Binding("2", "show_kind(1)", show=False),
        Binding("3", "show_kind(2)", show=False),
        Binding("4", "show_kind(3)", show=False),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.kind = KINDS[0]
        self.knowledge = SelfKnowledge()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="profile-kinds"):
            for n, kind in enumerate(KINDS, start=1):
                yield Button(f"{n} {KIND_TITLES[kind]}", id=f"kind-{kind}", compact=True)
        yield Static(id="profile-hint")
        yield OptionList(id="profile-items", markup=False)
        yield Static(Text(KEYS, style="dim"), id="profile-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.knowledge = self.app.self_knowledge()
        self.show()
        self.query_one("#profile-items", OptionList).focus()

    # ----- rendering ---------------------------------------------------------------------

    @property
    def highlighted_id(self) -> str | None:
        options = self.query_one("#profile-items", OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def show(self, keep: str | None = None) -> None:
        profile = self.knowledge.profile
        for kind in KINDS:
            self.query_one(f"#kind-{kind}", Button).variant = "primary" if kind == self.kind else "default"
        picked = profile.chosen(self.kind)
        hint = Text(f"{KIND_TITLES[self.kind]}: {len(picked)} picked. ", style="bold")
        hint.append(f"Your top {TOP} are used in interviews; give each one line of evidence.", style="italic")
        self.query_one("#profile-hint", Static).update(hint)
        options = self.query_one("#profile-items", OptionList)
        options.clear_options()
        for rank, item in enumerate(picked, start=1):
            line = Text(f"{rank}. ", style="bold")
            line.append(item.label, style="bold" if rank <= TOP else "")
            line.append(f" — {item.about}")
            evidence = profile.evidence.get(item.id)
            if evidence:
                line.append(f"\n   evidence: {evidence}", style="italic")
            elif rank <= TOP:
                line.append("\n   no evidence yet (e to write one line)", style="dim")
            options.add_option(Option(line, id=item.id))
        for item in profile.items(self.kind):
            if item.id not in profile.ranked[self.kind]:
                line = Text("   ")
                line.append(item.label)
                line.append(f" — {item.about}", style="dim")
                options.add_option(Option(line, id=item.id))
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index(keep) if keep in ids else 0

    def keep(self, item_id: str | None) -> None:
        self.app.keep_self_knowledge(self.knowledge)
        self.show(item_id)

    # ----- actions -----------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#profile-items")
    def toggle(self, event: OptionList.OptionSelected) -> None:
        item_id = event.option.id or ""
        profile = self.knowledge.profile
        if item_id in profile.ranked[self.kind]:
            profile.drop(item_id)
        else:
            profile.pick(item_id)
        self.keep(item_id)

    @on(Button.Pressed)
    def clicked_kind(self, event: Button.Pressed) -> None:
        self.kind = (event.button.id or "").removeprefix("kind-")
        self.show()
        self.query_one("#profile-items", OptionList).focus()

    def action_kind(self, step: int) -> None:
        self.action_show_kind((KINDS.index(self.kind) + step) % len(KINDS))

    def action_show_kind(self, index: int) -> None:
        self.kind = KINDS[index]
        self.show()

    def action_move(self, step: int) -> None:
        item_id = self.highlighted_id
        if item_id and item_id in self.knowledge.profile.ranked[self.kind]:
            self.knowledge.profile.move(item_id, step)
            self.keep(item_id)
        elif item_id:
            self.notify("Pick the item first (Enter), then rank it.", timeout=3)

    def action_evidence(self) -> None:
        item_id = self.highlighted_id
        item = self.knowledge.profile.item(item_id or "")
        if item is None:
            return

        def written(line: str | None) -> None:
            if line is None:
                return
            self.knowledge.profile.pick(item.id)
            self.knowledge.profile.set_evidence(item.id, line)
            self.keep(item.id)

        current = self.knowledge.profile.evidence.get(item.id, "")
        self.app.push_screen(LineDialog(f"One line that shows \"{item.label}\" is true of you:", current,
                                        "e.g. I mentored four new hires last year"), written)

    def action_add(self) -> None:
        def named(label: str | None) -> None:
            if not label or not label.strip():
                return
            try:
                item = self.knowledge.profile.add_own(self.kind, label)
            except ValueError as exc:
                self.notify(str(exc), title="Profile", severity="warning", timeout=5, markup=False)
                return
            self.keep(item.id)

        kind = KIND_TITLES[self.kind].lower()
        self.app.push_screen(LineDialog(f"Name something of your own to add to your {kind}:", "", "e.g. Sign language", 60), named)
