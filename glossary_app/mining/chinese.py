"""The Chinese side of a definition: where the Chinese term before `（…）` begins.

The text before the parenthesis runs on into the sentence (`可显著改善无进展生存期`),
so the term's left edge must be found. The cues, in order of trust:

1. clause punctuation, function words (的, 与, 对, 包括 …), clinical framing
   verbs (采用, 表达, 检测 …), quantities (3例, 2级, Ⅲ期) and patient or
   specimen nouns (患者, 血清) end the search, unless the English translates
   them (`3级高血压 (grade 3 hypertension)`);
2. the words of the term are aligned with the words of the English form
   through CC-CEDICT (进展/progression, 生存/survival) and medical combining
   forms (免疫/immuno-, 经/trans-, 下/sub-); words left of the aligned span
   that the English does not cover are modifiers (`晚期`). A connective, a
   locative or a verb inside a name is crossed when the words beyond it still
   translate English the term has not covered (中性粒细胞与淋巴细胞比值,
   曲线下面积, 腹腔热灌注化疗); a one-word English name nothing translates is
   a transliteration, taken as the run of unknown words (帕妥珠单抗);
3. document statistics: a word that nearly always precedes the rest of the
   term elsewhere in the document is part of a compound (`免疫检查点`), one
   that comes and goes is a modifier; known modifiers are never bound by
   statistics; `harmonise_terms` makes the terms of one abbreviation agree
   across a document (Lin et al. 2008);
4. with only an abbreviation, its letter groups estimate how many words the
   term has (`NF-pNEN` ~ 6 words), and a modifier stays when the
   abbreviation has its letter (the M of `MBC`).

Latin letters, digits and Greek glued to the term (Ki-67增殖指数, 激酶4/6,
干扰素-γ) are one token, kept when the definition accounts for them.
jieba is loaded lazily (about 0.9 s) and only ever cuts short windows.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from glossary_app.mining.lexicon import english_stem, framing_word, lexicon

# Where a term can never continue leftwards past.
_BOUNDARY_CHARS = set("，。、；：！？,.;:!?()（）【】[]{}《》〈〉“”\"'‘’「」『』/|\\\n\t 　~～<>=+*#@&%…·")
_MAX_WINDOW = 40

# Function words: they introduce a term, never belong to it.
_FUNCTION_WORDS = frozenset(
    """的 之 地 得 与 和 及 以及 或 或者 并 并且 而 而且 是 为 即 如 例如 比如 等 其 其中 该 此 这 那 这些 那些 这种 那种
    其他 其它 各 每 某 诸如 以 用 用于 通过 包括 包含 含有 对 对于 于 在 从 由 向 被 把 将 给 让 使 令 可 可以 可能 能
    能够 会 应 应该 须 需 需要 也 还 都 已 已经 均 仅 只 又 再 更 最 较 很 非常 了 着 过 中 一种 一类 一个 一些 个 种 项
    例 名 位 由于 因为 因此 所以 但 但是 然而 虽然 尽管 若 如果 当 随着 关于 有关 针对 根据 按照 经 经过 除 除了 同时 此外
    另外 我们 本文 本研究 其它 称 称为 简称 又称 也称 叫 即为 所谓 作为 成为
    按 依据 依照 基于 以上 以下 以内 及以上 之一 患者 病人 两组 各组 该组 本组 每组 对照组 试验组 联合组 与其 即可 分别 共有 伴 伴有 并发""".split()
)
# Framing verbs: they stop a term unless the English translates them
# (治疗 is "treatment" in 治疗相关不良事件, but frames 治疗晚期肺癌). Clinical
# writing puts a verb of doing, finding or measuring right before the term it
# introduces; locatives (上 下 内 …) end a phrase unless the English has them.
_FRAMING_VERBS = frozenset(
    """采用 使用 应用 利用 接受 给予 进行 联用 显著 明显 主要 分为 属于 发现 表明 显示 提示 认为 指出 报道 研究 了解 影响
    改善 提高 降低 延长 缩短 导致 引起 诱导 抑制 促进 激活 调控 参与 介导 治疗 上 下 内 外 里 后 前 时
    评估 检测 监测 测定 检查 表达 高表达 低表达 发生 出现 存在 具有 获得 达到 形成 选择 选用 推荐 加用 行 予 予以
    联合 序贯 灌注 注射 口服 输注 纳入 入组 比较 观察 分析 计算 记录 鉴别 鉴定 识别 产生 合并 涉及 见于 用作
    作用 获批 批准 开展 实施 完成 称作 定义 构成 组成 携带 替代 取代 代替 替换 相比 优于 劣于 等同 区别于
    探讨 探索 分泌 示 减轻 组""".split()
)
_STOP_WORDS = _FUNCTION_WORDS | _FRAMING_VERBS
# Words that qualify a term without being part of its name.
_MODIFIERS = frozenset(
    """晚期 早期 中期 中晚期 进展期 局部晚期 初治 经治 复发 复发性 难治性 难治 转移性 原发 原发性 继发 继发性 新发 高危 低危
    中危 常见 罕见 典型 非典型 潜在 新型 新 传统 经典 标准 常规 急性 慢性 局限期 广泛期 术后 术前 新辅助 辅助 一线 二线
    三线 多种 多个 不同 相应 特定 中位 良性 恶性 可切除 不可切除 交界可切除 局部区域 血清 血浆 外周血 全血 尿液 晚期复发
    既往 既往经治 未经治疗 高龄 老年 儿童 成人 青少年 女性 男性 前瞻性 回顾性 中药 中成药""".split()
)
# What CC-CEDICT does not say about clinical modifiers, so that a modifier the
# English does cover (`晚期肺癌 (advanced lung cancer)`) is kept.
_MODIFIER_GLOSSES = {
    "晚期": {"advanced", "late", "end"},
    "早期": {"early"},
    "中晚期": {"advanced"},
    "进展期": {"advanced", "progressive"},
    "局部晚期": {"locally", "advanced"},
    "局部区域": {"locoregional", "locoregionally"},
    "复发": {"recurrent", "relapsed", "recurrence", "relapse"},
    "复发性": {"recurrent", "relapsed"},
    "难治": {"refractory"},
    "难治性": {"refractory"},
    "转移性": {"metastatic"},
    "原发": {"primary"},
    "原发性": {"primary"},
    "继发": {"secondary"},
    "继发性": {"secondary"},
    "中位": {"median"},
    "前瞻性": {"prospective", "prospectively"},
    "回顾性": {"retrospective", "retrospectively"},
    "中药": {"chinese", "herbal", "traditional", "tcm"},
    "中成药": {"chinese", "patent", "proprietary"},
    "高危": {"high", "risk"},
    "低危": {"low", "risk"},
    "急性": {"acute"},
    "慢性": {"chronic"},
    "恶性": {"malignant"},
    "良性": {"benign"},
    "新辅助": {"neoadjuvant"},
    "辅助": {"adjuvant"},
    "初治": {"newly", "diagnosed", "untreated", "naive"},
    "经治": {"previously", "treated", "pretreated"},
    "可切除": {"resectable"},
    "不可切除": {"unresectable", "nonresectable"},
    "交界可切除": {"borderline", "resectable"},
    "局限期": {"limited"},
    "广泛期": {"extensive"},
    "血清": {"serum"},
    "血浆": {"plasma"},
    "外周血": {"peripheral", "blood"},
    "经典": {"classical", "classic"},
    "经典型": {"classical", "classic"},
    "相关": {"related", "associated", "relevant", "dependent", "correlated"},
    "相关性": {"related", "associated", "correlation"},
    "所致": {"induced", "caused", "related"},
    "样": {"like"},
    "型": {"type"},
    "级": {"grade", "level"},
    "期": {"stage", "phase", "period"},
    "版": {"version", "edition"},
}
# Medical morphemes and combining forms that CC-CEDICT glosses only as free
# words: 免疫 is "immunity" there, but "immuno-" inside immunohistochemistry;
# 经 is "via" but "trans-" in transarterial. An English word that starts with
# one of these forms is translated by the Chinese morpheme.
_MORPHEME_FORMS = {
    "免疫": ("immun",), "组织": ("histo", "tissue"), "细胞": ("cyto", "cell"), "肝": ("hepat", "liver"),
    "肾": ("nephr", "ren", "kidney"), "血": ("hem", "haem", "blood"), "造血": ("hemat", "haemat"),
    "骨髓": ("myel", "marrow"), "淋巴": ("lymph",), "神经": ("neur",), "胃": ("gastr",), "肠": ("enter", "intestin"),
    "放射": ("radi",), "放疗": ("radio",), "化学": ("chem",), "化疗": ("chemo",), "放化疗": ("chemoradi",),
    "经": ("trans", "per"), "皮": ("cutane", "derm", "skin"), "经皮": ("percutane", "transderm"),
    "微": ("micro", "minim"), "小": ("small", "micro"), "多": ("poly", "multi"), "全": ("total", "pan", "whole"),
    "自体": ("auto",), "异基因": ("allo",), "同种异体": ("allo",), "腺": ("aden", "gland"), "癌": ("carcin", "cancer"),
    "瘤": ("oma", "tumo", "neopla"), "内镜": ("endoscop",), "超声": ("ultraso", "echo", "sono"),
    "人": ("human", "homo"), "哺乳动物": ("mammal",), "甲状腺": ("thyr",), "前列腺": ("prostat",),
    "乳腺": ("breast", "mamm"), "肺": ("pulmon", "pneum", "lung"), "食管": ("esophag", "oesophag"),
    "鼻咽": ("nasopharyn",), "胆道": ("biliar",), "血管": ("vascul", "angio"), "上皮": ("epitheli",),
    "黏膜": ("mucos",), "尿": ("urin", "uro"), "尿路": ("urinar", "uro"), "动脉": ("arteri",), "静脉": ("ven",), "灌注": ("infus", "perfus", "instill"), "颅内": ("intracrani",), "体部": ("body",), "质子": ("proton",), "泵": ("pump",),
    "下": ("sub", "infra", "hypo", "under", "below"), "上": ("supra", "epi", "hyper", "upper", "above"),
    "内": ("intra", "endo", "inner", "internal"), "外": ("extra", "exo", "outer", "external"),
    "间": ("inter", "ana"), "周": ("peri",), "旁": ("para",), "后": ("post",), "前": ("pre", "pro"),
    "局部": ("local", "loco"), "区域": ("region",), "同步": ("concurrent", "synchron", "simultan"),
    "抗": ("anti", "versus", "against"), "非": ("non",), "移植": ("graft", "transplant"),
    "凝血": ("coagulat", "clot"), "弥散": ("diffus", "dissemin"), "新": ("neo", "new", "novel"), "热": ("therm", "heat"),
    "腹腔": ("peritone", "abdomin", "celia"), "胸腔": ("pleur", "thorac"), "去势": ("castrat",), "调强": ("intensity",),
    "一": ("one", "mono", "single", "first"), "二": ("two", "di", "bi", "double", "second"),
    "两": ("two", "di", "bi", "double"), "双": ("di", "bi", "double", "dual"), "三": ("three", "tri", "triple", "third"),
    "四": ("four", "tetra", "quadr", "fourth"), "第二": ("second",), "第三": ("third",),
}
_NEGATIONS = {"无", "非", "不", "未", "抗"}
_EN_NEGATION = re.compile(r"^(free|non|un|without|absent|negative|less|anti)$")
_EN_STOP = frozenset("of and the a an in on for to with by at from or as via".split())
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "λ": "lambda", "μ": "mu"}
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9]+")
_GREEK_TOKEN = re.compile(r"[αβγδκλμ]+")
_NUMERAL = re.compile(r"^[0-9０-９.．%~～\-]*[0-9０-９][0-9０-９.．%~～\-]*$|^[一二三四五六七八九十百千万两几]+[个种类项例年月日期次级]?$|^[Ⅰ-Ⅻ]+$")
# Classifiers and measure words: after a numeral they make a quantity
# (3例, 两种, 2级, Ⅲ期), which ends a term unless the English has it (grade 3).
_CLASSIFIERS = frozenset("例 种 个 项 类 次 级 期 名 位 组 型 度 年 月 周 天 mg".split())
# A Latin chunk: letters, digits, Greek and the marks that join them
# (Ki-67, CD8+T, IL-6, 3'UTR, 1.1, 4/6, TNF-α).
_LATIN_CHUNK = re.compile(r"[A-Za-z0-9αβγδκλμ\-+'./,]+")
# Single-character function words too strong to be read as part of a
# transliterated name (the others, 那 in 来那度胺, may be).
_STRONG_PARTICLES = frozenset("的 与 和 及 或 在 对 由 被 把 将 从 向 于 以 为 是 并 而 经 按 用 使 给 让 令 中 上 下 内 外 后 前 时 行 予 伴 组".split())
_CJK = re.compile(r"[\u3400-\u9fff]")

_jieba_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    try:
        from platformdirs import user_cache_dir

        tk.tmp_dir = user_cache_dir("glossary-app", appauthor=False)
        import os

        os.makedirs(tk.tmp_dir, exist_ok=True)
    except Exception:
        pass  # jieba falls back to the temp dir
    tk.initialize()
    # Modifiers must come out as whole words so that they can be left out.
    for word in _MODIFIERS | set(_MODIFIER_GLOSSES):
        tk.add_word(word, freq=2000)
    # ... and so must multi-character morphemes (异基因, 经皮) and the heads of
    # institution names (内科 + 学会, not 内 + 科学 + 会).
    for word in [w for w in _MORPHEME_FORMS if len(w) > 1] + list(_INSTITUTION_HEADS) + ["内科", "外科"]:
        tk.add_word(word, freq=20000)
    return tk


_GLUED_VERBS = frozenset("行予示")
# One-character suffixes that make a noun of the verb before them when jieba
# cuts them off (抑制 + 素 of endostatin, 诱导 + 剂).
_NOUN_SUFFIXES = frozenset("素 剂 物 酶".split())


def _split_glued_verbs(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if len(w) == 2 and w[0] in _GLUED_VERBS and _CJK.match(w[1]) and not lexicon().known(w):
            out += [w[0], w[1]]
        else:
            out.append(w)
    return out


def segment(text: str) -> list[str]:
    """jieba words of a short window.

    Without HMM, a word jieba does not know (a drug name such as 卡培他滨)
    comes out as single characters; runs of such characters are glued back
    into one pseudo-word so that counting words stays meaningful. Function
    words are never glued, except a weak one standing between two such single
    characters, which is part of a transliteration (来那度胺). Runs of Latin
    letters, digits, Greek letters and joining marks are one token
    (`Ki-67`, `CD8+T`, `1.1`).
    """
    with _jieba_lock:
        raw = _tokenizer().lcut(text, HMM=False)
    # Latin chunks first: jieba cuts `Ki-67` into three tokens. A two-character
    # word that glues a one-character verb of doing or showing to the next
    # character (行 + 空芯针, 示 + …) and that CC-CEDICT does not know is cut
    # back into the verb and the character.
    merged: list[str] = []
    for w in _split_glued_verbs(raw):
        if merged and _LATIN_CHUNK.fullmatch(w) and _LATIN_CHUNK.fullmatch(merged[-1]):
            merged[-1] += w
        else:
            merged.append(w)

    def single(i: int) -> bool:
        return 0 <= i < len(merged) and len(merged[i]) == 1 and bool(_CJK.match(merged[i]))

    def glueable(i: int) -> bool:
        w = merged[i]
        if not single(i) or w in _NEGATIONS and not (single(i - 1) and single(i + 1)):
            return False
        if w not in _STOP_WORDS and w not in _NEGATIONS:
            return True
        # a weak function character inside a run of unknown single characters
        return w not in _STRONG_PARTICLES and single(i - 1) and single(i + 1) and (
            merged[i - 1] not in _STOP_WORDS and merged[i + 1] not in _STOP_WORDS
        )

    out: list[str] = []
    run = ""
    for i, w in enumerate(merged):
        if glueable(i):
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def english_content_words(en: str) -> list[str]:
    """Lowercased words of an English form that carry meaning."""
    words = re.split(r"[\s\-‐/,]+", en.lower())
    # a decimal point stays (`version 5.0` has the word 5.0, not 50)
    return [w for w in (re.sub(r"[^\w.]|(?<!\d)\.|\.(?!\d)", "", w) for w in words) if w and w not in _EN_STOP]


@dataclass(frozen=True)
class ChineseTerm:
    """The Chinese term found before a parenthesis: its span and a confidence."""

    start: int
    end: int
    text: str
    confidence: float


def _stems_match(gloss: str, word: str) -> str | None:
    """How a CC-CEDICT gloss stem and an English word stem name the same
    thing: "whole" when equal or sharing most of their length
    (`progres`/`progress`, `epidermi`/`epiderm`) but not just a short head
    (`check`/`checkpoint`); "part" when the gloss is one element of a
    compound (`radioreceptor` contains `receptor`, `rapamycin` ends in
    `mycin`); None otherwise."""
    if gloss == word:
        return "whole"
    common = 0
    for x, y in zip(gloss, word):
        if x != y:
            break
        common += 1
    if common >= 4 and common >= 0.6 * max(len(gloss), len(word)):
        return "whole"
    if (len(gloss) >= 6 and gloss in word) or (len(gloss) >= 4 and word.endswith(gloss)):
        # most of the word: `mycin` of `rapamycin` is the word for 霉素
        return "whole" if len(word) - len(gloss) <= 3 else "part"
    return None


# Nouns that name a class of things before a member's name in apposition
# (PD-1抑制剂 + 帕博利珠单抗, 抗血管生成药物 + 安罗替尼).
_CLASS_NOUNS = frozenset("""药物 药 新药 抑制剂 抗体 单抗 单克隆抗体 制剂 疫苗 激动剂 拮抗剂 化疗药 靶向药 化合物 方案 国产 进口
    仿制药 原研药 小分子""".split())

_EN_COORDINATORS = re.compile(r"\b(plus|and|with|combined|versus|vs|to)\b|/")
# Chinese words that join two parts of one name (中性粒细胞与淋巴细胞比值,
# 依托泊苷和铂类, 吉西他滨联合顺铂) when the English joins them too.
_ZH_CONNECTIVES = frozenset("与 和 及 以及 联合 加 或 对".split())
_LOCATIVES = frozenset("上 下 内 外 里 后 前 中 间".split())


def _has_form(word: str, forms: tuple[str, ...]) -> bool:
    """An English word built on a combining form: it starts with it
    (immunohistochemistry / immun) or, for a long form, contains it
    (transarterial / arteri)."""
    return word.startswith(forms) or any(len(f) >= 5 and f in word for f in forms)


class _Aligner:
    """Which English words a Chinese (or Latin) word translates."""

    def __init__(self, en: str | None):
        self.words = english_content_words(en) if en else []
        self.stems = [english_stem(w) for w in self.words]

    def align(self, word: str) -> set[int]:
        """Indexes of the English content words that ``word`` translates.

        Afterwards ``self.partial`` holds those of them that ``word`` only
        translates a part of (治疗 is the -therapy of brachytherapy)."""
        self.partial: set[int] = set()
        if not self.words:
            return set()
        hits: set[int] = set()
        if _LATIN_CHUNK.fullmatch(word) and not _CJK.search(word):
            return self._align_latin(word)
        if word in _NEGATIONS:
            hits = {i for i, w in enumerate(self.words) if _EN_NEGATION.match(w) or w.startswith(("non", "un", "anti", "irrevers", "irresect", "irregul"))}
            if hits:
                return hits
        extra = _MODIFIER_GLOSSES.get(word)
        if extra:
            hits.update(i for i, w in enumerate(self.words) if w in extra)
        part: set[int] = set()
        if word.endswith("组"):
            # the -ome of genome, exome, proteome (基因组, 外显子组, 蛋白质组)
            part.update(i for i, w in enumerate(self.words) if w.endswith(("ome", "omes", "omic", "omics")))
        forms = _MORPHEME_FORMS.get(word)
        if forms:
            for i, w in enumerate(self.words):
                if _has_form(w, forms):
                    (hits if any(len(w) - len(f) <= 3 for f in forms if f in w) else part).add(i)
        glosses = lexicon().stems(word)
        for i, s in enumerate(self.stems):
            if i in hits:
                continue
            kinds = {_stems_match(g, s) for g in glosses}
            if "whole" in kinds:
                hits.add(i)
            elif "part" in kinds:
                part.add(i)
        if not hits and len(word) >= 3 and word[-1] in _NOUN_SUFFIXES and not lexicon().known(word):
            # A word CC-CEDICT lacks, made of a word and a noun suffix
            # (移植 + 物, graft), translates what the word translates.
            stem_hits = self.align(word[:-1])
            if stem_hits and not self.partial:
                return stem_hits
            self.partial = set()
        if not hits and not part and len(word) >= 3 and not lexicon().known(word):
            # A word CC-CEDICT lacks as a whole (皮肝, 黏膜下) may still be
            # made of morphemes that the English has.
            for ch in word:
                forms = _MORPHEME_FORMS.get(ch)
                if forms:
                    part.update(i for i, w in enumerate(self.words) if _has_form(w, forms))
        self.partial = part - hits
        return hits | part

    def _align_latin(self, word: str) -> set[int]:
        hits: set[int] = set()
        parts = re.split(r"[-+'/,]+|(?<!\d)\.|\.(?!\d)", word)
        for part in parts:
            if not part:
                continue
            low = _GREEK.get(part, part.lower())
            if part is parts[-1] and word.lower() in self.words:
                hits.add(self.words.index(word.lower()))
            for i, w in enumerate(self.words):
                if w == low or w.startswith(low) and len(low) >= 3 or (low in _GREEK.values() and w.endswith(part)):
                    hits.add(i)
            if not hits and low.isalpha() and 2 <= len(low) <= 6:
                # initials of consecutive English words: IPT / immunoglobulin-plexin-transcription
                initials = "".join(w[0] for w in self.words)
                at = initials.find(low)
                if at >= 0:
                    hits.update(range(at, at + len(low)))
        return hits


_EN_REORDERING = re.compile(r"\b(of|for|in|on|at|to|by|from|with)\b", re.I)


def _earlier(hit: set[int], covered: set[int], reordered: bool = False) -> set[int]:
    """The English words of ``hit`` that come before every word already
    covered. Crossing a verb or connective to reach the word on its left is
    worth it only when that word translates English the term has yet to
    reach, reading both languages from the right (腹腔热 + 灌注 + 化疗);
    a word that translates English the term has passed (术后, after surgery,
    + 采用 + 加速康复外科) frames the term. English that puts its parts in
    another order (`encyclopedia of genes`, `institute for health`) says
    nothing about order."""
    if not covered or reordered:
        return hit
    first = min(covered)
    return {i for i in hit if i < first}


def _letter_units(abbr: str) -> int:
    """How many words an abbreviation probably stands for: its capitals,
    digit runs and a leading lowercase prefix (`mTOR` 4, `NF-pNEN` 6, `90Y` 2)."""
    units = len(re.findall(r"[A-Z]|[0-9]+|^[a-z]|(?<=[-\s])[a-z]", abbr))
    # a word piece after a capital stands for a word too (the reg of Tregs)
    units += len(re.findall(r"(?<=[A-Z])[a-z]{3,}", abbr[:-1] if abbr.endswith("s") else abbr))
    return max(units, 1)


def _joins_latin(text: str, i: int) -> bool:
    """True when the mark at ``i`` joins Latin letters or digits into one
    token rather than separating phrases: `1.1`, `4/6`, `3'UTR`, `CD8+T`."""
    c = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if c in "./,":
        return before.isascii() and before.isdigit() and after.isascii() and after.isdigit()
    if c == "'":
        return before.isascii() and before.isdigit()
    if c == "+":
        return before.isascii() and before.isalnum() and (after.isascii() and after.isalpha() or bool(_CJK.match(after)))
    return False


def _window(text: str, end: int) -> int:
    """Start of the run of text before ``end`` that a term could occupy."""
    i = end
    limit = max(0, end - _MAX_WINDOW)
    while i > limit and (text[i - 1] not in _BOUNDARY_CHARS or _joins_latin(text, i - 1)):
        i -= 1
    return i


def _coordinated(en: str | None, covered: set[int], aligner: "_Aligner") -> bool:
    """True when the English joins two parts (`etoposide plus platinum`,
    `neutrophil-to-lymphocyte ratio`) and the part before the joining word is
    not yet translated: the Chinese connective then joins the same parts."""
    if not en:
        return False
    m = None
    for m in _EN_COORDINATORS.finditer(en.lower()):
        pass
    if m is None:
        return False
    before = len(english_content_words(en[: m.start()]))
    return before > 0 and not any(i < before for i in covered)


def _gloss_starts_with(word: str, letter: str) -> bool:
    """Whether CC-CEDICT or a combining form translates ``word`` by an
    English word beginning with ``letter`` (血小板 / platelet for P)."""
    letter = letter.lower()
    if not letter.isalpha():
        return False
    forms = _MORPHEME_FORMS.get(word, ()) + tuple(lexicon().stems(word))
    return any(f.startswith(letter) for f in forms)


def _is_transliteration(word: str) -> bool:
    """A pseudo-word glued from characters jieba does not know, or a word
    CC-CEDICT does not have: the sound of a foreign name (帕妥珠, 伊匹木)."""
    return bool(_CJK.search(word)) and not lexicon().known(word)


def _abbr_covers_modifier(word: str, abbr: str | None, rest_units: int) -> bool:
    """True when the abbreviation has a letter for a known modifier: the M of
    `MBC` for 转移性 (metastatic), the m of `mPFS` for 中位 (median)."""
    if not abbr:
        return False
    glosses = _MODIFIER_GLOSSES.get(word)
    if not glosses:
        return False
    first = abbr[0].lower()
    return _letter_units(abbr) > rest_units and any(g[0] == first for g in glosses)


def _framing_by_tag(
    w: str, k: int, words: list[str], aligner: "_Aligner", covered: set[int], n_en: int,
    bound: bool, units: int | None, included: int, rest: str,
) -> bool:
    """An unaligned word met while the English is not yet wholly translated:
    True when jieba's dictionary tags it as a verb, adverb, preposition or
    conjunction and nothing says it belongs (补充 + 肠外营养 when CC-CEDICT
    only half reaches parenteral).

    It still belongs when document statistics bind it to the rest; when one
    of its glosses shares a stem with an English word nothing covers yet; when
    an English word is left that no unaligned word taken so far can stand for
    (吻合 + 口瘘, anastomotic leakage); when a word further left still
    translates open English (程序性 + 死亡 + 配体); when it is glued to a name
    CC-CEDICT lacks (依托 + 泊苷); or when the abbreviation's letters still
    need it and nothing else is left."""
    if bound or not n_en or not covered or not _CJK.fullmatch(w[0]) or not framing_word(w):
        return False
    if rest.endswith(_INSTITUTION_HEADS):
        return False
    saved = aligner.partial
    try:
        right = words[k + 1] if k + 1 < len(words) else ""
        if right and _CJK.match(right) and not lexicon().known(right) and not aligner.align(right):
            return False
        open_ids = [i for i in range(len(aligner.words)) if i not in covered]
        for g in lexicon().stems(w):
            if len(g) >= 4 and any(aligner.stems[i][:4] == g[:4] for i in open_ids):
                return False
        gap = sum(1 for x in words[k + 1 :] if len(x) > 1 and _CJK.fullmatch(x[0]) and not aligner.align(x))
        if len(open_ids) > gap:
            return False
        for j in range(k - 1, max(-1, k - 5), -1):
            x = words[j]
            if not x.strip() or x in _FUNCTION_WORDS or any(c in _BOUNDARY_CHARS for c in x):
                break
            if aligner.align(x) - covered:
                return False
    finally:
        aligner.partial = saved
    if units is not None and included < units and (k == 0 or words[k - 1] in _STOP_WORDS):
        return False  # the letters still need it and nothing else is left
    return True


def find_chinese_term(
    text: str,
    end: int,
    en: str | None = None,
    abbr: str | None = None,
    hint: str | None = None,
) -> ChineseTerm | None:
    """The Chinese term that ends at ``end`` (the index of the opening parenthesis,
    trailing spaces allowed) and is defined by ``en`` and/or ``abbr``.

    ``hint`` is English that names a related concept (the long form of
    `pNEN` when the term is `pNEC`): its words help alignment but say nothing
    about where the term is complete.

    Returns None when no term stands there (the parenthesis follows a function
    word, a number, or Latin text).
    """
    while end > 0 and text[end - 1] in " \t\u3000":
        end -= 1
    start = _window(text, end)
    window = text[start:end]
    if not _CJK.search(window):
        return None
    words = segment(window)
    aligner = _Aligner(en or hint)
    if en:
        # jieba may glue a character to the first morpheme of a term (未见 +
        # 间变性 cut as 见间 + 变性): a two-character word CC-CEDICT does not
        # know whose second character alone translates part of an English
        # word, and whose first does not, is cut in two.
        resplit: list[str] = []
        for w in words:
            if (
                len(w) == 2 and _CJK.match(w[0]) and _CJK.match(w[1]) and not lexicon().known(w)
                and not aligner.align(w) and aligner.align(w[1]) and not aligner.align(w[0])
            ):
                resplit += [w[0], w[1]]
            else:
                resplit.append(w)
        words = resplit
    offsets = []
    pos = start
    for w in words:
        offsets.append(pos)
        pos += len(w)

    n_en = len(aligner.words) if en else 0
    reordered = bool(_EN_REORDERING.search(en or ""))
    covered: set[int] = set()  # English words some Chinese word translates
    done: set[int] = set()  # ... wholly, or in two parts (免疫 + 组织化学)
    halves: dict[int, int] = {}
    units = _letter_units(abbr) if abbr else None
    included = 0  # words taken, counted from the right
    aligned_words = 0
    cut = len(words)
    # A one-word English name that nothing translates is a transliteration
    # (帕妥珠单抗 / pertuzumab): the term is the run of unknown words.
    translit = False
    joined = False
    take_from = len(words)  # words from here on belong to the term whatever they are
    # Whether the words aligned so far, read right to left, translate the
    # English from its end towards its start (the same word order), and
    # whether the latest of them translates the English's first word.
    in_order, at_head = True, False
    eponym_taken = False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        first = k == len(words) - 1
        if w.strip() == "":
            break
        if k >= take_from:
            cut, included = k, included + 1
            continue
        hit = aligner.align(w) if en or hint else set()
        if not hit:
            aligner.partial = set()
        if hit and not en and (w in _MODIFIERS or w in _MODIFIER_GLOSSES):
            hit = set()  # a related long form says nothing about this term's modifiers
        new_hit = hit - done  # a word finishing a half-translated one counts
        complete = (n_en and (len(done) >= n_en or (done and included > n_en))) or (
            not n_en and units is not None and included >= units
        )
        if (
            w in _FRAMING_VERBS and not n_en and units and included < units
            and "".join(words[k + 1 :]).endswith(_INSTITUTION_HEADS) and not _is_latin(w)
        ):
            # inside an institution's name 治疗, 研究 are fields, not verbs
            cut, included = k, included + 1
            continue
        if translit and len(w) == 1 and w not in _STRONG_PARTICLES and (k == 0 or words[k - 1] in _STOP_WORDS):
            cut, included = k, included + 1  # 地 of 地舒单抗 after 通过
            continue
        if w in _FRAMING_VERBS and len(w) > 1 and k + 2 == len(words) and words[-1] in _NOUN_SUFFIXES:
            cut, included = k, included + 1  # a verb made a noun by its suffix (抑制 + 素)
            continue
        if (w in _STOP_WORDS or w in _NEGATIONS and not first) and not new_hit and not first:
            # A connective or a locative inside a name: the English joins or
            # places the same parts (中性粒细胞与淋巴细胞比值, 曲线下面积).
            left = words[k - 1] if k > 0 else ""
            rest_now = "".join(words[k + 1 :])
            if w in _NEGATIONS and (not complete or hit):  # 不 + 可逆 of irreversible
                cut, included = k, included + 1
                continue
            if n_en and not complete and left and w not in _STRONG_PARTICLES - _LOCATIVES - _ZH_CONNECTIVES:
                # A verb or a connective inside the name: the words beyond it
                # still translate English the term has not yet covered
                # (腹腔热灌注化疗, 超声引导下细针穿刺, 中性粒细胞与淋巴细胞比值).
                left_hit = _earlier(aligner.align(left) - covered, covered, reordered)
                if left_hit or (w in _ZH_CONNECTIVES and not joined and _coordinated(en, covered, aligner)):
                    joined = joined or w in _ZH_CONNECTIVES  # the English joins two parts, once
                    cut = k
                    continue
            if not n_en and units and w in ("与", "和", "及") and included < units and rest_now.endswith(_INSTITUTION_HEADS):
                # an institution named by two fields (欧洲放射治疗与肿瘤学会, ESTRO)
                cut = k
                continue
            left_name = _is_transliteration(left) or (k >= 2 and len(left) == 1 and _is_transliteration(words[k - 2]))
            if not n_en and units and w in ("联合", "与", "和") and included < units and left_name and k + 1 < len(words) and _is_transliteration(words[k + 1]):
                # a regimen named by its drugs (卡培他滨联合替莫唑胺, CAPTEM)
                cut = k
                continue
            if not n_en and abbr and w in ("与", "和") and included + 1 == units and left and left not in _STOP_WORDS:
                # a ratio or pair named by two things, abbreviation only: the
                # word before the connective (or the two words jieba cut it
                # into: 中性 + 粒细胞) gives the abbreviation's first letter
                # (血小板 platelet + 与 + 淋巴细胞比值, PLR)
                pair = words[k - 2] + left if k >= 2 else ""
                if _gloss_starts_with(left, abbr[0]):
                    cut = k
                    continue
                if pair and words[k - 2] not in _STOP_WORDS and _gloss_starts_with(pair, abbr[0]):
                    take_from = k - 2
                    cut = k
                    continue
            break
        if w in _FUNCTION_WORDS and first:
            break
        if w in _FRAMING_VERBS and not hit and not (first and not n_en):
            left = words[k - 1] if k > 0 else ""
            if not (n_en and not complete and not first and left and _earlier(aligner.align(left) - covered, covered, reordered)):
                break
            cut = k
            continue
        if not first and _NUMERAL.match(w) and not hit:
            if not (abbr and _LATIN_CHUNK.fullmatch(w) and w.lower() in abbr.lower()):
                break
        if not first and w in _CLASSIFIERS and k > 0 and _NUMERAL.match(words[k - 1]) and not hit:
            break  # a quantity (3例, 2级) the English does not name
        if w == "-" and (k == 0 or not words[k - 1].strip()):
            break
        if not translit and not hit and n_en and n_en - len(done) == 1 and _is_transliteration(w) and not included:
            translit = True  # the one English word nothing translates is this name's sound
        if translit:
            # The sound of a name runs on until a function word, a verb, a
            # modifier or a class noun in apposition (抑制剂 + 伊匹木单抗).
            apposed = w in _CLASS_NOUNS and included > 0  # 单抗 also ends a name itself
            if first or not (w in _STOP_WORDS or w in _MODIFIERS or apposed or w in _NEGATIONS or _NUMERAL.match(w)):
                if _CJK.search(w) or hit:
                    cut, included = k, included + 1
                    continue
            break
        if hit and complete and not hit - done and not aligner.partial and w in words[k + 1 :]:
            break  # the term is complete and this word repeats one of it (其配体 + 程序性死亡配体1)
        if hit:
            fresh = hit - covered
            if covered and fresh and max(fresh) > min(covered):
                in_order = False
            at_head = 0 in hit - aligner.partial
            for i in aligner.partial:
                halves[i] = halves.get(i, 0) + 1
            done |= (hit - aligner.partial) | {i for i, c in halves.items() if c >= 2}
            covered |= hit
            aligned_words += 1
            cut = k
            included += bool(_CJK.search(w))
            continue
        if first or _GREEK_TOKEN.fullmatch(w):
            # The word right before the parenthesis is the head of the term; a
            # Greek letter inside a Chinese term (靶向α疗法) belongs to it.
            cut = k
            included += bool(_CJK.search(w))
            continue
        rest = "".join(words[k + 1 :])
        if _LATIN_CHUNK.fullmatch(w) and not _CJK.search(w):
            # Latin text glued to a Chinese term belongs to it only when the
            # English or the abbreviation accounts for it (IPT区, Grb2连接蛋白1).
            if w == "-" or (abbr and w.lower() in abbr.lower()) or (en and _explains(w, en)) or _initials_in(w, en, abbr):
                cut = k
                continue
            break
        if w.endswith(_INSTITUTION_HEADS) and rest:
            # An institution before a term is its author or owner
            # (美国国立癌症研究所 + 常见不良反应事件评价标准), not part of it.
            break
        if w in _MODIFIERS or w in _MODIFIER_GLOSSES:
            # A known modifier stays out unless the English or the
            # abbreviation names it; document statistics do not bind it.
            if not n_en and _abbr_covers_modifier(w, abbr, included):
                cut, included = k, included + 1
                continue
            # Before only an edition (标准 + 1.1版) the word is the head
            # the edition numbers, not a modifier of what follows.
            edition = words[-1] in ("版", "版本") and all(
                _NUMERAL.match(x) or x in ("版", "版本") for x in words[k + 1 :]
            )
            if w in _MODIFIERS and not edition:
                break
        bound = _bound(text, w, words[k + 1]) or _bound(text, w, rest)
        # Complete when the English is covered, or when there are more Chinese
        # words than English ones (CC-CEDICT does not know every word).
        if not complete:
            # The English (or the abbreviation's letters) still asks for more
            # words: go on unless this one is an evident modifier.
            if not bound and _modifier_by_usage(text, w, rest):
                break
            if (
                at_head and in_order and abbr and n_en >= 3 and n_en - 1 in covered
                and aligner.words[0][0] == abbr[0].lower() and len(w) > 1 and _CJK.search(w)
                and not rest.endswith(_INSTITUTION_HEADS)
            ):
                # Only a middle English word is left untranslated (the
                # resection of circumferential resection margin), and the
                # term already starts with the word that gives the
                # abbreviation its first letter, in the English's order: a
                # word further left cannot hold that middle word
                # (保证 + 环周切缘, CRM). A single character there is more
                # often a morpheme CC-CEDICT glosses otherwise (全 of
                # genome-wide). An institution's name takes its country
                # (美国 + 东部肿瘤协作组) whatever the English says.
                break
            if _framing_by_tag(w, k, words, aligner, covered, n_en, bound, units, included, rest):
                break
            cut, included = k, included + 1
            continue
        # Complete: only a compound, a name's place word, or a suffix whose
        # left neighbour still translates English (家族 + 性 + 腺瘤性息肉病)
        # still belongs.
        peek = n_en and len(done) < n_en and k > 0 and len(w) == 1 and aligner.align(words[k - 1]) - covered
        if bound or _proper_noun_head(w, rest) or peek:
            cut, included = k, included + 1
            continue
        if (
            not n_en and abbr and abbr[0].isalpha() and not eponym_taken and len(w) >= 2
            and _is_transliteration(w) and not _gloss_starts_with(words[cut], abbr[0])
        ):
            # The letters are counted out, but the term's first word does not
            # give the abbreviation's first letter: a name CC-CEDICT does not
            # know right before it (卡氏 of Karnofsky) does; once.
            eponym_taken = True
            cut, included = k, included + 1
            continue
        break

    # A connective or verb crossed without a word beyond it is not the term's.
    while not translit and cut < len(words) - 1 and words[cut] in _STOP_WORDS and not aligner.align(words[cut]):
        cut += 1
    if cut >= len(words):
        return None
    term_start = offsets[cut]
    # Trim leading connecting marks left by the cut.
    while term_start < end and text[term_start] in "-·/'+.":
        term_start += 1
    term = text[term_start:end]
    if not _CJK.search(term):
        return None
    left = words[cut - 1] if cut > 0 else ""
    # What ended the term: punctuation or a function word is a clean edge; a
    # verb or connective reached while the English (or the abbreviation's
    # letters) still asked for more words is a guess.
    wanting = (n_en and len(done) < n_en) or (not n_en and units is not None and included < units)
    shaky = bool(wanting and left and (left in _FRAMING_VERBS or left in _ZH_CONNECTIVES))
    confidence = _confidence(n_en, len(done), aligned_words, included, units, shaky)
    return ChineseTerm(term_start, end, term, confidence)


_TAIL = re.compile(r"[A-Za-z0-9αβγδκλμ\-+'./]{1,8}$")


def latin_tail_of_chinese_term(text: str, pos: int, inner: str) -> bool:
    """True when the Latin letters, digits or Greek right before the
    parenthesis at ``pos`` end a Chinese term (循环肿瘤DNA, 干扰素-γ,
    激酶4/6, 低剂量螺旋CT, 缺氧诱导因子-1α) rather than being an English
    word of their own: a CJK character stands right before them, and the
    definition in the parenthesis ends with the same letters (its English
    form's last words, their initials, or the end of its abbreviation) while
    naming more than them.
    """
    m = _TAIL.search(text, max(0, pos - 8), pos)
    if not m or m.start() == 0 or not _CJK.match(text[m.start() - 1]):
        return False
    tail = m.group().lstrip("-")
    parts = [_GREEK.get(x, x.lower()) for x in re.split(r"[-+'./]+", tail) if x]
    if not parts:
        return False
    from glossary_app.mining.english import split_inner

    en, abbr, _, _ = split_inner(inner)
    if en:
        words = english_content_words(en)
        words = [_GREEK.get(w, w) for w in words]
        if len(words) > len(parts) and words[-len(parts) :] == parts:
            return True  # 激酶4/6 / kinase 4/6, 干扰素-γ / interferon-γ
        last = parts[-1]
        if len(parts) == 1 and len(last) >= 2:
            if words and words[-1] != last and words[-1].endswith(last):
                return True  # 微小RNA / microRNA
            k = len(last)
            if last.isalpha() and len(words) > k and "".join(w[0] for w in words[-k:]) == last:
                return True  # 螺旋CT / computed tomography
        return False
    if abbr:
        # 缺氧诱导因子-1α / HIF-1α: the abbreviation ends with the same
        # digits or Greek letter and has letters of its own before them.
        a, t = abbr.lower(), m.group().lower()
        return any(c.isdigit() or c in _GREEK for c in t) and len(a) >= len(t) + 2 and a.endswith(t) and a[: -len(t)][-1:].isalpha()
    return False


def _initials_in(chunk: str, en: str | None, abbr: str | None) -> bool:
    """True when a multi-part Latin name is abbreviated in the definition by
    its initials (`Epstein-Barr` / EBV-associated)."""
    parts = [p for p in re.split(r"[-\s]+", chunk) if p[:1].isalpha()]
    if len(parts) < 2:
        return False
    initials = "".join(p[0] for p in parts).lower()
    tokens = re.split(r"[\s\-/,]+", f"{en or ''} {abbr or ''}".lower())
    return any(t.startswith(initials) for t in tokens if len(t) <= 6)


def _explains(short: str, en: str) -> bool:
    from glossary_app.mining.english import explains

    return explains(short, en) > 0


def _is_latin(word: str) -> bool:
    return bool(_LATIN_TOKEN.fullmatch(word)) or word == "-"


def _bound(text: str, left: str, right: str) -> bool:
    """True when ``left`` nearly always comes before ``right`` in this document:
    together they behave as one compound word (免疫 + 检查点)."""
    n_right = text.count(right)
    if n_right < 2:
        return False
    # A single character (肝 + 动脉) is more often a bound morpheme than a
    # free modifier, so less evidence is asked of it.
    need = 0.5 if len(left) == 1 else 0.75
    return text.count(left + right) / n_right >= need


def _modifier_by_usage(text: str, word: str, rest: str) -> bool:
    """True when ``word`` behaves as a modifier in this document: the rest of
    the term stands without it at least as often as with it, and ``word``
    also qualifies other terms (晚期 + 非小细胞肺癌, 晚期 + 胃癌)."""
    if len(rest) < 3:
        return False  # a bare head (肿瘤, 因子) follows everything; no evidence
    n_rest = text.count(rest)
    if n_rest < 3 or text.count(word + rest) / n_rest > 0.5:
        return False
    followers = set()
    # occurrences inside the term itself (尿路 of 上尿路尿路上皮癌) say nothing
    scan = text.replace(rest, "\0") if word in rest else text
    for m in re.finditer(re.escape(word), scan):
        nxt = scan[m.end() : m.end() + 1]
        if nxt and _CJK.match(nxt) and nxt not in _FUNCTION_WORDS:
            followers.add(nxt)
        if len(followers) >= 2:
            return True
    return False


def _proper_noun_head(word: str, rest: str) -> bool:
    # Names of organisations keep their country/region (美国国立综合癌症网络):
    # a place word before an institution-like head.
    return rest.endswith(_INSTITUTION_HEADS) and len(word) >= 2


_INSTITUTION_HEADS = ("学会", "协会", "组织", "网络", "中心", "机构", "联盟", "委员会", "研究所", "研究院", "基金会",
                      "管理局", "协作组", "研究组", "工作组", "联合会", "研究会", "医学会", "署")


def _confidence(n_en: int, n_cov: int, aligned: int, included: int, units: int | None, shaky: bool = False) -> float:
    """How far to trust a boundary: the share of the English the term
    translates; with an abbreviation only, whether the words match its
    letters. A term cut at a verb or connective while still short loses 0.1."""
    penalty = 0.1 if shaky else 0.0
    if n_en:
        coverage = n_cov / n_en
        return round(0.55 + 0.4 * coverage - penalty, 3)
    if units is not None:
        return round((0.6 if included == units else 0.5) - penalty, 3)
    return 0.5 - penalty


def harmonise_terms(definitions: list, text: str) -> list:
    """Make the Chinese terms of one abbreviation agree across a document
    (Lin et al. 2008: the left edge of a term is what stays constant before
    the same English or abbreviation in different sentences).

    A `中文（ABBR）` occurrence takes the term that an English-backed
    definition of the same abbreviation found (`晚期非小细胞肺癌(NSCLC)` ->
    `非小细胞肺癌` when the document also has `非小细胞肺癌(non-small cell
    lung cancer, NSCLC)`), by trimming a leading extra word or extending over
    text that is really there. Without such a definition, a single word that
    comes and goes before the same term of several occurrences
    (`局限期小细胞肺癌(SCLC)`, `复发小细胞肺癌(SCLC)`) is left out.
    Definitions without a Chinese term pass through unchanged.
    """
    from dataclasses import replace

    from glossary_app.normalize import abbr_key

    refs: dict[str, tuple[float, str]] = {}
    bare: dict[str, list[int]] = {}
    for i, d in enumerate(definitions):
        if not d.zh or not d.abbr or d.zh_span is None:
            continue
        key = abbr_key(d.abbr)
        if d.en:
            if d.confidence >= 0.75 and (key not in refs or d.confidence > refs[key][0]):
                refs[key] = (d.confidence, d.zh)
        else:
            bare.setdefault(key, []).append(i)
    out = list(definitions)

    def retarget(i: int, zh: str) -> None:
        d = out[i]
        s, e = d.zh_span
        ns = e - len(zh)
        if ns < 0 or text[ns:e] != zh:
            return
        out[i] = replace(d, zh=zh, start=ns, zh_span=(ns, e))

    for key, idx in bare.items():
        if key in refs:
            ref = refs[key][1]
            for i in idx:
                zh = out[i].zh
                if zh != ref and (zh.endswith(ref) or ref.endswith(zh)):
                    retarget(i, ref)
            continue
        forms = {out[i].zh for i in idx}
        if len(forms) < 2:
            continue
        common = _common_suffix(list(forms))
        if len(_CJK.findall(common)) < 2:
            continue
        prefixes = [f[: len(f) - len(common)] for f in forms if f != common]
        if all(len(segment(to_simplified_safe(p))) == 1 and not _is_transliteration(to_simplified_safe(p)) for p in prefixes):
            for i in idx:
                retarget(i, common)
    return out


def _common_suffix(strings: list[str]) -> str:
    s = strings[0]
    for t in strings[1:]:
        n = 0
        while n < min(len(s), len(t)) and s[-1 - n] == t[-1 - n]:
            n += 1
        s = s[len(s) - n :]
    return s


def to_simplified_safe(text: str) -> str:
    """Simplified script for word lookups; the text itself if conversion fails."""
    try:
        from glossary_app.normalize import to_simplified

        return to_simplified(text)
    except Exception:
        return text
