"""The detail pane: everything known about one entry, or the dictionary fallback.

The pane renders rich text, so every piece of data (forms, notes, document
titles: all of it user- or document-supplied) goes through ``html.escape``
before it is placed in markup.
"""

from __future__ import annotations

from html import escape

from glossary_app.gui.i18n import tr
from glossary_app.gui.qt import QTextBrowser, QUrl, Signal


def _e(text) -> str:
    return escape("" if text is None else str(text))


def _kind_label(kind: str) -> str:
    return {"abbr": tr("Abbreviations"), "en": tr("English"), "zh": tr("Chinese")}[kind]


def entry_html(entry) -> str:
    """Rich-text description of an entry; all data escaped."""
    h: list[str] = []
    title = " · ".join(_e(x) for x in (entry.abbr, entry.en) if x)
    h.append(f"<h2 style='margin-bottom:2px'>{title or _e(entry.zh)}</h2>")
    if entry.zh:
        h.append(f"<p style='font-size:large;margin:0'>{_e(entry.zh)}")
        if entry.pinyin:
            h.append(f" &nbsp;<span style='color:gray'>{_e(entry.pinyin)}</span>")
        h.append("</p>")
    flags = []
    if entry.verified:
        flags.append("✓ " + _e(tr("verified")))
    else:
        flags.append(_e(tr("not verified")))
    if entry.favourite:
        flags.append("★ " + _e(tr("favourite")))
    if entry.hidden:
        flags.append(_e(tr("hidden")))
    if entry.retired:
        flags.append(_e(tr("no longer in any document")))
    if entry.origin == "user":
        flags.append(_e(tr("added by you")))
    h.append(f"<p style='color:gray'>{' · '.join(flags)}<br>")
    h.append(
        _e(tr("Occurrences: {occ} · definitions: {defs} · documents: {docs}")).format(
            occ=entry.occurrences, defs=entry.definition_count, docs=entry.doc_count
        )
    )
    h.append("</p>")

    for kind in ("abbr", "en", "zh"):
        forms = entry.forms_of(kind)
        if not forms:
            continue
        h.append(f"<h4 style='margin-bottom:0'>{_e(_kind_label(kind))}</h4><table cellspacing='0' cellpadding='2'>")
        for f in forms:
            extra = ""
            if kind == "zh":
                if f.simplified and f.simplified != f.text:
                    extra += f" ({_e(f.simplified)})"
                if f.pinyin:
                    extra += f" <span style='color:gray'>{_e(f.pinyin)}</span>"
            origin = f" <i>{_e(tr('yours'))}</i>" if f.origin == "user" else ""
            h.append(
                f"<tr><td>{_e(f.text)}{extra}{origin}</td>"
                f"<td align='right' style='color:gray'>&nbsp;&nbsp;×{int(f.count)}</td></tr>"
            )
        h.append("</table>")

    if entry.notes or entry.tags:
        h.append(f"<h4 style='margin-bottom:0'>{_e(tr('Notes'))}</h4>")
        if entry.notes:
            h.append("<p style='margin-top:0'>" + _e(entry.notes).replace("\n", "<br>") + "</p>")
        if entry.tags:
            h.append("<p>" + " ".join(f"<span style='color:gray'>#{_e(t)}</span>" for t in entry.tags) + "</p>")

    if entry.sources:
        h.append(f"<h4 style='margin-bottom:0'>{_e(tr('Sources'))}</h4><table cellspacing='0' cellpadding='2'>")
        for s in entry.sources:
            h.append(
                f"<tr><td><a href='doc:{int(s['doc_id'])}'>{_e(s.get('title') or s['stem'])}</a></td>"
                f"<td style='color:gray'>&nbsp;&nbsp;{_e(s['stem'])}</td>"
                f"<td align='right' style='color:gray'>&nbsp;&nbsp;×{int(s['count'])}</td></tr>"
            )
        h.append("</table>")
    return "".join(h)


def dictionary_html(query: str, found: list) -> str:
    """The fallback shown when the glossary has no entry: general-dictionary senses."""
    h = [f"<h3>{_e(tr('Not in the glossary: {query}')).format(query=_e(query))}</h3>"]
    if not found:
        h.append(f"<p style='color:gray'>{_e(tr('No dictionary entry either.'))}</p>")
        h.append(f"<p>{_e(tr('Add it to the glossary with Entry ▸ Add entry (Ctrl+N).'))}</p>")
        return "".join(h)
    h.append(f"<p style='color:gray'>{_e(tr('General dictionary (CC-CEDICT):'))}</p><dl>")
    for d in found:
        head = _e(d.simplified)
        if d.traditional and d.traditional != d.simplified:
            head += f" [{_e(d.traditional)}]"
        h.append(f"<dt><b>{head}</b> <span style='color:gray'>{_e(d.pinyin)}</span></dt>")
        h.append(f"<dd>{_e('; '.join(d.glosses))}</dd>")
    h.append("</dl>")
    return "".join(h)


class DetailPane(QTextBrowser):
    """Read-only rich view of one entry; source links ask to open a document."""

    document_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.entry = None
        self._dictionary: tuple[str, list] | None = None

    def show_entry(self, entry) -> None:
        """Describe ``entry`` (None clears the pane)."""
        self.entry, self._dictionary, self._welcome = entry, None, False
        self.setHtml(entry_html(entry) if entry else "")

    def show_dictionary(self, query: str, found: list) -> None:
        """Show the dictionary fallback for ``query``."""
        self.entry, self._dictionary, self._welcome = None, (query, found), False
        self.setHtml(dictionary_html(query, found))

    def show_welcome(self) -> None:
        """First launch: what is happening and what to do next."""
        self.entry, self._dictionary, self._welcome = None, None, True
        self.setHtml(
            f"<h2>{_e(tr('Welcome'))}</h2>"
            f"<p>{_e(tr('The built-in oncology documents are being mined into your glossary; results appear here when that is done.'))}</p>"
            f"<p>{_e(tr('Add your own papers with File ▸ Import (Ctrl+O), or drag files and folders onto this window.'))}</p>"
            f"<p>{_e(tr('Type in English, Chinese, pinyin or an abbreviation; Ctrl+L returns to the search box.'))}</p>"
        )

    def retranslate(self) -> None:
        """Re-render in the current language."""
        self.setAccessibleName(tr("Entry details"))
        if getattr(self, "_welcome", False):
            self.show_welcome()
        elif self.entry is not None:
            self.show_entry(self.entry)
        elif self._dictionary is not None:
            self.show_dictionary(*self._dictionary)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            try:
                self.document_requested.emit(int(url.path()))
            except ValueError:
                pass
