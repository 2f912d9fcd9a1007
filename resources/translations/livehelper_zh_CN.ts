<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionNames</name>
    <message>
        <source>Pause / resume scrolling</source>
        <translation>暂停 / 继续滚动</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>下一张卡片</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>上一张卡片</translation>
    </message>
    <message>
        <source>Scroll faster</source>
        <translation>滚动加快</translation>
    </message>
    <message>
        <source>Scroll slower</source>
        <translation>滚动减慢</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>字体放大</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>字体缩小</translation>
    </message>
    <message>
        <source>Start / stop the flash-sale countdown</source>
        <translation>开始 / 停止秒杀倒计时</translation>
    </message>
    <message>
        <source>Mirror the text</source>
        <translation>镜像文字</translation>
    </message>
    <message>
        <source>Switch dark / high-contrast theme</source>
        <translation>切换深色 / 高对比度主题</translation>
    </message>
    <message>
        <source>Keep the teleprompter on top</source>
        <translation>提词器保持在最前</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen</source>
        <translation>在所选屏幕上全屏</translation>
    </message>
    <message>
        <source>Show / hide the controls</source>
        <translation>显示 / 隐藏控制栏</translation>
    </message>
    <message>
        <source>Change keys</source>
        <translation>修改按键</translation>
    </message>
    <message>
        <source>Leave full screen, or close</source>
        <translation>退出全屏或关闭</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>改标题(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Remove car&amp;d</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Title of the new card:</source>
        <translation>新卡片的标题：</translation>
    </message>
    <message>
        <source>(write the talking point here)</source>
        <translation>（在这里写话术）</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>修改卡片标题</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
</context>
<context>
    <name>CatalogWorkspace</name>
    <message>
        <source>Search name, spec, merchant code or origin (Ctrl+F)</source>
        <translation>搜索名称、规格、商家编码或产地（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Show off-sale products</source>
        <translation>显示已停售商品</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>新增商品(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Take o&amp;ff sale</source>
        <translation>停售(&amp;F)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Put on s&amp;ale</source>
        <translation>恢复在售(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>未能复制</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Delete “{name} {spec}” for good? This cannot be undone.</source>
        <translation>确定永久删除“{name} {spec}”吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未能删除</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>没有导入任何数据</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>新增 {created} 个，更新 {updated} 个，{unchanged} 个未变。</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>商品.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未能导出</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>字−</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>字+</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>按键…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast (yellow on black)</source>
        <translation>高对比度（黑底黄字）</translation>
    </message>
    <message>
        <source>&amp;Mirror text</source>
        <translation>镜像文字(&amp;M)</translation>
    </message>
    <message>
        <source>Stay on &amp;top</source>
        <translation>保持最前(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hide from screen capture (OBS)</source>
        <translation>不让直播画面采集到(&amp;H)</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>主题(&amp;E)：</translation>
    </message>
    <message>
        <source>Sc&amp;reen:</source>
        <translation>屏幕(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Seconds per card:</source>
        <translation>每张卡片秒数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Flash-sale seconds:</source>
        <translation>秒杀秒数(&amp;F)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>Stop flash sale</source>
        <translation>停止秒杀</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>{speed} px/s</source>
        <translation>{speed} 像素/秒</translation>
    </message>
    <message>
        <source>{size} px</source>
        <translation>{size} 像素</translation>
    </message>
</context>
<context>
    <name>CueWorkspace</name>
    <message>
        <source>Find a product&apos;s deck…</source>
        <translation>查找商品话术…</translation>
    </message>
    <message>
        <source>Find a product&apos;s deck</source>
        <translation>查找商品话术</translation>
    </message>
    <message>
        <source>Deck text</source>
        <translation>话术正文</translation>
    </message>
    <message>
        <source># Title
What to say…

---

# Next card
…</source>
        <translation># 标题
要说的话…

---

# 下一张卡片
…</translation>
    </message>
    <message>
        <source>Cards are separated by a line with ---; a line starting with # gives the card its title. Variables: {名称} {规格} {价格} {库存} {产地} {卖点}</source>
        <translation>卡片之间用单独一行 --- 分隔；以 # 开头的一行是卡片标题。可用变量：{名称} {规格} {价格} {库存} {产地} {卖点}</translation>
    </message>
    <message>
        <source>Preview of the card as the teleprompter shows it</source>
        <translation>提词器中显示的卡片预览</translation>
    </message>
    <message>
        <source>Advertising-law findings</source>
        <translation>广告法风险用语</translation>
    </message>
    <message>
        <source>Open &amp;teleprompter (F5)</source>
        <translation>打开提词器(&amp;T)（F5）</translation>
    </message>
    <message>
        <source>&amp;Word list…</source>
        <translation>词库(&amp;W)…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Cannot open the deck</source>
        <translation>无法打开这套话术</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <source>(no cards yet)</source>
        <translation>（还没有卡片）</translation>
    </message>
    <message>
        <source>⚠ Unknown variable: {names}</source>
        <translation>⚠ 未知变量：{names}</translation>
    </message>
    <message>
        <source>Line {line}: {text}</source>
        <translation>第 {line} 行：{text}</translation>
    </message>
    <message>
        <source>Instead: {suggestion}</source>
        <translation>建议：{suggestion}</translation>
    </message>
    <message>
        <source>{word}: {reason}</source>
        <translation>{word}：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n advertising-law finding(s)</source>
        <translation>
            <numerusform>%n 处广告法风险用语</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Load their version (copy my text to the clipboard)</source>
        <translation>载入对方的版本（我的内容复制到剪贴板）</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Instead: {suggestion}</source>
        <translation>建议：{suggestion}</translation>
    </message>
    <message>
        <source>{word}: {reason}</source>
        <translation>{word}：{reason}</translation>
    </message>
</context>
<context>
    <name>DeckList</name>
    <message>
        <source>Cue decks</source>
        <translation>话术列表</translation>
    </message>
    <message>
        <source>General decks</source>
        <translation>通用话术</translation>
    </message>
    <message>
        <source>Product decks</source>
        <translation>商品话术</translation>
    </message>
    <message numerus="yes">
        <source>%n advertising-law finding(s)</source>
        <translation>
            <numerusform>%n 处广告法风险用语</numerusform>
        </translation>
    </message>
    <message>
        <source>More products: type in the search box above</source>
        <translation>还有更多商品，请在上方搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Past live sessions</source>
        <translation>历史直播</translation>
    </message>
    <message>
        <source>Enter opens a report. Select two sessions (Ctrl+click or Shift+arrow keys) to compare them.</source>
        <translation>按回车打开战报。选中两场（Ctrl+点击或 Shift+方向键）可以对比。</translation>
    </message>
    <message>
        <source>No finished live sessions yet. A session appears here when it is stopped.</source>
        <translation>还没有结束的直播。下播后，这一场会出现在这里。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>打开战报(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation>每小时件数</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <source>Items per product</source>
        <translation>各商品件数</translation>
    </message>
    <message>
        <source>A: {title}
{date}</source>
        <translation>A：{title}
{date}</translation>
    </message>
    <message>
        <source>B: {title}
{date}</source>
        <translation>B：{title}
{date}</translation>
    </message>
    <message>
        <source>Difference (B − A)</source>
        <translation>差值（B − A）</translation>
    </message>
    <message>
        <source>Comparison: {a} and {b}</source>
        <translation>对比：{a} 和 {b}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Teleprompter keys</source>
        <translation>提词器按键</translation>
    </message>
    <message>
        <source>Click a field and press the key for that action. Press up to four keys one after another to give it several keys (each one works alone). Foot pedals usually send F13–F24 or PageDown.</source>
        <translation>点一下输入框，再按下要用的键。最多可以连续按四个键，每个键都能单独使用。脚踏板一般发送 F13–F24 或 PageDown。</translation>
    </message>
    <message>
        <source>{key} is already used for “{action}”. Choose another key, or first remove it there.</source>
        <translation>{key} 已用于“{action}”。请换一个键，或先在那里删掉它。</translation>
    </message>
</context>
<context>
    <name>LineupBuilder</name>
    <message>
        <source>Search the catalog</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Search products to add…</source>
        <translation>搜索要添加的商品…</translation>
    </message>
    <message>
        <source>Products on sale</source>
        <translation>在售商品</translation>
    </message>
    <message>
        <source>Line-up</source>
        <translation>排品</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>添加(&amp;A) →</translation>
    </message>
    <message>
        <source>Add to the line-up</source>
        <translation>加入排品</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove from the line-up</source>
        <translation>从排品中移除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Saved line-ups</source>
        <translation>已保存的排品</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <source>Load the saved line-up</source>
        <translation>载入保存的排品</translation>
    </message>
    <message>
        <source>Save line-up &amp;as…</source>
        <translation>排品另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save line-up as</source>
        <translation>排品另存为</translation>
    </message>
    <message>
        <source>Catalog (products on sale)</source>
        <translation>商品库（在售）</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <source>Line-up, in the order of the platform&apos;s product list</source>
        <translation>排品（按平台商品列表的顺序）</translation>
    </message>
    <message>
        <source>{product}  ✓ in the line-up</source>
        <translation>{product}  ✓ 已在排品中</translation>
    </message>
    <message>
        <source>{name} {spec}  {price}  stock {stock}</source>
        <translation>{name} {spec}  {price}  库存 {stock}</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未能添加</translation>
    </message>
    <message>
        <source>Save line-up</source>
        <translation>保存排品</translation>
    </message>
    <message>
        <source>Name of this line-up:</source>
        <translation>这套排品的名称：</translation>
    </message>
    <message>
        <source>Line-up not saved</source>
        <translation>排品没有保存</translation>
    </message>
</context>
<context>
    <name>LineupTableModel</name>
    <message>
        <source>low</source>
        <translation>库存少</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>oversold</source>
        <translation>已超卖</translation>
    </message>
    <message>
        <source>▶ Explaining · {name}</source>
        <translation>▶ 讲解中 · {name}</translation>
    </message>
    <message>
        <source>Low-stock level: {level}</source>
        <translation>预警库存：{level}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Stock left</source>
        <translation>剩余库存</translation>
    </message>
</context>
<context>
    <name>LiveActionNames</name>
    <message>
        <source>Pick a product by its link number (0–9)</source>
        <translation>按链接号选商品（0–9）</translation>
    </message>
    <message>
        <source>Sold one of the picked product (+1)</source>
        <translation>选中的商品记一单（+1）</translation>
    </message>
    <message>
        <source>Sold several: this key, then a digit</source>
        <translation>记多件：先按这个键，再按数字</translation>
    </message>
    <message>
        <source>Undo the last tally</source>
        <translation>撤销上一条记单</translation>
    </message>
    <message>
        <source>Explain the next product</source>
        <translation>讲解下一个商品</translation>
    </message>
    <message>
        <source>Explain the previous product</source>
        <translation>讲解上一个商品</translation>
    </message>
    <message>
        <source>Explain the picked product</source>
        <translation>讲解选中的商品</translation>
    </message>
    <message>
        <source>Cancel a number or a quantity being typed</source>
        <translation>取消正在输入的编号或件数</translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Not tallied</source>
        <translation>没有记单</translation>
    </message>
    <message>
        <source>{link} {name} +{qty}</source>
        <translation>{link} {name} +{qty}</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>没有可撤销的</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的记单。</translation>
    </message>
    <message>
        <source>Undone: {link} {name} +{qty}</source>
        <translation>已撤销：{link} {name} +{qty}</translation>
    </message>
    <message>
        <source>Not switched</source>
        <translation>没有切换</translation>
    </message>
    <message>
        <source>Now explaining: {link} {name}</source>
        <translation>正在讲解：{link} {name}</translation>
    </message>
    <message>
        <source>Unfinished live stream</source>
        <translation>未结束的直播</translation>
    </message>
    <message>
        <source>Resume the unfinished live stream “{title}”?</source>
        <translation>继续上次未结束的直播《{title}》吗？</translation>
    </message>
    <message>
        <source>Not resumed</source>
        <translation>没有继续</translation>
    </message>
    <message>
        <source>End live stream</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>End “{title}” now? Tallies stay saved and the report opens.</source>
        <translation>现在结束《{title}》吗？记单都已保存，结束后打开直播战报。</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>没有结束</translation>
    </message>
</context>
<context>
    <name>LiveKeysDialog</name>
    <message>
        <source>Live keys</source>
        <translation>直播按键</translation>
    </message>
    <message>
        <source>Click a field and press the key for that action; press up to four keys one after another to give it several keys. The number keys 0–9 always pick a product. Foot pedals usually send F13–F24.</source>
        <translation>点一下输入框，再按下要用的键；最多可以连续按四个键。数字键 0–9 固定用来选商品。脚踏板一般发送 F13–F24。</translation>
    </message>
    <message>
        <source>{key} is already used for “{action}”. Choose another key, or first remove it there.</source>
        <translation>{key} 已用于“{action}”。请换一个键，或先在那里删掉它。</translation>
    </message>
</context>
<context>
    <name>LiveWindows</name>
    <message>
        <source>No report</source>
        <translation>无法打开战报</translation>
    </message>
</context>
<context>
    <name>LiveWorkspace</name>
    <message>
        <source>Press a number key to pick a product first.</source>
        <translation>请先按数字键选择商品。</translation>
    </message>
    <message>
        <source>There is no {link} in this line-up.</source>
        <translation>本场排品里没有 {link}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cue cards</source>
        <translation>话术(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>直播(&amp;L)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Orders from the platforms&apos; exports become packing tasks for the village helpers: pick lists, packing slips, tracking numbers and a batch-shipping file.</source>
        <translation>把平台导出的订单变成帮手们的打包任务：拣货单、装箱单、快递单号和批量发货文件。</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>LiveHelper</source>
        <translation>直播助手</translation>
    </message>
    <message>
        <source> — demo data</source>
        <translation> — 演示数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>导出商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LiveHelper</source>
        <translation>关于直播助手(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Demo data — not your real shop</source>
        <translation>演示数据 — 不是您的真实店铺</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>About LiveHelper</source>
        <translation>关于直播助手</translation>
    </message>
    <message>
        <source>LiveHelper {version}
Data folder: {folder}
Database: {url}</source>
        <translation>直播助手 {version}
数据文件夹：{folder}
数据库：{url}</translation>
    </message>
</context>
<context>
    <name>MinuteChart</name>
    <message>
        <source>Items sold per minute</source>
        <translation>每分钟销量</translation>
    </message>
    <message>
        <source>Items per minute</source>
        <translation>每分钟件数</translation>
    </message>
    <message>
        <source>Items per {minutes} minutes</source>
        <translation>每{minutes}分钟件数</translation>
    </message>
    <message>
        <source>Last {minutes} minutes: {total} items, at most {most} in one minute, {current} this minute</source>
        <translation>最近{minutes}分钟共 {total} 件，每分钟最多 {most} 件，本分钟 {current} 件</translation>
    </message>
    <message>
        <source>{minutes} minutes from {start}: {total} items, at most {most} in one minute</source>
        <translation>从 {start} 起 {minutes} 分钟共 {total} 件，每分钟最多 {most} 件</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes}分钟前</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>This minute: {count}</source>
        <translation>本分钟 {count} 件</translation>
    </message>
</context>
<context>
    <name>OverlayWindow</name>
    <message>
        <source>LiveHelper overlay</source>
        <translation>直播助手 直播贴片</translation>
    </message>
    <message>
        <source>Stream overlay</source>
        <translation>直播贴片</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>Green background (chroma key)</source>
        <translation>绿幕背景（色度键抠像）</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Switch background</source>
        <translation>切换背景</translation>
    </message>
    <message>
        <source>Reset size</source>
        <translation>恢复默认大小</translation>
    </message>
    <message>
        <source>Close overlay</source>
        <translation>关闭贴片</translation>
    </message>
    <message>
        <source>Move: arrow keys · Resize: Ctrl+arrow keys</source>
        <translation>移动：方向键 · 调整大小：Ctrl+方向键</translation>
    </message>
    <message>
        <source>Next product coming up</source>
        <translation>下一款马上就来</translation>
    </message>
    <message>
        <source>The live sale starts soon</source>
        <translation>直播马上开始</translation>
    </message>
    <message>
        <source>{link}: {name} {spec}, ¥{price}, {sold} sold</source>
        <translation>{link}：{name} {spec}，¥{price}，已售 {sold} 件</translation>
    </message>
    <message>
        <source>{count} sold</source>
        <translation>已售 {count} 件</translation>
    </message>
    <message>
        <source>Scan to visit the shop</source>
        <translation>扫码进店</translation>
    </message>
</context>
<context>
    <name>ProductDetailPanel</name>
    <message>
        <source>Product photo</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Shop link QR code</source>
        <translation>店铺链接二维码</translation>
    </message>
    <message>
        <source>Save &amp;QR code…</source>
        <translation>保存二维码(&amp;Q)…</translation>
    </message>
    <message>
        <source>Selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <source>Shop link</source>
        <translation>店铺链接</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Select a product</source>
        <translation>请选择一个商品</translation>
    </message>
    <message>
        <source>¥{price} · stock {stock} · {origin}</source>
        <translation>¥{price} · 库存 {stock} · {origin}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（还没有填写）</translation>
    </message>
    <message>
        <source>Drop a photo here
or choose one below</source>
        <translation>把图片拖到这里
或点下面的按钮选择</translation>
    </message>
    <message>
        <source>No shop link</source>
        <translation>没有店铺链接</translation>
    </message>
    <message>
        <source>Choose a product photo</source>
        <translation>选择商品图片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Photo not changed</source>
        <translation>图片未更换</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>QR code not saved</source>
        <translation>二维码未保存</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>&amp;On sale</source>
        <translation>在售(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. Mizhi yellow millet</source>
        <translation>例如：米脂黄小米</translation>
    </message>
    <message>
        <source>e.g. 2.5kg/bag</source>
        <translation>例如：2.5kg/袋</translation>
    </message>
    <message>
        <source>e.g. 39.90</source>
        <translation>例如：39.90</translation>
    </message>
    <message>
        <source>the SKU code the platform exports</source>
        <translation>平台导出订单里的商家编码</translation>
    </message>
    <message>
        <source>one selling point per line</source>
        <translation>每行一个卖点</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;pec</source>
        <translation>规格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Price (yuan)</source>
        <translation>价格（元）(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>库存(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Warn below</source>
        <translation>预警库存(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Merchant code</source>
        <translation>商家编码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>产地(&amp;O)</translation>
    </message>
    <message>
        <source>Selling poin&amp;ts</source>
        <translation>卖点(&amp;T)</translation>
    </message>
    <message>
        <source>Shop &amp;link</source>
        <translation>店铺链接(&amp;L)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Low stock: {stock} left (warning level {level})</source>
        <translation>库存不足：仅剩 {stock}（预警线 {level}）</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>停售</translation>
    </message>
</context>
<context>
    <name>PrompterHeader</name>
    <message>
        <source>Card number</source>
        <translation>卡片序号</translation>
    </message>
    <message>
        <source>Time left for this card</source>
        <translation>本张卡片剩余时间</translation>
    </message>
    <message>
        <source>Flash-sale countdown</source>
        <translation>秒杀倒计时</translation>
    </message>
    <message>
        <source>Hide controls</source>
        <translation>隐藏控制栏</translation>
    </message>
    <message>
        <source>No deck chosen</source>
        <translation>未选择话术</translation>
    </message>
    <message>
        <source>{title}  (⚠ {count} unknown variables)</source>
        <translation>{title}  （⚠ {count} 个未知变量）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>End of card</source>
        <translation>本张结束</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>滚动中</translation>
    </message>
    <message>
        <source>Flash sale {time}</source>
        <translation>秒杀 {time}</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>显示控制栏</translation>
    </message>
</context>
<context>
    <name>PrompterView</name>
    <message>
        <source>Cue card text</source>
        <translation>话术卡片正文</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Per product</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Made with LiveHelper</source>
        <translation>直播助手 生成</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标完成</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report: {title}</source>
        <translation>直播战报：{title}</translation>
    </message>
    <message>
        <source>{platform} · started {start} · {duration}</source>
        <translation>{platform} · {start} 开播 · 时长 {duration}</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Progress to the goal</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>保存图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>各商品销售</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Save report image</source>
        <translation>保存战报图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>图片没有保存</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>导出战报 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV 没有保存</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>{percent}% of {goal}</source>
        <translation>{percent}%（目标 {goal}）</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>讲解时长</translation>
    </message>
    <message>
        <source>Sold per explained minute</source>
        <translation>每讲解分钟件数</translation>
    </message>
    <message>
        <source>Busiest minutes</source>
        <translation>卖得最火的几分钟</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>没有销售</translation>
    </message>
</context>
<context>
    <name>RunningView</name>
    <message>
        <source>Saved state of the tallies</source>
        <translation>记单保存状态</translation>
    </message>
    <message>
        <source>Line-up with sales</source>
        <translation>排品与销量</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>已售件数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>已开播</translation>
    </message>
    <message>
        <source>Progress to the revenue goal</source>
        <translation>销售目标进度</translation>
    </message>
    <message>
        <source>Picked product</source>
        <translation>选中的商品</translation>
    </message>
    <message>
        <source>Sold one of the picked product</source>
        <translation>选中的商品记一单</translation>
    </message>
    <message>
        <source>Explain this</source>
        <translation>讲解这个</translation>
    </message>
    <message>
        <source>Explain the picked product</source>
        <translation>讲解选中的商品</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last tally</source>
        <translation>撤销上一条记单</translation>
    </message>
    <message>
        <source>Stream &amp;overlay</source>
        <translation>直播贴片(&amp;O)</translation>
    </message>
    <message>
        <source>Open the stream overlay</source>
        <translation>打开直播贴片</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史场次(&amp;H)</translation>
    </message>
    <message>
        <source>Past live streams</source>
        <translation>历史直播</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>按键(&amp;K)…</translation>
    </message>
    <message>
        <source>Change the live keys</source>
        <translation>修改直播按键</translation>
    </message>
    <message>
        <source>&amp;End live stream</source>
        <translation>结束直播(&amp;E)</translation>
    </message>
    <message>
        <source>End the live stream</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>{title} · {platform}</source>
        <translation>{title} · {platform}</translation>
    </message>
    <message>
        <source>No revenue goal</source>
        <translation>未设销售目标</translation>
    </message>
    <message>
        <source>Goal {goal}: {percent}%</source>
        <translation>目标 {goal}：{percent}%</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <source>Press a number key to pick a product</source>
        <translation>按数字键选择商品</translation>
    </message>
    <message>
        <source>Picked: {link} {name}</source>
        <translation>已选：{link} {name}</translation>
    </message>
    <message>
        <source>  × ? press a digit for the quantity</source>
        <translation>  × ? 请按数字键输入件数</translation>
    </message>
    <message>
        <source>Keys: 0–9 pick · {tally} +1 · {multiply} then a digit: several · {undo} undo · {next} / {previous} explain next / previous · {explain} explain the picked</source>
        <translation>按键：0–9 选商品 · {tally} 记一单 · {multiply} 再按数字记多件 · {undo} 撤销 · {next} / {previous} 讲解下一个 / 上一个 · {explain} 讲解选中的</translation>
    </message>
    <message>
        <source>{action} (key: {keys})</source>
        <translation>{action}（按键：{keys}）</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start a live stream</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. Millet harvest special</source>
        <translation>例如：新米丰收专场</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Revenue goal (yuan)</source>
        <translation>销售目标（元）</translation>
    </message>
    <message>
        <source>e.g. 5000 (empty: no goal)</source>
        <translation>例如 5000（不填表示不设目标）</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开播时间</translation>
    </message>
    <message>
        <source>▶ &amp;Start live stream</source>
        <translation>▶ 开始直播(&amp;S)</translation>
    </message>
    <message>
        <source>Start live stream</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <source>Revenue &amp;goal (¥)</source>
        <translation>销售目标（¥）(&amp;G)</translation>
    </message>
    <message>
        <source>Start t&amp;ime</source>
        <translation>开播时间(&amp;I)</translation>
    </message>
    <message>
        <source>Put the products in the same order as the product list of the live room on the platform, so that 1号链接 here is 1号链接 there. While live, a number key picks a product and Enter adds one sale.</source>
        <translation>请按直播间商品列表的顺序排品，这样这里的 1号链接 就是平台上的 1号链接。直播时，按数字键选商品，按回车记一单。</translation>
    </message>
    <message>
        <source>Live stream {date}</source>
        <translation>{date} 直播</translation>
    </message>
    <message>
        <source>Revenue goal: {reason}</source>
        <translation>销售目标：{reason}</translation>
    </message>
    <message>
        <source>Title: {reason}</source>
        <translation>标题：{reason}</translation>
    </message>
    <message>
        <source>Line-up: {reason}</source>
        <translation>排品：{reason}</translation>
    </message>
    <message>
        <source>The live stream did not start</source>
        <translation>直播没有开始</translation>
    </message>
</context>
<context>
    <name>TeleprompterWindow</name>
    <message>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <source>Not available here: hiding from screen capture works only on Windows 10 version 2004 or newer.</source>
        <translation>此电脑不支持：只有 Windows 10 2004 版及以上才能不让画面采集到提词器。</translation>
    </message>
    <message>
        <source>{action} (key: {keys})</source>
        <translation>{action}（按键：{keys}）</translation>
    </message>
    <message>
        <source>No cue cards to show.
Choose a deck in the Cue cards workspace.</source>
        <translation>没有可显示的话术卡片。
请在“话术”工作区选择一套话术。</translation>
    </message>
    <message>
        <source>Windows refused to hide this window from capture.</source>
        <translation>Windows 拒绝对采集隐藏此窗口。</translation>
    </message>
</context>
<context>
    <name>UpcomingWorkspace</name>
    <message>
        <source>This workspace is coming in a later version.</source>
        <translation>这个工作区将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <source>Advertising-law word list</source>
        <translation>广告法词库</translation>
    </message>
    <message>
        <source>The built-in list covers the words of the advertising law and food claims. Add words your platform warns about, or phrases that are fine in your shop (an allowed phrase is never flagged).</source>
        <translation>内置词库已包含广告法极限词和食品功效用语。您可以添加平台提示过的词，或您店里可以放心使用的说法（允许的说法不会被标出）。</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>我的词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>词或说法</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Safer wording</source>
        <translation>更稳妥的说法</translation>
    </message>
    <message>
        <source>Add a word to &amp;flag</source>
        <translation>添加要提示的词(&amp;F)</translation>
    </message>
    <message>
        <source>Add an &amp;allowed phrase</source>
        <translation>添加允许的说法(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Row {row}: say why “{word}” should be flagged</source>
        <translation>第 {row} 行：请写明为什么要提示“{word}”</translation>
    </message>
</context>
</TS>
