"""Chinese (zh_CN) renderings of the messages in livehelper.domain.messages."""

ZH_CN: dict[str, str] = {
    # values typed by people
    "'{code}' is already used in row {row}": "“{code}”已在第 {row} 行用过",
    "'{value}' has more than two decimals (fen is the smallest unit)": "“{value}”超过两位小数（最小单位是分）",
    "'{value}' is not a merchant code (letters, digits and - _ . / only)":
        "“{value}”不是商家编码（只能包含字母、数字和 - _ . /）",
    "'{value}' is not a price (expected e.g. 12.80 or ¥12.80)": "“{value}”不是价格（应填写如 12.80 或 ¥12.80）",
    "'{value}' is not a web link (it should start with https://)": "“{value}”不是网址（应以 https:// 开头）",
    "'{value}' is not a whole number (expected e.g. 120)": "“{value}”不是整数（应填写如 120）",
    "'{value}' is too large (at most {maximum})": "“{value}”太大（最多 {maximum}）",
    "'{value}' is too large for a price (at most 1,000,000.00 yuan)":
        "“{value}”作为价格太大（最多 1,000,000.00 元），是不是填成了电话号码？",
    "'{value}' should be 在售 or 停售": "“{value}”应为“在售”或“停售”",
    "a name is required": "名称不能为空",
    # Windows readiness (issue 22): livehelper/console.py, services/data_folder.py
    "livehelper: unexpected error ({kind}); the crash report is {path}":
        "livehelper：发生意外错误（{kind}），错误报告在 {path}",
    "Port {port} is reserved by Windows (Hyper-V, WSL or Docker keep ranges of ports) or "
    "needs administrator rights. Choose another port, for example {other}, and switch the "
    "service on again.":
        "端口 {port} 被 Windows 保留了（Hyper-V、WSL 或 Docker 会占用一段端口），或者需要管理员权限。"
        "请换一个端口（例如 {other}），再打开帮手服务。",
    "Windows will now ask whether LiveHelper may use the network (Windows Defender Firewall). Tick "
    "\"Private networks\" (the shop's Wi-Fi) and click \"Allow access\". If phones cannot connect later, "
    "see 手机连不上？ in docs/helper-pairing.md.":
        "接下来 Windows 会问是否允许直播助手使用网络（Windows Defender 防火墙）。请勾选“专用网络”"
        "（店里的 Wi-Fi），再点“允许访问”。以后手机连不上时，请看 docs/helper-pairing.md 里的“手机连不上？”。",
    "Restore from a backup": "从备份恢复",
    "&Restore from a backup…": "从备份恢复(&R)…",
    "LiveHelper backups (*.sqlite3)": "直播助手备份 (*.sqlite3)",
    "Replaces the data with a backup; the current data is backed up first and LiveHelper opens again":
        "用备份替换现在的数据；会先备份现在的数据，然后直播助手重新打开",
    "Restore {name} (schema {revision})? The current data is backed up first. LiveHelper then "
    "closes its window and opens again on the restored database.":
        "要恢复 {name}（数据结构 {revision}）吗？会先备份现在的数据，然后直播助手关闭窗口，用恢复的数据重新打开。",
    "The restore did not happen: {reason}": "没有恢复：{reason}",
    "Restored {name}. The data as it was before is saved in {path}": "已恢复 {name}。恢复前的数据保存在 {path}",
    "{key} cannot be a global hotkey: Windows keeps F12 and the Win key combinations for "
    "itself. Use another F-key (foot pedals send F13–F24), a media key, or a key together "
    "with Ctrl or Alt.":
        "{key} 不能设为全局快捷键：F12 和 Win 组合键是 Windows 自己用的。"
        "请换一个 F 键（脚踏板发送 F13–F24）、媒体键，或者和 Ctrl、Alt 一起按的键。",
    "port {port} is already in use by another program (or another LiveHelper); choose another "
    "with --port": "端口 {port} 已被别的程序（或另一个直播助手）占用；请用 --port 换一个端口",
    "port {port} is reserved by Windows (Hyper-V, WSL or Docker keep ranges of ports) or "
    "needs administrator rights; choose another with --port":
        "端口 {port} 被 Windows 保留了（Hyper-V、WSL 或 Docker 会占用一段端口），"
        "或者需要管理员权限；请用 --port 换一个端口",
    "the helper service could not listen on {host}:{port}: {reason}": "帮手服务无法在 {host}:{port} 上监听：{reason}",
    "a network share": "网络共享文件夹",
    "a mapped network drive": "映射的网络驱动器",
    "a OneDrive folder": "OneDrive 同步文件夹",
    "a 坚果云 (Nutstore) sync folder": "坚果云同步文件夹",
    "a 百度网盘 sync folder": "百度网盘同步空间",
    "a Dropbox folder": "Dropbox 同步文件夹",
    "a Google Drive folder": "Google Drive 同步文件夹",
    "an iCloud Drive folder": "iCloud 云盘文件夹",
    "The data folder {folder} is {kind}. A SQLite database there is safe only while one PC uses it and no "
    "sync program copies it while LiveHelper runs: open it from one PC only. To work on the same shop "
    "from several PCs, use a PostgreSQL server (docs/shared-database.md). LiveHelper keeps SQLite's WAL "
    "mode off in this folder, because WAL does not work on network and sync folders.":
        "数据文件夹 {folder} 在{kind}里。放在这里的 SQLite 数据库只有在同一时间只有一台电脑使用、"
        "并且直播助手运行时没有同步软件去复制它的情况下才安全：请只在一台电脑上打开它。"
        "想让几台电脑一起管同一个店，请使用 PostgreSQL 服务器（见 docs/shared-database.md）。"
        "在这个文件夹里直播助手不使用 SQLite 的 WAL 模式，因为 WAL 在网络和同步文件夹里不能正常工作。",
    # helpers and the LAN server (issue 6, engineer "server")
    "the role must be packer or assistant": "角色只能是 packer（打包）或 assistant（助播）",
    "a helper named {name} already exists": "已有名为 {name} 的帮手",
    "no helper named {name}": "没有名为 {name} 的帮手",
    "helper {name} ({role}) added. Token (shown only this once): {token}":
        "已添加帮手 {name}（{role}）。令牌（只显示这一次）：{token}",
    "pairing address: {url}": "配对地址：{url}",
    "helper {name} revoked: a running helper page refuses the token within {seconds} second":
        "已撤销帮手 {name}：正在运行的帮手页面最迟 {seconds} 秒内拒绝这个令牌",
    "no helpers yet: add one with livehelper helpers add NAME": "还没有帮手：用 livehelper helpers add 名字 添加",
    "LiveHelper helper page at {url} (Ctrl+C to stop)": "直播助手帮手页面：{url}（按 Ctrl+C 停止）",
    "a valid helper token is required": "需要有效的帮手令牌",
    "too many failed attempts; try again in {seconds} seconds": "失败次数过多，请 {seconds} 秒后再试",
    "only an assistant may do this": "只有助播可以进行此操作",
    "the request is not valid: {reason}": "请求无效：{reason}",
    "the database is busy; try again": "数据库忙，请重试",
    "not found": "找不到",
    # server hardening (issue 19)
    "the request is too large (at most {size} KB)": "请求太大（最多 {size} KB）",
    "the expiry must be a whole number of days from 1 to {maximum}": "有效期应为 1 到 {maximum} 之间的整数天",
    "the token works until {moment}": "令牌有效期到 {moment}",
    "this address is not this PC's; open the page from the pairing link":
        "这个地址不是这台电脑的，请用配对链接打开页面",
    "the passphrase does not open the robot secrets in {path}": "这个口令打不开 {path} 里的机器人密钥",
    "a passphrase is required for --with-secrets": "--with-secrets 需要一个口令",
    "the group robots came without their secrets (sealed with a passphrase in the file): enter them again, or "
    "import with --with-secrets":
        "群机器人的密钥没有导入（文件里的密钥用口令加密了）：请重新填写，或加上 --with-secrets 再导入",
    "Passphrase for the robot secrets: ": "机器人密钥的口令：",
    "The same passphrase again: ": "再输入一次口令：",
    "the group robots' secrets are in it, sealed with the passphrase": "群机器人的密钥也在里面，已用口令加密",
    "the group robots' secrets are not in it: enter them again on the new PC":
        "群机器人的密钥不在里面：请在新电脑上重新填写",
    "a price cannot be negative": "价格不能为负数",
    "at most {limit} characters": "最多 {limit} 个字",
    "stock must be a whole number from 0 to {maximum}": "库存应为 0 到 {maximum} 之间的整数",
    "the low-stock level must be a whole number from 0 to {maximum}": "预警库存应为 0 到 {maximum} 之间的整数",
    # files
    "Row {row}, {column}: {reason}": "第 {row} 行，{column}：{reason}",
    "{count} bad rows; nothing was imported": "有 {count} 行数据有误，没有导入任何数据",
    "a JPEG image": "一张 JPEG 图片",
    "a PDF file": "一个 PDF 文件",
    "a PNG image": "一张 PNG 图片",
    "an Excel (.xlsx) or zip file": "一个 Excel（.xlsx）或压缩文件",
    "an Excel 97–2003 (.xls) or password-protected workbook": "一个 Excel 97–2003（.xls）或设有密码的工作簿",
    "cannot read {path}: {reason}": "无法读取 {path}：{reason}",
    "cannot write {path}: {reason}": "无法写入 {path}：{reason}",
    "{source} is empty": "{source} 是空文件",
    "{source} is larger than 40 MB": "{source} 超过 40 MB",
    "{source} is neither UTF-8 nor GBK text": "{source} 既不是 UTF-8 也不是 GBK 编码的文本",
    "{source} is not a catalog file: column {columns} is missing (found: {found})":
        "{source} 不是商品表：缺少“{columns}”列（文件里的列：{found}）",
    "{source} is not a text file": "{source} 不是文本文件",
    "{source} is not an image that can be read (JPEG, PNG, WebP, BMP or GIF)":
        "{source} 不是可以读取的图片（支持 JPEG、PNG、WebP、BMP、GIF）",
    "{source} is {kind}, not {expected}": "{source} 是{kind}，不是{expected}",
    "a CSV text file; save it as CSV (UTF-8) first": "CSV 文本文件；请先另存为 CSV（UTF-8）",
    "a text file; save it as text (UTF-8) first": "文本文件；请先另存为文本（UTF-8）",
    # catalog
    "product {id} no longer exists": "商品 {id} 已不存在",
    "someone else changed this product meanwhile; reopen it to see their changes":
        "这期间有人修改了这个商品；请重新打开查看最新内容",
    "the merchant code {code} is already used by another product": "商家编码 {code} 已被另一个商品使用",
    "this product has {sales} tallied sales and {orders} order lines, so it cannot be deleted; deactivate it instead":
        "这个商品有 {sales} 条记单和 {orders} 条订单明细，不能删除；可以改为停售",
    "exported {count} products to {path}": "已导出 {count} 个商品到 {path}",
    "imported: {created} new, {updated} updated, {unchanged} unchanged":
        "导入完成：新增 {created} 个，更新 {updated} 个，{unchanged} 个未变",
    # cue cards
    "cue deck {id} no longer exists": "话术 {id} 已不存在",
    "someone else changed this cue deck meanwhile; your text is kept in the editor, copy it before reloading":
        "这期间有人修改了这套话术；您写的内容还在编辑器里，请先复制再重新载入",
    "line {line}, column {column}: {word} — {reason}; instead: {suggestion}":
        "第 {line} 行第 {column} 列：{word} — {reason}；建议：{suggestion}",
    "{count} advertising-law findings in {path}": "{path} 中有 {count} 处广告法风险用语",
    "no advertising-law words found in {path}": "{path} 中没有发现广告法风险用语",
    # live sessions
    "only {remaining} of {name} left in stock; tally anyway?": "{name} 库存只剩 {remaining}，仍要记单吗？",
    "a title is required": "请填写标题",
    "the goal cannot be negative": "目标不能为负数",
    "the line-up needs at least one product, each once": "排品至少要有一个商品，且每个商品只能出现一次",
    "a live session is already running; stop it first": "已有一场直播正在进行，请先结束它",
    "live session {id} no longer exists": "直播场次 {id} 已不存在",
    "there is no {position}号链接 in this line-up": "本场排品里没有 {position}号链接",
    "product {id} is not in this line-up": "商品 {id} 不在本场排品里",
    "a tally is 1 to {maximum} items": "一次记单为 1 到 {maximum} 件",
    "no live session is running": "当前没有正在进行的直播",
    "this live session has ended": "这场直播已经结束",
    "{count} tallies could not be stored: {reason}": "有 {count} 条记单没能保存：{reason}",
    # order imports
    "an order export": "订单导出文件",
    "a Taobao order export": "淘宝订单导出文件",
    "a Taobao order list (ExportOrderList)": "淘宝订单列表（ExportOrderList）",
    "a Taobao order item list (ExportOrderDetailList)": "淘宝宝贝明细（ExportOrderDetailList）",
    "a Taobao order export (masked buyer data)": "淘宝订单导出文件（买家信息已脱敏）",
    "a Douyin (抖店) order export": "抖店订单导出文件",
    "a LiveHelper order template": "直播助手订单模板",
    "a catalog file": "商品表",
    "a batch-shipping file": "批量发货表",
    "{source} is not {expected}: its header does not match a known layout (found: {found})":
        "{source} 不是{expected}：表头与已知格式都对不上（文件里的列：{found}）",
    "{source} looks like {kind}, but column {columns} is missing": "{source} 像是{kind}，但缺少“{columns}”列",
    "{source} is not a well-formed CSV file (line {line})": "{source} 不是格式正确的 CSV 文件（第 {line} 行附近）",
    "{source} has a cell longer than {limit} characters (line {line}); it is not an order export":
        "{source} 第 {line} 行附近有一个单元格超过 {limit} 个字符，这不是订单导出文件",
    "this field is required": "此项不能为空",
    "'{value}' is not an order number": "“{value}”不是订单编号",
    "'{value}' is not a date and time (expected e.g. 2026-11-20 20:31:05)":
        "“{value}”不是日期时间（应填写如 2026-11-20 20:31:05）",
    "the quantity must be at least 1": "数量至少为 1",
    "the row ends early ({found} of {expected} cells); the file may be cut off":
        "这一行不完整（只有 {found} 列，应有 {expected} 列），文件可能被截断了",
    "this row repeats row {row}": "这一行与第 {row} 行重复",
    "order {order_no} already appears in row {row}": "订单 {order_no} 已在第 {row} 行出现过",
    "sub-order {order_no} already appears in row {row}": "子订单 {order_no} 已在第 {row} 行出现过",
    "differs from row {row} of the same order ('{value}' there)": "与同一订单的第 {row} 行不一致（那里是“{value}”）",
    "the amount paid {paid} is more than the order total {total}": "实付金额 {paid} 大于订单总金额 {total}",
    "the amount {amount} is more than {qty} × {price} plus shipping {shipping}":
        "应付金额 {amount} 超过了 {qty} × {price} 加运费 {shipping}",
    "the items add up to {lines} but the order's goods amount is {goods}": "明细合计 {lines}，但订单货款是 {goods}",
    # order imports: Excel workbooks
    "{source} looks like an Excel (.xlsx) file but is damaged or cut off; open it in Excel and save it again":
        "{source} 像是 Excel（.xlsx）文件，但已损坏或不完整；请用 Excel 打开后重新保存",
    "{source} is a zip file, not an Excel (.xlsx) workbook or CSV file":
        "{source} 是一个压缩文件，不是 Excel（.xlsx）工作簿或 CSV 文件",
    "{source} is too big to be an order export ({size} MB unpacked, at most {limit} MB)":
        "{source} 太大，不像订单导出文件（解压后 {size} MB，最多 {limit} MB）",
    "{source} is too big to be an order export ({what})": "{source} 太大，不像订单导出文件（{what}）",
    "more than {limit} rows": "超过 {limit} 行",
    "more than {limit} columns": "超过 {limit} 列",
    "{source} has no worksheet": "{source} 里没有工作表",
    # manual orders
    "the buyer's name is required": "请填写收件人姓名",
    "a phone number is required": "请填写联系电话",
    "'{value}' is not a phone number: a mobile number has 11 digits starting with 13 to 19, a landline "
    "starts with its area code (e.g. 0912-1234567)":
        "“{value}”不是有效的电话号码：手机号为 13 至 19 开头的 11 位数字，固定电话需带区号（如 0912-1234567）",
    "a province is required": "请选择省份",
    "'{value}' is not a province, region or municipality of China (e.g. 陕西省, 北京市)":
        "“{value}”不是省、自治区或直辖市（如 陕西省、北京市）",
    "a city is required": "请填写城市",
    "'{value}' is the province; give the city (e.g. 榆林市)": "“{value}”是省份，请填写城市（如 榆林市）",
    "a district or county is required": "请填写区/县",
    "the detailed address needs at least {limit} characters (street, number, building)":
        "详细地址至少 {limit} 个字（街道、门牌号、楼栋）",
    "the quantity of each product must be a whole number from 1 to {maximum}":
        "每件商品的数量应为 1 到 {maximum} 之间的整数",
    "add at least one product": "请至少添加一件商品",
    "the shipping fee must be from 0.00 to {maximum}": "运费应在 0.00 到 {maximum} 之间",
    "“{name}” is not on sale (停售); put it on sale first or choose another product":
        "“{name}”已停售；请先改为在售，或选择其他商品",
    "the order could not be numbered because other orders were being saved at the same time; please try again":
        "同时有其他订单在保存，没能生成订单编号；请再试一次",
    # packing tasks and couriers
    "to pack": "待打包",
    "packing": "打包中",
    "packed": "已打包",
    "shipped": "已发货",
    "problem": "异常",
    "cancelled": "已取消",
    "unknown task state “{state}”": "未知的任务状态“{state}”",
    "the task is already {state}": "任务已经是“{state}”状态",
    "a task cannot go from {from_state} to {to_state}": "任务不能从“{from_state}”改为“{to_state}”",
    "a reason is required to mark a task as a problem": "标记为异常需要填写原因",
    "a reason has at most {limit} characters": "原因最多 {limit} 个字",
    "a courier is required to ship a task": "发货需要选择物流公司",
    "unknown courier “{courier}”": "未知的物流公司“{courier}”",
    "this task was changed meanwhile (now version {actual}, yours was {expected}); reload it and try again":
        "这个任务已被别人修改（当前版本 {actual}，你的版本 {expected}），请刷新后重试",
    "a tracking number is required": "请填写运单号",
    "a tracking number has only letters and digits, not “{char}”": "运单号只能包含字母和数字，不能有“{char}”",
    "a tracking number has at least {limit} characters": "运单号至少 {limit} 位",
    "a tracking number has at most {limit} characters": "运单号最多 {limit} 位",
    "a tracking number contains digits": "运单号应包含数字",
    "{count} digits": "{count} 位数字",
    "{prefix} followed by {count} digits": "{prefix} 加 {count} 位数字",
    "JD followed by digits": "JD 加数字",
    "13 digits starting with 1 or 9, or an international number such as EA123456789CN":
        "以 1 或 9 开头的 13 位数字，或 EA123456789CN 这样的国际单号",
    "{courier} tracking numbers are usually {shape}; please check {number}":
        "{courier}的运单号通常是{shape}，请核对 {number}",
    "{number} looks like a {courier} tracking number": "{number} 看起来是{courier}的运单号",
    "the check digit of {number} does not match; please look for a typo": "{number} 的校验位不对，请检查是否输错",
    # orders and the shipping queue
    "order {order_no}: {reason}": "订单 {order_no}：{reason}",
    "these orders were changed by another import meanwhile; nothing was written, please try again":
        "这些订单刚被另一次导入修改过；本次没有写入任何数据，请重试",
    "packing task {id} no longer exists": "打包任务 {id} 已不存在",
    "tracking number {number} is already used by order {order_no}": "运单号 {number} 已用于订单 {order_no}",
    "tracking number {number} is already used by another packing task": "运单号 {number} 已用于另一个打包任务",
    "{source} ({layout}): orders {orders_new} new, {orders_changed} changed, {orders_unchanged} unchanged; "
    "lines {lines_new} new, {lines_changed} changed, {lines_unchanged} unchanged; {bad} bad rows":
        "{source}（{layout}）：订单新增 {orders_new} 个，变更 {orders_changed} 个，{orders_unchanged} 个未变；"
        "明细新增 {lines_new} 行，变更 {lines_changed} 行，{lines_unchanged} 行未变；{bad} 行有误",
    "{count} item lines wait for their Taobao order list": "有 {count} 行宝贝明细在等待对应的淘宝订单列表",
    "no catalog product for “{title}”": "“{title}”没有对应的商品",
    "{count} bad rows were left out and written to {path}": "有 {count} 行数据有误，已跳过并写入 {path}",
    "{count} orders": "共 {count} 个订单",
    "exported {count} shipments to {path}": "已导出 {count} 条发货记录到 {path}",
    "choose at least two tasks to merge": "请至少选择两个任务来合并",
    "task #{id} is {state}; only tasks to pack can be merged": "任务 #{id} 是“{state}”状态，只有待打包的任务才能合并",
    "the buyer or address of task #{id} is hidden or incomplete; it cannot be merged":
        "任务 #{id} 的收件人或地址被平台隐藏或不完整，不能合并",
    "these tasks go to different buyers or addresses; only parcels to the same buyer and address can be merged":
        "这些任务的收件人或地址不同，只有同一收件人、同一地址的包裹才能合并",
    # database
    "cannot create the data folder {folder}: {reason}": "无法创建数据文件夹 {folder}：{reason}",
    "cannot open the database {url}: {reason}": "无法打开数据库 {url}：{reason}",
    "PostgreSQL support is not installed ({module} is missing): pip install \"livehelper[postgres]\"":
        "未安装 PostgreSQL 支持（缺少 {module}）：请运行 pip install \"livehelper[postgres]\"",
    "the data folder {folder} is not writable": "数据文件夹 {folder} 不可写",
    "cannot back up the database before upgrading it: {reason}": "升级数据库前无法备份：{reason}",
    "the database {url} needs an upgrade": "数据库 {url} 需要升级",
    "this database was written by a newer LiveHelper (schema {revision}); please install the newer version":
        "这个数据库由更新版本的直播助手写入（结构版本 {revision}），请安装新版本",
    "{path} is a folder, not a database file": "{path} 是文件夹，不是数据库文件",
    "{url} is not a LiveHelper database": "{url} 不是直播助手的数据库",
    "the database cannot be saved: the disk is full. Free some space, then try again; what you entered is kept "
    "until then": "数据库无法保存：磁盘已满。请腾出一些空间后再试；您输入的内容会一直保留",
    "the database cannot be saved: the file or its folder is read-only":
        "数据库无法保存：数据库文件或所在文件夹是只读的",
    # backups and restore
    "automatic backups are off: a shared database is backed up by its server (see the README), not by LiveHelper":
        "自动备份已关闭：共享数据库由它的服务器备份（见 README），不由直播助手备份",
    "backup and restore work on a SQLite database file; a shared database is backed up and restored with its "
    "server's own tools": "备份和恢复只适用于 SQLite 数据库文件；共享数据库请用它的服务器自带的工具备份和恢复",
    "backups are kept in {folder}": "备份保存在 {folder}",
    "cannot back up the database to {folder}: {reason}": "无法把数据库备份到 {folder}：{reason}",
    "cannot restore the database {path}: {reason}": "无法恢复数据库 {path}：{reason}",
    "cannot use {folder} for backups: {reason}": "不能用 {folder} 保存备份：{reason}",
    "the folder is not writable": "文件夹不可写",
    "restored {path} (schema {revision}) into {database}": "已把 {path}（结构版本 {revision}）恢复到 {database}",
    "the database as it was is saved in {path}": "恢复前的数据库已保存到 {path}",
    "the database {path} is in use; close LiveHelper and try again": "数据库 {path} 正在使用中，请先关闭直播助手再试",
    "there is no database at {path} yet": "{path} 还没有数据库",
    "{path} is not a LiveHelper backup": "{path} 不是直播助手的备份",
    "{path} is the database itself, not a backup": "{path} 就是数据库本身，不是备份",
    "{path} was written by a newer LiveHelper (schema {revision}); this version knows schemas up to {known}":
        "{path} 由更新版本的直播助手写入（结构版本 {revision}），这个版本只认识到 {known} 的结构",
    # buyer data lifecycle (issue 7, engineer "sync")
    "keep buyer data 1 to {maximum} days": "买家信息保留天数应为 1 到 {maximum} 天",
    "{count} orders have buyer data older than {days} days (nothing changed)":
        "有 {count} 个订单的买家信息已超过 {days} 天（未做任何修改）",
    "buyer data of {count} orders masked (older than {days} days)": "已隐去 {count} 个订单的买家信息（超过 {days} 天）",
    # moving everything to a new PC (issue 7, engineer "portable")
    "the export failed: {reason}": "导出失败：{reason}",
    "{path} is not a LiveHelper export": "{path} 不是直播助手的导出文件",
    "{path} is damaged: {reason}": "{path} 已损坏：{reason}",
    "{entry} does not match its checksum": "{entry} 与校验值不符",
    "its database is not at schema {revision}": "其中的数据库不是第 {revision} 版结构",
    "table {table} has {found} rows instead of {expected}": "表 {table} 有 {found} 行，应为 {expected} 行",
    "the database already holds data; importing would mix two shops. Import into an empty database, or replace "
    "what is there (--replace; a backup is taken first)":
        "数据库里已有数据，导入会把两家店的数据混在一起。请导入到空数据库，或替换现有数据"
        "（--replace，替换前会先备份）",
    "the import failed and nothing was changed: {reason}": "导入失败，未做任何修改：{reason}",
    "exported {rows} rows of {tables} tables to {path}": "已将 {tables} 张表共 {rows} 行导出到 {path}",
    "the database as it was before the import is saved in {path}": "导入前的数据库已保存到 {path}",
    "imported {rows} rows from {path} (written by LiveHelper {version} on {created_at})":
        "已从 {path} 导入 {rows} 行（由直播助手 {version} 于 {created_at} 导出）",
    # group robots (issue 6)
    "a robot needs a name": "机器人需要一个名称",
    "a robot name has at most {count} characters": "机器人名称最多 {count} 个字",
    "the webhook address must start with https://": "Webhook 地址必须以 https:// 开头",
    "a WeCom webhook address contains key=…": "企业微信机器人的 Webhook 地址里应有 key=…",
    "a DingTalk webhook address contains access_token=…": "钉钉机器人的 Webhook 地址里应有 access_token=…",
    "a Feishu webhook address contains /hook/…": "飞书机器人的 Webhook 地址里应有 /hook/…",
    "unknown robot platform {platform}": "不认识的机器人平台 {platform}",
    "DingTalk and Feishu robots need their signing secret": "钉钉和飞书机器人需要填写签名密钥（加签）",
    "there is already a robot called {name}": "已经有一个叫 {name} 的机器人",
    "there is no robot called {name}": "没有叫 {name} 的机器人",
    "the helper page address must start with http://": "帮手页面地址必须以 http:// 开头",
    "no group robot is set up yet": "还没有设置群机器人",
    "robot {name}: sent": "机器人 {name}：已发送",
    "robot {name}: not sent ({reason})": "机器人 {name}：未发送（{reason}）",
    # command line and self-test
    "livehelper: {reason}": "livehelper：{reason}",
    "{problem} (see livehelper --help)": "命令行有误：{problem}（用法见 livehelper --help）",
    "the following arguments are required: {names}": "缺少：{names}",
    "unrecognized arguments: {words}": "看不懂这些参数：{words}",
    "argument {name}: invalid choice: {value} (choose from {choices})": "{name} 不能是 {value}，可选：{choices}",
    "argument {name}: expected one argument": "{name} 后面要跟一个值",
    "argument {name}: invalid value {value}": "{name} 不能是 {value}",
    "livehelper: no display found. Start it from a desktop session, or run it under xvfb-run; "
    "'livehelper selftest' also works with QT_QPA_PLATFORM=offscreen":
        "livehelper：找不到显示器。请在桌面环境中启动，或用 xvfb-run 运行；"
        "“livehelper selftest”在 QT_QPA_PLATFORM=offscreen 下也能运行",
    "selftest ok: {workspaces} workspaces, {products} products, database {url}":
        "自检通过：{workspaces} 个工作区，{products} 个商品，数据库 {url}",
    "selftest: window shown": "自检：窗口已显示",
    "selftest: the database check found problems: {problems}": "自检：数据库检查发现问题：{problems}",
    # helper mode on a second PC (services/remote_queue.py)
    "Not a LiveHelper address: {url}": "不是直播助手的地址：{url}",
    "Cannot reach the LiveHelper PC at {url}; check that it is on and on the same network ({reason})":
        "连不上 {url} 的直播助手电脑，请检查它是否开着、是否在同一个网络（{reason}）",
    "This PC's pairing was revoked or is unknown; ask for a new pairing link":
        "这台电脑的配对已被取消或无效，请重新要一个配对链接",
    "Someone changed this task first: {detail}": "有人先改了这个任务：{detail}",
    "The LiveHelper PC refused: {detail}": "直播助手电脑拒绝了：{detail}",
    "The LiveHelper PC answered with an error ({status}): {detail}": "直播助手电脑返回错误（{status}）：{detail}",
    # stock ledger (issue 16)
    "receipt": "入库",
    "count": "盘点",
    "shipment": "发货",
    "return": "退回",
    "'{value}' is not a change of stock (expected e.g. +10 or -2)": "“{value}”不是库存变动（应填写如 +10 或 -2）",
    "a change of stock cannot be zero": "库存变动不能为 0",
    "a reason is required": "请填写原因",
    "that would leave {balance} in stock; on hand cannot go below 0": "这样在库会变成 {balance}；在库不能少于 0",
    "no product with merchant code or id “{key}”": "没有商家编码或编号为“{key}”的商品",
    "{product}: on hand {before} → {after}, reserved {reserved}, available {available}":
        "{product}：在库 {before} → {after}，占用 {reserved}，可售 {available}",
    "id\tmerchant code\tproduct\ton hand\treserved\tavailable": "编号\t商家编码\t商品\t在库\t占用\t可售",
    "{count} products": "共 {count} 个商品",
    "{count} stock movements": "共 {count} 条库存记录",
}

from livehelper.domain.messages_zh_orders import ORDERS_ZH  # noqa: E402  (issue 15's messages)

ZH_CN.update(ORDERS_ZH)
