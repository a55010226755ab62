"""A small hand-made glossary (no miner needed): documents with sentences and
definitions stored through ``Store.replace_document`` and grouped by
``Store.rebuild_entries``, like a real mining run."""

from __future__ import annotations

import hashlib

from glossary_app.mining.model import Definition, MinedDocument, ReadDocument, Sentence

# (zh, en, abbr) definitions, each written once per listed document; repeated
# mentions make occurrence counts differ so ranking ties can be checked.
DOCS = {
    "/corpus/a.txt": [
        ("无进展生存期", "progression-free survival", "PFS"),
        ("总生存期", "overall survival", "OS"),
        ("程序性死亡配体1", "programmed death-ligand 1", "PD-L1"),
        ("表皮生长因子受体", "epidermal growth factor receptor", "EGFR"),
        ("客观缓解率", "objective response rate", "ORR"),
    ],
    "/corpus/b.txt": [
        ("无进展生存期", "progression-free survival", "PFS"),
        ("无病生存期", "disease-free survival", "DFS"),
        ("血管内皮生长因子", "vascular endothelial growth factor", "VEGF"),
        ("肿瘤", "tumor", None),
        ("受体酪氨酸激酶", "receptor tyrosine kinase", "RTK"),
        ("程序性死亡受体1", "programmed death-1", "PD-1"),
    ],
    "/corpus/c.txt": [
        ("无进展生存期", "progression-free survival", "PFS"),
        ("总生存期", "overall survival", "OS"),
        ("部分缓解", "partial response", "PR"),
        ("孕激素受体", "progesterone receptor", "PR"),
        ("肿瘤浸润淋巴细胞", "tumor-infiltrating lymphocytes", "TILs"),
    ],
}


def make_doc(path: str, defs: list[tuple], extra: str = "") -> MinedDocument:
    """One document: a sentence per definition (`zh（en，ABBR）…`) plus ``extra``."""
    text, sentences, definitions = "", [], []
    for zh, en, abbr in defs:
        start = len(text)
        inner = ", ".join(x for x in (en, abbr) if x)
        sentence = f"{zh}（{inner}）是常用的指标。"
        text += sentence
        zs = (start, start + len(zh))
        es = (zs[1] + 1, zs[1] + 1 + len(en)) if en else None
        a0 = text.index(abbr, start) if abbr else None
        definitions.append(
            Definition(zh=zh, en=en, abbr=abbr, start=start, end=start + len(zh) + 2 + len(inner), confidence=0.9,
                       zh_span=zs, en_span=es, abbr_span=(a0, a0 + len(abbr)) if abbr else None)
        )
        sentences.append(Sentence(start, len(text), "zh"))
    if extra:
        start = len(text)
        text += extra
        sentences.append(Sentence(start, len(text), "en"))
    doc = ReadDocument(path=path, text=text, encoding="utf-8", format="text", title=path.rsplit("/", 1)[-1],
                       language="mixed", sha256=hashlib.sha256(text.encode()).hexdigest())
    return MinedDocument(document=doc, sentences=sentences, definitions=definitions)


def fill(store, docs: dict | None = None, extra: dict | None = None) -> None:
    """Store the documents and rebuild entries (a complete mining run)."""
    extra = extra or {}
    for path, defs in (docs or DOCS).items():
        store.replace_document(make_doc(path, defs, extra.get(path, "")))
    store.rebuild_entries()


def entry_by(store, **kw) -> int:
    """Id of the (live) entry whose display value matches, e.g. abbr="PFS"."""
    (field, value), = kw.items()
    for e in store.entries(store.entry_ids(include_hidden=True)):
        if getattr(e, field) == value:
            return e.id
    raise LookupError(kw)
