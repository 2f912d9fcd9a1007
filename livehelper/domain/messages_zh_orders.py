"""Chinese (zh_CN) renderings of the order-import and shipping-file messages (issue 15), merged into ZH_CN."""

ORDERS_ZH: dict[str, str] = {
    "a Kuaishou (快手小店) order export": "快手小店订单导出文件",
    "a Pinduoduo (拼多多) order export": "拼多多订单导出文件",
    "a WeChat shop (微信小店 / 视频号) order export": "微信小店（视频号小店）订单导出文件",
    "a Youzan (有赞) order export": "有赞订单导出文件",
    "this file has no item lines, only each order's title text: import the Taobao item list "
    "(ExportOrderDetailList / 销售明细) next":
        "这个文件没有商品明细，只有每个订单的宝贝标题：接着导入淘宝的宝贝明细（ExportOrderDetailList / 销售明细）",
    "this file has no recipient address: pack from the order number, items and note, and print the labels in the "
    "platform's own shipping tool":
        "这个文件没有收货地址：按订单号、商品和备注打包，面单在平台自己的发货工具里打印",
    "this file has no item lines, only each order's product names: match them to the catalog in the preview":
        "这个文件没有商品明细，只有每个订单的全部商品名称：请在预览里把它们对应到商品",
    "'{value}' is not a phone number (expected a mobile such as 13800138000, 138****5678, a virtual number with its "
    "extension such as 13800000000-1234, or a landline such as 0571-88881234)":
        "“{value}”不是电话号码（应为手机号如 13800138000、138****5678，带分机号的虚拟号如 13800000000-1234，"
        "或带区号的座机如 0571-88881234）",
    "{source} is not {expected}: column {columns} is missing": "{source} 不是{expected}：缺少“{columns}”列",
    "{source} resembles {kind}, but columns {columns} are missing; export the orders again with every column, or "
    "choose the platform":
        "{source} 像是{kind}，但缺少“{columns}”列；请导出包含全部列的订单，或选择平台",
    "{source} has no worksheet that is {expected}": "{source} 里没有一张工作表是{expected}",
    "Sheet {sheet}, row {row}, {column}: {reason}": "工作表“{sheet}”第 {row} 行，{column}：{reason}",
    "Excel rounded this order number to {value} and its last digits are lost: export the orders from the platform "
    "again and import that file without opening and saving it in Excel":
        "Excel 把这个订单号改成了 {value}，末几位已经丢失：请从平台重新导出订单，不要用 Excel 打开保存，直接导入",
    "{source} is protected by a password: enter it to import the file (on the command line: --password PASSWORD)":
        "{source} 设有密码：请输入密码后导入（命令行：--password 密码）",
    "the password for {source} is wrong; try again": "{source} 的密码不对，请再试一次",
    "{source} is a protected workbook that could not be opened; open it in Excel, remove the password and save it "
    "again":
        "{source} 是加密的工作簿，无法打开；请用 Excel 打开，去掉密码后另存",
    "{source} looks like an Excel 97–2003 (.xls) file but is damaged or cut off; open it in Excel and save it again":
        "{source} 像是 Excel 97–2003（.xls）文件，但已损坏或不完整；请用 Excel 打开后重新保存",
    "sheets skipped (not orders or items): {sheets}": "已跳过的工作表（不是订单或商品明细）：{sheets}",
    "exported {count} shipments to {path}: the file for {platform}":
        "已导出 {count} 个发货到 {path}：这是{platform}的文件",
    "Taobao / 千牛 batch shipping (CSV)": "淘宝 / 千牛批量发货（CSV）",
    "Pinduoduo (拼多多) bulk shipping (.xlsx)": "拼多多批量发货（.xlsx）",
    "Douyin (抖店) bulk shipping (.xlsx)": "抖店批量发货（.xlsx）",
    "Kuaishou (快手小店) bulk shipping (.xlsx)": "快手小店批量发货（.xlsx）",
    "WeChat shop (微信小店 / 视频号) bulk shipping (.xlsx)": "微信小店（视频号）批量发货（.xlsx）",
    "Youzan (有赞) bulk shipping (.xlsx)": "有赞批量发货（.xlsx）",
    "shipping list for your own records (CSV)": "自己留存的发货清单（CSV）",
    "no item lines yet ({title}): import the Taobao item list (ExportOrderDetailList / 销售明细) of the same orders":
        "还没有商品明细（{title}）：请导入同一批订单的淘宝宝贝明细（ExportOrderDetailList / 销售明细）",
    "the export names the items only as: {title}": "导出文件只写了商品名称：{title}",
    "the export had no address: print the label in the platform's own shipping tool":
        "导出文件里没有地址：请在平台自己的发货工具里打印面单",
}
