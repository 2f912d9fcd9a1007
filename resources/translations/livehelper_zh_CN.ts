<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveHelper</source>
        <translation>关于直播助手</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>随附的第三方库及其许可证：</translation>
    </message>
    <message>
        <source>LiveHelper {version}</source>
        <translation>直播助手 {version}</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Shows the folder with the database and its backups in the file manager</source>
        <translation>在文件管理器中打开存放数据库和备份的文件夹</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Shows the folder with the logs and problem reports in the file manager</source>
        <translation>在文件管理器中打开存放日志和问题报告的文件夹</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>附带的程序库</translation>
    </message>
    <message>
        <source>The name, version and licence of each library LiveHelper ships with; the arrow keys move through them</source>
        <translation>直播助手附带的每个程序库的名称、版本和许可证；用方向键逐行查看</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
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
    <name>AddHelperDialog</name>
    <message>
        <source>Add helper</source>
        <translation>添加帮手</translation>
    </message>
    <message>
        <source>e.g. Sister Wang</source>
        <translation>例如：王姐</translation>
    </message>
    <message>
        <source>Packer — the shipping queue</source>
        <translation>打包 — 发货队列</translation>
    </message>
    <message>
        <source>Assistant — also cue cards and tallies</source>
        <translation>助播 — 另可翻话术卡、记销量</translation>
    </message>
    <message>
        <source>Packers see the shipping queue only; assistants also the cue cards and the live tallies</source>
        <translation>打包员只看到发货队列；助播还能看到话术和直播记单</translation>
    </message>
    <message>
        <source>Show &amp;full names, phones and addresses</source>
        <translation>显示完整姓名、电话和地址(&amp;F)</translation>
    </message>
    <message>
        <source>Off: the helper&apos;s phone shows masked names and phones (王*, 138****5678) and only the city</source>
        <translation>不勾选时，帮手手机上的姓名和电话会打码（王*、138****5678），地址只显示城市</translation>
    </message>
    <message>
        <source>Never (until revoked)</source>
        <translation>永不（直到撤销）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The phone&apos;s access ends by itself after this many days (for a helper who comes for one season only)</source>
        <translation>过了这么多天，这部手机的使用权会自动结束（适合只来帮忙一季的帮手）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名字(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add and show the code</source>
        <translation>添加并显示二维码(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the helper and shows the code their phone scans</source>
        <translation>添加帮手，并显示给他手机扫的二维码</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>Interface si&amp;ze</source>
        <translation>界面大小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <source>12&amp;5%</source>
        <translation>125%(&amp;5)</translation>
    </message>
    <message>
        <source>15&amp;0%</source>
        <translation>150%(&amp;0)</translation>
    </message>
    <message>
        <source>1&amp;75%</source>
        <translation>175%(&amp;7)</translation>
    </message>
    <message>
        <source>&amp;200%</source>
        <translation>200%(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Bigger</source>
        <translation>放大(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation>缩小(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reset to 100%</source>
        <translation>恢复 100%(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;High contrast, large text</source>
        <translation>高对比度大字(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a helper</source>
        <translation>分配给帮手</translation>
    </message>
    <message numerus="yes">
        <source>Who packs these %n task(s)? Leave empty to release them.</source>
        <translation>
            <numerusform>这 %n 个任务由谁打包？留空表示取消分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a helper&apos;s name or pick one with the arrow keys; empty releases the tasks</source>
        <translation>输入帮手的名字，或用方向键选一位；留空则取消分配</translation>
    </message>
    <message>
        <source>Gives the tasks to this helper</source>
        <translation>把任务分配给这位帮手</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BindingsDialog</name>
    <message>
        <source>Keeps these keys and closes the window</source>
        <translation>保存这些按键并关闭窗口</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>The arrow keys move the editor to a card; its preview shows below</source>
        <translation>方向键把编辑器移到某张卡片；下面显示它的预览</translation>
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
        <source>Adds a card after the selected one, asking for its title</source>
        <translation>在选中的卡片后面新增一张，先问标题</translation>
    </message>
    <message>
        <source>Changes the selected card&apos;s title</source>
        <translation>修改选中卡片的标题</translation>
    </message>
    <message>
        <source>Moves the selected card one place earlier</source>
        <translation>把选中的卡片往前移一位</translation>
    </message>
    <message>
        <source>Moves the selected card one place later</source>
        <translation>把选中的卡片往后移一位</translation>
    </message>
    <message>
        <source>Removes the selected card from the deck</source>
        <translation>从这套话术里删除选中的卡片</translation>
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
        <source>Sho&amp;w off-sale products</source>
        <translation>显示已停售商品(&amp;W)</translation>
    </message>
    <message>
        <source>Lists the products taken off sale too, greyed out</source>
        <translation>也列出已停售的商品（灰色）</translation>
    </message>
    <message>
        <source>Take &amp;off sale</source>
        <translation>停售(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Stoc&amp;k…</source>
        <translation>库存(&amp;K)…</translation>
    </message>
    <message>
        <source>Adds a product to the catalog</source>
        <translation>在商品表里新增一个商品</translation>
    </message>
    <message>
        <source>Edits the selected product</source>
        <translation>编辑选中的商品</translation>
    </message>
    <message>
        <source>Adds a copy of the selected product, to change its spec or price</source>
        <translation>复制选中的商品，再改规格或价格</translation>
    </message>
    <message>
        <source>Takes the selected product off sale, or puts it back on sale</source>
        <translation>把选中的商品停售，或恢复在售</translation>
    </message>
    <message>
        <source>Deletes the selected product after asking</source>
        <translation>确认后删除选中的商品</translation>
    </message>
    <message>
        <source>Adds or updates products from a CSV file</source>
        <translation>从 CSV 文件新增或更新商品</translation>
    </message>
    <message>
        <source>Saves all products to a CSV file that Excel opens</source>
        <translation>把全部商品存成 Excel 能打开的 CSV 文件</translation>
    </message>
    <message>
        <source>Shows the stock ledger of the selected product (or of all) and takes a receipt or a count</source>
        <translation>显示所选商品（或全部商品）的库存流水，并可登记入库或盘点</translation>
    </message>
    <message>
        <source>Enter edits the product in the row; its details show beside</source>
        <translation>按回车编辑这一行的商品；详情显示在旁边</translation>
    </message>
    <message>
        <source>No products yet. Press Ctrl+N to add the first product, or import a CSV file (Import CSV…).</source>
        <translation>还没有商品。按 Ctrl+N 新增第一个商品，或者导入 CSV 文件（导入 CSV…）。</translation>
    </message>
    <message>
        <source>Put &amp;on sale</source>
        <translation>恢复在售(&amp;O)</translation>
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
    <name>CommandNames</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>主窗口通用</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Live: building the line-up</source>
        <translation>直播：排商品</translation>
    </message>
    <message>
        <source>Live: during the stream</source>
        <translation>直播：开播中</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Global hotkeys (foot pedal, big button)</source>
        <translation>全局热键（脚踏板、大按钮）</translation>
    </message>
    <message>
        <source>Show the products</source>
        <translation>切换到商品</translation>
    </message>
    <message>
        <source>Show the cue cards</source>
        <translation>切换到话术</translation>
    </message>
    <message>
        <source>Show the live workspace</source>
        <translation>切换到直播</translation>
    </message>
    <message>
        <source>Show the shipping queue</source>
        <translation>切换到发货</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Open this page of keyboard shortcuts</source>
        <translation>打开这个快捷键页面</translation>
    </message>
    <message>
        <source>Quit LiveHelper</source>
        <translation>退出直播助手</translation>
    </message>
    <message>
        <source>Make everything bigger</source>
        <translation>全部放大</translation>
    </message>
    <message>
        <source>Make everything smaller</source>
        <translation>全部缩小</translation>
    </message>
    <message>
        <source>Back to normal size (100%)</source>
        <translation>恢复正常大小（100%）</translation>
    </message>
    <message>
        <source>High contrast, large text on or off</source>
        <translation>开关高对比度大字</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Edit the selected product</source>
        <translation>编辑选中的商品</translation>
    </message>
    <message>
        <source>Duplicate the selected product</source>
        <translation>复制选中的商品</translation>
    </message>
    <message>
        <source>Take off sale or put back on sale</source>
        <translation>下架或重新上架</translation>
    </message>
    <message>
        <source>Delete the selected product</source>
        <translation>删除选中的商品</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>从 CSV 导入商品</translation>
    </message>
    <message>
        <source>Export products to CSV</source>
        <translation>把商品导出为 CSV</translation>
    </message>
    <message>
        <source>Search the products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Stock: the ledger, a receipt or a count</source>
        <translation>库存：流水、入库或盘点</translation>
    </message>
    <message>
        <source>Open the teleprompter</source>
        <translation>打开提词器</translation>
    </message>
    <message>
        <source>Save the cue card now</source>
        <translation>立即保存话术</translation>
    </message>
    <message>
        <source>Remove from the line-up</source>
        <translation>从上播顺序中移除</translation>
    </message>
    <message>
        <source>Move up in the line-up</source>
        <translation>在上播顺序中上移</translation>
    </message>
    <message>
        <source>Move down in the line-up</source>
        <translation>在上播顺序中下移</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Enter an order by hand</source>
        <translation>手工录单</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Reconcile tallies with orders</source>
        <translation>记数与订单对账</translation>
    </message>
    <message>
        <source>Export the shipping file</source>
        <translation>导出发货文件</translation>
    </message>
    <message>
        <source>Start packing</source>
        <translation>开始打包</translation>
    </message>
    <message>
        <source>Mark packed</source>
        <translation>标为已打包</translation>
    </message>
    <message>
        <source>Ship: courier and tracking number</source>
        <translation>发货：填快递公司和单号</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>标记异常</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>恢复待打包</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Assign to a helper</source>
        <translation>分配给帮手</translation>
    </message>
    <message>
        <source>History of the task</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <source>Merge parcels</source>
        <translation>合并包裹</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Move the selected tasks one step on</source>
        <translation>选中的任务进入下一步</translation>
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
        <source>The screen the teleprompter fills, e.g. the one facing you</source>
        <translation>提词器铺满的屏幕，例如对着你的那块</translation>
    </message>
    <message>
        <source>How long each card shows when the teleprompter moves on by itself</source>
        <translation>提词器自动翻页时每张卡片显示多久</translation>
    </message>
    <message>
        <source>Length of the flash-sale countdown</source>
        <translation>秒杀倒计时的长度</translation>
    </message>
    <message>
        <source>Keeps OBS and the streaming client from capturing this window, where the system allows it</source>
        <translation>在系统允许时，不让 OBS 和直播软件采集到这个窗口</translation>
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
        <source>speed {step}</source>
        <translation>{step} 档</translation>
    </message>
    <message>
        <source>{size} px</source>
        <translation>{size} 像素</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LiveHelper hit a problem</source>
        <translation>直播助手遇到了问题</translation>
    </message>
    <message>
        <source>Something unexpected happened. What was already saved is safe, and you can keep working.
If it happens again, please send this report to whoever helps you with LiveHelper (it holds no buyer names, phones or addresses):</source>
        <translation>发生了意外错误。已经保存的数据是安全的，您可以继续使用。
如果再次出现，请把这份报告发给帮您维护直播助手的人（报告里没有买家姓名、电话和地址）：</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Shows the report file in the file manager, to send it on</source>
        <translation>在文件管理器中显示报告文件，方便转发</translation>
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
        <source>The deck&apos;s cards as text, saved as you type; words the advertising law forbids are marked</source>
        <translation>这套话术的卡片文字，边打边保存；广告法禁用词会标出来</translation>
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
        <source>Enter on a finding selects the word in the deck text</source>
        <translation>在一条提示上按回车，会在话术里选中那个词</translation>
    </message>
    <message>
        <source>&amp;Open teleprompter</source>
        <translation>打开提词器(&amp;O)</translation>
    </message>
    <message>
        <source>Shows this deck in big scrolling text beside the stream</source>
        <translation>用滚动的大字显示这套话术，放在直播画面旁边</translation>
    </message>
    <message>
        <source>Word l&amp;ist…</source>
        <translation>词库(&amp;I)…</translation>
    </message>
    <message>
        <source>Your own words to flag or to allow in the advertising-law check</source>
        <translation>广告法检查里你自己要提醒或允许的词</translation>
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
    <name>DeckExamples</name>
    <message>
        <source>Example — type over it:
# Hello
Good evening, everyone! Welcome to our village&apos;s live room.

---

# Tonight
Tonight we have five products; tap the cart at the bottom left to see them.

---

# Follow
New here? Tap follow: we are live every Tuesday, Thursday and Saturday at 8.</source>
        <translation>示例（直接输入即可替换）：
# 开场问好
家人们晚上好！欢迎来到咱们村的直播间。

---

# 今天有什么
今晚一共上五款，点一下左下角的小黄车就能看到全部链接。

---

# 关注提醒
新来的家人点个关注，每周二、四、六晚上八点都在这儿。</translation>
    </message>
    <message>
        <source>Example — type over it:
# Welcome
Welcome, new friends! Ask anything in the comments.

---

# Likes
Help us with a like: at 10,000 likes we give away three bags of crisps.</source>
        <translation>示例（直接输入即可替换）：
# 欢迎新粉
欢迎新进来的家人！有什么想问的打在公屏上。

---

# 点赞
家人们帮忙点点赞，点到一万赞，我给大家抽三袋小米锅巴。</translation>
    </message>
    <message>
        <source>Example — type over it:
# Flash sale
For the next five minutes only: link 1 at a special price, 50 bags in all.

---

# Last few
Only a few left — grab yours now!</source>
        <translation>示例（直接输入即可替换）：
# 福利秒杀
接下来五分钟，1号链接福利价，一共只有 50 袋。

---

# 最后几单
只剩最后几单了，喜欢的家人抓紧拍！</translation>
    </message>
    <message>
        <source>Example — type over it:
# Order now
The price is for tonight only: tap the link and pay.

---

# Shipping
Ordered tonight, shipped tomorrow morning from our village.</source>
        <translation>示例（直接输入即可替换）：
# 催单
这个价格只有今晚有，点链接直接拍。

---

# 发货
今晚下单，明天一早从咱村里发货。</translation>
    </message>
    <message>
        <source>Example — type over it:
# Thank you
Thank you all for coming tonight!

---

# Next time
See you on Thursday at 8: follow so you do not miss it.</source>
        <translation>示例（直接输入即可替换）：
# 感谢
谢谢家人们今晚来捧场！

---

# 下次见
周四晚上八点再见，点个关注别错过。</translation>
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
</context>
<context>
    <name>DeckList</name>
    <message>
        <source>Cue decks</source>
        <translation>话术列表</translation>
    </message>
    <message>
        <source>The arrow keys open a deck in the editor; general decks come first</source>
        <translation>方向键在编辑器里打开一套话术；通用话术排在前面</translation>
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
    <name>DisplayOptions</name>
    <message>
        <source>Screen {number} ({width}×{height})</source>
        <translation>屏幕 {number}（{width}×{height}）</translation>
    </message>
    <message>
        <source>, main screen</source>
        <translation>，主屏幕</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>WeChat / phone</source>
        <translation>微信/电话</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>{parcels} parcels · printed {time}</source>
        <translation>共 {parcels} 个包裹 · 打印于 {time}</translation>
    </message>
    <message>
        <source>Total: {units} items, {products} products</source>
        <translation>合计：{units} 件，{products} 种商品</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>第 {number}/{pages} 页</translation>
    </message>
    <message>
        <source>No packing tasks chosen</source>
        <translation>没有选中的打包任务</translation>
    </message>
    <message>
        <source>{platform} order {numbers}</source>
        <translation>{platform}订单 {numbers}</translation>
    </message>
    <message>
        <source>Buyer: {buyer}</source>
        <translation>收件人：{buyer}</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>地址：{address}</translation>
    </message>
    <message>
        <source>Helper: {helper}   Printed: {time}</source>
        <translation>帮手：{helper}   打印：{time}</translation>
    </message>
    <message>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>100×150 mm label</source>
        <translation>100×150 mm 热敏面单</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张(&amp;S)：</translation>
    </message>
    <message>
        <source>A4 for an office printer, 100×150 mm for a label printer</source>
        <translation>普通打印机用 A4，标签打印机用 100×150 毫米</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ 上一页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>下一页(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Shows the page before this one</source>
        <translation>显示上一页</translation>
    </message>
    <message>
        <source>Shows the page after this one</source>
        <translation>显示下一页</translation>
    </message>
    <message>
        <source>Saves all pages as a PDF file, to print elsewhere or send</source>
        <translation>把所有页存成 PDF 文件，拿去别处打印或发送</translation>
    </message>
    <message>
        <source>Sends all pages to a printer</source>
        <translation>把所有页发到打印机</translation>
    </message>
    <message>
        <source>Closes the window (Esc)</source>
        <translation>关闭窗口（Esc）</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Pick list: {parcels} parcels, {units} items</source>
        <translation>拣货单：{parcels} 个包裹，共 {units} 件</translation>
    </message>
    <message>
        <source>Packing slips: {count} parcels</source>
        <translation>发货单：{count} 个包裹</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>第 {number}/{pages} 页</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 没有保存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save a PDF instead, or add the printer in the system settings and try again.</source>
        <translation>这台电脑还没有设置打印机。可以先保存为 PDF，或在系统设置里添加打印机后再试。</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer</source>
        <translation>已发送 {pages} 页到打印机</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Helper</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Search order no., item or helper (Ctrl+F)</source>
        <translation>搜索订单号、商品或负责人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>All live sessions</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>All helpers</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>GlobalActionNames</name>
    <message>
        <source>typing in every other program</source>
        <translation>其他所有程序里的打字</translation>
    </message>
    <message>
        <source>Explain the next product</source>
        <translation>讲解下一个商品</translation>
    </message>
    <message>
        <source>Sold one of the product being explained (+1)</source>
        <translation>正在讲解的商品记一单（+1）</translation>
    </message>
    <message>
        <source>Undo the last tally</source>
        <translation>撤销上一条记单</translation>
    </message>
    <message>
        <source>Next cue card</source>
        <translation>下一张话术卡片</translation>
    </message>
    <message>
        <source>Pause / resume the teleprompter</source>
        <translation>暂停 / 继续提词器</translation>
    </message>
    <message>
        <source>{key} cannot be a global hotkey: Windows has no key code for it. Use F1–F24 (foot pedals send F13–F24), a media key, or a letter, digit or F-key together with Ctrl or Alt.</source>
        <translation>{key} 不能设为全局快捷键：Windows 没有这个键的键码。请使用 F1–F24（脚踏板发送 F13–F24）、媒体键，或与 Ctrl、Alt 组合的字母、数字或 F 键。</translation>
    </message>
    <message>
        <source>{key} cannot be a global hotkey: taken from the whole system, it would stop working in every other program, the streaming client included. Use F1–F24 (foot pedals send F13–F24), a media key, or a key together with Ctrl or Alt.</source>
        <translation>{key} 不能设为全局快捷键：它被整个系统占用后，在其他所有程序（包括直播客户端）里都将失灵。请使用 F1–F24（脚踏板发送 F13–F24）、媒体键，或与 Ctrl、Alt 组合的键。</translation>
    </message>
    <message>
        <source>{key} is already used for “{action}”. Choose another key, or first remove it there.</source>
        <translation>{key} 已用于“{action}”。请换一个键，或先在那里删掉它。</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <source>Global hotkeys work only on Windows. Here these keys work while LiveHelper has the focus.</source>
        <translation>全局快捷键只在 Windows 上可用。在这台电脑上，这些键只在直播助手窗口处于焦点时有效。</translation>
    </message>
    <message>
        <source>{key} is the same key for Windows as {other}, so it was left out.</source>
        <translation>对 Windows 来说 {key} 与 {other} 是同一个键，因此 {key} 未被启用。</translation>
    </message>
    <message>
        <source>{key} could not be made a global hotkey: another program probably uses it already. Choose another key; until then it works while LiveHelper has the focus.</source>
        <translation>{key} 无法设为全局快捷键：可能已被其他程序占用。请换一个键；在此之前，它只在直播助手窗口处于焦点时有效。</translation>
    </message>
</context>
<context>
    <name>HelpersDialog</name>
    <message>
        <source>Helpers and LAN</source>
        <translation>帮手与局域网</translation>
    </message>
    <message>
        <source>Helper page on the local network</source>
        <translation>局域网帮手页面</translation>
    </message>
    <message>
        <source>&amp;Turn on the helper service</source>
        <translation>开启帮手服务(&amp;T)</translation>
    </message>
    <message>
        <source>Lets helpers&apos; phones on this network open the packing queue</source>
        <translation>让同一网络里帮手的手机打开打包队列</translation>
    </message>
    <message>
        <source>{host} (only this PC)</source>
        <translation>{host}（仅本机）</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>The network address phones use to reach this PC</source>
        <translation>手机连到这台电脑用的网络地址</translation>
    </message>
    <message>
        <source>The port of the helper page; change it only if another program uses it</source>
        <translation>帮手页面的端口；只有别的程序占用时才改</translation>
    </message>
    <message>
        <source>On. Phones on this Wi-Fi open: {url}</source>
        <translation>已开启。同一 Wi-Fi 下的手机打开：{url}</translation>
    </message>
    <message>
        <source>Only this PC can reach it: choose the LAN address for phones.</source>
        <translation>只有这台电脑能打开：给手机用请选择局域网地址。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开启…</translation>
    </message>
    <message>
        <source>Off. Helpers&apos; phones cannot reach this PC.</source>
        <translation>已关闭。帮手的手机连不上这台电脑。</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>帮手</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>&amp;Helpers who can open the helper page:</source>
        <translation>可以打开帮手页面的帮手(&amp;H)：</translation>
    </message>
    <message>
        <source>The arrow keys select a helper to revoke</source>
        <translation>用方向键选中要取消的帮手</translation>
    </message>
    <message>
        <source>&amp;Add helper…</source>
        <translation>添加帮手(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Adds a helper and shows a QR code for their phone</source>
        <translation>添加帮手，并显示给他手机扫的二维码</translation>
    </message>
    <message>
        <source>Takes the selected helper&apos;s access away after asking</source>
        <translation>确认后取消选中帮手的权限</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助播</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Revoke helper</source>
        <translation>撤销帮手</translation>
    </message>
    <message>
        <source>Revoke {name}? Their phone stops working at once; to pair it again, add them again.</source>
        <translation>撤销{name}？其手机立即无法使用；要重新配对，请重新添加。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Past live sessions</source>
        <translation>历史直播</translation>
    </message>
    <message>
        <source>Enter opens the report of the session in the row; Shift with the arrow keys selects two sessions to compare</source>
        <translation>按 Enter 打开这一行那场直播的战报；按住 Shift 加方向键选两场来对比</translation>
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
        <source>The figures of both sessions and their difference, then the items sold per product</source>
        <translation>两场直播的各项数字和差值，然后是每个商品的售出件数</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>打开战报(&amp;O)</translation>
    </message>
    <message>
        <source>Shows the report of the selected session</source>
        <translation>显示选中那场直播的战报</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>Shows the two selected sessions side by side</source>
        <translation>把选中的两场直播并排对比</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Closes the window (Esc)</source>
        <translation>关闭窗口（Esc）</translation>
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
    <message>
        <source>History of task #{id} ({order_no})</source>
        <translation>任务 #{id}（{order_no}）的历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Task history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <source>Each change of the task: when, who, from which state to which and why; the arrow keys move through them</source>
        <translation>任务的每一次变动：时间、操作人、从什么状态到什么状态、原因；用方向键逐行查看</translation>
    </message>
    <message>
        <source>System (import)</source>
        <translation>系统（导入）</translation>
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
    <name>KeyboardSetup</name>
    <message>
        <source>{key} cannot be given to a live action: the number keys 0–9 pick a product by its link number during the stream.</source>
        <translation>{key} 不能设给直播动作：开播时数字键 0–9 用来按链接号选商品。</translation>
    </message>
    <message>
        <source>These keys work even while the streaming client has the focus.</source>
        <translation>即使焦点在直播软件里，这些键也有效。</translation>
    </message>
    <message>
        <source>The number keys 0–9 always pick a product by its link number.</source>
        <translation>数字键 0–9 总是按链接号选商品。</translation>
    </message>
    <message>
        <source>These keys work while the teleprompter window has the focus.</source>
        <translation>提词器窗口在前台时这些键有效。</translation>
    </message>
    <message>
        <source>Global hotkeys</source>
        <translation>全局热键</translation>
    </message>
</context>
<context>
    <name>LanController</name>
    <message>
        <source>Port {port} is already in use by another program (or another LiveHelper). Choose another port and switch the service on again.</source>
        <translation>端口 {port} 已被其他程序（或另一个直播助手）占用。请换一个端口，再重新开启服务。</translation>
    </message>
    <message>
        <source>This PC no longer has the address {host}. Choose another address.</source>
        <translation>这台电脑已经没有地址 {host} 了。请选择其他地址。</translation>
    </message>
    <message>
        <source>The helper service could not listen on {where}.</source>
        <translation>帮手服务无法在 {where} 上监听。</translation>
    </message>
    <message>
        <source>The helper service could not start: {reason}</source>
        <translation>帮手服务无法开启：{reason}</translation>
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
        <source>Enter adds the product to the end of the line-up</source>
        <translation>按回车把商品加到排品最后</translation>
    </message>
    <message>
        <source>Line-up</source>
        <translation>排品</translation>
    </message>
    <message>
        <source>The products of this stream in the platform&apos;s order; Delete removes one, Ctrl+Up and Ctrl+Down move it</source>
        <translation>本场直播的商品，顺序和平台一致；Delete 删除，Ctrl+上/下 移动</translation>
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
        <source>Line-ups you saved before, to load for a stream like an earlier one</source>
        <translation>以前保存的排品，开类似的直播时载入</translation>
    </message>
    <message>
        <source>Loa&amp;d</source>
        <translation>载入(&amp;D)</translation>
    </message>
    <message>
        <source>Load the saved line-up</source>
        <translation>载入保存的排品</translation>
    </message>
    <message>
        <source>Save line-up as</source>
        <translation>排品另存为</translation>
    </message>
    <message>
        <source>Save li&amp;ne-up as…</source>
        <translation>排品另存为(&amp;N)…</translation>
    </message>
    <message>
        <source>Adds the selected product to the end of the line-up</source>
        <translation>把选中的商品加到排品最后</translation>
    </message>
    <message>
        <source>Takes the selected product out of the line-up (Delete)</source>
        <translation>把选中的商品移出排品（Delete）</translation>
    </message>
    <message>
        <source>Moves the selected product one place earlier (Ctrl+Up)</source>
        <translation>把选中的商品往前移一位（Ctrl+上）</translation>
    </message>
    <message>
        <source>Moves the selected product one place later (Ctrl+Down)</source>
        <translation>把选中的商品往后移一位（Ctrl+下）</translation>
    </message>
    <message>
        <source>Replaces the line-up with the chosen saved one</source>
        <translation>用选中的已存排品替换当前排品</translation>
    </message>
    <message>
        <source>Keeps this line-up under a name, to load it for a later stream</source>
        <translation>给这份排品起个名字保存，以后直播再载入</translation>
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
        <source>LiveHelper was closed while “{title}” was on air; its tallies are saved. Resume it, or end it now and see its report?</source>
        <translation>直播助手关闭时“{title}”还在直播，已记的数都保存着。继续这场直播，还是现在结束并查看报告？</translation>
    </message>
    <message>
        <source>&amp;Resume the stream</source>
        <translation>继续直播(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End it and show the report</source>
        <translation>结束并查看报告(&amp;E)</translation>
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
        <source>No quantity typed: the × wait ended, nothing was tallied.</source>
        <translation>没有输入数量：× 等待已结束，没有记数。</translation>
    </message>
    <message>
        <source>There is no {link} in this line-up.</source>
        <translation>本场排品里没有 {link}。</translation>
    </message>
    <message>
        <source>{name} is sold out</source>
        <translation>{name} 已售罄</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
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
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;backup folder</source>
        <translation>打开备份文件夹(&amp;B)</translation>
    </message>
    <message>
        <source>Move to a new PC: e&amp;xport everything…</source>
        <translation>搬到新电脑：导出全部数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Move from another PC: i&amp;mport everything…</source>
        <translation>从旧电脑搬来：导入全部数据(&amp;M)…</translation>
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
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Helpers…</source>
        <translation>帮手(&amp;H)…</translation>
    </message>
    <message>
        <source>Group &amp;robots…</source>
        <translation>群机器人(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Welcome page…</source>
        <translation>欢迎页(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;About LiveHelper</source>
        <translation>关于直播助手(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
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
        <source>&amp;Shipping</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Demo data — not your real shop</source>
        <translation>演示数据 — 不是您的真实店铺</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <source>Shared database: {database} on {server}</source>
        <translation>共享数据库：{server} 上的 {database}</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Quit during the live stream?</source>
        <translation>正在直播，要退出吗？</translation>
    </message>
    <message>
        <source>“{title}” is on air. Quitting takes the overlay and the teleprompter off the broadcast; the tallies are saved and the next start offers to resume the stream.</source>
        <translation>“{title}”正在直播。退出后直播贴片和提词器会从画面上消失；已记的数都保存着，下次打开时可以继续这场直播。</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep streaming</source>
        <translation>继续直播(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ManualOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Saves the order and makes its packing task</source>
        <translation>保存订单并生成打包任务</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District / county</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>11-digit mobile, e.g. 13800138000</source>
        <translation>11 位手机号，例如 13800138000</translation>
    </message>
    <message>
        <source>As on the parcel; helpers see it masked, e.g. 王*</source>
        <translation>和包裹上一致；帮手看到的是打码的，如 王*</translation>
    </message>
    <message>
        <source>Type a few characters to pick the province from the list</source>
        <translation>输入几个字，从列表里选省份</translation>
    </message>
    <message>
        <source>City or prefecture, e.g. 榆林市</source>
        <translation>城市或地区，如 榆林市</translation>
    </message>
    <message>
        <source>District or county, e.g. 米脂县</source>
        <translation>区或县，如 米脂县</translation>
    </message>
    <message>
        <source>street, building, unit, room</source>
        <translation>街道、楼号、单元、门牌</translation>
    </message>
    <message>
        <source>e.g. pack the gift box separately</source>
        <translation>例如：礼盒单独包装</translation>
    </message>
    <message>
        <source>Buyer &amp;name</source>
        <translation>买家姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机号(&amp;M)</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>省(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;District / county</source>
        <translation>区/县(&amp;D)</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>详细地址(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>A product on sale, with its price</source>
        <translation>一个在售商品及其价格</translation>
    </message>
    <message>
        <source>How many of the product the buyer ordered</source>
        <translation>买家买了这个商品几件</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加商品(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除商品(&amp;R)</translation>
    </message>
    <message>
        <source>Adds the product and quantity to the order&apos;s items</source>
        <translation>把商品和数量加进订单明细</translation>
    </message>
    <message>
        <source>Removes the selected item from the order</source>
        <translation>从订单里删除选中的明细</translation>
    </message>
    <message>
        <source>Produc&amp;t</source>
        <translation>商品(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>The order&apos;s items; typing a number on a row changes its quantity</source>
        <translation>订单明细；在某一行输入数字可修改数量</translation>
    </message>
    <message>
        <source>0.00 for free shipping</source>
        <translation>包邮填 0.00</translation>
    </message>
    <message>
        <source>&amp;Shipping fee (yuan)</source>
        <translation>运费（元）(&amp;S)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{product} — {price}</source>
        <translation>{product} — {price}</translation>
    </message>
    <message>
        <source>goods {goods}; the shipping fee is not a price yet</source>
        <translation>商品 {goods}；运费还不是有效金额</translation>
    </message>
    <message>
        <source>{total} (goods {goods} + shipping {shipping})</source>
        <translation>{total}（商品 {goods} + 运费 {shipping}）</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
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
    <name>NotifyDialog</name>
    <message>
        <source>Group robots</source>
        <translation>群机器人</translation>
    </message>
    <message>
        <source>WeCom group robot</source>
        <translation>企业微信群机器人</translation>
    </message>
    <message>
        <source>DingTalk custom robot</source>
        <translation>钉钉自定义机器人</translation>
    </message>
    <message>
        <source>Feishu custom robot</source>
        <translation>飞书自定义机器人</translation>
    </message>
    <message>
        <source>signing secret (DingTalk 加签, Feishu 签名校验)</source>
        <translation>签名密钥（钉钉加签、飞书签名校验）</translation>
    </message>
    <message>
        <source>Send notices to this &amp;group</source>
        <translation>向这个群发送通知(&amp;G)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Webhook address</source>
        <translation>Webhook 地址(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>密钥(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Helper page address</source>
        <translation>帮手页面地址(&amp;H)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New robot</source>
        <translation>新建机器人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>发送测试消息(&amp;T)</translation>
    </message>
    <message>
        <source>Send failed notices &amp;again</source>
        <translation>重发失败的通知(&amp;A)</translation>
    </message>
    <message>
        <source>The saved robots; the arrow keys pick one to edit</source>
        <translation>已保存的机器人；用方向键选一个来编辑</translation>
    </message>
    <message>
        <source>What the robot is called here, e.g. the group&apos;s name</source>
        <translation>机器人在这里的名字，比如群名</translation>
    </message>
    <message>
        <source>The app the group is in: each one signs and words notices its own way</source>
        <translation>群所在的应用：各家签名和消息格式各不相同</translation>
    </message>
    <message>
        <source>The robot&apos;s address, copied from the group&apos;s robot settings; shown masked once saved</source>
        <translation>机器人的地址，从群机器人设置里复制；保存后只显示打码后的样子</translation>
    </message>
    <message>
        <source>Needed only when the robot checks a signature; shown masked once saved</source>
        <translation>只在机器人开启签名校验时需要；保存后只显示打码后的样子</translation>
    </message>
    <message>
        <source>Off keeps the robot but sends its group nothing</source>
        <translation>关闭后保留机器人，但不再向这个群发送任何消息</translation>
    </message>
    <message>
        <source>The helper page address put into each notice, so that helpers open the queue from the group</source>
        <translation>写进每条通知的帮手页面地址，帮手在群里点开就能看到打包队列</translation>
    </message>
    <message>
        <source>Empties the form to add another robot</source>
        <translation>清空表单，再添加一个机器人</translation>
    </message>
    <message>
        <source>Saves this robot and the helper page address</source>
        <translation>保存这个机器人和帮手页面地址</translation>
    </message>
    <message>
        <source>Removes this robot: its group gets no more notices</source>
        <translation>删除这个机器人：它的群不再收到通知</translation>
    </message>
    <message>
        <source>Saves the robot, then sends a test message; the answer shows under Status</source>
        <translation>先保存机器人，再发送一条测试消息；结果显示在“状态”里</translation>
    </message>
    <message>
        <source>Sends the notices that could not be sent once more</source>
        <translation>把没发出去的通知再发一次</translation>
    </message>
    <message>
        <source>Sending the test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <source>Last sent at %1</source>
        <translation>上次发送成功：%1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 条等待发送</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>上次发送失败：%1</translation>
    </message>
    <message>
        <source>%1 notices could not be sent</source>
        <translation>%1 条通知未能发出</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>还没有发送过</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Opens an order export (CSV or Excel) and checks it before importing</source>
        <translation>打开导出的订单文件（CSV 或 Excel），导入前先检查</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>导入后会发生什么</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Products to match</source>
        <translation>需要对应的商品</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Adds the checked orders and makes their packing tasks</source>
        <translation>添加检查过的订单，并生成打包任务</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>选择订单文件</translation>
    </message>
    <message>
        <source>Choose an order export of Taobao, Douyin, Kuaishou, Pinduoduo, WeChat Channels or Youzan, or a filled-in order template (CSV or Excel), or drop the file here.</source>
        <translation>选择淘宝、抖店、快手、拼多多、视频号或有赞导出的订单，或填好的订单模板（CSV 或 Excel），也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>Orders in this file</source>
        <translation>文件里的订单</translation>
    </message>
    <message>
        <source>Each order of the file: order number, buyer (masked), items, amount and state</source>
        <translation>文件里的每个订单：订单号、买家（已打码）、商品、金额和状态</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.xlsx *.xls);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Remembering the product and checking the file again…</source>
        <translation>正在记住对应的商品并重新检查文件…</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Password of the workbook</source>
        <translation>工作簿的密码</translation>
    </message>
    <message>
        <source>Sheets skipped (not orders or items): {sheets}</source>
        <translation>已跳过的工作表（不是订单或商品明细）：{sheets}</translation>
    </message>
    <message>
        <source>{layout}, {rows} rows</source>
        <translation>{layout}，共 {rows} 行</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged</source>
        <translation>新增 {new}，有变化 {changed}，无变化 {unchanged}</translation>
    </message>
    <message>
        <source>; {count} wait for their Taobao order report</source>
        <translation>；{count} 条等待对应的淘宝订单报表</translation>
    </message>
    <message>
        <source>{count} bad rows: nothing will be written. Correct them in the file and choose it again.</source>
        <translation>有 {count} 行有问题，不会写入任何内容。请在文件里改好后重新选择。</translation>
    </message>
    <message>
        <source>Everything in this file is already imported; importing it again changes nothing.</source>
        <translation>这个文件的内容都已导入过，再导入一次不会有任何变化。</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>按“导入”之前，什么都不会写入。</translation>
    </message>
    <message>
        <source>Taobao order report</source>
        <translation>淘宝订单报表</translation>
    </message>
    <message>
        <source>Taobao item report (order lines)</source>
        <translation>淘宝宝贝报表（订单明细）</translation>
    </message>
    <message>
        <source>Taobao order export (buyer data masked)</source>
        <translation>淘宝订单导出（买家信息已脱敏）</translation>
    </message>
    <message>
        <source>Douyin shop order export</source>
        <translation>抖店订单导出</translation>
    </message>
    <message>
        <source>Kuaishou shop order export</source>
        <translation>快手小店订单导出</translation>
    </message>
    <message>
        <source>Pinduoduo order export</source>
        <translation>拼多多订单导出</translation>
    </message>
    <message>
        <source>WeChat Channels shop order export</source>
        <translation>微信小店（视频号）订单导出</translation>
    </message>
    <message>
        <source>Youzan order export</source>
        <translation>有赞订单导出</translation>
    </message>
    <message>
        <source>LiveHelper order template (WeChat and phone orders)</source>
        <translation>直播助手订单模板（微信、电话订单）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>订单已导入</translation>
    </message>
    <message>
        <source>Orders: {new} new, {changed} changed, {unchanged} unchanged. Packing tasks added or cancelled: {tasks}.</source>
        <translation>订单：新增 {new}，有变化 {changed}，无变化 {unchanged}。新建或取消的打包任务：{tasks} 个。</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>OverlayWindow</name>
    <message>
        <source>Stream overlay</source>
        <translation>直播贴片</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>&amp;Green background (chroma key)</source>
        <translation>绿幕背景（色度键抠像）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Switch background</source>
        <translation>切换背景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bigger</source>
        <translation>放大(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation>缩小(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reset size</source>
        <translation>恢复默认大小(&amp;R)</translation>
    </message>
    <message>
        <source>Top &amp;left of the screen</source>
        <translation>放到屏幕左上角(&amp;L)</translation>
    </message>
    <message>
        <source>Top r&amp;ight of the screen</source>
        <translation>放到屏幕右上角(&amp;I)</translation>
    </message>
    <message>
        <source>Bottom l&amp;eft of the screen</source>
        <translation>放到屏幕左下角(&amp;E)</translation>
    </message>
    <message>
        <source>Bottom rig&amp;ht of the screen</source>
        <translation>放到屏幕右下角(&amp;H)</translation>
    </message>
    <message>
        <source>Always o&amp;n top</source>
        <translation>总在最前(&amp;N)</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>移到最前面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close overlay</source>
        <translation>关闭贴片(&amp;C)</translation>
    </message>
    <message>
        <source>Move: drag with the mouse</source>
        <translation>移动：用鼠标拖动</translation>
    </message>
    <message>
        <source>Next product coming up</source>
        <translation>下一款马上就来</translation>
    </message>
    <message>
        <source>The live sale has ended, thank you for watching</source>
        <translation>本场直播已结束，感谢观看</translation>
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
    <name>PairingDialog</name>
    <message>
        <source>Pair {name}&apos;s phone</source>
        <translation>配对{name}的手机</translation>
    </message>
    <message>
        <source>{name}: open the phone camera (or WeChat&apos;s scanner) and scan this code. The phone must be on the same Wi-Fi as this PC.</source>
        <translation>{name}：打开手机相机（或微信扫一扫）扫描这个二维码。手机必须和这台电脑连同一个 Wi-Fi。</translation>
    </message>
    <message>
        <source>The same address as the code, to type into the phone&apos;s browser or send to it</source>
        <translation>和二维码相同的地址，可以在手机浏览器里输入，或发到手机上</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>This code is shown only now. If it is lost, revoke the helper and add them again: the old code then stops working.</source>
        <translation>二维码只在此刻显示一次。如果丢了，请撤销这位帮手再重新添加：旧的二维码随即失效。</translation>
    </message>
    <message>
        <source>The helper service is off: switch it on before the phone scans.</source>
        <translation>帮手服务未开启：请先开启，再用手机扫码。</translation>
    </message>
</context>
<context>
    <name>PreviewOrdersModel</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>becomes a packing task</source>
        <translation>生成打包任务</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>不打包</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Address unclear, call the buyer</source>
        <translation>地址不详，需联系买家</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Buyer wants another address</source>
        <translation>买家要求改地址</translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation>包装破损</translation>
    </message>
    <message>
        <source>Buyer asks to wait</source>
        <translation>买家要求暂缓发货</translation>
    </message>
    <message>
        <source>Mark as problem</source>
        <translation>标为异常</translation>
    </message>
    <message numerus="yes">
        <source>Why can %n task(s) not be packed or shipped? (required)</source>
        <translation>
            <numerusform>这 %n 个任务为什么不能打包或发货？（必填）</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the reason, or pick a usual one with the arrow keys</source>
        <translation>输入原因，或用方向键选一个常见原因</translation>
    </message>
    <message>
        <source>Marks the tasks as problems with this reason</source>
        <translation>用这个原因把任务标为异常</translation>
    </message>
</context>
<context>
    <name>ProductDetailPanel</name>
    <message>
        <source>Product photo</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Choose &amp;a photo…</source>
        <translation>选择图片(&amp;A)…</translation>
    </message>
    <message>
        <source>Opens a picture file (JPG, PNG) to show with the product</source>
        <translation>打开一张图片（JPG、PNG），和商品一起显示</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>移除图片(&amp;R)</translation>
    </message>
    <message>
        <source>Takes the photo off this product</source>
        <translation>去掉这个商品的图片</translation>
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
        <source>Saves the shop link&apos;s QR code as a PNG picture, to print or share</source>
        <translation>把商品链接的二维码存成 PNG 图片，方便打印或分享</translation>
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
        <source>¥{price} · on hand {on_hand} · reserved {reserved} · available {available} · {origin}</source>
        <translation>¥{price} · 在库 {on_hand} · 占用 {reserved} · 可售 {available} · {origin}</translation>
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
        <source>On s&amp;ale</source>
        <translation>在售(&amp;A)</translation>
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
        <source>Where it grows or is made, e.g. 米脂, 陕西; cue cards can say it</source>
        <translation>种在哪里、产在哪里，如 米脂、陕西；话术里可以用</translation>
    </message>
    <message>
        <source>One selling point per line; Tab moves on</source>
        <translation>一行一个卖点；按 Tab 到下一项</translation>
    </message>
    <message>
        <source>The catalog and the live view warn when the stock falls below this number</source>
        <translation>库存低于这个数时，商品表和直播页会提醒</translation>
    </message>
    <message>
        <source>Off-sale products stay in the catalog but not in new line-ups</source>
        <translation>停售的商品留在商品表里，但不进新的排品</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Spec</source>
        <translation>规格(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;elling points</source>
        <translation>卖点(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Saves the product and closes the window (also Ctrl+Enter)</source>
        <translation>保存商品并关闭窗口（也可按 Ctrl+回车）</translation>
    </message>
    <message>
        <source>&amp;Price (yuan)</source>
        <translation>价格（元）(&amp;P)</translation>
    </message>
    <message>
        <source>Units in the storeroom (on hand); a changed number is recorded as a stock count in the stock ledger</source>
        <translation>库房里的数量（在库）；改了数量会作为一次盘点记入库存流水</translation>
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
        <source>On hand</source>
        <translation>在库</translation>
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
        <source>Reserved</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sold out: {on_hand} on hand, {reserved} reserved by orders to pack</source>
        <translation>已售罄：在库 {on_hand}，其中 {reserved} 被待发货订单占用</translation>
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
        <source>Advertising-law findings on this card</source>
        <translation>本张卡片的广告法提示</translation>
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
    <message numerus="yes">
        <source>⚖ %n ad-law finding(s)</source>
        <translation>
            <numerusform>⚖ %n 处广告法提示</numerusform>
        </translation>
    </message>
    <message>
        <source>This card has words the advertising-law check flags; say it another way on air</source>
        <translation>这张卡片里有广告法检查提示的说法，直播时请换个说法</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Enter</source>
        <translation>小键盘回车</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile a live session</source>
        <translation>直播对账</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>&amp;Live session:</source>
        <translation>直播场次(&amp;L)：</translation>
    </message>
    <message>
        <source>The stream whose tallies are compared with its orders</source>
        <translation>要拿记数和订单对账的那场直播</translation>
    </message>
    <message>
        <source>Tallied: units counted on the desk during the stream. Ordered: units in the paid orders of the stream&apos;s time window (closed and refunded orders left out). A difference above 0 means orders that nobody tallied; below 0, tallies that have no paid order yet.</source>
        <translation>直播计数：直播时在桌面上记下的件数。订单数量：这场直播时间段内已付款订单里的件数（已关闭、已退款的不算）。差异大于 0：有订单但没计数；小于 0：计了数但还没有已付款的订单。</translation>
    </message>
    <message>
        <source>Tallied and ordered units per product</source>
        <translation>每个商品的直播计数和订单数量</translation>
    </message>
    <message>
        <source>One row per product: units tallied, units ordered and the difference; the arrow keys move</source>
        <translation>每个商品一行：记数件数、下单件数和差额；方向键移动</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Closes the window (Esc)</source>
        <translation>关闭窗口（Esc）</translation>
    </message>
    <message>
        <source>No finished live session yet. End a stream in the Live tab first.</source>
        <translation>还没有结束的直播。请先在“直播”页下播。</translation>
    </message>
    <message>
        <source>Cannot reconcile this session</source>
        <translation>无法对账这场直播</translation>
    </message>
    <message>
        <source>Tallied {tallied} · ordered {ordered} · {differing} products differ</source>
        <translation>直播计数 {tallied} · 订单数量 {ordered} · {differing} 种商品有差异</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Tallied on stream</source>
        <translation>直播计数</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订单数量</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>+{count}  more ordered</source>
        <translation>+{count}  订单多</translation>
    </message>
    <message>
        <source>−{count}  fewer ordered</source>
        <translation>−{count}  订单少</translation>
    </message>
    <message>
        <source>0  matches</source>
        <translation>0  一致</translation>
    </message>
    <message>
        <source>Orders that nobody tallied during the stream</source>
        <translation>有订单，但直播时没有计数</translation>
    </message>
    <message>
        <source>Tallied on stream but not (yet) in a paid order</source>
        <translation>直播时计了数，但（还）没有已付款的订单</translation>
    </message>
</context>
<context>
    <name>RemoteConnectDialog</name>
    <message>
        <source>Connect to the main PC</source>
        <translation>连接主电脑</translation>
    </message>
    <message>
        <source>The pairing link from the main PC, or its address such as http://192.168.1.8:8765</source>
        <translation>主电脑给的配对链接，或它的地址，比如 http://192.168.1.8:8765</translation>
    </message>
    <message>
        <source>The helper&apos;s token, needed only when the link above has none</source>
        <translation>帮手的令牌，只在上面的链接里没有令牌时需要</translation>
    </message>
    <message>
        <source>Connects to the shipping queue of the other PC</source>
        <translation>连接另一台电脑上的发货队列</translation>
    </message>
    <message>
        <source>&amp;Address or pairing link</source>
        <translation>地址或配对链接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Enter the token from the pairing link</source>
        <translation>请输入配对链接里的令牌</translation>
    </message>
</context>
<context>
    <name>RemoteWindow</name>
    <message>
        <source>Helper</source>
        <translation>帮手</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Loads the queue from the other PC now (it also does so every few seconds)</source>
        <translation>马上从另一台电脑重新载入队列（每隔几秒也会自动载入）</translation>
    </message>
    <message>
        <source>Helper {name}</source>
        <translation>帮手 {name}</translation>
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
        <source>Saves the report as a picture 1080 pixels wide, to send in a WeChat group</source>
        <translation>把战报存成 1080 像素宽的图片，方便发到微信群</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Saves the figures per product as a CSV file for Excel</source>
        <translation>把每个商品的数字存成 CSV 文件，可用 Excel 打开</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Closes the report (Enter or Esc)</source>
        <translation>关闭战报（Enter 或 Esc）</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>各商品销售</translation>
    </message>
    <message>
        <source>Items, revenue and time explained per product, the total in the last row; the arrow keys move through it</source>
        <translation>每个商品的件数、销售额和讲解时长，最后一行是合计；用方向键逐行查看</translation>
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
        <source>not explained</source>
        <translation>未讲解</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
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
        <source>A digit picks the product with that link number; the keys listed under the table tally and explain it</source>
        <translation>按数字选中对应链接号的商品；表格下面列出的按键用来记数和讲解</translation>
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
        <source>Explain the picked product</source>
        <translation>讲解选中的商品</translation>
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
        <source>E&amp;xplain this</source>
        <translation>讲解这个(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Past live streams</source>
        <translation>历史直播</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史场次(&amp;Y)</translation>
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
        <source>Opens a window with the product and totals, for OBS to capture</source>
        <translation>打开一个显示商品和合计的窗口，供 OBS 采集</translation>
    </message>
    <message>
        <source>Shows the reports of earlier live streams</source>
        <translation>查看以前直播的战报</translation>
    </message>
    <message>
        <source>Changes the keys or foot pedal for tallies and explaining</source>
        <translation>修改记数和讲解用的按键或脚踏板</translation>
    </message>
    <message>
        <source>Ends the stream after asking, and shows its report</source>
        <translation>确认后结束直播，并显示战报</translation>
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
        <source>Tallies saved</source>
        <translation>记数已保存</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Where the backups are kept; Change picks another folder</source>
        <translation>备份存放的位置；“更改”可换一个文件夹</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Picks another folder for the backups, e.g. on a USB disk</source>
        <translation>给备份换一个文件夹，例如 U 盘上</translation>
    </message>
    <message>
        <source>Shows the backup folder in the file manager</source>
        <translation>在文件管理器里打开备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copies the whole database to the backup folder now</source>
        <translation>现在把整个数据库复制到备份文件夹</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep buyer data after shipping</source>
        <translation>发货后保留买家信息的天数</translation>
    </message>
    <message>
        <source>Days after shipping before buyer names, phones and addresses are masked</source>
        <translation>发货后过多少天把买家姓名、电话和地址打码</translation>
    </message>
    <message>
        <source>Buyer name, phone and address are masked this many days after the order was shipped or closed. The order, its items and its history stay.</source>
        <translation>订单发货或关闭这么多天后，买家的姓名、电话和地址会被隐去（只留如 王*、138****5678）。订单、商品明细和处理记录都会保留。</translation>
    </message>
    <message>
        <source>Data and privacy</source>
        <translation>数据与隐私</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>&amp;Keep buyer data:</source>
        <translation>买家信息保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backing up… the dialog closes once it is done.</source>
        <translation>正在备份……完成后对话框才会关闭。</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship task #{id}</source>
        <translation>发货：任务 #{id}</translation>
    </message>
    <message>
        <source>The courier company that takes the parcel</source>
        <translation>揽收包裹的快递公司</translation>
    </message>
    <message>
        <source>scan or type the tracking number</source>
        <translation>扫描或输入运单号</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>Marks the task shipped with this tracking number</source>
        <translation>用这个运单号把任务标为已发货</translation>
    </message>
    <message>
        <source>Check the tracking number</source>
        <translation>请核对运单号</translation>
    </message>
    <message>
        <source>Ship with this number anyway?</source>
        <translation>仍用这个运单号发货吗？</translation>
    </message>
    <message>
        <source>Ship &amp;anyway</source>
        <translation>仍然发货(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Correct it</source>
        <translation>修改运单号(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ShippingExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Every shipped task is already in a shipping file; there are no new lines to export.</source>
        <translation>所有已发货的任务都已在发货文件里，没有新的行可导出。</translation>
    </message>
    <message>
        <source>shipments-{date}</source>
        <translation>发货-{date}</translation>
    </message>
    <message>
        <source>Export the shipping file for {platform}</source>
        <translation>导出发货文件：{platform}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export shipping files: one per platform, named after this</source>
        <translation>导出发货文件：每个平台一个，以此命名</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to {file}.</source>
        <translation>
            <numerusform>已写入 %n 行到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload it in: {platform}</source>
        <translation>上传到：{platform}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written:</source>
        <translation>
            <numerusform>已写入 %n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {platform}, %n line(s)</source>
        <translation>
            <numerusform>{file}：{platform}，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipping file written</source>
        <translation>发货文件已写好</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>ShippingWorkspace</name>
    <message>
        <source>Import &amp;orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Man&amp;ual order…</source>
        <translation>手工录单(&amp;U)…</translation>
    </message>
    <message>
        <source>Pic&amp;k list…</source>
        <translation>拣货单(&amp;K)…</translation>
    </message>
    <message>
        <source>P&amp;acking slips…</source>
        <translation>发货单(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport shipping file…</source>
        <translation>导出发货文件(&amp;X)…</translation>
    </message>
    <message>
        <source>Mark packe&amp;d</source>
        <translation>已打包(&amp;D)</translation>
    </message>
    <message>
        <source>Sh&amp;ip…</source>
        <translation>发货(&amp;I)…</translation>
    </message>
    <message>
        <source>Pro&amp;blem…</source>
        <translation>异常(&amp;B)…</translation>
    </message>
    <message>
        <source>Reconcile &amp;with tallies…</source>
        <translation>对账(&amp;W)…</translation>
    </message>
    <message>
        <source>Sta&amp;rt packing</source>
        <translation>开始打包(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>恢复待打包(&amp;E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel task</source>
        <translation>取消任务(&amp;N)</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>分配给(&amp;G)…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Merge parcels</source>
        <translation>合并包裹(&amp;M)</translation>
    </message>
    <message>
        <source>Reads an order export of Taobao, Douyin or Kuaishou into packing tasks</source>
        <translation>把淘宝、抖音或快手导出的订单读进来，生成打包任务</translation>
    </message>
    <message>
        <source>Enters an order by hand, e.g. for a WeChat regular</source>
        <translation>手动录入订单，例如微信老客户的</translation>
    </message>
    <message>
        <source>Prints or saves the goods to fetch for the selected tasks</source>
        <translation>打印或保存选中任务要拣的货</translation>
    </message>
    <message>
        <source>Prints or saves a packing slip for each selected task</source>
        <translation>为每个选中的任务打印或保存发货单</translation>
    </message>
    <message>
        <source>Compares the units tallied in a stream with the units ordered</source>
        <translation>比对直播中记数的件数和下单的件数</translation>
    </message>
    <message>
        <source>Saves couriers and tracking numbers in the platform&apos;s upload file</source>
        <translation>把快递公司和运单号存成平台的批量发货文件</translation>
    </message>
    <message>
        <source>Moves the selected tasks to packing</source>
        <translation>把选中的任务改为打包中</translation>
    </message>
    <message>
        <source>Moves the selected tasks to packed</source>
        <translation>把选中的任务改为已打包</translation>
    </message>
    <message>
        <source>Records the courier and tracking number, and marks the task shipped</source>
        <translation>记下快递公司和运单号，并标为已发货</translation>
    </message>
    <message>
        <source>Sets the selected tasks aside with a note on what is wrong</source>
        <translation>把选中的任务标为异常，并写明原因</translation>
    </message>
    <message>
        <source>Puts the selected tasks back to be packed</source>
        <translation>把选中的任务恢复为待打包</translation>
    </message>
    <message>
        <source>Cancels the selected tasks after asking</source>
        <translation>确认后取消选中的任务</translation>
    </message>
    <message>
        <source>Gives the selected tasks to a helper</source>
        <translation>把选中的任务分给一个帮手</translation>
    </message>
    <message>
        <source>Shows who changed the task&apos;s state, and when</source>
        <translation>查看谁在什么时候改过任务状态</translation>
    </message>
    <message>
        <source>Packs the selected tasks of one buyer in one parcel</source>
        <translation>把同一买家的选中任务合成一个包裹</translation>
    </message>
    <message>
        <source>Packing tasks</source>
        <translation>打包任务</translation>
    </message>
    <message>
        <source>Enter moves the selected tasks one step on: to packing, to packed, then to shipping</source>
        <translation>按回车把选中的任务推进一步：打包中、已打包、再到发货</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <source>Import the order export of your shop (Taobao, Douyin, or our CSV template), or type in an order from WeChat or the phone. Paid orders become packing tasks.</source>
        <translation>导入店铺的订单导出文件（淘宝、抖店或本软件的 CSV 模板），或手工录入微信、电话订单。已付款的订单会变成打包任务。</translation>
    </message>
    <message>
        <source>The tasks show here as soon as the main PC has orders to pack.</source>
        <translation>主电脑一有要打包的订单，任务就会显示在这里。</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Enter an order by hand…</source>
        <translation>手工录单…</translation>
    </message>
    <message>
        <source>No task matches</source>
        <translation>没有符合条件的任务</translation>
    </message>
    <message>
        <source>Show all tasks</source>
        <translation>显示全部任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>，已选 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new packing task(s)</source>
        <translation>
            <numerusform>%n 个新的打包任务</numerusform>
        </translation>
    </message>
    <message>
        <source>No task is {state} right now.</source>
        <translation>现在没有“{state}”的任务。</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more tasks.</source>
        <translation>请修改或清除筛选条件以查看更多任务。</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>There is no task to print.</source>
        <translation>没有可打印的任务。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Choose a group, then move to an action with Tab and press its new key. Press up to four keys one after another to give an action several keys. Foot pedals and big USB buttons usually send F13–F24.</source>
        <translation>先选一组，再用 Tab 移到要改的动作，按下新的键。连续按最多四个键，可以给一个动作设几个键。脚踏板和 USB 大按钮一般发送 F13–F24。</translation>
    </message>
    <message>
        <source>Groups of shortcuts</source>
        <translation>快捷键分组</translation>
    </message>
    <message>
        <source>Up and Down choose the group shown on the right</source>
        <translation>用上下键选择右边显示的分组</translation>
    </message>
    <message>
        <source>Uses the new keys at once and remembers them</source>
        <translation>立即使用新的按键并记住</translation>
    </message>
    <message>
        <source>Press the new key; Tab moves on</source>
        <translation>按下新的键；按 Tab 去下一项</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the keys of “{action}”</source>
        <translation>清除“{action}”的按键</translation>
    </message>
    <message>
        <source>Takes every key away from this action</source>
        <translation>去掉这个操作的所有按键</translation>
    </message>
    <message>
        <source>{key} is already used for “{action}”. Choose another key, or first clear it there.</source>
        <translation>{key} 已经用于“{action}”。请换一个键，或先在那里清除它。</translation>
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
        <source>The platform you stream on, as the report will name it</source>
        <translation>你直播的平台，战报里会写上</translation>
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
        <source>When the stream starts; the arrow keys change the part under the cursor</source>
        <translation>直播开始的时间；方向键修改光标所在的部分</translation>
    </message>
    <message>
        <source>▶ Start live strea&amp;m</source>
        <translation>▶ 开始直播(&amp;M)</translation>
    </message>
    <message>
        <source>Goes on air with this line-up: tallies, goal and overlay start</source>
        <translation>用这份排品开播：开始记数、目标和直播挂件</translation>
    </message>
    <message>
        <source>Past live streams</source>
        <translation>历史场次</translation>
    </message>
    <message>
        <source>Shows the reports of earlier live streams</source>
        <translation>查看以前各场直播的报告</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>标题(&amp;E)</translation>
    </message>
    <message>
        <source>Platf&amp;orm</source>
        <translation>平台(&amp;O)</translation>
    </message>
    <message>
        <source>Start live stream</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>Histor&amp;y of streams…</source>
        <translation>历史场次(&amp;Y)…</translation>
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
    <name>StateTabs</name>
    <message>
        <source>Task states</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Shows the tasks in one state; the arrow keys switch between states</source>
        <translation>显示某个状态的任务；方向键切换状态</translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>全部 {count}</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Whose ledger to show and whose stock to change</source>
        <translation>选择要查看流水、登记库存的商品</translation>
    </message>
    <message>
        <source>Stock figures</source>
        <translation>库存数字</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>变动后在库</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Every change of stock, newest first: when, which product, receipt, count, shipment or return, by how much, who and why</source>
        <translation>每一次库存变动，最新的在前：时间、商品、入库/盘点/发货/退回、数量、操作人和原因；方向键逐条查看</translation>
    </message>
    <message>
        <source>Receipt: add what arrived</source>
        <translation>入库：加上到货数量</translation>
    </message>
    <message>
        <source>Count: the storeroom holds</source>
        <translation>盘点：库房实有数量</translation>
    </message>
    <message>
        <source>A receipt adds to on hand; a count sets it and the ledger records the difference</source>
        <translation>入库会增加在库数；盘点直接设定在库数，差额记入流水</translation>
    </message>
    <message>
        <source>How many arrived, or how many the storeroom holds</source>
        <translation>到了多少，或库房里实有多少</translation>
    </message>
    <message>
        <source>e.g. new harvest, month-end count</source>
        <translation>如：新收获、月底盘点</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Writes the receipt or count into the stock ledger</source>
        <translation>把这次入库或盘点记入库存流水</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <source>{count} products · on hand {on_hand} · reserved {reserved} · available {available}</source>
        <translation>{count} 个商品 · 在库 {on_hand} · 占用 {reserved} · 可售 {available}</translation>
    </message>
    <message>
        <source>On hand {on_hand} · reserved {reserved} · available {available}</source>
        <translation>在库 {on_hand} · 占用 {reserved} · 可售 {available}</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>Not all tasks were started</source>
        <translation>部分任务未能开始打包</translation>
    </message>
    <message>
        <source>Not all tasks were marked packed</source>
        <translation>部分任务未能标为已打包</translation>
    </message>
    <message>
        <source>Not all tasks were reopened</source>
        <translation>部分任务未能恢复待打包</translation>
    </message>
    <message>
        <source>Not all tasks were marked as problems</source>
        <translation>部分任务未能标为异常</translation>
    </message>
    <message>
        <source>Cancel tasks</source>
        <translation>取消任务</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)? A cancelled task is not packed or shipped.</source>
        <translation>
            <numerusform>取消 %n 个任务吗？取消后不再打包和发货。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all tasks were cancelled</source>
        <translation>部分任务未能取消</translation>
    </message>
    <message>
        <source>Not all tasks were shipped</source>
        <translation>部分任务未能发货</translation>
    </message>
    <message>
        <source>Not all tasks were assigned</source>
        <translation>部分任务未能分配</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>无法显示历史</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>Merge parcels</source>
        <translation>合并包裹</translation>
    </message>
    <message>
        <source>No other task of the same buyer and address is waiting to be packed.</source>
        <translation>没有同一买家、同一地址的其他待打包任务。</translation>
    </message>
    <message>
        <source>Pack {tasks} as one parcel? The lowest number keeps the parcel; the others are cancelled as merged.</source>
        <translation>把 {tasks} 合成一个包裹吗？编号最小的任务保留包裹，其余任务以“已合并”取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be changed:</source>
        <translation>
            <numerusform>%n 个任务未能修改：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskQueueModel</name>
    <message>
        <source>Task</source>
        <translation>任务号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Courier / tracking no.</source>
        <translation>快递/运单号</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
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
    <name>TitleMappingPanel</name>
    <message>
        <source>These item titles match no catalog product. Choose the product once and press Remember: later imports match the title by themselves.</source>
        <translation>下面这些商品标题在商品库里找不到对应商品。选好商品后按“记住”，以后导入会自动对应。</translation>
    </message>
    <message>
        <source>… and {count} more titles</source>
        <translation>…… 还有 {count} 个标题</translation>
    </message>
    <message>
        <source>{title} ({count} lines)</source>
        <translation>{title}（{count} 条）</translation>
    </message>
    <message>
        <source>The catalog product that this title in the export stands for</source>
        <translation>导出文件里这个标题对应的商品</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>选择商品…</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>Remember the product for {title}</source>
        <translation>记住“{title}”对应的商品</translation>
    </message>
    <message>
        <source>Matches this title to the chosen product now and in later imports</source>
        <translation>把这个标题对应到选中的商品，这次和以后导入都用</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Exporting everything to %1…</source>
        <translation>正在把全部数据导出到 %1…</translation>
    </message>
    <message>
        <source>Importing everything from %1…</source>
        <translation>正在从 %1 导入全部数据…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>livehelper-move.zip</source>
        <translation>直播助手-搬家.zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>导入全部数据</translation>
    </message>
    <message>
        <source>Moving to a new PC</source>
        <translation>搬到新电脑</translation>
    </message>
    <message>
        <source>This database already holds data. Replace all of it with the %1 rows exported on %2? A database file on this PC is backed up first.</source>
        <translation>这个数据库里已有数据。要全部替换为 %2 导出的 %1 行数据吗？本机的数据库文件会先备份。</translation>
    </message>
    <message>
        <source>Include the group robots&apos; webhook keys and signing secrets? They are sealed with a passphrase you choose now and type again on the new PC. Without them, enter the robots&apos; secrets again there.</source>
        <translation>要把群机器人的 Webhook 密钥和加签密钥也带上吗？它们会用你现在设置的口令加密，在新电脑上导入时再输入一次口令。不带的话，请在新电脑上重新填写机器人密钥。</translation>
    </message>
    <message>
        <source>A passphrase for the robot secrets (at least 8 characters):</source>
        <translation>给机器人密钥设一个口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>再输入一次同样的口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ or are shorter than 8 characters; nothing was exported.</source>
        <translation>两次输入的口令不一致或少于 8 个字符，没有导出任何内容。</translation>
    </message>
    <message>
        <source>The passphrase chosen at export for the robot secrets (leave empty to import without them):</source>
        <translation>导出时为机器人密钥设的口令（留空则不导入密钥）：</translation>
    </message>
    <message>
        <source>Robot secrets</source>
        <translation>机器人密钥</translation>
    </message>
    <message>
        <source>%1 rows (catalog, cue cards, sessions, orders, tasks and settings) are in %2. Copy this file to the new PC and choose Import everything there.</source>
        <translation>共 %1 行数据（商品、话术、直播场次、订单、打包任务和设置）已保存到 %2。把这个文件拷到新电脑上，在那里选择“导入全部数据”。</translation>
    </message>
    <message>
        <source>%1 rows were imported. Restart LiveHelper so that every workspace shows them.</source>
        <translation>已导入 %1 行数据。请重新启动直播助手，让各个工作区都显示出来。</translation>
    </message>
    <message>
        <source>The database as it was is saved in %1.</source>
        <translation>导入前的数据库已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to LiveHelper</source>
        <translation>欢迎使用直播助手</translation>
    </message>
    <message>
        <source>Products keeps your catalog (prices, stock, shop links) and Cue cards your talking points, checked against advertising-law words. During the stream, Live shows the product you are presenting and counts sales with one key. Afterwards, Shipping turns the platforms&apos; order exports into a packing queue with pick lists, packing slips and tracking numbers.</source>
        <translation>“商品”管理您的商品（价格、库存、店铺链接），“话术”保存您的讲解要点，并检查广告法违禁词。直播时，“直播”显示正在讲解的商品，一键记录销量。直播后，“发货”把各平台导出的订单变成打包队列，还有拣货单、装箱单和快递单号。</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>您想怎样开始？</translation>
    </message>
    <message>
        <source>Sample products, cue cards and orders, kept apart from your own shop.</source>
        <translation>示例商品、话术和订单，与您自己店铺的数据分开保存。</translation>
    </message>
    <message>
        <source>Try it with &amp;demo data</source>
        <translation>先用演示数据试一试(&amp;D)</translation>
    </message>
    <message>
        <source>Start empty, with my &amp;own shop</source>
        <translation>从空白开始，录入我自己的店铺(&amp;O)</translation>
    </message>
    <message>
        <source>LiveHelper starts with no products: add your own or import them from a CSV file</source>
        <translation>直播助手从空白开始，没有商品：自己添加，或从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Open the demo data in a &amp;second window</source>
        <translation>在另一个窗口中打开演示数据(&amp;S)</translation>
    </message>
    <message>
        <source>Starts a second LiveHelper on the sample data; your own shop stays as it is</source>
        <translation>用演示数据再开一个直播助手；您自己店铺的数据保持不变</translation>
    </message>
    <message>
        <source>Your data stays on this PC, in {folder}. LiveHelper backs it up on its own.</source>
        <translation>您的数据保存在这台电脑上：{folder}。直播助手会自动备份。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Shows LiveHelper in Chinese</source>
        <translation>直播助手使用中文界面</translation>
    </message>
    <message>
        <source>Shows LiveHelper in English</source>
        <translation>直播助手使用英文界面</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Starts LiveHelper with the choices above (Enter)</source>
        <translation>按上面的选择启动直播助手（Enter）</translation>
    </message>
    <message>
        <source>Closes the window (Enter)</source>
        <translation>关闭窗口（Enter）</translation>
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
        <source>One word per row; F2 or typing edits the cell, Tab moves to the next cell</source>
        <translation>一行一个词；按 F2 或直接输入来编辑，Tab 到下一格</translation>
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
        <source>Adds a row for a word the check should flag, with a reason and safer wording</source>
        <translation>新增一行要提醒的词，写上原因和更稳妥的说法</translation>
    </message>
    <message>
        <source>Adds a row for a phrase the check should let pass, e.g. your brand name</source>
        <translation>新增一行允许的说法，例如你的品牌名</translation>
    </message>
    <message>
        <source>Removes the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <source>Saves your words; the check uses them at once</source>
        <translation>保存你的词；检查马上用上</translation>
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
<context>
    <name>_Choice</name>
    <message>
        <source>Shows only the tasks that match; the first entry shows them all</source>
        <translation>只显示符合的任务；第一项显示全部</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>LiveHelper had a problem last time; the report is in {path}</source>
        <translation>直播助手上次运行时遇到了问题，报告保存在 {path}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
</context>
</TS>
