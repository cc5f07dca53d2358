"""Pick your router from the guides, grouped by kind, with a way on whatever happens.

Why it looks like this (issue 12): a flat alphabetical list of 120 guides,
mostly business firewalls, buried "Generic / unknown router" in the middle
and ended in an empty list with a grey Next when a search found nothing. So:

* **"Not listed / I don't know" is pinned first** and is always in the list,
  alone when a search finds nothing; it leads to the generic guide, whose
  steps work on any router. Next is never grey for want of a choice.
* **Guides are grouped** by what a home user recognises (home routers, boxes
  from the internet provider, mesh Wi-Fi, 4G/5G, business), using each
  family's ``kind``; the group headers are rows that cannot be chosen.
* **Searching is the guide look-up's** (:func:`app.guides.lookup.find`): the
  same forgiving matching as ``sipalg guide``, and words of the user's own
  ("my router", "wifi router") name no brand, so nothing specific is chosen
  for them; the pinned entry is.
* **Keyboard**: type to search (keys typed in the list go to the search
  field), the arrows move through the choices from either widget and skip
  the headers, Return goes on (the wizard's default button).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.guides.database import GuideDatabase
from app.guides.lookup import MAX_QUERY, find
from app.guides.schema import Family
from app.ui.widgets import hint_label

GENERIC_ID: Final = "generic"  # the guide behind "Not listed / I don't know"
ID_ROLE: Final = Qt.ItemDataRole.UserRole  # a family id; None on a group header
HEADER_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the group key of a header row

# Groups in the order a home user meets them; a guide of a kind not listed here
# (a new kind, or a generic one such as Linux netfilter) goes to "other".
GROUPS: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    ("home", frozenset({"consumer-router"})),
    ("isp", frozenset({"isp-gateway"})),
    ("mesh", frozenset({"mesh-wifi"})),
    ("mobile", frozenset({"mobile-router"})),
    ("business", frozenset({"business-router", "firewall", "router-os", "cloud-managed"})),
    ("other", frozenset()),
)
_GROUP_ORDER: Final = [key for key, _ in GROUPS]

_MOVES: Final = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -8,
    Qt.Key.Key_PageDown: 8,
}
_CHORDS: Final = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def group_of(family: Family) -> str:
    """The key of the group ``family`` is listed under."""
    return next((key for key, kinds in GROUPS if family.kind in kinds), "other")


def grouped(families: Iterable[Family], *, by_rank: bool) -> list[tuple[str, list[Family]]]:
    """``families`` (without the generic guide, which is pinned) in their groups.

    ``by_rank``: search results keep the look-up's order, so the group of the
    best match comes first and each group lists its best first; otherwise the
    groups come in their fixed order and each is alphabetical.
    """
    groups: dict[str, list[Family]] = {}
    for fam in families:
        if fam.id != GENERIC_ID:
            groups.setdefault(group_of(fam), []).append(fam)
    if by_rank:
        return list(groups.items())
    return [
        (key, sorted(groups[key], key=lambda f: (f.brand.casefold(), f.name.casefold())))
        for key in _GROUP_ORDER
        if key in groups
    ]


class RouterPicker(QWidget):
    """A search field, a status line and the grouped list of router guides.

    ``changed`` is emitted when the choice may have changed; ``picked`` when
    the user double-clicks a choice (the page goes on).
    """

    changed = Signal()
    picked = Signal()

    def __init__(self, load: Callable[[], GuideDatabase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Read on first use, when the page is shown: parsing the ~100 guide files
        # took 0.1 s of the wizard's start, before a window the user waits for.
        self._load = load
        self._db: GuideDatabase | None = None
        self.detected: str | None = None  # the guide id router identification chose
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a brand or model, e.g. TP-Link Archer"))
        self.search.setAccessibleName(self.tr("Search for your router"))
        self.search.setAccessibleDescription(
            self.tr("Type to search; the arrow keys move through the routers below.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)  # the look-up reads no further
        self.status = hint_label("")
        self.status.setAccessibleName(self.tr("About the search"))
        self.status.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routers"))
        self.list.setAccessibleDescription(
            self.tr(
                "Grouped by kind. The first entry, Not listed / I don't know, "
                "gives steps that work on any router."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self.changed)
        self.list.itemDoubleClicked.connect(self._on_double_click)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)

    @property
    def db(self) -> GuideDatabase:
        if self._db is None:
            self._db = self._load()
        return self._db

    # --- what the page asks ---------------------------------------------------------------

    def chosen(self) -> Family | None:
        """The selected guide. Selected, not merely current: Qt makes a row current
        when the list gets the focus by Tab, which is not a choice."""
        items = self.list.selectedItems()
        guide_id = items[0].data(ID_ROLE) if items else None
        return None if guide_id is None else self.db.family(str(guide_id))

    def select(self, guide_id: str) -> bool:
        """Select and show one guide if it is listed (the generic one is the pinned row)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == guide_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)
                self.list.scrollToItem(item)
                return True
        return False

    def show_all(self, detected: str | None, preferred: str | None = None) -> None:
        """Fill the list for a new visit: ``preferred`` (an earlier choice), else the
        detected router, else "Not listed / I don't know" is selected."""
        self.detected = detected
        if self.search.text():
            self.search.clear()  # refreshes
        else:
            self.refresh()
        for guide_id in (preferred, detected):
            if guide_id and self.select(guide_id):
                return
        self.select(GENERIC_ID)

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        query = self.search.text().strip()
        previous = self.chosen()
        self.list.clear()
        self._add_pinned()
        if not query:
            self._add_groups(grouped(self.db.families(), by_rank=False))
            self._say("")
            if not (previous and self.select(previous.id)):
                self.select(self.detected or GENERIC_ID) or self.select(GENERIC_ID)
            self.changed.emit()
            return
        lookup = find(self.db, query, limit=50)
        if lookup.matches:
            self._add_groups(grouped((m.family for m in lookup.matches), by_rank=True))
            self.select(lookup.matches[0].family.id)
            self._say(self.tr("Not in the list? Choose “Not listed / I don't know” at the top."))
        else:
            # Nothing specific: the pinned entry alone, chosen, and why. Words such as
            # "my router" land here too, so they never pick a brand.
            self.select(GENERIC_ID)
            self._say(self._why_nothing(query, lookup.reason, lookup.not_covered))
        self.changed.emit()

    def _why_nothing(self, query: str, reason: str, not_covered: str | None) -> str:
        if reason == "generic-words":
            text = (
                self.tr(
                    "“%s” does not name a brand or model (they are printed on the router's label)."
                )
                % query
            )
        elif reason == "not-covered" and not_covered:
            text = (
                self.tr(
                    "%s has no guide of its own yet, and the steps for the maker's other "
                    "products do not apply to it."
                )
                % not_covered
            )
        else:
            text = self.tr("No guide matches “%s”.") % query
        return (
            text
            + " "
            + self.tr("“Not listed / I don't know” is chosen: its steps work on any router.")
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)  # plain text: the query is the user's, shown as typed
        self.status.setVisible(bool(text))

    def _add_pinned(self) -> None:
        item = QListWidgetItem(self.tr("Not listed / I don't know"))
        item.setData(ID_ROLE, GENERIC_ID)
        item.setToolTip(self.tr("General steps that work on any router"))
        self.list.addItem(item)

    def _group_title(self, key: str) -> str:
        titles = {
            "home": self.tr("Home routers"),
            "isp": self.tr("Boxes from your internet provider"),
            "mesh": self.tr("Mesh Wi-Fi"),
            "mobile": self.tr("Mobile internet (4G/5G) routers"),
            "business": self.tr("Business routers and firewalls"),
            "other": self.tr("Other routers"),
        }
        return titles[key]

    def _add_groups(self, groups: list[tuple[str, list[Family]]]) -> None:
        for key, families in groups:
            header = QListWidgetItem(self._group_title(key))
            header.setData(HEADER_ROLE, key)
            # Not selectable and not enabled, so neither a click nor Qt's own
            # navigation can choose it; painted in the normal text colour (not the
            # disabled grey, which fails contrast) and bold, as a heading.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
            # a little air above each heading, so the groups read as groups
            line = QFontMetrics(font).height()
            header.setSizeHint(QSize(0, round(line * 1.7)))
            header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            header.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Group: %s") % header.text())
            self.list.addItem(header)
            for fam in families:
                item = QListWidgetItem(fam.label)
                item.setData(ID_ROLE, fam.id)
                self.list.addItem(item)

    # --- keyboard -------------------------------------------------------------------------

    def move_choice(self, step: int) -> None:
        """Select the choice ``step`` rows away (headers skipped), stopping at the ends."""
        rows = [r for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE)]
        if not rows:
            return
        current = self.list.currentRow()
        if current not in rows:
            target = rows[0] if step > 0 else rows[-1]
        else:
            target = rows[max(0, min(len(rows) - 1, rows.index(current) + step))]
        self.select(str(self.list.item(target).data(ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in _MOVES:
            self.move_choice(_MOVES[Qt.Key(key)])
            return True
        if watched is self.list:
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.move_choice(
                    -self.list.count() if key == Qt.Key.Key_Home else self.list.count()
                )
                return True
            text = event.text()
            chord = event.modifiers() & _CHORDS
            if text and text.isprintable() and not text.isspace() and not chord:
                # type to search: the key goes to the search field, and so does the focus
                self.search.setFocus()
                self.search.insert(text)
                return True
        return super().eventFilter(watched, event)

    def _on_double_click(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE):
            self.picked.emit()
