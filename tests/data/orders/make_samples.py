"""Writes the sample order exports in this folder. Every person, phone and address in them is made up.

Run once from the repository root: python tests/data/orders/make_samples.py
The files are kept in the repository; rerunning rewrites them byte for byte.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2026, 11, 21, 12, 0, 0)
FIXED_STAMP = b"2026-11-21T12:00:00Z"

TAOBAO_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额",
    "返点积分", "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言", "收货人姓名", "收货地址 ",
    "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题 ", "宝贝种类", "物流单号",
    "物流公司", "订单备注", "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费",
    "发票抬头", "是否手机订单", "分阶段订单信息", "特权订金订单id", "是否上传合同照片", "是否上传小票", "是否代付",
    "定金排名", "修改后的sku", "修改后的收货地址", "异常信息", "天猫卡券抵扣", "集分宝抵扣", "是否是O2O交易",
]


def _taobao_row(common: dict[str, str], **values: str) -> list[str]:
    values = {**common, **values}
    row = ["null"] * len(TAOBAO_HEADER)
    names = [name.strip() for name in TAOBAO_HEADER]
    for name, value in values.items():
        row[names.index(name)] = value
    return row


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def taobao_orders() -> bytes:
    common = {"买家支付积分": "0", "返点积分": "0", "买家实际支付积分": "0", "运送方式": "快递", "店铺Id": "0",
              "店铺名称": "米脂小米山货铺", "卖家服务费": "0", "买家服务费": "0元", "是否手机订单": "手机订单",
              "宝贝种类": "1", "是否代付": "否", "是否上传合同照片": "否", "是否上传小票": "否"}
    rows = [
        _taobao_row(common, 订单编号='="3301928374650012345"', 买家会员名="t_1589xxxx", 买家支付宝账号="l**@163.com",
                    买家应付货款="59.80", 买家应付邮费="0.00", 总金额="59.80", 买家实际支付金额="54.80",
                    订单状态="买家已付款，等待卖家发货", 买家留言="晚上七点后送，谢谢", 收货人姓名="李秀英",
                    收货地址="陕西省 榆林市 米脂县 银州街道 东大街18号 (718100)", 联系手机="'13800138000",
                    订单创建时间="2026-11-20 20:31:05", 订单付款时间="2026-11-20 20:31:40",
                    宝贝标题="米脂小米 2.5kg 包邮 新米", 宝贝总数量="2"),
        _taobao_row(common, 订单编号="'3301928374650012346", 买家会员名="abc小店", 买家支付宝账号="1380****111",
                    买家应付货款="36.00", 买家应付邮费="6.00", 总金额="42.00", 买家实际支付金额="42.00",
                    订单状态="卖家已发货，等待买家确认", 收货人姓名="王建国",
                    收货地址="河北省 邢台市 巨鹿县 堤村乡 王家庄村 (055250)", 联系手机="'13912345678",
                    订单创建时间="2026-11-20 20:40:12", 订单付款时间="2026-11-20 20:41:00",
                    宝贝标题="巨鹿金银花 50g 罐装", 宝贝总数量="1", 物流公司="中通快递", 物流单号="'78512345678901"),
        _taobao_row(common, 订单编号='="3301928374650012347"', 买家会员名="tb2231", 买家支付宝账号="null",
                    买家应付货款="19.90", 买家应付邮费="0.00", 总金额="19.90", 买家实际支付金额="0.00",
                    订单状态="交易关闭", 收货人姓名="赵敏", 收货地址="北京 北京市 朝阳区 望京街道 阜通东大街6号",
                    联系手机="'13700001111", 订单创建时间="2026-11-20 21:02:44",
                    宝贝标题="小米锅巴 香辣味 10袋", 宝贝总数量="1", 订单关闭原因="买家不想买了"),
        _taobao_row(common, 订单编号='="3301928374650012348"', 买家会员名="lucky猫", 买家支付宝账号="null",
                    买家应付货款="89.70", 买家应付邮费="0.00", 总金额="89.70", 买家实际支付金额="89.70",
                    订单状态="买家已付款，等待卖家发货", 收货人姓名="陈*", 收货地址="广东省 东莞市 南城街道 鸿福路88号",
                    联系手机="138****5678", 订单创建时间="2026/11/20 21:15", 订单付款时间="2026/11/20 21:16",
                    宝贝标题="米脂小米 2.5kg 包邮 新米,小米锅巴 香辣味 10袋", 宝贝种类="2", 宝贝总数量="3",
                    订单备注="送锅巴试吃装"),
    ]
    return _csv([TAOBAO_HEADER, *rows]).encode("gbk")


def taobao_items() -> bytes:
    header = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态",
              "商家编码"]
    rows = [
        ['="3301928374650012345"', "米脂小米 2.5kg 包邮 新米", "29.90", "2", "null", "净含量:2.5kg", "null", "null",
         "买家已付款，等待卖家发货", "MZ-XM-25"],
        ['="3301928374650012346"', "巨鹿金银花 50g 罐装", "36.00", "1", "JL-JYH-50", "规格:50g罐装", "null", "null",
         "卖家已发货，等待买家确认", "null"],
        ['="3301928374650012348"', "米脂小米 2.5kg 包邮 新米", "29.90", "2", "null", "净含量:2.5kg", "null", "null",
         "买家已付款，等待卖家发货", "MZ-XM-25"],
        ['="3301928374650012348"', "小米锅巴 香辣味 10袋", "29.90", "1", "null", "口味:香辣", "null", "null",
         "买家已付款，等待卖家发货", "GB-XL-10"],
    ]
    return _csv([header, *rows]).encode("gbk")


TAOBAO_MASKED_HEADER = [
    "订单编号", "支付单号", "买家应付货款", "买家应付邮费", "总金额", "买家实付金额", "订单状态", "收货地址",
    "运送方式", "订单创建时间", "商品标题", "宝贝种类", "物流单号", "物流公司", "备注标签", "商家备注",
    "宝贝总数量", "开票信息", "手机订单", "商品属性SKU", "发货时间",
]


def taobao_masked_rows() -> list[list[str]]:
    return [
        ["\t3512345678901234567", "\t2026112022001188001234567890", "59.80", "0.00", "59.80", "59.80",
         "买家已付款，等待卖家发货", "江苏省 南京市 建邺区 沙洲街道****", "快递", "2026-11-21 19:05:33",
         "米脂小米 2.5kg 包邮 新米", "1", "", "", "", "", "2", "", "是", "净含量:2.5kg", ""],
        ["\t3512345678901234568", "\t2026112022001188001234567891", "36.00", "6.00", "42.00", "40.00",
         "交易成功", "四川省 成都市 武侯区 ****", "快递", "2026-11-21 19:20:01",
         "巨鹿金银花 50g 罐装", "1", "SF1234567890123", "顺丰速运", "", "老客户", "1", "", "是", "规格:50g罐装",
         "2026-11-22 10:00:00"],
    ]


def taobao_masked() -> bytes:
    return _csv([TAOBAO_MASKED_HEADER, *taobao_masked_rows()]).encode("utf-8-sig")


def _typed_cell(column: str, text: str) -> object:
    """What Excel holds for a cell of Taobao's .xlsx export: numbers and times as such, ids as text."""
    text = text.strip()
    if not text:
        return None
    if column.endswith(("时间",)):
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    if column in ("宝贝种类", "宝贝总数量"):
        return int(text)
    if column.endswith(("货款", "邮费", "金额")):
        return float(text)
    return text


def xlsx_bytes(header: list[str], rows: list[list[object]], title: str = "订单") -> bytes:
    """An .xlsx workbook with one sheet, the same bytes on every run (fixed document and zip entry times)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
    workbook.properties.creator = "LiveHelper tests"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    saved = io.BytesIO()
    workbook.save(saved)
    return repack(saved.getvalue())


def repack(data: bytes) -> bytes:
    """A saved workbook with fixed zip entry and document times: the same bytes on every run."""
    repacked = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(repacked, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            entry = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(member)
            if member.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED_STAMP, content)
            target.writestr(entry, content)
    return repacked.getvalue()


def taobao_masked_xlsx() -> bytes:
    """The orders of taobao_masked.csv as Taobao's .xlsx export holds them."""
    rows = [[_typed_cell(column, text) for column, text in zip(TAOBAO_MASKED_HEADER, row, strict=True)]
            for row in taobao_masked_rows()]
    return xlsx_bytes(TAOBAO_MASKED_HEADER, rows)


def douyin() -> bytes:
    header = ["主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价",
              "订单应付金额", "运费", "收件人", "收件人手机号", "省", "市", "区", "街道", "详细地址", "买家留言",
              "订单提交时间", "支付完成时间", "商家备注", "订单完成时间", "订单状态", "售后状态", "取消原因",
              "发货时间", "达人ID", "达人昵称", "流量来源"]
    rows = [
        ["\t6928374650012345678", "\t6928374650012345679", "【新米】米脂黄小米 2.5kg/袋", "2.5kg/袋", "1",
         "\t3601234567890", "MZ-XM-25", "29.90", "29.90", "0.00", "##6A1B2C3D4E5F", "$$9F8E7D6C5B4A", "浙江省",
         "杭州市", "西湖区", "文新街道", "##C0FFEE0123", "-", "2026-11-20 20:35:10", "2026-11-20 20:35:30", "-", "-",
         "待发货", "-", "-", "-", "-", "-", "直播"],
        ["\t6928374650012345678", "\t6928374650012345680", "小米锅巴 香辣味 10袋", "香辣味", "2", "\t3601234567891",
         "GB-XL-10", "19.90", "35.80", "0.00", "##6A1B2C3D4E5F", "$$9F8E7D6C5B4A", "浙江省", "杭州市", "西湖区",
         "文新街道", "##C0FFEE0123", "-", "2026-11-20 20:35:10", "2026-11-20 20:35:30", "-", "-", "待发货", "-", "-",
         "-", "-", "-", "直播"],
        ["\t6928374650099990001", "\t6928374650099990002", "巨鹿金银花 50g 罐装", "50g/罐", "1", "\t3601234567892",
         "JL-JYH-50", "36.00", "36.00", "0.00", "##77AA88BB", "$$1234ABCD", "河南省", "郑州市", "金水区", "-",
         "##DEADBEEF", "麻烦发顺丰", "2026-11-20 21:01:00", "2026-11-20 21:01:20", "-", "-", "已关闭", "退款成功",
         "-", "-", "-", "-", "直播"],
    ]
    return _csv([header, *rows]).encode("utf-8-sig")


def generic() -> bytes:
    header = ["平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品", "规格",
              "商家编码", "数量", "单价", "运费", "买家留言", "订单状态"]
    rows = [
        ["微信", "WX20261120-01", "2026-11-20 18:00", "刘桂兰", "138 0013 8001", "山东省", "济南市", "历下区",
         "泉城路 100号 3单元 502", "米脂黄小米", "2.5kg/袋", "MZ-XM-25", "2", "29.90", "8", "要新米", ""],
        ["微信", "WX20261120-01", "", "", "", "", "", "", "", "小米锅巴", "香辣味 10袋", "GB-XL-10", "1", "¥19.90", "",
         "", ""],
        ["电话", "TEL-0002", "2026/11/20 19:30", "孙大伟", "+86 139-1234-0002", "陕西省", "榆林市", "米脂县",
         "城关镇 南街 7号", "巨鹿金银花", "50g/罐", "JL-JYH-50", "1", "36.00元", "0", "", "已付款"],
    ]
    return _csv([header, *rows]).encode("utf-8-sig")


SAMPLES = {
    "taobao_ExportOrderList.csv": taobao_orders,
    "taobao_ExportOrderDetailList.csv": taobao_items,
    "taobao_masked.csv": taobao_masked,
    "taobao_masked.xlsx": taobao_masked_xlsx,
    "douyin.csv": douyin,
    "generic.csv": generic,
}


if __name__ == "__main__":
    for name, make in SAMPLES.items():
        (HERE / name).write_bytes(make())
        print(f"wrote {name}")
