<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>Cue cards</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Talking points for each product and for the opening, welcome, flash sale and closing, checked against advertising-law words and shown in a teleprompter.</source>
        <translation>每个商品的话术卡，以及开场、欢迎新粉、秒杀、下播等通用话术；自动检查广告法极限词，并在提词器中显示。</translation>
    </message>
    <message>
        <source>&amp;Cue cards</source>
        <translation>话术(&amp;C)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>The line-up of tonight&apos;s stream, the product being explained, one-key sales tallies, the revenue goal and a report when the stream ends.</source>
        <translation>今晚直播的商品排品、讲解中的商品、一键记单、销售目标，以及下播后的直播报告。</translation>
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
    <name>UpcomingWorkspace</name>
    <message>
        <source>This workspace is coming in a later version.</source>
        <translation>这个工作区将在后续版本中提供。</translation>
    </message>
</context>
</TS>
