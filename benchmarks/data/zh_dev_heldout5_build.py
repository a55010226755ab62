"""Build the fifth held-out Chinese set: benchmarks/data/zh_dev_heldout5/*.txt
with zh_dev_heldout5.jsonl.

Written after the fifth round of rules and annotated by hand under
/work/shared/gold/GUIDELINES.md before the miner was run on it. Topics the
earlier sets do not cover: thyroid cancer, soft-tissue sarcoma,
neuro-oncology, cervical cancer screening, melanoma, cancer cachexia and
nutrition, digestive endoscopy, radiomics and machine learning. Many terms
follow a framing verb the English does not cover (警惕, 遵循, 构建, 保证,
识别, 避免...), the first-run error class this set is meant to measure.
Every sentence was written for this set (none is taken from the seeds or
the other sets). First run of the miner: triples P 0.768 R 0.754.
Run: .venv/bin/python benchmarks/data/zh_dev_heldout5_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from zh_dev_build import build  # noqa: E402

N = None
# (doc, traditional?, [(text, [(zh, en, abbr[, note]), ...]), ...])
HELDOUT5 = [
    ("h5a01", False, [
        ("甲状腺乳头状癌（papillary thyroid carcinoma，PTC）占甲状腺恶性肿瘤的85%以上。",
         [("甲状腺乳头状癌", "papillary thyroid carcinoma", "PTC")]),
        ("术前应警惕中央区淋巴结转移（central lymph node metastasis，CLNM）。",
         [("中央区淋巴结转移", "central lymph node metastasis", "CLNM")]),
        ("超声报告遵循甲状腺影像报告和数据系统（Thyroid Imaging Reporting and Data System，TI-RADS）。",
         [("甲状腺影像报告和数据系统", "Thyroid Imaging Reporting and Data System", "TI-RADS")]),
        ("细针穿刺活检（fine-needle aspiration，FNA）结果按Bethesda系统报告。",
         [("细针穿刺活检", "fine-needle aspiration", "FNA")]),
        ("BRAF V600E突变可提示侵袭性生物学行为。", []),
        ("术后需长期监测血清甲状腺球蛋白（thyroglobulin，Tg）及促甲状腺激素（thyroid-stimulating hormone，TSH）。",
         [("甲状腺球蛋白", "thyroglobulin", "Tg"), ("促甲状腺激素", "thyroid-stimulating hormone", "TSH")]),
        ("高危患者接受放射性碘（radioactive iodine，RAI）治疗。",
         [("放射性碘", "radioactive iodine", "RAI")]),
    ]),
    ("h5a02", False, [
        ("软组织肉瘤(soft tissue sarcoma, STS)是一组起源于间叶组织的异质性肿瘤。",
         [("软组织肉瘤", "soft tissue sarcoma", "STS")]),
        ("胃肠道间质瘤(gastrointestinal stromal tumor, GIST)多存在KIT或血小板衍生生长因子受体α(platelet-derived growth factor receptor alpha, PDGFRA)突变。",
         [("胃肠道间质瘤", "gastrointestinal stromal tumor", "GIST"),
          ("血小板衍生生长因子受体α", "platelet-derived growth factor receptor alpha", "PDGFRA")]),
        ("分级依据法国癌症中心联合会(Fédération Nationale des Centres de Lutte Contre le Cancer, FNCLCC)系统。",
         [("法国癌症中心联合会", "Fédération Nationale des Centres de Lutte Contre le Cancer", "FNCLCC")]),
        ("手术应保证R0切除并避免肿瘤破裂。", []),
        ("去分化脂肪肉瘤常见小鼠双微体2(murine double minute 2, MDM2)扩增。",
         [("小鼠双微体2", "murine double minute 2", "MDM2")]),
        ("滑膜肉瘤特征性融合基因可通过逆转录聚合酶链反应(reverse transcription polymerase chain reaction, RT-PCR)检测。",
         [("逆转录聚合酶链反应", "reverse transcription polymerase chain reaction", "RT-PCR")]),
        ("术前放疗可降低局部复发率(local recurrence rate, LRR)。",
         [("局部复发率", "local recurrence rate", "LRR")]),
    ]),
    ("h5a03", False, [
        ("胶质母细胞瘤（glioblastoma，GBM）是成人最常见的原发性恶性脑肿瘤。",
         [("胶质母细胞瘤", "glioblastoma", "GBM")]),
        ("2021年分类强调异柠檬酸脱氢酶（isocitrate dehydrogenase，IDH）突变状态。",
         [("异柠檬酸脱氢酶", "isocitrate dehydrogenase", "IDH")]),
        ("O6-甲基鸟嘌呤-DNA甲基转移酶（MGMT）启动子甲基化预示替莫唑胺获益。",
         [("O6-甲基鸟嘌呤-DNA甲基转移酶", N, "MGMT")]),
        ("疗效评价遵循神经肿瘤反应评估标准（Response Assessment in Neuro-Oncology，RANO）。",
         [("神经肿瘤反应评估标准", "Response Assessment in Neuro-Oncology", "RANO")]),
        ("放疗后需识别假性进展（pseudoprogression）与真性进展。",
         [("假性进展", "pseudoprogression", N)]),
        ("肿瘤电场治疗（tumor treating fields，TTFields）可延长总生存。",
         [("肿瘤电场治疗", "tumor treating fields", "TTFields")]),
        ("术中采用5-氨基乙酰丙酸（5-aminolevulinic acid，5-ALA）荧光引导切除。",
         [("5-氨基乙酰丙酸", "5-aminolevulinic acid", "5-ALA")]),
        ("卡诺夫斯基功能状态（KPS）评分≥70分者预后较好。",
         [("卡诺夫斯基功能状态", N, "KPS")]),
    ]),
    ("h5a04", False, [
        ("宫颈癌筛查推荐高危型人乳头瘤病毒（high-risk human papillomavirus，hrHPV）检测。",
         [("高危型人乳头瘤病毒", "high-risk human papillomavirus", "hrHPV")]),
        ("细胞学结果以液基薄层细胞学检查（thinprep cytologic test，TCT）判读。",
         [("液基薄层细胞学检查", "thinprep cytologic test", "TCT")]),
        ("意义不明确的非典型鳞状细胞（atypical squamous cells of undetermined significance，ASC-US）需分流。",
         [("意义不明确的非典型鳞状细胞", "atypical squamous cells of undetermined significance", "ASC-US")]),
        ("阴道镜下可见高级别鳞状上皮内病变（high-grade squamous intraepithelial lesion，HSIL）。",
         [("高级别鳞状上皮内病变", "high-grade squamous intraepithelial lesion", "HSIL")]),
        ("治疗可选宫颈环形电切术（loop electrosurgical excision procedure，LEEP）。",
         [("宫颈环形电切术", "loop electrosurgical excision procedure", "LEEP")]),
        ("局部晚期患者接受同步放化疗（concurrent chemoradiotherapy，CCRT）。",
         [("同步放化疗", "concurrent chemoradiotherapy", "CCRT")]),
        ("国际妇产科联盟（International Federation of Gynecology and Obstetrics，FIGO）2018分期纳入影像学评估。",
         [("国际妇产科联盟", "International Federation of Gynecology and Obstetrics", "FIGO")]),
    ]),
    ("h5a05", False, [
        ("皮肤黑色素瘤(cutaneous melanoma, CM)的发病与紫外线暴露相关。",
         [("皮肤黑色素瘤", "cutaneous melanoma", "CM")]),
        ("肢端雀斑样痣黑色素瘤(acral lentiginous melanoma, ALM)是我国最常见亚型。",
         [("肢端雀斑样痣黑色素瘤", "acral lentiginous melanoma", "ALM")]),
        ("临床上需区分色素痣与黑色素瘤，皮肤镜(dermoscopy)可提高诊断准确性。",
         [("皮肤镜", "dermoscopy", N)]),
        ("前哨淋巴结活检(sentinel lymph node biopsy, SLNB)用于评估区域淋巴结。",
         [("前哨淋巴结活检", "sentinel lymph node biopsy", "SLNB")]),
        ("辅助治疗可选细胞毒性T淋巴细胞相关抗原4(cytotoxic T-lymphocyte-associated antigen 4, CTLA-4)抑制剂。",
         [("细胞毒性T淋巴细胞相关抗原4", "cytotoxic T-lymphocyte-associated antigen 4", "CTLA-4")]),
        ("用药期间应警惕免疫相关不良事件(immune-related adverse events, irAEs)。",
         [("免疫相关不良事件", "immune-related adverse events", "irAEs")]),
        ("丝裂原活化蛋白激酶激酶(mitogen-activated protein kinase kinase, MEK)抑制剂常与BRAF抑制剂联合。",
         [("丝裂原活化蛋白激酶激酶", "mitogen-activated protein kinase kinase", "MEK")]),
    ]),
    ("h5a06", False, [
        ("肿瘤恶病质（cancer cachexia）以骨骼肌持续丢失为特征。",
         [("肿瘤恶病质", "cancer cachexia", N)]),
        ("入院时采用营养风险筛查2002（Nutritional Risk Screening 2002，NRS 2002）评估。",
         [("营养风险筛查2002", "Nutritional Risk Screening 2002", "NRS 2002")]),
        ("诊断依据全球领导人营养不良倡议（Global Leadership Initiative on Malnutrition，GLIM）标准。",
         [("全球领导人营养不良倡议", "Global Leadership Initiative on Malnutrition", "GLIM")]),
        ("患者主观整体评估（patient-generated subjective global assessment，PG-SGA）适用于肿瘤患者。",
         [("患者主观整体评估", "patient-generated subjective global assessment", "PG-SGA")]),
        ("CT测量第三腰椎骨骼肌指数（skeletal muscle index，SMI）以判断肌少症。",
         [("骨骼肌指数", "skeletal muscle index", "SMI")]),
        ("肠内营养（enteral nutrition，EN）不足时补充肠外营养（parenteral nutrition，PN）。",
         [("肠内营养", "enteral nutrition", "EN"), ("肠外营养", "parenteral nutrition", "PN")]),
        ("需避免再喂养综合征（refeeding syndrome，RFS）。",
         [("再喂养综合征", "refeeding syndrome", "RFS")]),
    ]),
    ("h5a07", False, [
        ("内镜黏膜下剥离术(endoscopic submucosal dissection, ESD)适用于早期胃癌。",
         [("内镜黏膜下剥离术", "endoscopic submucosal dissection", "ESD")]),
        ("术前借助窄带成像(narrow band imaging, NBI)联合放大内镜判断浸润深度。",
         [("窄带成像", "narrow band imaging", "NBI")]),
        ("较小病变可行内镜黏膜切除术(endoscopic mucosal resection, EMR)。",
         [("内镜黏膜切除术", "endoscopic mucosal resection", "EMR")]),
        ("超声内镜(endoscopic ultrasonography, EUS)可评估黏膜下层受累。",
         [("超声内镜", "endoscopic ultrasonography", "EUS")]),
        ("根治性评价采用eCura评分系统。", []),
        ("术后出血可行内镜下止血，迟发性穿孔罕见。", []),
        ("经内镜逆行胰胆管造影(endoscopic retrograde cholangiopancreatography, ERCP)可缓解恶性胆道梗阻。",
         [("经内镜逆行胰胆管造影", "endoscopic retrograde cholangiopancreatography", "ERCP")]),
    ]),
    ("h5a08", False, [
        ("目的　构建基于影像组学（radiomics）的肺结节良恶性预测模型。",
         [("影像组学", "radiomics", N)]),
        ("方法　在感兴趣区（region of interest，ROI）内提取特征。",
         [("感兴趣区", "region of interest", "ROI")]),
        ("采用最小绝对收缩和选择算子（least absolute shrinkage and selection operator，LASSO）回归筛选特征。",
         [("最小绝对收缩和选择算子", "least absolute shrinkage and selection operator", "LASSO")]),
        ("分别训练支持向量机（support vector machine，SVM）和卷积神经网络（convolutional neural network，CNN）模型。",
         [("支持向量机", "support vector machine", "SVM"), ("卷积神经网络", "convolutional neural network", "CNN")]),
        ("以受试者工作特征曲线下面积（area under the receiver operating characteristic curve，AUC）评价效能。",
         [("受试者工作特征曲线下面积", "area under the receiver operating characteristic curve", "AUC")]),
        ("并绘制决策曲线分析（decision curve analysis，DCA）评估临床净获益。",
         [("决策曲线分析", "decision curve analysis", "DCA")]),
        ("结果　验证集AUC为0.87（95%CI：0.81～0.92）。", []),
        ("沙普利加和解释（Shapley additive explanations，SHAP）值显示毛刺征贡献最大。",
         [("沙普利加和解释", "Shapley additive explanations", "SHAP")]),
    ]),
]


if __name__ == "__main__":
    build(HELDOUT5, "zh_dev_heldout5")
