"""From a document's text to its definitions: both languages, one pass.

Every parenthetical is a candidate. Whether it belongs to the English path
(`long form (SF)`, `SF (long form)`) or the Chinese path (`中文（English, SF）`)
depends on what stands right before it. The Chinese path borrows the
English long form that the same document gives an abbreviation elsewhere, so
`雷帕霉素靶蛋白(mTOR)` can be aligned even though its parenthesis has no English.
"""

from __future__ import annotations

import re
from dataclasses import replace

from glossary_app.mining.chinese import ChineseTerm, find_chinese_term, harmonise_terms, latin_tail_of_chinese_term
from glossary_app.mining.english import chinese_context, english_definition, split_inner
from glossary_app.mining.model import Definition
from glossary_app.mining.parens import Parenthetical, find_parentheticals, is_noise
from glossary_app.normalize import abbr_key, to_simplified

_CJK = re.compile(r"[\u3400-\u9fff]")
# What an abbreviation can be made of; anything else is a statistic or a note.
_PLAUSIBLE_ABBR = re.compile(r"[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff\-+/·.&' ]*")
_LATIN = re.compile(r"[A-Za-z]")


# A radionuclide written `钇-90（90Y）` whose opening parenthesis was lost with
# the superscript markup around it (`钇-9090Y)`): the repeated mass number
# (the backreference) marks where the symbol begins.
_ISOTOPE_LOST_PAREN = re.compile(r"([\u4e00-\u9fff])-(\d{1,3}m?)(\2[A-Z][a-z]?)[)）]")


def _isotopes_with_lost_parenthesis(text: str) -> list[Definition]:
    out = []
    for m in _ISOTOPE_LOST_PAREN.finditer(text):
        zh_span = (m.start(1), m.end(2))
        abbr_span = m.span(3)
        out.append(
            Definition(text[zh_span[0] : zh_span[1]], None, m.group(3), zh_span[0], m.end(), 0.7, zh_span, None, abbr_span)
        )
    return out


def _simplified_view(text: str) -> str:
    """The text in simplified script, position for position; the text itself
    when it is simplified already or the conversion would shift offsets."""
    sample = "".join(_CJK.findall(text[:20000]))[:3000]
    if not sample or to_simplified(sample) == sample:
        return text
    simplified = to_simplified(text)
    return simplified if len(simplified) == len(text) else text


def _related_long_forms(key: str, known_en: dict[str, str]) -> str | None:
    """Long forms of abbreviations built on the same letters (`pnen` for
    `pnec`, `pnen` inside `fpnen`): alignment hints for a `中文（SF）` term."""
    related = []
    for other, en in known_en.items():
        if other == key or len(other) < 3:
            continue
        common = 0
        for a, b in zip(key, other):
            if a != b:
                break
            common += 1
        if other in key or key in other or common >= 3:
            related.append(en)
    return " ".join(related[:3]) or None


# An aside in Chinese after the definition inside the parenthesis
# (`（programmed death-1, PD-1；又称CD279）`, `（…，下同）`): another name or a
# note, which ends the definition.
_CHINESE_ASIDE = re.compile(r"\s*[,，;；]\s*(?:又称|也称|亦称|或称|简称|俗称|别称|别名|曾称|旧称|全称|即|下同|以下简称|以下)")


def _without_chinese_aside(text: str, p: Parenthetical) -> Parenthetical:
    """``p`` with its content cut before a Chinese aside that follows Latin text."""
    m = _CHINESE_ASIDE.search(text, p.inner_start, p.inner_end)
    if m is None or _CJK.search(text, p.inner_start, m.start()) or not _LATIN.search(text, p.inner_start, m.start()):
        return p
    return replace(p, inner_end=m.start())


# A title or a quoted word right before the parenthesis (`《常见不良反应事件评价标准》(…)`,
# `「液体活检」(liquid biopsy)`): the marks delimit the term.
_QUOTES = {"》": "《", "」": "「", "』": "『", "〉": "〈", "”": "“"}
_MAX_QUOTED = 24


def _quoted_term(text: str, pos: int) -> ChineseTerm | None:
    """The whole content of a quotation or title that ends right before ``pos``."""
    k = pos
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    if k == 0 or text[k - 1] not in _QUOTES:
        return None
    opening = text.rfind(_QUOTES[text[k - 1]], max(0, k - 1 - _MAX_QUOTED), k - 1)
    if opening < 0:
        return None
    inside = text[opening + 1 : k - 1]
    if not inside or not _CJK.search(inside) or re.search(r"[，。；：！？,;:!?()（）《》「」\s]", inside):
        return None
    return ChineseTerm(opening + 1, k - 1, inside, 0.7)


def _across_slash(text: str, term: ChineseTerm, en: str | None) -> ChineseTerm:
    """A term that a `/` cut off, when the English names two things joined by
    a slash too (`磷脂酰肌醇3-激酶/蛋白激酶B（phosphatidylinositol 3-kinase/protein
    kinase B）`): the Chinese before the slash, aligned with the English before
    it, is part of the same name. Separate definitions on either side of a
    slash each have their own parenthesis and stay apart."""
    k = term.start
    if not en or k == 0 or text[k - 1] not in "/／" or "/" not in en:
        return term
    head = en.rsplit("/", 1)[0].strip()
    if not head or not _LATIN.search(head):
        return term
    left = find_chinese_term(text, k - 1, head, None)
    if left is None or left.end != k - 1 or left.confidence < 0.65:
        return term
    return ChineseTerm(left.start, term.end, text[left.start : term.end], min(left.confidence, term.confidence))


def extract_definitions(text: str) -> list[Definition]:
    """All definitions in ``text``, in text order. Never raises on odd input."""
    english: list[tuple[Parenthetical, Definition]] = []
    chinese_candidates: list[Parenthetical] = []
    for p in find_parentheticals(text):
        if chinese_context(text, p.open) or latin_tail_of_chinese_term(text, p.open, text[p.inner_start : p.inner_end]):
            chinese_candidates.append(_without_chinese_aside(text, p))
        else:
            d = english_definition(text, p)
            if d is not None:
                english.append((p, d))

    parsed = []
    for p in chinese_candidates:
        inner = text[p.inner_start : p.inner_end]
        if not _LATIN.search(inner) or _CJK.search(inner) or is_noise(inner):
            continue
        # The Chinese term before it may give a code-shaped name's number (`糖类抗原125（CA125）`).
        en, abbr, en_span, abbr_span = split_inner(inner, text[max(0, p.open - 20) : p.open])
        if abbr and not _PLAUSIBLE_ABBR.fullmatch(abbr):
            abbr = abbr_span = None  # statistics such as `G1~G2,Ki-67<10%`
        if not en and not abbr:
            continue
        parsed.append((p, en, abbr, en_span, abbr_span))

    # The long form a document gives each abbreviation, for aligning `中文（SF）`.
    known_en: dict[str, str] = {}
    # `中文（English (ABBR)）`: the inner parenthesis is part of the outer
    # definition, not an English definition of its own.
    outer = [(p.inner_start, p.inner_end) for p, *_ in parsed]
    english = [(q, d) for q, d in english if not any(s < q.open and q.close < e for s, e in outer)]
    for _, d in english:
        if d.en and d.abbr:
            known_en.setdefault(abbr_key(d.abbr), d.en)
    for _, en, abbr, _, _ in parsed:
        if en and abbr:
            known_en[abbr_key(abbr)] = en

    # Traditional documents are segmented and counted in simplified script
    # (jieba, CC-CEDICT and the word lists are simplified); offsets carry over
    # because the conversion is done only when it keeps every position.
    zh_view = _simplified_view(text) if parsed else text
    chinese: list[Definition] = []
    for p, en, abbr, en_span, abbr_span in parsed:
        guide = en or (known_en.get(abbr_key(abbr)) if abbr else None)
        hint = None if guide or not abbr else _related_long_forms(abbr_key(abbr), known_en)
        term = find_chinese_term(zh_view, p.open, guide, abbr, hint) or _quoted_term(zh_view, p.open)
        off = p.inner_start
        en_abs = (off + en_span[0], off + en_span[1]) if en_span else None
        abbr_abs = (off + abbr_span[0], off + abbr_span[1]) if abbr_span else None
        if term is None:
            # No Chinese term stands before it (`的HER2(human epidermal ...)`):
            # the parenthesis may still be an English definition.
            d = english_definition(text, p)
            if d is not None:
                chinese.append(d)
            elif en and abbr:
                chinese.append(Definition(None, en, abbr, en_abs[0], p.close + 1, 0.6, None, en_abs, abbr_abs))
            continue
        term = _across_slash(zh_view, term, en)
        confidence = term.confidence if en else min(term.confidence, 0.7)
        chinese.append(
            Definition(
                zh=text[term.start : term.end],
                en=en,
                abbr=abbr,
                start=term.start,
                end=p.close + 1,
                confidence=confidence,
                zh_span=(term.start, term.end),
                en_span=en_abs,
                abbr_span=abbr_abs,
            )
        )
    chinese = harmonise_terms(chinese, text)  # one term per abbreviation and document
    found = [d for _, d in english] + chinese + _isotopes_with_lost_parenthesis(text)
    return sorted(found, key=lambda d: (d.start, d.end))
