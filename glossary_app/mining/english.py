"""The English side of definition mining: `long form (SF)`, `SF (long form)`,
and the content of a Chinese-preceded parenthetical (`English full form, ABBR`).

The long form is chosen by aligning the short form's units (letters, digit
runs, Greek letter names) to the words on the left of the parenthesis, in
the spirit of Schwartz & Hearst (2003) and Ab3P (Sohn et al. 2008): every
candidate start word whose first letter matches the short form's first unit
is tried, each alignment is scored (word-initial matches are good, matches
inside words are weaker, content words that contribute nothing are bad), and
the best start wins, shortest first on ties. The features of the winning
alignment give a confidence, like Ab3P's pseudo-precision per strategy.

The rules that reject chance alignments (letters from inside function words
or unused words, a long form ending in a function word, a name cut inside a
code word, a clause comma, a lone one-letter short form) were found by
pairing every short form with the left context of a parenthesis from another
document and looking at what still fired: that estimate needs no gold labels
(`benchmarks/score_en_dev.py --pseudo`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from glossary_app.mining.model import Definition
from glossary_app.mining.parens import Parenthetical, find_parentheticals, is_noise

# --------------------------------------------------------------------------
# Character classes and small lexicons

_GREEK_SYMBOLS = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu",
    "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta", "Ε": "epsilon", "Κ": "kappa",
    "Λ": "lambda", "Σ": "sigma", "Ω": "omega",
}
_GREEK_NAMES = sorted(set(_GREEK_SYMBOLS.values()), key=len, reverse=True)
# Greek symbols read as their Latin initial when matched letter by letter (β ~ b).
_GREEK_INITIAL = {sym: name[0] for sym, name in _GREEK_SYMBOLS.items()}
_GREEK_CHARS = frozenset(_GREEK_SYMBOLS)
_GREEK_SET = frozenset(_GREEK_SYMBOLS.values())
_GREEK_NAME_RE = re.compile("|".join(_GREEK_NAMES))

# Words a long form may skip without contributing a letter: stop words (Ab3P's
# stop-word strategies) and generic head nouns that names often leave out of
# the abbreviation (`centromere DNA (CEN3)`, `apurinic/apyrimidinic site (AP)`).
_STOP = frozenset(
    "of and the in for to with on by from a an at as or into via its their than that which "
    "is are was were be per de du la le des et "
    "gene genes product subunit subunits site sites domain domains dna".split()
)
# Function words: a letter inside one of them (`t` of `with`) is a chance match.
_FUNCTION = frozenset(
    "of and the in for to with on by from a an at as or into via its their than that which "
    "is are was were be".split()
)
# Words that do not begin a long form: the left boundary moves past them.
_LEADING_SKIP = frozenset(
    "the a an this that these those its their our his her of and or in on for to with by from "
    "as at into using called termed named designated known so".split()
)
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uff0f]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN_RE = re.compile(r"\S+")

_MAX_SF_LEN = 15
_MAX_LEFT_CHARS = 300


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _lower_same_length(s: str) -> str:
    low = s.lower()
    if len(low) == len(s):
        return low
    # A few characters (e.g. 'İ') lower-case to two code points; keep offsets aligned.
    return "".join((c.lower() or c)[0] for c in s)


# --------------------------------------------------------------------------
# Short forms

# Units: ("L", letter), ("D", digits), ("W", word) -- a word is a Greek letter
# name or a spelled-out word inside a short form (`MAP kinase`, `immuno-FISH`).
Unit = tuple[str, str]

_NUMBER_WORDS = {
    "1": ("one", "first", "single"), "2": ("two", "second", "double"), "3": ("three", "third", "triple"),
    "4": ("four", "fourth"), "5": ("five", "fifth"), "6": ("six", "sixth"), "7": ("seven", "seventh"),
    "8": ("eight", "eighth"), "9": ("nine", "ninth"), "10": ("ten", "tenth"),
}

# `type II diabetes (T2D)`: a digit of the short form may stand for a Roman numeral word.
_ROMAN_NUMERALS = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX", "10": "X"}

_CARDINALS = frozenset(w[0] for w in _NUMBER_WORDS.values())


def _sf_units(sf: str) -> list[Unit]:
    """The units of a short form that a long form must account for, in order.

    Letters (lower-cased), runs of digits, Greek letters as their names
    (``CBFbeta`` -> c b f beta, ``TGF-β`` -> t g f beta) and, in a short form
    of several parts, spelled-out lower-case words (``MAP kinase``). Hyphens,
    slashes, dots, apostrophes and spaces carry no letter.
    """
    units: list[Unit] = []
    parts = re.split(r"[\s\-/]+", sf)
    multi = len([x for x in parts if x]) > 1
    i, n = 0, len(sf)
    while i < n:
        c = sf[i]
        if c in _GREEK_SYMBOLS:
            units.append(("W", _GREEK_SYMBOLS[c]))
            i += 1
        elif c.isdigit():
            j = i
            while j < n and sf[j].isdigit():
                j += 1
            units.append(("D", sf[i:j]))
            i = j
        elif c.isalpha():
            if c.islower() and (i == 0 or not sf[i - 1].islower()):
                m = _GREEK_NAME_RE.match(sf, i)
                if m is not None and (m.end() == n or not sf[m.end()].islower()):
                    units.append(("W", m.group()))
                    i = m.end()
                    continue
                if multi and (i == 0 or not sf[i - 1].isalpha()):
                    j = i
                    while j < n and sf[j].isalpha() and sf[j].islower():
                        j += 1
                    if j - i >= 4 and (j == n or not sf[j].isalnum()):
                        units.append(("W", sf[i:j]))
                        i = j
                        continue
            units.append(("L", c.lower()))
            i += 1
        else:
            i += 1
    return units


# Concentration units written as ratios: `w/v`, `v/v`, `m/m`.
_UNIT_RATIO = re.compile(r"^[a-z]/[a-z]$")


@lru_cache(maxsize=8192)
def _n_units(sf: str) -> int:
    return len(_sf_units(sf))


_CODE_RE = re.compile(r"^[A-Z]{2,5}-\d{3,}[A-Z]?$|^[A-Z]{3,5}\d{4,}[A-Z]?$")
# The shape shared by codes and some gene or marker names: 2-4 capitals and a
# number of three digits or more, no lower case (`XYZ123`, `AB001`, `ABC-D123`;
# but `CA125`, `SAP130`). Gene symbols rarely carry more than two digits.
_CODE_SHAPE = re.compile(r"^[A-Z]{2,4}-?[A-Z]?\d{3,}[A-Z]?$")


def is_drug_code(s: str, explanation: str | None = None) -> bool:
    """Development codes such as ``BPI-7711``, ``AMG-102``, ``AZD9291``,
    ``XYZ123``: names, not terms.

    Without ``explanation`` only the unambiguous shapes count. With it (the
    long form beside the name, or the Chinese term before it), the looser
    shape of 2-4 capitals and 3+ digits counts too, and any code-shaped name
    that the explanation accounts for -- its number, or its letters spelled
    out -- is a term (`carbohydrate antigen 125` / `CA125`)."""
    s = s.strip()
    strict = _CODE_RE.match(s) is not None
    if explanation is None:
        return strict
    if not strict and _CODE_SHAPE.match(s) is None:
        return False
    return not _code_explained(s, explanation)  # `糖类抗原-125（CA-125）` is a term


_NOT_IN_SF = re.compile(r"[~<>%=;:@$#*|\\]")
_ROMAN = re.compile(r"^[IVX]{1,4}[A-Z]?$")


@lru_cache(maxsize=8192)
def looks_like_short_form(s: str) -> bool:
    """Whether ``s`` can be an abbreviation: short, at most three short tokens,
    starts with a letter or digit, has a letter, and is not an ordinary
    lower-case word."""
    s = s.strip()
    if len(s) < 2 or len(s) > _MAX_SF_LEN:
        return False  # one-letter short forms are too ambiguous without a dictionary
    tokens = s.split()
    if len(tokens) > 3:
        return False
    if not (s[0].isalnum() or s[0] in _GREEK_SYMBOLS):
        return False
    if not any(c.isalpha() for c in s):
        return False
    if _CJK_RE.search(s) or _NOT_IN_SF.search(s):
        return False
    has_upper = any(c.isupper() for c in s)
    has_digit = any(c.isdigit() for c in s)
    if len(tokens) > 1:
        if tokens[0].isdigit():
            return False  # `400 K`: a measurement
        # `m TOR`, `Pol II`, `ER alpha`, `MAP kinase`: some token must look abbreviated.
        abbreviated = [t for t in tokens if any(c.isupper() for c in t[1:]) or any(c.isdigit() for c in t)
                       or _ROMAN.match(t) or t.lower() in _GREEK_NAMES or (len(t) <= 2 and t.isupper())]
        if not abbreviated:
            return False
        if len(tokens) == 3 and len(abbreviated) < 2:
            return False
        return True
    if not has_upper and not has_digit:
        # Lower-case short forms exist (`l'sc`, `dsf`, `ts`, `d.p.c.`) but are rare and ambiguous with words.
        if len(letters := [c for c in s if c.isalpha()]) > 5 and not any(s.endswith(g) for g in _GREEK_NAMES):
            return False
    return True


def _is_abbreviation(s: str) -> bool:
    """A stricter test used to split `English, ABBR` and for `SF (long form)`:
    needs a capital or digit inside a single token, or capitals in a
    two-token form."""
    s = s.strip()
    if not looks_like_short_form(s):
        return False
    if " " in s:
        return sum(c.isupper() for c in s) >= 2
    caps = sum(c.isupper() for c in s)
    if caps == 0 and not any(c.isdigit() for c in s):
        return False
    if caps == 1 and s[0].isupper() and s[1:].isalpha() and s[1:].islower() and len(s) > 3:
        return False  # a capitalised word: `Sema`, `Plexins`
    return True


# --------------------------------------------------------------------------
# Alignment


def _initial_kind(orig: str, k: int) -> int:
    """2: word start; 1: camel-case or letter/digit boundary; 0: inside a word."""
    if k <= 0:
        return 2
    p = orig[k - 1]
    c = orig[k]
    if not p.isalnum():
        return 2
    if p.islower() and c.isupper():
        return 1
    if p.isdigit() != c.isdigit():
        return 1
    return 0


class _Window:
    """The text on the left of a parenthesis (or a whole long form), prepared
    for alignment: lower-cased with Greek symbols read as their initials, and
    split into words (alphanumeric runs; hyphen parts are words)."""

    __slots__ = ("orig", "low", "words", "word_starts", "word_ends", "content_prefix", "token_starts", "_pos_cache", "function")

    def __init__(self, orig: str):
        self.orig = orig
        low = _lower_same_length(orig)
        if not _GREEK_CHARS.isdisjoint(low):
            low = "".join(_GREEK_INITIAL.get(c, c) for c in low)
        self.low = low
        words = [m.span() for m in _ALNUM_RUN.finditer(orig)]
        self.words = words
        self.word_starts = [w[0] for w in words]
        self.word_ends = [w[1] for w in words]
        prefix = [0]
        for s, e in words:
            # Stop words and one-letter words (`cytochrome c`, `protein A`) may go unused.
            prefix.append(prefix[-1] + (0 if e - s == 1 or low[s:e] in _STOP else 1))
        self.content_prefix = prefix
        # Function words give a letter only as a whole word (`of` in `TOM`), never from inside.
        self.function = [orig[s:e].lower() in _FUNCTION and not orig[s:e].isupper() for s, e in words]
        self.token_starts = [m.start() for m in _TOKEN_RE.finditer(orig)]
        self._pos_cache: dict[Unit, list[tuple[int, int, int]]] = {}

    def word_of(self, k: int) -> int:
        """Index of the word holding position ``k``, or -1 between words."""
        i = bisect_right(self.word_starts, k) - 1
        return i if i >= 0 and k < self.word_ends[i] else -1

    def last_word(self, end: int) -> int:
        """Index of the last word that starts before ``end`` (-1 if none)."""
        return bisect_right(self.word_starts, end - 1) - 1

    def content_between(self, w1: int, w2: int) -> int:
        """Content words strictly between word indexes w1 and w2."""
        if w2 <= w1 + 1:
            return 0
        return self.content_prefix[w2] - self.content_prefix[w1 + 1]

    def positions(self, unit: Unit) -> list[tuple[int, int, int]]:
        """Where ``unit`` can match: (start, end, base kind), kind 3 = a whole word."""
        got = self._pos_cache.get(unit)
        if got is not None:
            return got
        kind, val = unit
        low, orig = self.low, self.orig
        out: list[tuple[int, int, int]] = []
        if kind == "L":
            k = low.find(val)
            while k != -1:
                out.append((k, k + 1, _initial_kind(orig, k)))
                k = low.find(val, k + 1)
        elif kind == "D":
            k = low.find(val)
            while k != -1:
                e = k + len(val)
                # A digit run matches a whole number, not part of one (`2` is not in `12`).
                if (k == 0 or not low[k - 1].isdigit()) and (e >= len(low) or not low[e].isdigit()):
                    out.append((k, e, _initial_kind(orig, k)))
                k = low.find(val, k + 1)
            for word in _NUMBER_WORDS.get(val, ()):
                k = low.find(word)
                while k != -1:
                    e = k + len(word)
                    if (
                        _initial_kind(orig, k) == 2
                        and (e >= len(low) or not low[e].isalpha())
                    ):
                        out.append((k, e, 3))
                    k = low.find(word, k + 1)
            roman = _ROMAN_NUMERALS.get(val)
            if roman is not None:
                # `type II diabetes (T2D)`, `DNA polymerase III (Pol3)`: a Roman numeral word.
                k = orig.find(roman)
                while k != -1:
                    e = k + len(roman)
                    if (k == 0 or not orig[k - 1].isalnum()) and (e >= len(orig) or not orig[e].isalnum()):
                        out.append((k, e, 3))
                    k = orig.find(roman, k + 1)
            out.sort()
        else:
            stem = val[:-1] if len(val) > 4 and val.endswith("s") else val
            k = low.find(stem)
            while k != -1:
                if _initial_kind(orig, k) > 0:
                    out.append((k, k + len(stem), 3))
                k = low.find(stem, k + 1)
            for sym, name in _GREEK_SYMBOLS.items():
                if name == val:
                    k = orig.find(sym)
                    while k != -1:
                        out.append((k, k + 1, 3))
                        k = orig.find(sym, k + 1)
            out.sort()
        self._pos_cache[unit] = out
        return out


_ALNUM_RUN = re.compile(r"[^\W_]+")


@dataclass
class _Alignment:
    score: float
    initial: int  # units at a word start (or whole words)
    boundary: int  # units at a camel-case or letter/digit boundary
    consec: int  # letters right after the previous unit inside the same word
    inner: int  # other letters inside words
    skipped: int  # content words that contribute no unit
    units: int
    words: int
    trailing: int = 0  # of which right before the parenthesis
    last_end: int = 0  # where the last unit's match ends
    stray: int = 0  # of the inner letters, those in a word whose first letter gives no unit


# Evidence per unit: word start, boundary, consecutive in-word, other in-word,
# in-word of a word not entered at its start.
_S_INITIAL, _S_BOUNDARY, _S_CONSEC, _S_INNER, _S_STRAY = 1.0, 0.8, 0.7, 0.3, -0.5
_SKIP_COST = 1.0
_STRAY_CONF = 0.1  # a letter from inside a word whose first letter is unused: the commonest chance match
_WORD_COST = 0.1


def _align(win: _Window, units: list[Unit], first: tuple[int, int, int], end: int) -> _Alignment | None:
    """Best alignment of ``units[1:]`` after the first unit matched at ``first``,
    within ``win.low[:end]``; None when the units cannot all be placed in order."""
    k0 = first[2]
    if k0 == 0:
        return None
    fw = win.word_of(first[0])
    # state per end position: (score, word, initial, boundary, consec, inner, skipped, stray)
    state = {first[1]: (1.0 if k0 >= 2 else _S_BOUNDARY, fw, 1 if k0 >= 2 else 0, 1 if k0 == 1 else 0, 0, 0, 0, 0)}
    word_of = win.word_of
    for unit in units[1:]:
        lo = min(state)
        new: dict[int, tuple] = {}
        for s, e, kind in win.positions(unit):
            if s < lo:
                continue
            if e > end:
                break
            w = word_of(s)
            if kind < 2 and w >= 0 and win.function[w]:
                continue
            best = None
            for pend, st in state.items():
                if pend > s:
                    continue
                sc, pw, ini, bnd, con, inn, sk, sty = st
                skipped = win.content_between(pw, w)
                if kind >= 2:
                    cand = (sc + _S_INITIAL - _SKIP_COST * skipped, w, ini + 1, bnd, con, inn, sk + skipped, sty)
                elif kind == 1:
                    cand = (sc + _S_BOUNDARY - _SKIP_COST * skipped, w, ini, bnd + 1, con, inn, sk + skipped, sty)
                elif s == pend:
                    cand = (sc + _S_CONSEC, w, ini, bnd, con + 1, inn, sk, sty)
                elif w == pw:
                    cand = (sc + _S_INNER, w, ini, bnd, con, inn + 1, sk, sty)
                else:
                    cand = (sc + _S_STRAY - _SKIP_COST * skipped, w, ini, bnd, con, inn + 1, sk + skipped, sty + 1)
                if best is None or cand[0] > best[0]:
                    best = cand
            if best is not None:
                prev = new.get(e)
                if prev is None or best[0] > prev[0]:
                    new[e] = best
        if not new:
            return None
        if len(new) > 12:
            new = dict(sorted(new.items(), key=lambda kv: -kv[1][0])[:12])
        state = new
    last_word = win.last_word(end)
    best = None
    for last_end, (sc, pw, ini, bnd, con, inn, sk, sty) in state.items():
        # Content words after the last unit contribute nothing either.
        trailing = win.content_between(pw, last_word + 1) if last_word > pw else 0
        total = sc - _SKIP_COST * trailing
        if best is None or total > best.score:
            best = _Alignment(total, ini, bnd, con, inn, sk + trailing, len(units), 0, trailing, last_end, sty)
    return best


def _confidence(a: _Alignment) -> float:
    """An estimate of the precision of an alignment from its features, in the
    spirit of Ab3P's per-strategy pseudo-precision: all units at word starts
    with nothing skipped is the most precise (~0.98); letters taken from
    inside words, skipped content words and long forms much longer than the
    short form cost."""
    if a.units == 0:
        return 0.0
    good = a.initial + a.boundary + 0.6 * a.consec + 0.2 * a.inner
    conf = 0.55 + 0.43 * good / a.units
    # Skipped content words weigh more when the short form has few letters to offer.
    conf -= (0.2 if a.units <= 2 else 0.12) * a.skipped
    conf -= _STRAY_CONF * a.stray
    if a.units <= 2 and (a.inner or a.consec):
        conf -= 0.1  # two-letter short forms taken from one word are the usual false hits
    if a.words > a.units + 2:
        conf -= 0.05 * (a.words - a.units - 2)
    return max(0.0, min(1.0, conf))


@lru_cache(maxsize=8192)
def _variants(sf: str) -> list[tuple[list[Unit], str]]:
    """Unit sequences to try for a short form, with the rule that produced them.

    ``plain`` as written; ``plural`` without a plural `s` after a capital or
    digit (`RTKs`, `ILC2s`); ``num-first`` with a trailing number moved to the
    front (`Hsp70` <- `70-kD heat shock protein`); ``no-num`` without a
    trailing number and `p` (yeast `Cks1`, `Pab1p`: the number is the gene's,
    not the long form's)."""
    units = _sf_units(sf)
    if not units:
        return []
    out: list[tuple[list[Unit], str]] = [(units, "plain")]
    if len(sf) >= 5 and sf[-3] == "(" and sf[-1] == ")" and sf[-2].isalpha():
        # `PP1(C)`: a one-letter qualifier in parentheses need not be spelled out.
        head = _sf_units(sf[: sf.index("(", 1)])
        if len(head) >= 2:
            out.append((head, "qualifier"))
    if len(units) >= 3 and units[-1][0] == "W" and units[-1][1] in _GREEK_SET:
        # `eIF2alpha`: the subunit letter is often left out of the long form.
        out.append((units[:-1], "no-greek"))
    m = _TRIAL_SUFFIX.match(sf)
    if m is not None:
        # Trial acronyms `SANET-p`, `SANET-ep`: the lower-case suffix names a word
        # of the long form out of order (pancreatic, extrapancreatic).
        head = _sf_units(m.group(1))
        if len(head) >= 3:
            out.append((head, "suffix"))
    base = units
    if len(sf) >= 3 and sf[-1] == "s" and (sf[-2].isupper() or sf[-2].isdigit()) and units[-1] == ("L", "s"):
        base = units[:-1]
        out.insert(0, (base, "plural"))
    core = base
    if len(core) >= 3 and core[-1] == ("L", "p") and core[-2][0] == "D" and sf.rstrip("s").endswith("p"):
        core = core[:-1]  # yeast protein names: `Pab1p` is the protein of gene `PAB1`
        out.append((core, "yeast-p"))
    digits = [i for i, u in enumerate(core) if u[0] == "D"]
    if len(core) >= 3 and len(digits) == 1 and digits[0] > 0:
        i = digits[0]
        out.append(([core[i]] + core[:i] + core[i + 1 :], "num-first"))
        if i == len(core) - 1 and sum(u[0] == "L" for u in core[:-1]) >= 2:
            out.append((core[:-1], "no-num"))
    return out


_TRIAL_SUFFIX = re.compile(r"^([A-Z][A-Z0-9]{2,})-([a-z]{1,3})$")
_VARIANT_SCORE = {"suffix": -0.5, "plain": 0.0, "plural": 0.5, "yeast-p": 0.0, "num-first": 0.0, "no-num": -1.5, "qualifier": -1.0, "no-greek": -1.0}
_VARIANT_CONF = {"suffix": -0.05, "plain": 0.0, "plural": 0.0, "yeast-p": -0.03, "num-first": -0.05, "no-num": -0.12, "qualifier": -0.05, "no-greek": -0.08}
_HEAD_BEFORE_NUMBER = re.compile(r"([A-Za-z]{3,})\s+$")


_LOCANT = re.compile(
    r"^(?:\d+['′]?(?:,\s?\d+['′]?)*|[A-Za-z]|[A-Z]\d{1,2}|alpha|beta|gamma|delta|kappa|omega|cis|trans|"
    r"[α-ω]|[Dd]elta\(\d+\))$"
)


_LEADING_LOCANTS = re.compile(r"(?:\d+['′]?(?:,\s?\d+['′]?)*[-\s])+")


def _extend_locants(orig: str, s: int) -> int:
    """Move a long-form start left over chemical locants and one-letter
    prefixes joined by hyphens (`3,5-dihydroxyphenylglycine`,
    `N-phosphonacetyl-L-aspartate`, `c-Jun`, `alpha-myosin`): they belong
    to the name."""
    while s > 1 and orig[s - 1] in "-/":
        k = s - 1
        j = k
        while j > 0 and not orig[j - 1].isspace() and orig[j - 1] not in "-/":
            j -= 1
        piece = orig[j:k]
        if j == k or piece.lower() in ("anti", "non", "multi", "protein"):
            break
        # A word prefix (`pre-T`, `enoyl-acyl`, `Rho-GTPase`) or the first of
        # slashed words (`Calcium/calmodulin`) counts only when it begins the token.
        at_token_start = j == 0 or orig[j - 1].isspace()
        word_prefix = at_token_start and piece.isalpha() and (piece.islower() or piece.istitle()) and len(piece) >= 3
        if orig[k] == "/" and at_token_start and piece.isalpha():
            word_prefix = True
        if not (_LOCANT.match(piece) or word_prefix):
            # `7,8-dihydro-8-oxoguanine`: a lower-case prefix whose own locant opens the token.
            if not (piece.isalpha() and piece.islower() and j >= 2 and orig[j - 1] == "-"):
                break
            m = _TOKEN_LOCANT.search(orig, max(0, j - 16), j - 1)
            if m is None:
                break
            j = m.start()
        s = j
    return s


# The locants that open a whitespace token, ending where the search stops (`7,8` of `7,8-dihydro-`).
_TOKEN_LOCANT = re.compile(r"(?:(?<=\s)|^)\d+['′]?(?:,\d+['′]?)*$")


# A line break that is not a wrap inside a phrase (`programmed\ncell death`):
# a title or heading may end there.
_LINE_BREAK = re.compile(r"(?<![a-z,\-])\n|\n(?![a-z])")
# A comma that opens a new clause or list item: names do not run across it.
_CLAUSE_COMMA = re.compile(r",\s+(?i:and|or|but|which|that|whereas|while|the|a|an|we|it|this|these|as|in|to|with|for)\s+(?![A-Z])")

# A parenthesised short form inside a candidate long form, or a list of them.
_CITATION_IN = re.compile(r"\[\s*\d[\d\s,\-–]*\]")
_DEFINITION_LIST = re.compile(r"\)\s*(?:and|or|,)\s")
_INNER_PAREN = re.compile(r"\s\(([^()]+)\)")


def _holds_definition(span: str, sf: str) -> bool:
    """Whether a candidate long form holds a parenthetical of its own that is
    a definition (`human Rev1 (hRev1) and Rev3`), a statistic, a list of
    definitions, or anything the short form does not abbreviate -- as opposed
    to a parenthesis inside the name (`poly (ADP-ribose) polymerase (PARP)`)."""
    if _DEFINITION_LIST.search(span):
        return True
    letters = sf.lower()
    for m in _INNER_PAREN.finditer(span):
        x = _collapse(m.group(1))
        if len(x.replace(" ", "")) < 2:
            continue  # `human (h) Upf1 protein (p)`
        if is_noise(x) or any(c.isdigit() for c in x):
            return True
        initials = [w[0].lower() for w in _ALNUM_RUN.findall(x)]
        if len(initials) < 2 or not all(c in letters for c in initials):
            return True  # the short form takes nothing from it
        if looks_like_short_form(x) and _n_units(x) >= 2:
            lf = _best_long_form(span, 0, m.start() + 1, x)
            if lf is not None and lf[2] >= _MIN_CONF:
                return True
    return False


def _cut_code(orig: str, last_end: int, end: int) -> bool:
    """Whether the last unit stops inside a final code-like word (capitals,
    Roman numerals, digits: `IB`, `III`, `P450`) and the short form omits its
    rest, a number, a Roman numeral or one letter (`RNA` cut to `R` may stand)."""
    k = last_end
    if k >= end or not orig[k].isalnum():
        return False
    j = k
    while j > 0 and orig[j - 1].isalnum():
        j -= 1
    e = k
    while e < end and orig[e].isalnum():
        e += 1
    word, rest = orig[j:e], orig[k:e]
    if e != end or len(word) > 5 or not all(c.isupper() or c.isdigit() for c in word):
        return False
    return rest.isdigit() or len(rest) == 1 or all(c in "IVX" for c in rest)


def _balanced(s: str) -> bool:
    depth = 0
    for c in s:
        if c in "([（":
            depth += 1
        elif c in ")]）":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _best_long_form(text: str, left_lo: int, left_hi: int, sf: str) -> tuple[int, int, float] | None:
    """The long form in ``text[left_lo:left_hi]`` (ending at ``left_hi``) that ``sf``
    abbreviates: (start, end, confidence), or None."""
    end = left_hi
    while end > left_lo and (text[end - 1].isspace() or text[end - 1] in ",;:-–"):
        end -= 1
    if end <= left_lo:
        return None
    variants = _variants(sf)
    if not variants:
        return None
    max_units = max(len(u) for u, _ in variants)
    max_words = min(max_units + 5, max_units * 2) + 1
    # Only the last few tokens can hold the long form: prepare just those.
    base = max(left_lo, end - 40 * max_words)
    starts = [m.start() for m in _TOKEN_RE.finditer(text, base, end)]
    if base > left_lo and starts and starts[0] == base and not text[base - 1].isspace():
        starts = starts[1:]  # the stretch began inside a word
    if not starts:
        return None
    base = starts[-max_words] if len(starts) > max_words else starts[0]
    win = _Window(text[base:end])
    wend = end - base
    orig, low = win.orig, win.low
    lw = win.last_word(wend)
    if lw >= 0 and win.function[lw] and (win.words[lw][0] == 0 or win.orig[win.words[lw][0] - 1].isspace()):
        return None  # `sensitive to changes in (CI)`: a term does not end in a function word
    best = None
    for units, rule in variants:
        n_units = len(units)
        limit_words = min(n_units + 5, n_units * 2) + (1 if rule in ("num-first", "no-num") else 0)
        ts = win.token_starts
        lo_pos = ts[-limit_words] if len(ts) >= limit_words else 0
        for s, e, kind in win.positions(units[0]):
            if s < lo_pos or kind < (1 if rule == "num-first" and units[0][0] == "D" else 2):
                continue  # a long form begins at a word start
            if rule == "num-first" and low[s:e] in _CARDINALS:
                continue  # `one of the ...` does not open a reordered long form (`first ...` may)
            if (s + 1 >= wend or not orig[s + 1].isalnum()) and orig[s].islower() and (s == 0 or orig[s - 1] != "-"):
                continue  # nor at a lone lower-case letter (`c (cc) and ...`)
            if e > wend:
                break
            span = orig[s:wend]
            if not _balanced(span):
                continue
            a = _align(win, units, (s, e, kind), wend)
            if a is None:
                continue
            lf_s, lf_e = s, None
            if rule == "num-first" and kind == 1:
                # `N6-methyladenosine (m6A)`: the number ends a word that starts the long form.
                kind = 2
                lf_s = win.words[win.word_of(s)][0]
            if rule == "num-first":
                # A bare number needs its head word: `Type 2 innate lymphoid cells (ILC2s)`.
                if low[s:e].isdigit() and (e < wend and orig[e] == " "):
                    m = _HEAD_BEFORE_NUMBER.search(orig, 0, s)
                    if m is None or low[m.start(1) : m.end(1)] in _STOP:
                        continue
                    lf_s = m.start(1)
            a.words = len(orig[lf_s:wend].split())
            if rule == "suffix":
                # The suffix must begin a content word of the long form; that word is not skipped.
                suffix = sf[sf.rindex("-") + 1 :].lower()
                if not any(low[ws:we].startswith(suffix[0]) and low[ws:we] not in _STOP
                           for ws, we in win.words if ws >= s):
                    continue
                if a.skipped:
                    a.skipped -= 1
                    a.score += _SKIP_COST
            score = a.score - _WORD_COST * a.words + _VARIANT_SCORE[rule]
            conf = _confidence(a) + _VARIANT_CONF[rule]
            fwi = win.word_of(lf_s)
            first_word = low[lf_s : win.words[fwi][1]] if fwi >= 0 else ""
            if first_word in _LEADING_SKIP and not (
                first_word == "the" and fwi + 1 < len(win.words)
                and all(orig[ws].isupper() for ws, we in win.words[fwi + 1 :] if not win.function[win.word_of(ws)])
            ):
                continue  # articles, prepositions: outside the long form (GUIDELINES), but `The Cancer Genome Atlas (TCGA)`
            commas = span.count(",")
            if commas:
                if _CLAUSE_COMMA.search(span):
                    continue  # `..., and mapped the PI (...)`: a clause boundary, not a name
                score -= 1.0 * commas
                conf -= 0.08 * commas
            if not a.trailing and _cut_code(orig, a.last_end, wend):
                continue  # `factor IB (CF I)`, `polymerase III (Pol I)`: a name cut short
            if rule == "plural" and not low[:wend].endswith("s"):
                conf -= 0.03
            if a.trailing:
                # The word right before the parenthesis gives no letter: `AspRS tRNA(Asp)`.
                if end == left_hi:
                    continue
                conf -= 0.1
                lw_unit = win.word_of(a.last_end - 1)
                if 0 <= lw_unit < len(win.words) - 1 and win.function[lw_unit + 1]:
                    # `phosphoglycerate kinase from yeast (PGK)`: the trailing phrase is not the name.
                    if len(win.words) - lw_unit - 1 > 3:
                        continue
                    lf_e = win.words[lw_unit][1]
            if rule == "no-num" and (a.inner or a.skipped > a.trailing or a.trailing > 1):
                continue  # dropping the number is only safe when the letters fit cleanly
            if "[" in span and _CITATION_IN.search(span):
                continue  # `stimulated by Rad54 [2] (SIR)`: a citation ends what came before
            if " (" in span and _holds_definition(span, sf):
                continue  # `human Rev1 (hRev1) and Rev3`: another definition inside
            if " (" in span or "\n" in span and _LINE_BREAK.search(span):
                # Another parenthetical (`human Rev1 (hRev1) and Rev3`) or a line break inside.
                score -= 1.0
                conf -= 0.15
            if rule != "num-first":
                lf_s = _extend_locants(orig, lf_s)
            key = (score, -(wend - lf_s))
            if best is None or key > best[0]:
                best = (key, base + lf_s, base + lf_e if lf_e is not None else end, conf)
    if best is None:
        return None
    _, s, e, conf = best
    return s, e, conf


_LAST_HAN = re.compile(r"[\u3400-\u9fff](?=[^\u3400-\u9fff]*$)")


def _left_bound(text: str, pos: int) -> int:
    """Where the left context of a parenthesis at ``pos`` begins: the start of
    its clause (sentence end, semicolon, colon, `e.g.`, Chinese text, a blank
    line), at most ~300 characters back."""
    lo = max(0, pos - _MAX_LEFT_CHARS)
    last = lo
    # Scan back with str.rfind (C speed) for the nearest cheap stop, then let
    # the regex confirm the exact boundary inside that short stretch.
    for mark in (". ", ".\n", "; ", ";\n", ": ", "? ", "! ", "。", "；", "：", "\n\n", "e.g.", "i.e."):
        k = text.rfind(mark, lo, pos)
        if k != -1 and k + len(mark) > last:
            last = k + len(mark)
    m = _LAST_HAN.search(text, last, pos)
    if m is not None:
        last = m.end()
    return last


def _inner_sf(text: str, p: Parenthetical) -> list[tuple[int, int]]:
    """Spans inside the parenthetical that can be the short form:
    the whole content, or the part before `;`/`,` (`(SF; see ...)`), or the
    part after the last `,`/`;` (`(..., SF)`)."""
    s, e = p.inner_start, p.inner_end
    out = [(s, e)]
    inner = text[s:e]
    for sep in (";", ",", ":", "；", "，", "："):
        if "(" in inner:
            break  # `PtdIns(3,4,5)P3`: the commas are inside a name
        k = inner.find(sep)
        if k > 0:
            a, b = s, s + k
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append((a, b))
            k2 = inner.rfind(sep)
            a2 = s + k2 + 1
            while a2 < e and text[a2].isspace():
                a2 += 1
            if a2 < e:
                out.append((a2, e))
    # `(uORF1 and uORF2)`: the first of two short forms.
    m = re.match(r"(\S+)\s+(?:and|or)\s+\S+$", inner)
    if m is not None:
        out.append((s, s + m.end(1)))
    return out


def _clean_sf_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim quotes, spaces and a final full stop (kept in `d.p.c.`)."""
    while s < e and text[s] in "\"'“‘ \t\n":
        s += 1
    while e > s and text[e - 1] in "\"'”’ \t\n,":
        e -= 1
    if e > s and text[e - 1] == "." and text.count(".", s, e - 1) == 0:
        e -= 1
    return s, e


_MIN_CONF = 0.55


def english_definition(text: str, p: Parenthetical) -> Definition | None:
    """The English definition that the parenthetical ``p`` closes, or None.

    Tries `long form (SF)` (also `(SF; ...)`, `(..., SF)`), then the
    short-form-first `SF (long form)`. The returned definition has ``zh=None``;
    its ``confidence`` is the estimated precision of the alignment."""
    try:
        d = _english_definition(text, p)
        if d is not None and _in_chinese_prose(text, d) and _is_symbol_alias(d.abbr, d.en):
            return None  # GUIDELINES: a gene alias in a Chinese paper is not a definition
        return d
    except Exception:  # noqa: BLE001 -- arbitrary input must never break mining
        return None


_NAME_NUMBER = re.compile(r"([A-Za-z]{4,})[\s-]?(\d+(?:\.\d+)?[A-Za-z]?)")
_SYMBOL_NUMBER = re.compile(r"([A-Z]{3,})-?(\d+(?:\.\d+)?[A-Za-z]?)")


def _is_symbol_alias(sf: str | None, lf: str | None) -> bool:
    """`Claudin 18.2 (CLDN18.2)`: a one-word name with a member number and
    its gene symbol, capitals contracted from that one word plus the same
    number, its consonants after the first letter. Two names for one thing
    (GUIDELINES: gene aliases), not an expansion; `interleukin-6 (IL-6)`
    (two letters) and `cyclooxygenase-2 (COX-2)` (a vowel) stay definitions."""
    if not sf or not lf:
        return False
    m1, m2 = _NAME_NUMBER.fullmatch(lf.strip()), _SYMBOL_NUMBER.fullmatch(sf.strip())
    if m1 is None or m2 is None or m1.group(2).lower() != m2.group(2).lower():
        return False
    word, letters = m1.group(1).lower(), m2.group(1).lower()
    if word[0] != letters[0] or any(c in "aeiou" for c in letters[1:]):
        return False  # symbols contract a name to its consonants (`COX-2` spells `co`: an abbreviation)
    it = iter(word)
    return all(c in it for c in letters)  # the letters in order inside the one word


def _in_chinese_prose(text: str, d: Definition) -> bool:
    """Whether a definition stands in Chinese text: a CJK character or
    Chinese punctuation right before its long form or right after it."""
    s = d.en_span[0] if d.en_span else d.start
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    j = d.end
    while j < len(text) and text[j] in " \t":
        j += 1
    return (k >= 0 and _CJK_RE.match(text[k]) is not None) or (j < len(text) and _CJK_RE.match(text[j]) is not None)


def _english_definition(text: str, p: Parenthetical) -> Definition | None:
    inner = text[p.inner_start : p.inner_end]
    if len(inner) == 1:
        return _one_letter(text, p, inner)
    if not inner:
        return None
    if is_noise(inner):
        # `(CAFs; n = 12)`, `(OS, 95% CI ...)`: a short form, then a statistic.
        return _short_form_before_statistic(text, p)
    if p.open >= 1 and text[p.open - 1].isalpha() and (p.open < 3 or text[p.open - 3].isspace() or text[p.open - 2].isspace()):
        return None  # `K(d)`, `Su(var)`: a parenthesis glued to a one- or two-character word is part of a name
    left_lo = _left_bound(text, p.open)
    best: tuple[float, Definition] | None = None
    # 1. long form (SF)
    for i, (s, e) in enumerate(_inner_sf(text, p)):
        s, e = _clean_sf_span(text, s, e)
        sf = _collapse(text[s:e])
        if not looks_like_short_form(sf) or is_drug_code(sf) or _n_units(sf) < 2 or _UNIT_RATIO.match(sf):
            continue  # one unit (`H+`) is a one-letter short form: only in series, above
        lf = _best_long_form(text, left_lo, p.open, sf)
        if lf is None:
            continue
        ls, le, conf = lf
        if i > 0:
            conf -= 0.05  # a short form with a comment next to it is a little less certain
        en = _collapse(text[ls:le])
        if conf < _MIN_CONF or len(en) <= len(sf) or _restates(sf, en):
            continue
        if i > 0 and _COORDINATED.search(en) and _lists_short_forms(text[p.inner_start : p.inner_end]):
            continue  # `enhanced cyan and yellow fluorescent proteins (ECFP, EYFP)`: one long form per SF is not in the text
        d = Definition(None, en, sf, ls, p.close + 1, round(conf, 3), None, (ls, le), (s, e))
        if best is None or conf > best[0]:
            best = (conf, d)
        if i == 0:
            break
    # 2. (long form, SF): both inside the parenthesis. When the short form
    # after the comma is explained by the words before it inside the
    # parenthesis, that is the definition the author wrote, whatever the left
    # context also happens to spell (`... a critical domain (Bas1p interaction
    # and regulatory domain, BIRD)`).
    if best is not None and best[1].abbr_span[0] == p.inner_start:
        return best[1]
    inside = _inside_pair(text, p)
    if best is not None:
        d = best[1]
        if inside is not None and inside.abbr == d.abbr and inside.confidence >= d.confidence - 0.1:
            return inside
        return d
    if inside is not None:
        return inside
    # 3. SF (long form): the token right before the parenthesis is the short form.
    return _short_form_first(text, p, left_lo)


_COORDINATED = re.compile(r"\s(?:and|or)\s")


def _lists_short_forms(inner: str) -> bool:
    """`ECFP, EYFP`, `ER/PR`: two or more short forms side by side."""
    parts = [x.strip() for x in re.split(r"[,;/]", inner)]
    return len(parts) >= 2 and all(_is_abbreviation(x) for x in parts if x)


def _short_form_before_statistic(text: str, p: Parenthetical) -> Definition | None:
    """A parenthetical that is noise as a whole but opens with a short form
    (`long form (SF; n = 12)`) or a long form (`SF (long form; n = 200)`)
    before `;`, `,` or `:`."""
    inner = text[p.inner_start : p.inner_end]
    m = re.match(r"\s*([^;,:]+?)\s*[;,:]", inner)
    if m is None or "(" in m.group(1):
        return None
    head = m.group(1)
    if not _is_abbreviation(head) or is_noise(head) or is_drug_code(head) or _n_units(head) < 2:
        if is_noise(head) or len(head.split()) < 2:
            return None
        # `NSCLC (non-small cell lung cancer; n = 200)`: the long form, then a statistic.
        d = _short_form_first(text, p, _left_bound(text, p.open))
        if d is not None and d.en_span[1] > p.inner_start + m.end(1):
            return None
        return d
    s, e = p.inner_start + m.start(1), p.inner_start + m.end(1)
    lf = _best_long_form(text, _left_bound(text, p.open), p.open, head)
    if lf is None:
        return None
    ls, le, conf = lf
    conf -= 0.05
    en = _collapse(text[ls:le])
    if conf < _MIN_CONF or len(en) <= len(head) or _restates(head, en):
        return None
    return Definition(None, en, head, ls, p.close + 1, round(conf, 3), None, (ls, le), (s, e))


def _restates(sf: str, lf: str) -> bool:
    """True when the long form contains the short form itself as a word
    (`Met-tRNA(i) (Met)`, `Rvs167p (Rvs167)`): a mention, not a definition."""
    key = re.sub(r"[\W_]+", "", sf.lower())
    if not key:
        return True
    m = re.match(r"^(.*?[a-z])(\d+)p?$", key)
    if m is not None and len(m.group(1)) >= 2:
        words = [re.sub(r"[\W_]+", "", w.lower()) for w in re.split(r"[\s\-/()]+", lf)]
        if m.group(1) in words and m.group(2) not in words:
            return True  # `FHA domain (FHA1)`: a gene named after its domain, not spelled out
    return any(re.sub(r"[\W_]+", "", w.lower()) in (key, key + "p", key + "s") for w in re.split(r"[\s\-/()]+", lf))


_ONE_LETTER_DEF = re.compile(r"\b([A-Za-z][a-z]{3,})\s*\(([A-Z])\)")
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z]{3,})\s*$")


def _one_letter(text: str, p: Parenthetical, sf: str) -> Definition | None:
    """`the large (L), middle (M) and small (S) proteins`: a one-letter short
    form defined by the single word right before it, starting with that letter.
    Anything looser is too ambiguous for one letter (enumerations, variables)."""
    if not ("A" <= sf <= "Z"):
        return None
    m = _WORD_BEFORE.search(text, max(0, p.open - 40), p.open)
    if m is None:
        return None
    word = m.group(1)
    if word[0].upper() != sf or word.lower() in _STOP or word.lower() in _LEADING_SKIP:
        return None
    ls, le = m.span(1)
    if ls > 0 and (text[ls - 1].isalnum() or text[ls - 1] in "-/"):
        return None  # part of a longer word or compound
    # A lone `word (X)` fits by chance about one time in fifteen; one-letter
    # short forms are defined in series (`large (L), middle (M) and small (S)`).
    lo, hi = max(0, p.open - 150), min(len(text), p.close + 150)
    if not any(
        m2.start(2) != p.inner_start and m2.group(1)[0].upper() == m2.group(2)
        for m2 in _ONE_LETTER_DEF.finditer(text, lo, hi)
    ):
        return None
    return Definition(None, word, sf, ls, p.close + 1, 0.6, None, (ls, le), (p.inner_start, p.inner_end))


def _inside_pair(text: str, p: Parenthetical) -> Definition | None:
    """`(encoding the human Wiskott-Aldrich syndrome protein, WASp)`: the short
    form after the last comma, its long form before it, inside the parenthesis."""
    inner = text[p.inner_start : p.inner_end]
    k = max(inner.rfind(","), inner.rfind("，"), inner.rfind(";"))
    if k <= 0 or "(" in inner:
        return None
    s, e = _clean_sf_span(text, p.inner_start + k + 1, p.inner_end)
    sf = _collapse(text[s:e])
    if not _is_abbreviation(sf) or is_drug_code(sf):
        return None
    lf = _best_long_form(text, p.inner_start, p.inner_start + k, sf)
    if lf is None:
        return None
    ls, le, conf = lf
    en = _collapse(text[ls:le])
    conf -= 0.03
    if conf < _MIN_CONF or len(en) <= len(sf) or _restates(sf, en):
        return None
    return Definition(None, en, sf, ls, p.close + 1, round(conf, 3), None, (ls, le), (s, e))


_FOR_RE = re.compile(r"(?:for|from|abbreviated from|short for|standing for)\s+", re.IGNORECASE)
_SF_BEFORE = re.compile(r"(\S+)\s*$")


def _short_form_first(text: str, p: Parenthetical, left_lo: int) -> Definition | None:
    inner = text[p.inner_start : p.inner_end]
    if len(inner.split()) < 1 or len(inner) < 3:
        return None
    # The long form is the whole content, or its part before `;`/`,`.
    lf_ends = [p.inner_end]
    for sep in ";,":
        k = inner.find(sep)
        if k > 0:
            lf_ends.append(p.inner_start + k)
    lf_s, lf_e = _clean_sf_span(text, p.inner_start, min(lf_ends))
    # `CNS1 (for cyclophilin seven suppressor)`: the long form after `for`.
    m = _FOR_RE.match(text, lf_s, lf_e)
    if m is not None:
        lf_s = m.end()
    lo = max(left_lo, p.open - 40)
    m = _SF_BEFORE.search(text, lo, p.open)
    if m is None:
        return None
    s, e = m.span(1)
    s, e = _clean_sf_span(text, s, e)
    while s < e and not (text[s].isalnum() or text[s] in _GREEK_SYMBOLS):
        s += 1
    lf = _collapse(text[lf_s:lf_e])
    cands = [(s, e)]
    k = text.rfind("/", s, e)
    if k != -1 and k + 1 < e:
        cands.append((k + 1, e))  # `T3/GRIP1 (...)`: the last of the slashed names
    for s, e in cands:
        sf = _collapse(text[s:e])
        if is_drug_code(sf) or _restates(sf, lf):
            continue
        # A capitalised word (`Epac`, `Trax`) may be a short form, but only with strong evidence.
        strict = not _is_abbreviation(sf)
        if strict and not (looks_like_short_form(sf) and sf[0].isupper() and len(sf) <= 6):
            continue
        best = None
        for end in sorted(set(lf_ends), reverse=True):
            if end <= lf_s:
                continue
            ls, le = _clean_sf_span(text, lf_s, end)
            cand = _collapse(text[ls:le])
            if len(cand) <= len(sf) or looks_like_short_form(cand) and len(cand.split()) == 1 and not cand.islower():
                continue  # `HER2 (ERBB2)`: two names, not a definition
            d = _sf_first_definition(text, p, s, e, sf, ls, le)
            if d is not None and (best is None or d.confidence > best.confidence + 0.05):
                best = d
        if best is not None and (not strict or best.confidence >= 0.75):
            return best
    return None


def _sf_first_definition(text, p, s, e, sf, lf_s, lf_e) -> Definition | None:
    lf = _collapse(text[lf_s:lf_e])
    # Skip a leading article inside the parenthesis: `SF (the long form)`.
    words = lf.split()
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        k = text.find(words[1], lf_s)
        lf_s = k
        lf = _collapse(text[lf_s:lf_e])
    score = explains(sf, lf)
    if score < _MIN_CONF:
        return None
    return Definition(None, lf, sf, s, p.close + 1, round(score * 0.97, 3), None, (lf_s, lf_e), (s, e))


def explains(short: str, long: str) -> float:
    """How well ``long`` abbreviates to ``short``: 0 when it cannot, else the
    estimated precision (0..1) of the best alignment that starts at the first
    word of ``long`` and accounts for all of it."""
    try:
        sf = _collapse(short)
        lf = _collapse(long)
        if not sf or not lf or len(lf) <= len(sf) and lf.lower() != sf.lower():
            return 0.0
        s0 = 0
        while s0 < len(lf) and not (lf[s0].isalnum() or lf[s0] in _GREEK_SYMBOLS):
            s0 += 1
        # Leading chemical locants (`3',5' cyclic adenosine ...`) carry no letter.
        m = _LEADING_LOCANTS.match(lf, s0)
        if m is not None and m.end() < len(lf):
            s0 = m.end()
        win = _Window(lf)
        first_token_end = lf.find(" ", s0)
        if first_token_end == -1:
            first_token_end = len(lf)
        best = 0.0
        for units, rule in _variants(sf):
            for s, e, kind in win.positions(units[0]):
                # The first unit starts the first word (or a hyphen part of it: `pre-T`).
                if s >= first_token_end or kind < 2:
                    continue
                a = _align(win, units, (s, e, kind), len(lf))
                if a is None:
                    continue
                a.words = len(lf.split())
                # Words before the first unit are skipped words.
                a.skipped += win.content_between(-1, win.word_of(s))
                conf = _confidence(a) + _VARIANT_CONF[rule]
                best = max(best, conf)
                break
        return max(0.0, min(1.0, best))
    except Exception:  # noqa: BLE001
        return 0.0


def chinese_context(text: str, pos: int) -> bool:
    """Whether the parenthesis at ``pos`` follows Chinese text: a CJK character
    right before it, or a Chinese term ending in one or two Latin letters or
    digits (`磷脂酶C(`, `生长因子结合蛋白2(`, `钇-90(`)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    if k < 0:
        return False
    if _CJK_RE.match(text[k]):
        return True
    j = k
    while j >= 0 and k - j < 4 and (text[j].isascii() and (text[j].isalnum() or text[j] == "-")):
        j -= 1
    run = k - j
    return 0 < run <= 3 and j >= 0 and _CJK_RE.match(text[j]) is not None and sum(c.isalpha() for c in text[j + 1 : k + 1]) <= 1


def find_english_definitions(text: str) -> list[Definition]:
    """All English definitions in ``text``: every parenthetical whose left
    context does not end in a CJK character. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Definition] = []
    for p in find_parentheticals(text, square=True):
        if chinese_context(text, p.open):
            continue
        d = english_definition(text, p)
        if d is not None:
            out.append(d)
    return out


# --------------------------------------------------------------------------
# Content of a Chinese-preceded parenthetical

# A comma between digits belongs to a name (`indoleamine 2,3-dioxygenase`).
_SPLIT_RE = re.compile(r"(?<!\d)[,;]|[,;](?!\d)|[，；]")
_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s+(?=\S)")
# A plain English word inside a multi-token content (`cells`, `virus`,
# `dual-energy`): with it, `CD8+ T cells` is a phrase that holds a short form.
_PLAIN_WORD = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})*")
_PAIRED_MAX_WORDS = 24  # a long form paired with a short form may be a long name (questionnaires, societies)


# Capitalised words joined by hyphens: a name (`Kaplan-Meier`), not a short form.
_HYPHENED_NAMES = re.compile(r"[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})+")
# A range of numbers (`0-1`, `2~3`): a score or a dose, which ends a measurement, not a short form.
_RANGE = re.compile(r"(\d+)\s*[-–~～]\s*(\d+)")


def _is_range(token: str) -> bool:
    """Whether ``token`` is an ascending range of numbers (`0-1`, `2~3`)."""
    m = _RANGE.fullmatch(token)
    return m is not None and int(m.group(1)) < int(m.group(2))  # `19-9` of `CA 19-9` does not ascend


_GRADE_LIST = re.compile(r"[A-Za-z]+-(\d)/(\d)")


def _is_grade_list(token: str) -> bool:
    """Whether ``token`` names two consecutive grades of a scale (`CC-0/1`,
    `R-1/2`): a measurement, not a short form (`CDK4/6` names two kinases)."""
    m = _GRADE_LIST.fullmatch(token)
    return m is not None and int(m.group(2)) == int(m.group(1)) + 1


def _reads_as_phrase(s: str) -> bool:
    """Whether a content is an English phrase or a measurement rather than a
    short form: one of several tokens is a plain lower-case word (`CD8+ T
    cells`, `EB virus`) -- not a Greek letter name (`ER alpha`) or a token with
    capitals or digits (`EORTC QLQ-C30`, `RECIST v1.1`); capitalised words
    joined by hyphens (`Kaplan-Meier`); a score range after a short form
    (`ABC 0-1`)."""
    tokens = s.split()
    if len(tokens) == 1:
        return _HYPHENED_NAMES.fullmatch(s) is not None or _is_grade_list(s)
    return any(_PLAIN_WORD.fullmatch(t) and t not in _GREEK_SET for t in tokens) or _is_range(tokens[-1])


# `English ABBR`, `English (ABBR)`, `English [ABBR]`, `English: ABBR`,
# `English、ABBR`, `English/ABBR`: a short form after the English without a comma.
_TRAILING_SF = re.compile(r"(?:\s*[(\[]\s*([^\s()\[\]]+)\s*[)\]]|(?:\s*[:：、/]\s*|\s+)([^\s/:：、()\[\]]+))$")


def _trailing_short_form(inner: str, s: int, e: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(en_span, abbr_span) when ``inner[s:e]`` ends in a short form that the
    English before it explains, joined without a comma; None otherwise. The
    explanation is required: `positron emission tomography/CT` is one name."""
    m = _TRAILING_SF.search(inner, s, e)
    if m is None or m.start() <= s:
        return None
    g = 1 if m.group(1) is not None else 2
    a_s, a_e = m.span(g)
    abbr = inner[a_s:a_e]
    en_s, en_e = s, m.start()
    en = _collapse(inner[en_s:en_e])
    if not _is_abbreviation(abbr) or _reads_as_phrase(abbr) or not _is_english_phrase(en, _PAIRED_MAX_WORDS):
        return None
    if explains(abbr, en) < _MIN_CONF:
        return None
    return (en_s, en_e), (a_s, a_e)


def _pieces_explain(sf: str, lf: str) -> bool:
    """Whether ``sf`` (less a plural `s`) is a run of word beginnings of
    ``lf`` taken in any order, from at least two words: `Tregs` from
    `regulatory T cells`, `Th17` from `T helper 17 cells`. `explains` wants
    the order of the long form; these short forms put a head letter first."""
    key = re.sub(r"[^\w]+", "", (sf[:-1] if len(sf) > 2 and sf.endswith("s") else sf).lower())
    words = [w.lower() for w in _ALNUM_RUN.findall(lf)]
    if not key or len(words) < 2 or len(key) > 8:
        return False

    budget = [500]  # `tttt` against many t-words would branch without end

    def cover(i: int, used: frozenset[int]) -> int:
        """Words used to cover key[i:], or -1 when it cannot be covered."""
        if i == len(key):
            return len(used)
        budget[0] -= 1
        if budget[0] < 0:
            return -1
        for j, w in enumerate(words):
            if j in used or not w or w[0] != key[i]:
                continue
            k = 1
            while i + k <= len(key) and k <= len(w) and key[i : i + k] == w[:k]:
                got = cover(i + k, used | {j})
                if got >= 2:
                    return got
                k += 1
        return -1

    return cover(0, frozenset()) >= 2


def _names_short_form(seg: str, long: str) -> bool:
    """Whether ``seg`` is the short form of ``long``: a short form by its
    shape (capitals, digits, a capital inside), or one that ``long``
    explains (`Treg` for `regulatory T cell`, `Hp` for `Helicobacter pylori`)."""
    if not looks_like_short_form(seg) or _reads_as_phrase(seg):
        return False
    if _is_abbreviation(seg):
        return True
    return explains(seg, long) >= _MIN_CONF or _pieces_explain(seg, long)


_DIGIT_RUN = re.compile(r"\d+")


def _code_explained(code: str, explanation: str) -> bool:
    """Whether ``explanation`` (a long form, or the Chinese term before the
    parenthesis) accounts for a code-shaped name: its number appears there as
    a whole number (`糖类抗原125` for `CA125`, `protein 130` for `SAP130`) or
    its letters are spelled out."""
    if not explanation:
        return False
    nums = _DIGIT_RUN.findall(code)
    if nums and re.search(rf"(?<!\d){nums[-1]}(?!\d)", explanation):
        return True
    return not _HAN_RE.search(explanation) and explains(code, explanation) >= _MIN_CONF


def _strip_article(inner: str, s: int, e: int, abbr: str | None) -> int:
    """Where the English full form starts once a leading article is left out
    (GUIDELINES: `the disease control rate` -> `disease control rate`); kept
    when the short form spells it (`A disintegrin and metalloproteinase,
    ADAM`) or it opens a capitalised name (`The Cancer Genome Atlas`)."""
    m = _LEADING_ARTICLE.match(inner, s, e)
    if m is None:
        return s
    article = inner[s : m.end()].strip()
    if abbr and abbr[0].lower() == article[0].lower():
        return s
    if article[0].isupper() and inner[m.end()].isupper():
        return s
    return m.end()


_TERM_TAIL = re.compile(r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\-+]+$")


def _capitals_from_chinese_term(token: str, before: str) -> bool:
    """Whether a short capitalised word (`Tregs`) is the short form of the
    Chinese term ``before`` it: its capitals are the Latin capitals written
    inside that term (调节性T细胞 / Tregs), the rest abbreviating the Chinese
    words around them. An English word (恶病质 / Cachexia) has no such capitals."""
    if not before or " " in token or len(token) > 6 or not looks_like_short_form(token):
        return False
    m = _TERM_TAIL.search(before)
    if m is None or not _HAN_RE.search(m.group()):
        return False
    caps = {c for c in token if c.isupper()}
    inside = {c for i, c in enumerate(m.group()) if c.isupper() and _HAN_RE.search(m.group()[:i])}
    return bool(caps) and caps <= inside


def split_inner(
    inner: str, before: str = ""
) -> tuple[str | None, str | None, tuple[int, int] | None, tuple[int, int] | None]:
    """Split the content of `中文（...）` into (en, abbr, en_span, abbr_span).

    `English full form, ABBR` (comma, full-width comma or semicolon) gives
    both; `English` alone or `ABBR` alone gives one. The last segment is the
    short form when its shape says so (`EORTC QLQ-C30`, `NF-κB`, `CTCs`) or
    the words before it explain it (`regulatory T cells, Tregs`); a comma
    that belongs to the English name (`Plexins, semaphorins and integrins
    domain`, `2,3-dioxygenase`) does not split. `CD8+ T cells` is English
    holding a short form, not a short form. Drug development codes
    (`BPI-7711`, `XYZ123`) are names, not terms: they are dropped unless the
    English beside them or the Chinese term ``before`` the parenthesis gives
    their number (`糖类抗原125（CA125）`). Noise gives (None, None, None,
    None). Spans are relative to ``inner``; values have whitespace collapsed."""
    none = (None, None, None, None)
    try:
        if not inner or is_noise(inner) or _HAN_RE.search(inner):
            return none
        s, e = _clean_sf_span(inner, 0, len(inner))
        if e <= s:
            return none
        segs = []  # (start, end) of each segment, cleaned
        pos = s
        for m in _SPLIT_RE.finditer(inner, s, e):
            segs.append(_clean_sf_span(inner, pos, m.start()))
            pos = m.end()
        segs.append(_clean_sf_span(inner, pos, e))
        segs = [(a, b) for a, b in segs if b > a]
        if not segs:
            return none
        text_of = lambda span: _collapse(inner[span[0] : span[1]])  # noqa: E731
        # Development codes at either end (`sintilimab, XYZ123`), unless the rest explains them.
        while segs:
            for k in (len(segs) - 1, 0):
                seg = text_of(segs[k])
                others = " ".join(text_of(x) for i, x in enumerate(segs) if i != k)
                if is_drug_code(seg, others or before):
                    del segs[k]
                    break
            else:
                break
        if not segs:
            return none
        if len(segs) > 1:
            # `English, ABBR`: the last segment, or the first of several short forms
            # after the English (`..., PD-L1, B7-H1`: the others are aliases).
            k = len(segs) - 1
            while k > 1 and _names_short_form(text_of(segs[k - 1]), text_of((segs[0][0], segs[k - 2][1]))):
                k -= 1
            en_s, en_e = segs[0][0], segs[k - 1][1]
            en = _collapse(inner[en_s:en_e])
            abbr_span = segs[k]
            abbr = text_of(abbr_span)
            if _names_short_form(abbr, en) and _is_english_phrase(en, _PAIRED_MAX_WORDS):
                en_s = _strip_article(inner, en_s, en_e, abbr)
                return _collapse(inner[en_s:en_e]), abbr, (en_s, en_e), abbr_span
            # `ABBR, English` occasionally: the abbreviation first.
            first = text_of(segs[0])
            rest_s, rest_e = segs[1][0], segs[-1][1]
            rest = _collapse(inner[rest_s:rest_e])
            if (
                _names_short_form(first, rest) and _is_english_phrase(rest, _PAIRED_MAX_WORDS)
                and (explains(first, rest) >= _MIN_CONF or _pieces_explain(first, rest))
            ):
                rest_s = _strip_article(inner, rest_s, rest_e, first)
                return _collapse(inner[rest_s:rest_e]), first, (rest_s, rest_e), segs[0]
        s, e = segs[0][0], segs[-1][1]
        whole = _collapse(inner[s:e])
        if is_drug_code(whole, before):
            return none
        if len(segs) == 1:
            got = _trailing_short_form(inner, s, e)
            if got is not None:
                (en_s, en_e), abbr_span = got
                en_s = _strip_article(inner, en_s, en_e, inner[abbr_span[0] : abbr_span[1]])
                return _collapse(inner[en_s:en_e]), inner[abbr_span[0] : abbr_span[1]], (en_s, en_e), abbr_span
            if _is_abbreviation(whole) and not _reads_as_phrase(whole):
                return None, whole, None, (s, e)
            if _capitals_from_chinese_term(whole, before):
                return None, whole, None, (s, e)
        # Several segments that are not `English, ABBR`: a list of names (`ABC-1, DE-2`) is no one term.
        if _is_english_phrase(whole):
            s = _strip_article(inner, s, e, None)
            return _collapse(inner[s:e]), None, (s, e), None
        return none
    except Exception:  # noqa: BLE001
        return none


_EN_WORD = re.compile(r"[A-Za-z]")


def _is_english_phrase(s: str, max_words: int = 12) -> bool:
    """A plausible English term: mostly Latin letters, not a sentence, not a
    statistic, at least one word of three letters or more with lower case in
    it, at most ``max_words`` words."""
    if not s or len(s) > 200 or is_noise(s):
        return False
    letters = len(_EN_WORD.findall(s))
    if letters < 3 or letters * 2 < len(s.replace(" ", "")):
        return False
    if any(w in s.lower().split() for w in ("et", "al", "al.")):
        return False
    if len(s.split()) > max_words:
        return False
    if not _LOWER_RUN.search(s):
        return False  # `ABC PS 0~1`, `ABC-4`: capitals and digits only, no English word
    return any(len(w) >= 3 and w.isalpha() for w in re.split(r"[\s\-/]+", s))


_LOWER_RUN = re.compile(r"[a-zß-ÿ]{3}")
