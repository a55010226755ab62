<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>glossary</name>
    <message>
      <source>Abbreviations</source>
      <translation>缩写</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <source>Entry details</source>
      <translation>条目详情</translation>
    </message>
    <message>
      <source>not verified</source>
      <translation>未核实</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>已隐藏</translation>
    </message>
    <message>
      <source>no longer in any document</source>
      <translation>已不在任何文档中</translation>
    </message>
    <message>
      <source>added by you</source>
      <translation>由你添加</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>已核实</translation>
    </message>
    <message>
      <source>favourite</source>
      <translation>收藏</translation>
    </message>
    <message>
      <source>Occurrences: {occ} · definitions: {defs} · documents: {docs}</source>
      <translation>出现：{occ} · 定义：{defs} · 文档：{docs}</translation>
    </message>
    <message>
      <source>General dictionary (CC-CEDICT):</source>
      <translation>通用词典（CC-CEDICT）：</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>No dictionary entry either.</source>
      <translation>词典中也没有此词。</translation>
    </message>
    <message>
      <source>Add it to the glossary with Entry ▸ Add entry (Ctrl+N).</source>
      <translation>可通过“条目 ▸ 添加条目”（Ctrl+N）加入术语表。</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>欢迎</translation>
    </message>
    <message>
      <source>The built-in oncology documents are being mined into your glossary; results appear here when that is done.</source>
      <translation>正在从内置的肿瘤学文档中挖掘术语，完成后结果会显示在这里。</translation>
    </message>
    <message>
      <source>Add your own papers with File ▸ Import (Ctrl+O), or drag files and folders onto this window.</source>
      <translation>可通过“文件 ▸ 导入”（Ctrl+O）添加你自己的论文，或将文件和文件夹拖到本窗口。</translation>
    </message>
    <message>
      <source>Type in English, Chinese, pinyin or an abbreviation; Ctrl+L returns to the search box.</source>
      <translation>可输入英文、中文、拼音或缩写；按 Ctrl+L 回到搜索框。</translation>
    </message>
    <message>
      <source>yours</source>
      <translation>你的</translation>
    </message>
    <message>
      <source>Not in the glossary: {query}</source>
      <translation>术语表中没有：{query}</translation>
    </message>
    <message>
      <source>comma-separated, e.g. lung, trial</source>
      <translation>用逗号分隔，例如：肺, 试验</translation>
    </message>
    <message>
      <source>Export glossary</source>
      <translation>导出术语表</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>格式(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>文件(&amp;I)：</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>Include &amp;hidden entries</source>
      <translation>包括隐藏条目(&amp;H)</translation>
    </message>
    <message>
      <source>Only &amp;favourites</source>
      <translation>仅收藏(&amp;V)</translation>
    </message>
    <message>
      <source>Export format</source>
      <translation>导出格式</translation>
    </message>
    <message>
      <source>Export file</source>
      <translation>导出文件</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>导出到</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>导入报告</translation>
    </message>
    <message>
      <source>Refused files</source>
      <translation>被拒绝的文件</translation>
    </message>
    <message>
      <source>Edit entry</source>
      <translation>编辑条目</translation>
    </message>
    <message>
      <source>Add entry</source>
      <translation>添加条目</translation>
    </message>
    <message>
      <source>&amp;Abbreviation:</source>
      <translation>缩写(&amp;A)：</translation>
    </message>
    <message>
      <source>&amp;English:</source>
      <translation>英文(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Chinese:</source>
      <translation>中文(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Tags:</source>
      <translation>标签(&amp;T)：</translation>
    </message>
    <message>
      <source>Abbreviation</source>
      <translation>缩写</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Give at least one of abbreviation, English or Chinese.</source>
      <translation>请至少填写缩写、英文或中文之一。</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>请选择导出文件。</translation>
    </message>
    <message>
      <source>Cancelled: the documents mined so far are kept; the rest were not read.</source>
      <translation>已取消：已挖掘的文档均已保留，其余文档未读取。</translation>
    </message>
    <message>
      <source>Documents mined: {n} · unchanged: {u} · definitions found: {d} · entries in the glossary: {e}</source>
      <translation>挖掘文档：{n} · 未变：{u} · 找到定义：{d} · 术语表条目：{e}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <source>Files refused: {n}</source>
      <translation>被拒绝的文件：{n}</translation>
    </message>
    <message>
      <source>Document text</source>
      <translation>文档正文</translation>
    </message>
    <message>
      <source>Document title</source>
      <translation>文档标题</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文档</translation>
    </message>
    <message>
      <source>{title} — Document</source>
      <translation>{title} — 文档</translation>
    </message>
    <message>
      <source>Left context</source>
      <translation>左语境</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>术语</translation>
    </message>
    <message>
      <source>Right context</source>
      <translation>右语境</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Sort by the words just before the term</source>
      <translation>按术语前面的词排序</translation>
    </message>
    <message>
      <source>Sort by the term as written</source>
      <translation>按术语写法排序</translation>
    </message>
    <message>
      <source>Sort by the words just after the term</source>
      <translation>按术语后面的词排序</translation>
    </message>
    <message>
      <source>Sort by document</source>
      <translation>按文档排序</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>E&amp;ntry</source>
      <translation>条目(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Lookup</source>
      <translation>查询(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Study</source>
      <translation>学习(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Toolbar</source>
      <translation>工具栏</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>English examples</source>
      <translation>英文例句</translation>
    </message>
    <message>
      <source>Chinese examples</source>
      <translation>中文例句</translation>
    </message>
    <message>
      <source>Examples in context</source>
      <translation>语境例句</translation>
    </message>
    <message>
      <source>Examples in context — double-click one to open its document</source>
      <translation>语境例句 — 双击打开所在文档</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancel the running job</source>
      <translation>取消正在运行的任务</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Preparing the glossary: mining the built-in documents…</source>
      <translation>正在准备术语表：挖掘内置文档…</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <source>&amp;Import files…</source>
      <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
      <source>Mine documents into the glossary</source>
      <translation>从文档中挖掘术语</translation>
    </message>
    <message>
      <source>Import &amp;folder…</source>
      <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
      <source>Mine every document in a folder</source>
      <translation>挖掘文件夹中的所有文档</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <source>Export the glossary to a file</source>
      <translation>将术语表导出到文件</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>Close the window</source>
      <translation>关闭窗口</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <source>Go to the search box</source>
      <translation>转到搜索框</translation>
    </message>
    <message>
      <source>&amp;Back</source>
      <translation>后退(&amp;B)</translation>
    </message>
    <message>
      <source>Previous entry</source>
      <translation>上一个条目</translation>
    </message>
    <message>
      <source>&amp;Forward</source>
      <translation>前进(&amp;F)</translation>
    </message>
    <message>
      <source>Next entry</source>
      <translation>下一个条目</translation>
    </message>
    <message>
      <source>Look up &amp;clipboard</source>
      <translation>查询剪贴板(&amp;C)</translation>
    </message>
    <message>
      <source>Look up the selected text or the clipboard</source>
      <translation>查询选中的文字或剪贴板内容</translation>
    </message>
    <message>
      <source>F&amp;ollow clipboard</source>
      <translation>跟随剪贴板(&amp;O)</translation>
    </message>
    <message>
      <source>Look up whatever is copied</source>
      <translation>自动查询复制的内容</translation>
    </message>
    <message>
      <source>Fa&amp;vourites</source>
      <translation>收藏夹(&amp;V)</translation>
    </message>
    <message>
      <source>List your favourite entries</source>
      <translation>列出收藏的条目</translation>
    </message>
    <message>
      <source>Show &amp;hidden entries</source>
      <translation>显示隐藏条目(&amp;H)</translation>
    </message>
    <message>
      <source>Include hidden entries in results</source>
      <translation>在结果中包括隐藏条目</translation>
    </message>
    <message>
      <source>&amp;Open source document</source>
      <translation>打开来源文档(&amp;O)</translation>
    </message>
    <message>
      <source>Open the selected example in its document</source>
      <translation>在所在文档中打开选中的例句</translation>
    </message>
    <message>
      <source>Sort examples by &amp;left context</source>
      <translation>按左语境排序例句(&amp;L)</translation>
    </message>
    <message>
      <source>Group examples by the words before the term</source>
      <translation>按术语前面的词对例句分组</translation>
    </message>
    <message>
      <source>Sort examples by &amp;right context</source>
      <translation>按右语境排序例句(&amp;R)</translation>
    </message>
    <message>
      <source>Group examples by the words after the term</source>
      <translation>按术语后面的词对例句分组</translation>
    </message>
    <message>
      <source>Go to &amp;results</source>
      <translation>转到结果(&amp;R)</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the results list</source>
      <translation>将键盘焦点移到结果列表</translation>
    </message>
    <message>
      <source>Go to &amp;details</source>
      <translation>转到详情(&amp;D)</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the entry details</source>
      <translation>将键盘焦点移到条目详情</translation>
    </message>
    <message>
      <source>Go to e&amp;xamples</source>
      <translation>转到例句(&amp;X)</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the examples</source>
      <translation>将键盘焦点移到例句</translation>
    </message>
    <message>
      <source>&amp;Edit entry…</source>
      <translation>编辑条目(&amp;E)…</translation>
    </message>
    <message>
      <source>Edit forms, notes and tags</source>
      <translation>编辑词形、备注和标签</translation>
    </message>
    <message>
      <source>&amp;Add entry…</source>
      <translation>添加条目(&amp;A)…</translation>
    </message>
    <message>
      <source>Add a new entry</source>
      <translation>添加新条目</translation>
    </message>
    <message>
      <source>&amp;Verified</source>
      <translation>已核实(&amp;V)</translation>
    </message>
    <message>
      <source>Mark the entry as checked by you (or unmark it)</source>
      <translation>标记为已核实（或取消标记）</translation>
    </message>
    <message>
      <source>&amp;Hide</source>
      <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
      <source>Hide the entry from results (or show it again)</source>
      <translation>在结果中隐藏该条目（或重新显示）</translation>
    </message>
    <message>
      <source>&amp;Merge selected</source>
      <translation>合并所选(&amp;M)</translation>
    </message>
    <message>
      <source>Merge the selected entries into the current one</source>
      <translation>将所选条目合并到当前条目</translation>
    </message>
    <message>
      <source>&amp;Star</source>
      <translation>收藏(&amp;S)</translation>
    </message>
    <message>
      <source>Add to favourites (or remove)</source>
      <translation>加入收藏（或移除）</translation>
    </message>
    <message>
      <source>&amp;Bigger text</source>
      <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
      <source>Increase the font size</source>
      <translation>增大字号</translation>
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
      <source>Decrease the font size</source>
      <translation>减小字号</translation>
    </message>
    <message>
      <source>&amp;Normal size</source>
      <translation>默认大小(&amp;N)</translation>
    </message>
    <message>
      <source>Reset the font size</source>
      <translation>恢复默认字号</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
      <source>Follow the system's light or dark setting</source>
      <translation>跟随系统的浅色或深色设置</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>浅色(&amp;L)</translation>
    </message>
    <message>
      <source>Light theme</source>
      <translation>浅色主题</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <source>Dark theme</source>
      <translation>深色主题</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>List every shortcut</source>
      <translation>列出所有快捷键</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <source>About this app</source>
      <translation>关于本程序</translation>
    </message>
    <message>
      <source>Favourites — type to search</source>
      <translation>收藏夹 — 输入以搜索</translation>
    </message>
    <message>
      <source>Search English, 中文, pinyin or abbreviation</source>
      <translation>搜索英文、中文、拼音或缩写</translation>
    </message>
    <message>
      <source>Cancelling after the current document…</source>
      <translation>当前文档完成后取消…</translation>
    </message>
    <message>
      <source>Nothing to look up: the clipboard is empty.</source>
      <translation>没有可查询的内容：剪贴板为空。</translation>
    </message>
    <message>
      <source>Wait until the import finishes.</source>
      <translation>请等待导入完成。</translation>
    </message>
    <message>
      <source>Unverify {name}</source>
      <translation>取消核实 {name}</translation>
    </message>
    <message>
      <source>Verify {name}</source>
      <translation>核实 {name}</translation>
    </message>
    <message>
      <source>Unhide {name}</source>
      <translation>取消隐藏 {name}</translation>
    </message>
    <message>
      <source>Hide {name}</source>
      <translation>隐藏 {name}</translation>
    </message>
    <message>
      <source>Unstar {name}</source>
      <translation>取消收藏 {name}</translation>
    </message>
    <message>
      <source>Star {name}</source>
      <translation>收藏 {name}</translation>
    </message>
    <message>
      <source>Select two or more entries to merge (Ctrl+click or Shift+arrows).</source>
      <translation>请选择两个或以上的条目进行合并（Ctrl+单击或 Shift+方向键）。</translation>
    </message>
    <message>
      <source>Import a folder</source>
      <translation>导入文件夹</translation>
    </message>
    <message>
      <source>Import documents</source>
      <translation>导入文档</translation>
    </message>
    <message>
      <source>Documents (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
      <translation>文档 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Another job is still running.</source>
      <translation>另一个任务仍在运行。</translation>
    </message>
    <message>
      <source>Oncology Glossary {version}
{entries} entries from {docs} documents
Database: {path}</source>
      <translation>肿瘤学术语表 {version}
{entries} 个条目，来自 {docs} 篇文档
数据库：{path}</translation>
    </message>
    <message>
      <source>Search the glossary ({keys})</source>
      <translation>搜索术语表（{keys}）</translation>
    </message>
    <message>
      <source>Oncology Glossary — {name}</source>
      <translation>肿瘤学术语表 — {name}</translation>
    </message>
    <message>
      <source>Finishing an interrupted import…</source>
      <translation>正在完成中断的导入…</translation>
    </message>
    <message>
      <source>Merge {n} entries into {name}</source>
      <translation>将 {n} 个条目合并到 {name}</translation>
    </message>
    <message>
      <source>Importing {n} item(s)…</source>
      <translation>正在导入 {n} 项…</translation>
    </message>
    <message>
      <source>Exporting to {name}…</source>
      <translation>正在导出到 {name}…</translation>
    </message>
    <message>
      <source>Failed: {error}</source>
      <translation>失败：{error}</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>撤销 {what}(&amp;U)</translation>
    </message>
    <message>
      <source>Undo the last change</source>
      <translation>撤销上一次更改</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>重做 {what}(&amp;R)</translation>
    </message>
    <message>
      <source>Redo the change last undone</source>
      <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>搜索失败：{error}</translation>
    </message>
    <message>
      <source>Add {name}</source>
      <translation>添加 {name}</translation>
    </message>
    <message>
      <source>Exported to {path} (entries: {n})</source>
      <translation>已导出到 {path}（条目：{n}）</translation>
    </message>
    <message>
      <source>Documents mined: {n} · refused: {r} · entries: {e}</source>
      <translation>挖掘文档：{n} · 拒绝：{r} · 条目：{e}</translation>
    </message>
    <message>
      <source>Import cancelled. </source>
      <translation>导入已取消。</translation>
    </message>
    <message>
      <source>Show the interface in {language}</source>
      <translation>界面显示为 {language}</translation>
    </message>
    <message>
      <source>Favourites: {n}</source>
      <translation>收藏：{n}</translation>
    </message>
    <message>
      <source>Results: {n}</source>
      <translation>结果：{n}</translation>
    </message>
    <message>
      <source>Most frequent entries: {n}</source>
      <translation>最常见条目：{n}</translation>
    </message>
    <message>
      <source>Not changed: {error}</source>
      <translation>未更改：{error}</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>编辑 {name}</translation>
    </message>
    <message>
      <source>exact</source>
      <translation>完全匹配</translation>
    </message>
    <message>
      <source>prefix</source>
      <translation>前缀</translation>
    </message>
    <message>
      <source>word prefix</source>
      <translation>词首</translation>
    </message>
    <message>
      <source>substring</source>
      <translation>包含</translation>
    </message>
    <message>
      <source>pinyin</source>
      <translation>拼音</translation>
    </message>
    <message>
      <source>pinyin initials</source>
      <translation>拼音首字母</translation>
    </message>
    <message>
      <source>similar spelling</source>
      <translation>拼写相近</translation>
    </message>
    <message>
      <source>dictionary</source>
      <translation>词典</translation>
    </message>
    <message>
      <source>Favourite</source>
      <translation>收藏</translation>
    </message>
    <message>
      <source>Abbr.</source>
      <translation>缩写</translation>
    </message>
    <message>
      <source>Chinese · pinyin</source>
      <translation>中文 · 拼音</translation>
    </message>
    <message>
      <source>Why it matched</source>
      <translation>匹配原因</translation>
    </message>
    <message>
      <source>Review flashcards of the glossary (spaced repetition)</source>
      <translation>复习术语表闪卡（间隔重复）</translation>
    </message>
    <message>
      <source>&amp;Study…</source>
      <translation>学习(&amp;S)…</translation>
    </message>
    <message>
      <source>Card front</source>
      <translation>卡片正面</translation>
    </message>
    <message>
      <source>Hint</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <source>Show answer (Space)</source>
      <translation>显示答案（空格）</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Edit (E)</source>
      <translation>编辑 (E)</translation>
    </message>
    <message>
      <source>Suspend (@)</source>
      <translation>暂停 (@)</translation>
    </message>
    <message>
      <source>Bury (-)</source>
      <translation>搁置 (-)</translation>
    </message>
    <message>
      <source>Hint (H)</source>
      <translation>提示 (H)</translation>
    </message>
    <message>
      <source>Congratulations! Nothing more is due in this deck now.</source>
      <translation>恭喜！此卡组目前没有到期的卡片了。</translation>
    </message>
    <message>
      <source>New {new} · Learning {learning} · Review {review}</source>
      <translation>新卡 {new} · 学习中 {learning} · 复习 {review}</translation>
    </message>
    <message>
      <source>A learning card comes back in {interval}.</source>
      <translation>学习中的卡片将在 {interval} 后再次出现。</translation>
    </message>
    <message>
      <source>Due: today and the next 30 days</source>
      <translation>到期：今天及未来 30 天</translation>
    </message>
    <message>
      <source>Reviews per day</source>
      <translation>每日复习次数</translation>
    </message>
    <message>
      <source>True retention per week</source>
      <translation>每周实际记忆保持率</translation>
    </message>
    <message>
      <source>Cards by state</source>
      <translation>各状态卡片</translation>
    </message>
    <message>
      <source>True retention</source>
      <translation>实际记忆保持率</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 个月</translation>
    </message>
    <message>
      <source>3 months</source>
      <translation>3 个月</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 年</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>历史：</translation>
    </message>
    <message>
      <source>{due} due today · {done} reviewed today · {total} reviews in all</source>
      <translation>今天到期 {due} · 今天已复习 {done} · 共复习 {total} 次</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>学习中</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>复习</translation>
    </message>
    <message>
      <source>Relearning</source>
      <translation>重新学习</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>记忆保持率</translation>
    </message>
    <message>
      <source>Cards</source>
      <translation>卡片</translation>
    </message>
    <message>
      <source>Young</source>
      <translation>未熟练</translation>
    </message>
    <message>
      <source>Mature</source>
      <translation>已掌握</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总计</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>复习次数</translation>
    </message>
    <message>
      <source>Study</source>
      <translation>学习</translation>
    </message>
    <message>
      <source>Deck</source>
      <translation>卡组</translation>
    </message>
    <message>
      <source>Search deck: type a query, Enter</source>
      <translation>搜索卡组：输入查询后按 Enter</translation>
    </message>
    <message>
      <source>Save deck</source>
      <translation>保存卡组</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>All cards</source>
      <translation>全部卡片</translation>
    </message>
    <message>
      <source>Favourites</source>
      <translation>收藏</translation>
    </message>
    <message>
      <source>Verified only</source>
      <translation>仅已核实</translation>
    </message>
    <message>
      <source>Spread reviews a little (fuzz)</source>
      <translation>稍微分散复习时间（随机化）</translation>
    </message>
    <message>
      <source>Show the example with the term blanked on the front</source>
      <translation>在正面显示挖空术语的例句</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Deck:</source>
      <translation>卡组：</translation>
    </message>
    <message>
      <source>Desired retention (0.70–0.99):</source>
      <translation>目标记忆保持率（0.70–0.99）：</translation>
    </message>
    <message>
      <source>New cards per day:</source>
      <translation>每日新卡片数：</translation>
    </message>
    <message>
      <source>Reviews per day:</source>
      <translation>每日复习数：</translation>
    </message>
    <message>
      <source>Learning steps (minutes):</source>
      <translation>学习步长（分钟）：</translation>
    </message>
    <message>
      <source>Relearning steps (minutes):</source>
      <translation>重新学习步长（分钟）：</translation>
    </message>
    <message>
      <source>Next day starts at (hour):</source>
      <translation>新的一天开始于（时）：</translation>
    </message>
    <message>
      <source>Time zone (empty = this computer's):</source>
      <translation>时区（留空 = 本机时区）：</translation>
    </message>
    <message>
      <source>Tag: {tag}</source>
      <translation>标签：{tag}</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>文档：{name}</translation>
    </message>
    <message>
      <source>Saved: {name}</source>
      <translation>已保存：{name}</translation>
    </message>
    <message>
      <source>Search: {query}</source>
      <translation>搜索：{query}</translation>
    </message>
    <message>
      <source>Not saved: {problem}</source>
      <translation>未保存：{problem}</translation>
    </message>
    <message>
      <source>{n} documents mined, {u} unchanged, {d} definitions found; the glossary has {e} entries.</source>
      <translation type="vanished">挖掘了 {n} 篇文档，{u} 篇未变，找到 {d} 条定义；术语表现有 {e} 个条目。</translation>
    </message>
    <message>
      <source>{n} files were refused:</source>
      <translation type="vanished">{n} 个文件被拒绝：</translation>
    </message>
    <message>
      <source>Exported {n} entries to {path}</source>
      <translation type="vanished">已将 {n} 个条目导出到 {path}</translation>
    </message>
    <message>
      <source>{n} documents mined, {r} refused; {e} entries.</source>
      <translation type="vanished">挖掘了 {n} 篇文档，拒绝 {r} 个；共 {e} 个条目。</translation>
    </message>
    <message>
      <source>Undo the last change ({keys})</source>
      <translation type="vanished">撤销上一次更改（{keys}）</translation>
    </message>
    <message>
      <source>Redo ({keys})</source>
      <translation type="vanished">重做（{keys}）</translation>
    </message>
    <message>
      <source>{occ} occurrences, defined {defs} times in {docs} documents</source>
      <translation type="vanished">出现 {occ} 次，在 {docs} 篇文档中定义 {defs} 次</translation>
    </message>
    <message>
      <source>{n} favourites</source>
      <translation type="vanished">{n} 个收藏</translation>
    </message>
    <message>
      <source>{n} results</source>
      <translation type="vanished">{n} 个结果</translation>
    </message>
    <message>
      <source>{n} most frequent entries</source>
      <translation type="vanished">出现最多的 {n} 个条目</translation>
    </message>
    <message>
      <source>Pinyin</source>
      <translation type="vanished">拼音</translation>
    </message>
  </context>
</TS>
