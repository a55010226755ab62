"""Reading files: encodings, formats, titles, language, refusals, folder expansion."""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from glossary_app.mining.reader import RefusedFile, decode_bytes, iter_input_files, read_document

# Realistic oncology text: short lines as well as a paragraph, simplified and traditional.
ZH_SHORT = [
    "肺癌患者",
    "表皮生长因子受体",
    "非小细胞肺癌的靶向治疗。",
    "关键词：肺癌；EGFR；耐药",
    "骨髓增生异常综合征",
    "帕博利珠单抗",
    "本研究纳入120例患者。",
    "客观缓解率(ORR)为45.5%。",
]
ZH_LONG = (
    "胰腺神经内分泌肿瘤(pNEN)是一类罕见且具有高度异质性的胰腺肿瘤，临床表现隐匿，易发生远处转移，"
    "其中肝转移最为常见，显著影响患者的预后。肝细胞生长因子（hepatocyte growth factor, HGF）/"
    "上皮间质转化因子（mesenchymal-epithelial transition factor, MET）信号通路在许多生物学进程中"
    "都发挥着多效性影响。近年来，HGF/MET信号通路的异常激活被认为是对表皮生长因子受体酪氨酸激酶抑制剂"
    "（EGFR-TKI）产生耐药的一个重要原因，Ⅲ期研究显示中位无进展生存期为10.9个月（P<0.05）。\n"
    "①手术切除；②射频消融；③经动脉化疗栓塞。\n"
)
_S2TW = OpenCC("s2tw")


def trad(s: str) -> str:
    return _S2TW.convert(s)


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- Encodings -----------------------------------------------------------------


@pytest.mark.parametrize(
    "codec, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("gb18030", b""),
        ("gbk", b""),
    ],
)
@pytest.mark.parametrize("text", ZH_SHORT + [ZH_LONG])
def test_simplified_chinese_round_trips(tmp_path, codec, bom, text):
    doc = read_document(write(tmp_path, "doc.txt", bom + text.encode(codec)))
    assert doc.text == text
    assert doc.format == "text"


@pytest.mark.parametrize("text", ZH_SHORT + [ZH_LONG])
def test_big5_traditional_round_trips(tmp_path, text):
    t = trad(text).replace("酶", "酵素")  # plain Big5 has no 酶 (Taiwan also writes 酵素)
    doc = read_document(write(tmp_path, "doc.txt", t.encode("big5")))
    assert doc.text == t
    assert doc.encoding == "big5"


def test_big5_hkscs_extension():
    t = trad(ZH_LONG)  # keeps 酶, which only Big5-HKSCS has
    assert decode_bytes(t.encode("big5hkscs")) == (t, "big5hkscs")


def test_encoding_names(tmp_path):
    assert decode_bytes(ZH_LONG.encode("utf-8"))[1] == "utf-8"
    assert decode_bytes(b"\xef\xbb\xbf" + ZH_LONG.encode("utf-8")) == (ZH_LONG, "utf-8-sig")
    assert decode_bytes(ZH_LONG.encode("utf-16"))[0] == ZH_LONG
    assert decode_bytes(ZH_LONG.encode("gbk"))[1] == "gb18030"


def test_gbk_that_is_also_valid_utf8_is_read_as_chinese():
    # 摘要 in GBK is D5 AA D2 AA: valid UTF-8 for two Armenian/Cyrillic letters.
    assert decode_bytes("摘要".encode("gbk")) == ("摘要", "gb18030")


def test_gb18030_only_characters():
    text = "罕见字𠮷与欧元€符号。"  # outside GBK: needs the four-byte GB18030 forms
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_english_western_windows_text():
    text = "Patients\u2019 outcomes were \u201cexcellent\u201d \u2014 the caf\u00e9 na\u00efve r\u00e9sum\u00e9 at 37\u00b0C."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_line_endings_are_normalised():
    assert decode_bytes(b"a\r\nb\rc\nd")[0] == "a\nb\nc\nd"
    assert decode_bytes("第一行\r\n第二行\r\n".encode("gbk"))[0] == "第一行\n第二行\n"
    assert decode_bytes("x\r\ny".encode("utf-16"))[0] == "x\ny"


def test_utf16_without_bom_is_recognised():
    text = "Tumor (肿瘤) and receptor (受体) in plain UTF-16."
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_bom_file_with_one_damaged_byte_is_read():
    text, enc = decode_bytes(b"\xef\xbb\xbf" + ZH_LONG.encode() + b"\xe8")
    assert enc == "utf-8-sig" and text == ZH_LONG + "\ufffd"


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "big5"])
def test_file_cut_in_the_middle_of_a_character_is_still_read(codec):
    full = trad(ZH_LONG).replace("酶", "酵素") if codec == "big5" else ZH_LONG
    data = (full * 3).rstrip("\n").encode(codec)[:-1]  # ends inside 。
    text, enc = decode_bytes(data)
    assert text.startswith(full * 2) and text.endswith("\ufffd")
    assert enc == {"gbk": "gb18030"}.get(codec, codec)


# --- Refusals ------------------------------------------------------------------


def refusal(path) -> str:
    with pytest.raises(RefusedFile) as e:
        read_document(path)
    reason = str(e.value)
    assert reason and "\n" not in reason
    return reason


def test_empty_file(tmp_path):
    assert refusal(write(tmp_path, "empty.txt", b"")) == "empty file"
    assert "empty" in refusal(write(tmp_path, "blank.txt", b"  \n\t\n"))


def test_binary_files(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert "PNG" in refusal(write(tmp_path, "fig.png", png))
    assert "PNG" in refusal(write(tmp_path, "fig.txt", png))  # extension does not matter

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:t>肿瘤</w:t>" * 50)
    assert "ZIP" in refusal(write(tmp_path, "paper.docx", buf.getvalue()))

    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    assert refusal(write(tmp_path, "noise.bin", noise)).startswith("binary file")

    no_nul = bytes(rng.randrange(1, 256) for _ in range(4096))
    assert refusal(write(tmp_path, "noise2.dat", no_nul)) in (
        "not text in any supported encoding",
        "binary file (many control characters)",
    )
    high = bytes(rng.randrange(128, 256) for _ in range(4096))
    assert refusal(write(tmp_path, "noise3.dat", high)) == "not text in any supported encoding"

    assert "PDF" in refusal(write(tmp_path, "paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    assert refusal(write(tmp_path, "nul.txt", b"hello\x00world, some text with one NUL byte")) == (
        "binary file (contains NUL bytes)"
    )
    assert "control" in refusal(write(tmp_path, "ctl.txt", b"hello\x01\x02\x03\x04\x05\x06 world"))


def test_missing_file_and_directory(tmp_path):
    assert refusal(tmp_path / "nope.txt") == "file not found"
    assert refusal(tmp_path) == "a directory"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    p = write(tmp_path, "secret.txt", b"text")
    p.chmod(0)
    try:
        assert refusal(p) == "permission denied"
    finally:
        p.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refusal(fifo) == "not a regular file"


def test_markup_with_no_text(tmp_path):
    assert "no text" in refusal(write(tmp_path, "x.html", b"<html><script>var a = 1;</script></html>"))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("<>/!-[]()*_`#|&;=\"' \nabp中文")) | st.characters(), max_size=200))
def test_markup_parsers_only_raise_refused_file(tmp_path_factory, text):
    d = tmp_path_factory.mktemp("fuzz")
    for name in ("x.html", "x.md", "x.txt"):
        p = d / name
        p.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            doc = read_document(p)
        except RefusedFile:
            continue
        assert doc.text.strip() and doc.format in ("text", "markdown", "html")
        assert len(doc.title) <= 121 and doc.language in ("zh", "en", "mixed")


def test_decode_bytes_only_raises_refused_file():
    rng = random.Random(1)
    for n in (1, 2, 3, 7, 64, 500):
        for _ in range(30):
            data = bytes(rng.randrange(256) for _ in range(n))
            try:
                text, enc = decode_bytes(data)
            except RefusedFile:
                continue
            assert isinstance(text, str) and isinstance(enc, str)


# --- HTML ----------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>  表皮生长因子受体 &amp; EGFR
 综述 </title>
<style>p { content: "<b>hidden</b>"; }</style>
<script>var s = "<p>not text</p>"; if (a < b && c > d) {}</script>
</head>
<body>
<h1>EGFR 突变与<em>靶向</em>治疗</h1>
<p>表皮生长因子受体（epidermal growth factor receptor, EGFR）是&nbsp;一种跨膜蛋白。Written as
&lt;img src=&quot;fig1.png&quot;&gt; in the text.<br>第二行 &copy; 2024 &#x4e2d;&#25991;</p>
<img src="fig1.png" alt="Figure 1">
<ul><li>one <b>bold</b>word</li><li>two</li></ul>
<table><tr><th>中文</th><th>English</th></tr><tr><td>肿瘤</td><td>tumor</td></tr></table>
<noscript>Please enable JavaScript</noscript>
<!-- a comment -->
</body></html>
"""


def test_html_text(tmp_path):
    doc = read_document(write(tmp_path, "page.html", HTML.encode("utf-8")))
    assert doc.format == "html"
    assert doc.title == "表皮生长因子受体 & EGFR 综述"
    lines = doc.text.split("\n")
    assert "EGFR 突变与靶向治疗" in lines
    assert "表皮生长因子受体（epidermal growth factor receptor, EGFR）是 一种跨膜蛋白。Written as" in doc.text
    # An escaped tag in a text node is text, not markup.
    assert '<img src="fig1.png"> in the text.' in doc.text
    assert "第二行 © 2024 中文" in lines
    assert "one boldword" in lines and "two" in lines
    assert "中文\tEnglish" in lines and "肿瘤\ttumor" in lines
    for hidden in ("not text", "hidden", "content:", "JavaScript", "a comment", "Figure 1", "var s"):
        assert hidden not in doc.text


def test_html_title_falls_back_to_h1_and_sniffing(tmp_path):
    page = "<html><body><div>Loading...</div><h1>肝细胞癌的免疫治疗</h1><p>正文。</p></body></html>"
    doc = read_document(write(tmp_path, "saved.txt", page.encode("gbk")))  # HTML content in a .txt
    assert doc.format == "html" and doc.encoding == "gb18030"
    assert doc.title == "肝细胞癌的免疫治疗"
    assert doc.text == "Loading...\n\n肝细胞癌的免疫治疗\n\n正文。"


def test_unclosed_title_does_not_swallow_the_page(tmp_path):
    page = b"<html><head><title>Paper title</head><body><p>Body text.</p></body></html>"
    doc = read_document(write(tmp_path, "p.htm", page))
    assert (doc.title, doc.text) == ("Paper title", "Body text.")


def test_plain_text_with_angle_brackets_is_not_html(tmp_path):
    doc = read_document(write(tmp_path, "stats.txt", b"P<0.05 and a<b>c are not tags.\n"))
    assert doc.format == "text" and doc.text == "P<0.05 and a<b>c are not tags.\n"


# --- Markdown ------------------------------------------------------------------

MARKDOWN = """---
title: Front matter title
---

# 肝细胞癌（HCC）的*免疫*治疗 #

Some **bold** and _italic_ text with a [link text](https://example.com/a_(b) "Title") and ![an image](img.png) here.
Snake_case_name stays, `code *not* emphasis`, and \\*escaped\\* stars.

> A quoted line with ~~strike~~.

- bullet one
* bullet two
  - [x] nested task
1. numbered item

| 中文 | English |
|------|:-------:|
| 肿瘤 | tumor |

```python
def f(x):  # **not** bold
    return x
```

[ref]: https://example.com/ref
See [the paper][ref] and <https://example.org/x>. Entities: &lt;3 &amp; &copy;
"""


def test_markdown_text(tmp_path):
    doc = read_document(write(tmp_path, "notes.md", MARKDOWN.encode("utf-8")))
    assert doc.format == "markdown"
    assert doc.title == "肝细胞癌（HCC）的免疫治疗"
    lines = doc.text.split("\n")
    assert lines[0] == "肝细胞癌（HCC）的免疫治疗"
    assert "Some bold and italic text with a link text and  here." in lines
    assert "Snake_case_name stays, code *not* emphasis, and *escaped* stars." in lines
    assert "A quoted line with strike." in lines
    assert "bullet one" in lines and "bullet two" in lines and "  nested task" in lines
    assert "1. numbered item" in lines
    assert "中文\tEnglish" in lines and "肿瘤\ttumor" in lines
    assert "def f(x):  # **not** bold" in lines
    assert "See the paper and https://example.org/x. Entities: <3 & ©" in lines
    for gone in ("```", "https://example.com", "img.png", "an image", "|---", "title:", "# 肝", "**bold", "> A", "- bullet", "[x]"):
        assert gone not in doc.text


def test_markdown_setext_heading_and_front_matter_title(tmp_path):
    doc = read_document(write(tmp_path, "a.markdown", "Setext 标题\n=========\n\n正文。\n".encode()))
    assert doc.title == "Setext 标题" and doc.text == "Setext 标题\n\n正文。"
    doc = read_document(write(tmp_path, "b.md", b"---\ntitle: 'From front matter'\n---\nplain body text\n"))
    assert doc.title == "From front matter" and doc.text == "plain body text"


# --- Titles, language, hash ----------------------------------------------------


def test_title_skips_page_furniture(tmp_path):
    text = "网刊加载中。。。\n\n使用Chrome浏览器效果最佳,继续浏览\n\nEN\n胰腺神经内分泌肿瘤合并肝转移的治疗研究进展\n正文"
    assert read_document(write(tmp_path, "a.txt", text.encode())).title == "胰腺神经内分泌肿瘤合并肝转移的治疗研究进展"
    text = "Loading...\n\nTable of Content\n\n28 December 2022, Volume 36 Issue 6\nImmunotherapy in Gastric Cancer Report\n"
    assert read_document(write(tmp_path, "b.txt", text.encode())).title == "Immunotherapy in Gastric Cancer Report"


def test_title_furniture_words_are_whole_words(tmp_path):
    text = "Loading...\nResearch Progress of HGF/MET Signaling Pathway\n"
    assert read_document(write(tmp_path, "a.txt", text.encode())).title == "Research Progress of HGF/MET Signaling Pathway"
    assert read_document(write(tmp_path, "b.txt", "DNA复制与肿瘤发生的关系\n".encode())).title == "DNA复制与肿瘤发生的关系"


def test_long_title_is_trimmed(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", ("word " * 100).encode()))
    assert len(doc.title) <= 120 and doc.title.endswith("…")


def test_language_and_hash(tmp_path):
    import hashlib

    data = ZH_LONG.encode("utf-8")
    doc = read_document(write(tmp_path, "zh.txt", data))
    assert doc.language == "zh"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert read_document(write(tmp_path, "en.txt", b"The tumour responded to therapy.")).language == "en"
    mixed = "肺癌是最常见的恶性肿瘤之一。Lung cancer is one of the most common malignant tumours in the world."
    assert read_document(write(tmp_path, "mixed.txt", mixed.encode())).language == "mixed"


def test_seeds_read_as_expected():
    from tests.conftest import SEEDS

    docs = {p.name[:3]: read_document(p) for p in sorted(SEEDS.glob("*.txt"))}
    assert docs["003"].title == "胰腺神经内分泌肿瘤合并肝转移的治疗研究进展"
    assert docs["003"].language == "zh" and docs["000"].language == "en"
    assert all(d.format == "text" and d.encoding == "utf-8" for d in docs.values())


# --- Folder expansion ------------------------------------------------------------


def test_iter_input_files(tmp_path):
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    for rel in ("z.txt", "a/2.md", "a/1.txt", "b/x.html", ".hidden.txt", ".git/config", "a/.DS_Store"):
        (root / rel).write_text("text", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("x", encoding="utf-8")

    files, refused = iter_input_files([root, single, tmp_path / "missing", root / "z.txt"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "corpus/a/1.txt",
        "corpus/a/2.md",
        "corpus/b/x.html",
        "corpus/z.txt",
        "single.txt",
    ]  # sorted within the folder, hidden skipped, the repeated z.txt listed once
    assert refused == [(tmp_path / "missing", "file not found")]


def test_iter_input_files_keeps_an_explicit_hidden_file(tmp_path):
    p = tmp_path / ".notes.txt"
    p.write_text("x", encoding="utf-8")
    assert iter_input_files([p]) == ([p], [])


def test_iter_input_files_does_not_follow_symlinked_folders(tmp_path):
    root = tmp_path / "r"
    root.mkdir()
    (root / "a.txt").write_text("x", encoding="utf-8")
    try:
        (root / "loop").symlink_to(root, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks")
    files, refused = iter_input_files([root])
    assert files == [root / "a.txt"] and refused == []
