"""The Chinese term's left boundary."""

import pytest

from glossary_app.mining.chinese import english_content_words, find_chinese_term, segment


def term(left: str, en=None, abbr=None, doc: str = ""):
    text = doc + left + "（x）"
    t = find_chinese_term(text, len(doc) + len(left), en, abbr)
    return t.text if t else None


@pytest.mark.parametrize(
    "left, en, abbr, expected",
    [
        # a framing verb before the term is not part of it; 无 aligns with "free"
        ("研究显示该方案可延长无进展生存期", "progression free survival", "PFS", "无进展生存期"),
        # a preposition stops the term
        ("患者对表皮生长因子受体酪氨酸激酶抑制剂", "epidermal growth factor receptor tyrosine kinase inhibitor", "EGFR-TKI", "表皮生长因子受体酪氨酸激酶抑制剂"),
        # punctuation stops the term
        ("近年来，上皮间质转化", "epithelial-mesenchymal transition", "EMT", "上皮间质转化"),
        # a modifier the English does not cover is left out
        ("本组纳入晚期非小细胞肺癌", "non-small cell lung cancer", "NSCLC", "非小细胞肺癌"),
        # ... and kept when the English covers it
        ("我们比较了晚期肺癌", "advanced lung cancer", None, "晚期肺癌"),
        # Latin letters that the English accounts for belong to the term
        ("胞外区含有四个IPT区", "immunoglobulin-plexin-transcription domain", None, "IPT区"),
        # a numeral before the term is not part of it
        ("2019年世界卫生组织", "World Health Organization", "WHO", "世界卫生组织"),
    ],
)
def test_boundary_with_english(left, en, abbr, expected):
    assert term(left, en, abbr) == expected


@pytest.mark.parametrize(
    "left, abbr, expected",
    [
        ("根据激素分泌情况可分为功能性胰腺神经内分泌肿瘤", "F-pNEN", "功能性胰腺神经内分泌肿瘤"),
        ("本组中血管内皮生长因子", "VEGF", "血管内皮生长因子"),
        # an unknown drug name is glued back into one word and not cut short
        ("术前使用卡培他滨联合替莫唑胺", "CAPTEM", "卡培他滨联合替莫唑胺"),
    ],
)
def test_boundary_with_abbreviation_only(left, abbr, expected):
    assert term(left, None, abbr) == expected


def test_document_statistics_keep_a_compound():
    # 免疫 always precedes 检查点 in this document, so it is part of the compound
    # even though the English leaves it out.
    doc = "免疫检查点是重要靶点。免疫检查点分子表达上调。"
    assert term("患者对免疫检查点抑制剂", "checkpoint inhibitors", "CPI", doc=doc) == "免疫检查点抑制剂"


def test_document_statistics_drop_a_recurring_modifier():
    # 高龄 qualifies several terms here, and 非小细胞肺癌 mostly stands alone.
    doc = "非小细胞肺癌是常见肿瘤。非小细胞肺癌的发病率高。非小细胞肺癌治疗困难。高龄肝癌少见。高龄非小细胞肺癌预后差。"
    assert term("研究纳入高龄非小细胞肺癌", None, "NSCLC", doc=doc) == "非小细胞肺癌"


def test_no_term_after_a_function_word_or_latin():
    assert find_chinese_term("这是的（ABC）", 3, None, "ABC") is None
    assert find_chinese_term("DOTATATE（x）", 8, None, "TAT") is None


def test_offsets_point_at_the_term():
    text = "结果表明，无进展生存期（progression free survival, PFS）延长"
    t = find_chinese_term(text, text.index("（"), "progression free survival", "PFS")
    assert text[t.start : t.end] == t.text == "无进展生存期"
    assert 0 < t.confidence <= 1


def test_segment_glues_unknown_single_characters_but_not_function_words():
    words = segment("对卡培他滨")
    assert words[0] == "对"
    assert "".join(words) == "对卡培他滨"


def test_english_content_words_skip_function_words():
    assert english_content_words("signal transducer and activator of transcription 3") == [
        "signal", "transducer", "activator", "transcription", "3"
    ]


# --- general rules tuned on benchmarks/data/zh_dev (not the seeds) ---------


@pytest.mark.parametrize(
    "left, en, abbr, expected",
    [
        # clinical verbs and prepositions frame a term
        ("肿瘤细胞弥漫表达突触素", "synaptophysin", "Syn", "突触素"),
        ("按世界卫生组织", None, "WHO", "世界卫生组织"),
        ("新辅助放化疗后行全直肠系膜切除术", "total mesorectal excision", "TME", "全直肠系膜切除术"),
        ("前哨淋巴结活检可替代腋窝淋巴结清扫", "axillary lymph node dissection", "ALND", "腋窝淋巴结清扫"),
        # a quantity (numeral + classifier) is not part of the term ...
        ("两组3~4级不良事件", "adverse events", "AEs", "不良事件"),
        ("一项Ⅲ期随机对照试验", "randomized controlled trial", "RCT", "随机对照试验"),
        # ... unless the English names it
        ("3级高血压", "grade 3 hypertension", None, "3级高血压"),
        ("三阴性乳腺癌", "triple-negative breast cancer", "TNBC", "三阴性乳腺癌"),
        # a specimen word (血清) and a patient noun (患者) stay out
        ("基线时记录血清乳酸脱氢酶", "lactate dehydrogenase", "LDH", "乳酸脱氢酶"),
        ("接受免疫治疗的患者客观缓解率", "objective response rate", "ORR", "客观缓解率"),
        # a modifier stays out unless the English covers it
        ("对于初治多发性骨髓瘤", "newly diagnosed multiple myeloma", "NDMM", "初治多发性骨髓瘤"),
        ("对于不可切除肝细胞癌", None, "HCC", "肝细胞癌"),
        # 相关 is part of the name (X-related)
        ("12例患者出现2级免疫相关不良事件", "immune-related adverse events", "irAEs", "免疫相关不良事件"),
        # a connective or locative inside a name, when the English joins the same parts
        ("中性粒细胞与淋巴细胞比值", "neutrophil-to-lymphocyte ratio", "NLR", "中性粒细胞与淋巴细胞比值"),
        ("度伐利尤单抗联合依托泊苷和铂类", "etoposide plus platinum", "EP", "依托泊苷和铂类"),
        ("受试者工作特征曲线下面积", "area under the curve", "AUC", "曲线下面积"),
        ("内镜超声引导下细针穿刺", "endoscopic ultrasound-guided fine needle aspiration", "EUS-FNA", "内镜超声引导下细针穿刺"),
        # ... and a verb inside a name when the words beyond it still translate the English
        ("腹腔热灌注化疗", "hyperthermic intraperitoneal chemotherapy", "HIPEC", "腹腔热灌注化疗"),
        # medical morphemes / combining forms CC-CEDICT glosses only as free words
        ("免疫组织化学", "immunohistochemistry", "IHC", "免疫组织化学"),
        ("宫颈上皮内瘤变", "cervical intraepithelial neoplasia", "CIN", "宫颈上皮内瘤变"),
        ("内镜黏膜下剥离术", "endoscopic submucosal dissection", "ESD", "内镜黏膜下剥离术"),
        # Latin letters, digits and Greek inside the term
        ("Ki-67增殖指数", "Ki-67 proliferation index", None, "Ki-67增殖指数"),
        ("联合5-羟色胺3受体拮抗剂", "5-hydroxytryptamine 3 receptor antagonist", "5-HT3RA", "5-羟色胺3受体拮抗剂"),
        ("按照实体瘤疗效评价标准1.1版", "Response Evaluation Criteria in Solid Tumors version 1.1", "RECIST 1.1", "实体瘤疗效评价标准1.1版"),
        ("对于Epstein-Barr病毒相关胃癌", "EBV-associated gastric cancer", "EBVaGC", "Epstein-Barr病毒相关胃癌"),
        ("吲哚胺2,3-双加氧酶", "indoleamine 2,3-dioxygenase", "IDO", "吲哚胺2,3-双加氧酶"),
        # an institution before a term is its owner
        ("不良事件按美国国立癌症研究所常见不良反应事件评价标准5.0版",
         "Common Terminology Criteria for Adverse Events version 5.0", "CTCAE v5.0", "常见不良反应事件评价标准5.0版"),
        # ... while an organisation keeps its country
        ("美国食品药品监督管理局", "Food and Drug Administration", "FDA", "美国食品药品监督管理局"),
        # one English word partly translated (治疗 = -therapy) asks for the rest
        ("联合近距离治疗", "brachytherapy", None, "近距离治疗"),
    ],
)
def test_general_boundary_rules(left, en, abbr, expected):
    assert term(left, en, abbr) == expected


@pytest.mark.parametrize(
    "left, en, expected",
    [
        # a transliterated drug name is the run of unknown words, not what frames it
        ("曲妥珠单抗联合帕妥珠单抗", "pertuzumab", "帕妥珠单抗"),
        ("CTLA-4抑制剂伊匹木单抗", "ipilimumab", "伊匹木单抗"),
        ("患者可选择达雷妥尤单抗", "daratumumab", "达雷妥尤单抗"),
        # a weak function character inside the name (那 of 来那度胺, 地 of 地舒单抗)
        ("硼替佐米、来那度胺", "lenalidomide", "来那度胺"),
        ("可通过地舒单抗", "denosumab", "地舒单抗"),
    ],
)
def test_transliterated_drug_names(left, en, expected):
    assert term(left, en, None) == expected


def test_regimen_named_by_its_drugs_keeps_both_names():
    assert term("奥沙利铂联合卡培他滨", None, "XELOX") == "奥沙利铂联合卡培他滨"


def test_modifier_kept_when_the_abbreviation_has_its_letter():
    # the M of MBC is "metastatic"; the m of mPFS is "median"
    assert term("转移性乳腺癌", None, "MBC") == "转移性乳腺癌"
    assert term("两组中位无进展生存期", None, "PFS") == "无进展生存期"


def test_document_statistics_do_not_bind_a_known_modifier():
    # 晚期 always precedes 非小细胞肺癌 here, but it is a modifier all the same
    doc = "晚期非小细胞肺癌预后差。晚期非小细胞肺癌患者多。"
    assert term("对于晚期非小细胞肺癌", None, "NSCLC", doc=doc) == "非小细胞肺癌"


def test_segment_joins_latin_chunks():
    assert segment("Ki-67增殖指数")[0] == "Ki-67"
    assert "1.1" in segment("标准1.1版")


@pytest.mark.parametrize(
    "text, inner, expected",
    [
        ("循环肿瘤DNA(", "circulating tumor DNA, ctDNA", True),
        ("干扰素-γ(", "interferon-γ, IFN-γ", True),
        ("细胞周期蛋白依赖性激酶4/6(", "cyclin-dependent kinase 4/6, CDK4/6", True),
        ("低剂量螺旋CT(", "low-dose computed tomography, LDCT", True),
        ("缺氧诱导因子-1α(", "HIF-1α", True),
        # an English word of its own: the parenthesis does not end with it
        ("检测EGFR(", "epidermal growth factor receptor", False),
        ("the CT(", "computed tomography", False),
    ],
)
def test_latin_tail_of_a_chinese_term(text, inner, expected):
    from glossary_app.mining.chinese import latin_tail_of_chinese_term

    assert latin_tail_of_chinese_term(text, len(text) - 1, inner) is expected


def test_confidence_drops_when_a_verb_cut_a_short_term():
    text = "导致缺氧诱导因子-1α（x）"
    shaky = find_chinese_term(text, text.index("（"), None, "HIF-1α")
    clean = find_chinese_term("，无进展生存期（x）", 7, None, "PFS")
    assert shaky.confidence < clean.confidence


def test_harmonise_terms_follows_the_english_backed_definition():
    from glossary_app.mining.chinese import harmonise_terms
    from glossary_app.mining.model import Definition

    text = "非小细胞肺癌（non-small cell lung cancer, NSCLC）。吸烟非小细胞肺癌（NSCLC）。"
    a = Definition("非小细胞肺癌", "non-small cell lung cancer", "NSCLC", 0, 40, 0.95, (0, 6))
    s = text.index("吸烟")
    e = text.index("（NSCLC）")
    b = Definition("吸烟非小细胞肺癌", None, "NSCLC", s, e + 7, 0.5, (s, e))
    got = harmonise_terms([a, b], text)
    assert got[1].zh == "非小细胞肺癌" and text[got[1].zh_span[0] : got[1].zh_span[1]] == "非小细胞肺癌"
    assert got[0] == a


def test_harmonise_terms_drops_a_word_that_comes_and_goes():
    from glossary_app.mining.chinese import harmonise_terms
    from glossary_app.mining.model import Definition

    text = "吸烟小细胞肺癌（SCLC）少见。复发小细胞肺癌（SCLC）多见。"
    defs = []
    for m in ("吸烟小细胞肺癌", "复发小细胞肺癌"):
        s = text.index(m)
        defs.append(Definition(m, None, "SCLC", s, s + len(m) + 6, 0.5, (s, s + len(m))))
    assert [d.zh for d in harmonise_terms(defs, text)] == ["小细胞肺癌", "小细胞肺癌"]


@pytest.mark.parametrize(
    "left, en, abbr, expected",
    [
        # a transliteration with a Greek suffix, after a class noun in apposition
        ("抗GD2单克隆抗体达妥昔单抗β", "dinutuximab beta", None, "达妥昔单抗β"),
        # a transliteration that happens to contain a dictionary word (普拉)
        ("RET融合阳性患者可选择普拉替尼", "pralsetinib", None, "普拉替尼"),
        # 组 is the -ome of exome, not a "group"
        ("全外显子组测序", "whole exome sequencing", "WES", "全外显子组测序"),
        # an institution named by two fields joined by 与, abbreviation only
        ("欧洲妇科肿瘤学会(ESGO)与欧洲放射治疗与肿瘤学会", None, "ESTRO", "欧洲放射治疗与肿瘤学会"),
    ],
)
def test_rules_from_the_second_held_out_set(left, en, abbr, expected):
    assert term(left, en, abbr) == expected


def test_usage_statistics_ignore_occurrences_inside_the_term():
    # 尿路 occurs inside 尿路上皮癌 many times: that does not make it a
    # modifier of 尿路上皮癌 in 上尿路尿路上皮癌.
    doc = "膀胱尿路上皮癌常见。尿路上皮癌预后差。晚期尿路上皮癌可用免疫治疗。"
    got = term("上尿路尿路上皮癌", "upper tract urothelial carcinoma", "UTUC", doc=doc)
    assert got == "上尿路尿路上皮癌"


@pytest.mark.parametrize(
    "left, en, abbr, expected",
    [
        # a verb of secreting, showing, relieving or exploring frames the term
        ("巨噬细胞分泌肿瘤坏死因子", "tumor necrosis factor", "TNF", "肿瘤坏死因子"),
        ("活检示鳞状细胞癌", "squamous cell carcinoma", "SCC", "鳞状细胞癌"),
        ("可减轻化疗所致恶心呕吐", "chemotherapy-induced nausea and vomiting", "CINV", "化疗所致恶心呕吐"),
        ("本文探讨肝动脉灌注化疗", "hepatic arterial infusion chemotherapy", "HAIC", "肝动脉灌注化疗"),
        # a study arm (干预组) is not part of the outcome after it
        ("干预组压力性损伤", "pressure injury", None, "压力性损伤"),
        # prospective / retrospective describe a study, unless the English has them
        ("开展前瞻性队列研究", "cohort study", None, "队列研究"),
        ("开展前瞻性队列研究", "prospective cohort study", None, "前瞻性队列研究"),
    ],
)
def test_rules_from_the_third_held_out_set(left, en, abbr, expected):
    assert term(left, en, abbr) == expected


def test_a_word_repeating_a_complete_term_is_left_out():
    # 其受体 + 表皮生长因子受体: the first 受体 is the antecedent, not the term's
    assert term("其受体表皮生长因子受体", "epidermal growth factor receptor", "EGFR") == "表皮生长因子受体"


@pytest.mark.parametrize(
    "left, abbr, expected",
    [
        # a ratio named by two things joined by 与/和, abbreviation only
        ("常用指标包括单核细胞与淋巴细胞比值", "MLR", "单核细胞与淋巴细胞比值"),
        ("观察中性粒细胞和淋巴细胞比值", "NLR", "中性粒细胞和淋巴细胞比值"),
        # the word before 与 does not give the first letter: no crossing
        ("手术与放疗", "RT", "放疗"),
    ],
)
def test_connective_crossed_when_the_word_before_gives_the_first_letter(left, abbr, expected):
    assert term(left, None, abbr) == expected


@pytest.mark.parametrize(
    "left, en, expected",
    [
        # words of change that name a finding stay in it
        ("出现血小板减少", "thrombocytopenia", "血小板减少"),
        ("化疗后中性粒细胞减少症", "neutropenia", "中性粒细胞减少症"),
    ],
)
def test_words_of_change_inside_a_finding(left, en, expected):
    assert term(left, en, None) == expected


@pytest.mark.parametrize(
    "left, en, expected",
    [
        # 中药 (Chinese medicine) classes a preparation unless the English says so
        ("口服中药参芪颗粒", "Shenqi granule", "参芪颗粒"),
        ("中药注射剂", "traditional Chinese medicine injection", "中药注射剂"),
    ],
)
def test_chinese_medicine_as_a_class_word(left, en, expected):
    assert term(left, en, None) == expected


def test_a_one_character_verb_glued_to_the_term_by_jieba_is_cut_off():
    # jieba reads 行空 as one word; CC-CEDICT does not know it
    assert segment("行空芯针")[0] == "行"
    assert term("术前行空芯针穿刺", "core needle puncture", None) == "空芯针穿刺"
    # a real word beginning with the same character stays whole
    assert "行为" in segment("行为干预")


def test_a_verb_made_a_noun_by_its_suffix_belongs_to_the_term():
    # jieba cuts 抑制素 into 抑制 + 素; the verb does not end the term there
    assert term("予重组人血管内皮抑制素", "recombinant human endostatin", None) == "重组人血管内皮抑制素"


def test_a_character_jieba_glues_to_the_first_morpheme_of_the_term_is_cut_off():
    # jieba reads 见间 + 变性; 间 is the ana- of anaplastic, 见 frames the term
    assert term("病理未见间变性脑膜瘤", "anaplastic meningioma", "AM") == "间变性脑膜瘤"


def test_a_word_with_a_noun_suffix_unknown_to_cedict_translates_like_its_stem():
    # 移植物 (移植 + 物) is the graft; 抗 is the versus of graft-versus-...
    assert term("移植后需警惕移植物抗白血病效应", "graft-versus-leukemia effect", "GVL") == "移植物抗白血病效应"


def test_medical_senses_of_common_morphemes_align():
    # 弥散 is diffuse, 凝血 coagulation in clinical writing
    assert term("警惕弥散性脑白质病", "diffuse leukoencephalopathy", None) == "弥散性脑白质病"
    assert term("CT提示弥散性肺泡损伤", "diffuse alveolar damage", "DAD") == "弥散性肺泡损伤"


def test_a_verb_before_a_term_that_starts_with_the_abbreviations_first_word_stays_out():
    # circumferential..margin are aligned in order, only the middle word is
    # not: the verb on the left cannot hold it
    assert term("术中应确保环周手术切缘", "circumferential surgical margin", "CSM") == "环周手术切缘"
    assert term("病理需报告肿瘤浸润淋巴细胞", "tumor infiltrating lymphocytes", "TILs") == "肿瘤浸润淋巴细胞"
    # without the abbreviation, or when the last English word is still open
    # (organs at risk), the words on the left may still be the term's
    assert term("需评估危及器官", "organs at risk", "OAR") == "危及器官"


def test_a_word_before_an_edition_number_is_the_head_not_a_modifier():
    # 标准 (standard) qualifies a noun, but before 2.0版 it is the criteria
    # the edition numbers
    assert term("采用淋巴瘤疗效评价标准2.0版", None, "LRC 2.0") == "淋巴瘤疗效评价标准2.0版"


def test_an_eponym_gives_the_first_letter_the_counted_words_do_not():
    # three letters, three words, but 日常 (daily) gives no H: the name
    # before it (霍氏, a surname CC-CEDICT lacks) does, once
    assert term("采用霍氏日常活动量表", None, "HAS") == "霍氏日常活动量表"
    # a first word that does give the letter needs no name before it
    assert term("采用霍氏功能状态评分", None, "FSS") == "功能状态评分"


def test_a_verb_is_crossed_only_towards_english_the_term_has_yet_to_reach():
    # 化疗后 translates "after chemotherapy", which the English puts after
    # the words already covered: 采用 frames the term
    assert term("化疗后采用口腔护理方案", "oral care protocol after chemotherapy", None) == "口腔护理方案"
    # crossing 灌注 towards the English's first word still works
    assert term("行腹腔热灌注化疗", "hyperthermic intraperitoneal chemotherapy", "HIPEC") == "腹腔热灌注化疗"


def test_jieba_tags_verbs_in_its_own_dictionary():
    from glossary_app.mining.lexicon import framing_word

    assert framing_word("推行") and framing_word("构建")
    assert not framing_word("宫颈") and not framing_word("行")  # nouns; single characters are left to the lists


def test_a_verb_jieba_tags_ends_a_term_the_english_is_not_fully_matched_by():
    # 推行, 构建 are in no word list: jieba's tag and the filled English gap stop them
    assert term("医院推行快速康复外科路径", "fast track surgery pathway", "FTSP") == "快速康复外科路径"
    assert term("研究者构建分区马尔可夫模型", "partitioned Markov model", "PMM") == "分区马尔可夫模型"


def test_a_verb_tagged_word_stays_when_an_english_word_is_left_for_it():
    # 吻合 (v) is the untranslated anastomotic; 发热 (v) the untranslated febrile
    assert term("可发生吻合口出血", "anastomotic bleeding", "AB") == "吻合口出血"
    assert term("部分患者发热性血小板减少", "febrile thrombocytopenia", "FT") == "发热性血小板减少"
