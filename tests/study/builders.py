"""Build small glossaries for study tests (and the study benchmark) without the miner.

Each term becomes one defining sentence (Chinese, with the English and the
abbreviation in parentheses) plus one English usage sentence, so every entry
has examples, mentions and a source document.
"""

from __future__ import annotations

import hashlib
import random

from glossary_app.mining.model import Definition, MinedDocument, ReadDocument, Sentence

TERMS = [
    ("表皮生长因子受体", "epidermal growth factor receptor", "EGFR"),
    ("无进展生存期", "progression-free survival", "PFS"),
    ("总生存期", "overall survival", "OS"),
    ("客观缓解率", "objective response rate", "ORR"),
    (None, "hazard ratio", "HR"),  # no Chinese: no Chinese cards
    ("化疗", "chemotherapy", None),  # no abbreviation: no abbreviation card
]


def build_document(path: str, terms, usage: bool = True) -> MinedDocument:
    """A mined document defining ``terms`` ((zh, en, abbr) triples)."""
    text, sentences, defs = "", [], []
    for zh, en, abbr in terms:
        start = len(text)
        parts, spans = [], {}
        pos = start
        if zh:
            spans["zh"] = (pos, pos + len(zh))
            parts.append(zh)
            pos += len(zh)
        inner = [x for x in (en, abbr) if x]
        if inner:
            parts.append("（")
            pos += 1
            if en:
                spans["en"] = (pos, pos + len(en))
                parts.append(en)
                pos += len(en)
                if abbr:
                    parts.append("，")
                    pos += 1
            if abbr:
                spans["abbr"] = (pos, pos + len(abbr))
                parts.append(abbr)
                pos += len(abbr)
            parts.append("）")
            pos += 1
        end = pos
        sentence = "".join(parts) + "是肿瘤学的重要概念。"
        text += sentence
        sentences.append(Sentence(start, start + len(sentence), "zh"))
        defs.append(
            Definition(zh, en, abbr, start, end, 0.9, spans.get("zh"), spans.get("en"), spans.get("abbr"))
        )
        if usage and en:
            u = f" Patients with a high {en} were treated. "
            s = len(text) + 1
            text += u
            sentences.append(Sentence(s, s + len(u.strip()), "en"))
    sha = hashlib.sha256(text.encode()).hexdigest()
    return MinedDocument(ReadDocument(path, text, "utf-8", "text", path, "mixed", sha), sentences, defs)


def build_store(store, terms=TERMS, path: str = "/docs/onc.txt"):
    """Store ``terms`` as one document and rebuild entries; returns {en or zh: entry_id}."""
    store.replace_document(build_document(path, terms))
    store.rebuild_entries()
    return {(e.en or e.zh): e.id for e in store.entries(store.entry_ids(include_hidden=True))}


_ZH_CHARS = "肿瘤细胞基因蛋白受体激酶抑制剂化疗放疗免疫治疗转移复发淋巴血管生长因子表达突变耐药靶向"


def synthetic_terms(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """``n`` distinct made-up terms (zh, en, abbr) for benchmarks."""
    rng = random.Random(seed)
    words = ["kinase", "receptor", "ligand", "protein", "factor", "marker", "antigen", "pathway", "inhibitor", "domain"]
    out, seen = [], set()
    i = 0
    while len(out) < n:
        i += 1
        zh = "".join(rng.choice(_ZH_CHARS) for _ in range(rng.randint(4, 7)))
        if zh in seen:
            continue
        seen.add(zh)
        en = f"{rng.choice(words)} {rng.choice(words)} type {i}"
        out.append((zh, en, f"KX{i}"))
    return out
