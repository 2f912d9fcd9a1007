"""Chinese for the command line's help texts and argparse's own headings (`livehelper --lang zh_CN --help`)."""

from __future__ import annotations

CLI_HELP_ZH: dict[str, str] = {
    # argparse's own words
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示这段帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    # ours
    "SQLAlchemy database URL (or LIVEHELPER_DB)": "SQLAlchemy 数据库地址（或环境变量 LIVEHELPER_DB）",
    "a folder, or a file name ending in .sqlite3 (default: the backup folder)":
        "一个文件夹，或以 .sqlite3 结尾的文件名（默认：备份文件夹）",
    "a task state (pending, 待打包 …) or the platform's order status": "任务状态（pending、待打包 …）或平台的订单状态",
    "add a helper; prints their token (once) and the pairing address": "添加帮手；打印其令牌（仅此一次）和配对地址",
    "address to listen on (default 127.0.0.1; 0.0.0.0 for every network)":
        "监听的地址（默认 127.0.0.1；0.0.0.0 表示所有网络）",
    "advertising-law check; exit 1 when it finds words": "广告法检查；查到违禁词时退出码为 1",
    "back up the database (SQLite) now; prints the backup's path": "立即备份数据库（SQLite）；打印备份文件路径",
    "batch-shipping file for the platforms": "给平台的批量发货文件",
    "bring everything from FILE.zip into this (empty) database": "把 FILE.zip 里的全部数据导入这个（空的）数据库",
    "buyer personal data": "买家个人信息",
    "check a cue-card script": "检查话术稿",
    "default 8765; 0 picks a free one": "默认 8765；0 表示自动选一个空闲端口",
    "delete what the database holds first (a SQLite database is backed up before)":
        "先清空数据库现有内容（SQLite 数据库会先备份）",
    "export all products to a CSV file": "把全部商品导出为 CSV 文件",
    "fill an empty database with demo data": "在空数据库里填入演示数据",
    "folder for the database and settings": "数据库和设置所在的文件夹",
    "group-robot notices (WeCom, DingTalk, Feishu)": "群机器人通知（企业微信、钉钉、飞书）",
    "helper mode: work on another LiveHelper's queue (its pairing link)":
        "帮手模式：处理另一台直播助手的发货队列（用它的配对链接）",
    "import a platform order export (CSV, .xlsx or .xls)": "导入平台导出的订单（CSV、.xlsx 或 .xls）",
    "the password of a protected workbook": "加密工作簿的密码",
    "import or export the catalog as CSV": "以 CSV 导入或导出商品",
    "import or list platform orders": "导入或列出平台订单",
    "import products from a CSV file": "从 CSV 文件导入商品",
    "import the good rows; write the bad ones to FILE.rejected.csv": "导入正确的行；有问题的行写入 FILE.rejected.csv",
    "interface language": "界面语言",
    "keep the automatic backups in DIR from now on": "从现在起把自动备份放在 DIR",
    "list helpers": "列出帮手",
    "the token stops working after N days": "令牌在 N 天后失效",
    "list the orders": "列出订单",
    "machine-readable output": "输出机器可读的 JSON",
    "mask buyer name, phone and address of orders shipped or closed more than N days ago (the setting, 90 by "
    "default)": "隐去发货或关闭超过 N 天的订单的买家姓名、电话和地址（按设置，默认 90 天）",
    "move everything to another PC as one zip file": "把全部数据打成一个 zip 文件搬到另一台电脑",
    "also the group robots' webhook keys and signing secrets, sealed with a passphrase (asked for, or taken from "
    "LIVEHELPER_PASSPHRASE)":
        "连同群机器人的 Webhook 密钥和加签密钥，用口令加密（会询问口令，或取自 LIVEHELPER_PASSPHRASE）",
    "only count the orders that would be purged": "只统计会被隐去的订单数，不改动",
    "only this robot (default: every enabled robot)": "只用这个机器人（默认：所有已启用的机器人）",
    "open every workspace, check the database, exit 0 when healthy": "打开每个工作区并检查数据库，一切正常时退出码为 0",
    "also say when the window is shown (bench/startup.py times it)":
        "另外报告窗口何时显示（bench/startup.py 据此计时）",
    "packer: the shipping queue; assistant: also cue cards and tallies":
        "packer（打包）：发货队列；assistant（助播）：还能翻话术、记销量",
    "people allowed on the LAN helper page": "可以使用局域网帮手页面的人",
    "print a JSON array of orders": "以 JSON 数组打印订单",
    "print the summary as one JSON object": "以一个 JSON 对象打印汇总",
    "replace the database with a backup (close LiveHelper first)": "用备份替换数据库（请先关闭直播助手）",
    "run the LAN helper page without the desktop window": "不开桌面窗口，只运行局域网帮手页面",
    "send a test notice": "发送一条测试通知",
    "send today's summary now": "立即发送今日汇总",
    "show the backup folder and the backups in it": "显示备份文件夹和其中的备份",
    "show this helper full names, phones, addresses": "让这位帮手看到完整的姓名、电话和地址",
    "stop a helper's token working, at once": "立即停用帮手的令牌",
    "the helper page's address for the pairing link (default: this PC's LAN address, port 8765)":
        "配对链接里帮手页面的地址（默认：本机局域网地址，端口 8765）",
    "the robots, secrets masked": "列出机器人（密钥已隐去）",
    "this many days instead of the setting (this run only)": "这次用这个天数代替设置（仅本次）",
    "write the catalog, cue cards, sessions, orders, tasks and settings into FILE.zip":
        "把商品、话术、直播场次、订单、任务和设置写入 FILE.zip",
    "each platform's bulk-shipping upload file for the shipped tasks not yet exported":
        "为已发货但尚未导出的任务生成各平台自己的批量发货文件",
    "only this platform's file (default: one file per platform in the queue)":
        "只生成这个平台的文件（默认：队列里每个平台各一个文件）",
    # stock (issue 16)
    "stock on hand, reserved and available, and the stock ledger": "库存：在库、占用、可售，以及库存流水",
    "on hand, reserved and available of every product": "每个商品的在库、占用和可售",
    "print a JSON array": "以 JSON 数组打印",
    "add a receipt (+10) or take off a loss (-2) with its reason": "登记入库（+10）或减去损耗（-2），并写明原因",
    "merchant code or product id": "商家编码或商品编号",
    "the change, e.g. +10 or -2": "变动数量，如 +10 或 -2",
    "why (received, harvested, broken …)": "原因（到货、收获、破损 …）",
    "set on hand to a count; the difference is recorded": "按盘点结果设定在库数，差额记入流水",
    "how many are in the storeroom": "库房里实有多少",
    "why (optional)": "原因（可不填）",
    "the stock ledger of one product, newest first": "一个商品的库存流水，最新的在前",
}


def help_text(text: str, lang: str) -> str:
    return CLI_HELP_ZH.get(text, text) if lang == "zh_CN" else text
