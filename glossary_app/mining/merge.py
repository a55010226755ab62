"""Group definition occurrences into glossary entries (one entry per concept).

Pure logic, no SQL: the store feeds it rows and writes back what it returns.

Rules, in words:

* two definitions with the same normalised English form are one concept;
* so are two with the same Chinese term (after traditional -> simplified);
* the same abbreviation with similar English forms (plural, spelling,
  hyphenation variants) is one concept; with dissimilar English forms it is
  two concepts that share an abbreviation, and they stay apart;
* a definition that has an abbreviation but no English (`中文（ABBR）`) joins
  the concept that its Chinese term or its abbreviation already belongs to;
* the user's pins (merges, splits, manual entries) tie a form to an entry and
  are never overridden: two differently pinned groups never merge.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from glossary_app.normalize import abbr_key, english_key, zh_key

FormKey = tuple[str, str]  # (kind, key): ("en", "progression free survival")

# English forms of one abbreviation this similar (0-100) are spelling variants.
_SIMILAR_EN = 88


@dataclass(frozen=True)
class DefinitionRow:
    """The part of a stored definition that grouping needs."""

    id: int
    zh: str | None
    en: str | None
    abbr: str | None


@dataclass
class Group:
    """One concept: its definitions, the forms seen, and a pinned entry if any."""

    definition_ids: list[int] = field(default_factory=list)
    forms: dict[FormKey, Counter] = field(default_factory=lambda: defaultdict(Counter))
    pinned_entry: int | None = None


_KEY_OF = {"zh": zh_key, "en": english_key, "abbr": abbr_key}


def definition_forms(zh: str | None, en: str | None, abbr: str | None) -> list[tuple[str, str, str]]:
    """(kind, key, text as written) for each non-empty field of a definition."""
    out = []
    for kind, text in (("zh", zh), ("en", en), ("abbr", abbr)):
        if text:
            key = _KEY_OF[kind](text)
            if key:
                out.append((kind, key, text))
    return out


class _Components:
    """Union-find whose components may carry one pinned entry each; two
    components pinned to different entries refuse to join."""

    def __init__(self) -> None:
        self.parent: dict[object, object] = {}
        self.pin: dict[object, int] = {}

    def find(self, x: object) -> object:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: object, b: object) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        pa, pb = self.pin.get(ra), self.pin.get(rb)
        if pa is not None and pb is not None and pa != pb:
            return False
        self.parent[rb] = ra
        if pa is None and pb is not None:
            self.pin[ra] = pb
        return True


def group_definitions(rows: list[DefinitionRow], pins: dict[FormKey, int]) -> list[Group]:
    """Group definitions into concepts; see the module docstring for the rules.

    Args:
        rows: every stored definition.
        pins: user pins, (kind, key) -> entry id.

    Returns:
        Groups in a stable order (by their smallest definition id); pinned
        entries with no definition at all are not returned (the store keeps
        those as they are).
    """
    comp = _Components()
    forms_of = {r.id: definition_forms(r.zh, r.en, r.abbr) for r in rows}
    keys_of: dict[int, list[FormKey]] = {i: [(k, key) for k, key, _ in f] for i, f in forms_of.items()}

    # A pinned key is anchored to its entry before anything else joins it.
    # Every key pinned to one entry joins that entry's anchor node.
    for key, entry_id in pins.items():
        anchor = ("entry", entry_id)
        comp.pin[comp.find(anchor)] = entry_id
        comp.union(anchor, ("key",) + key)

    # 1. zh and en keys identify a concept on their own.
    for r in rows:
        for kind, key in keys_of[r.id]:
            if kind in ("zh", "en"):
                comp.union(("key", kind, key), ("def", r.id))
        if not any(kind in ("zh", "en") for kind, _ in keys_of[r.id]):
            comp.find(("def", r.id))

    # 2. Within one abbreviation, similar English forms are one concept.
    en_by_abbr: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        ks = dict(keys_of[r.id])
        if "abbr" in ks and "en" in ks:
            en_by_abbr[ks["abbr"]].add(ks["en"])
    for abbr, ens in en_by_abbr.items():
        ordered = sorted(ens)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if fuzz.ratio(a, b) >= _SIMILAR_EN:
                    comp.union(("key", "en", a), ("key", "en", b))

    # 3. The abbreviation key joins a concept when it names exactly one concept
    #    (or is pinned); definitions with only an abbreviation and Chinese then
    #    follow it. An abbreviation shared by several concepts stays unattached.
    abbr_roots: dict[str, set[object]] = defaultdict(set)
    for r in rows:
        ks = dict(keys_of[r.id])
        if "abbr" in ks and "en" in ks:
            abbr_roots[ks["abbr"]].add(comp.find(("def", r.id)))
    for abbr, roots in abbr_roots.items():
        if len(roots) == 1:
            comp.union(("key", "abbr", abbr), next(iter(roots)))
    for r in rows:
        ks = dict(keys_of[r.id])
        if "abbr" in ks and "en" not in ks:
            abbr_node = ("key", "abbr", ks["abbr"])
            roots = abbr_roots.get(ks["abbr"])
            if roots is None or len(roots) == 1 or comp.find(abbr_node) in comp.pin:
                comp.union(abbr_node, ("def", r.id))
            elif "zh" not in ks:
                # Ambiguous bare abbreviation pair: attach to the most defined concept.
                comp.union(("def", r.id), _most_defined(rows, keys_of, comp, ks["abbr"]))

    groups: dict[object, Group] = {}
    for r in sorted(rows, key=lambda r: r.id):
        root = comp.find(("def", r.id))
        g = groups.get(root)
        if g is None:
            g = groups[root] = Group(pinned_entry=comp.pin.get(root))
        g.definition_ids.append(r.id)
        for kind, key, text in forms_of[r.id]:
            g.forms[(kind, key)][text] += 1
    return list(groups.values())


def _most_defined(rows, keys_of, comp, abbr: str) -> object:
    counts: Counter = Counter()
    for r in rows:
        ks = dict(keys_of[r.id])
        if ks.get("abbr") == abbr and "en" in ks:
            counts[comp.find(("def", r.id))] += 1
    return counts.most_common(1)[0][0]


def choose_display(forms: dict[FormKey, Counter], kind: str) -> str | None:
    """The surface text shown for ``kind``: the most frequent spelling of the
    most frequent key. Ties go to the spelling with fewer inner spaces (a
    copy artefact such as `m TOR` loses to `mTOR`), then to the first seen."""
    best_key, best_total = None, 0
    for (k, key), texts in forms.items():
        total = sum(texts.values())
        if k == kind and total > best_total:
            best_key, best_total = (k, key), total
    if best_key is None:
        return None
    texts = forms[best_key]
    order = {t: i for i, t in enumerate(texts)}
    return min(texts, key=lambda t: (-texts[t], t.count(" ") if kind == "abbr" else 0, order[t]))
