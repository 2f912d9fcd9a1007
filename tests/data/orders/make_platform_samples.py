# ruff: noqa: E501  (the public header rows and sample rows read best one record a line)
"""Writes the order exports of today's platforms in this folder (issue 15). Every person, phone and address in
them is made up; the header rows are the public ones collected in REFERENCE.md ("Platform order exports as
sellers download them today": the column lists public order tools, ERP importers and BI schemas use), and
the Taobao classic / 抖店 notes above it (GBK, ="…" and tab-prefixed ids, null and - for empty, ##ciphertext).
快手's four address columns (收货地址-省/-市/-区/-街道) follow its open platform's note that order addresses are
four-level since the 2021 division codes (https://open.kwaixiaodian.com/zone/new/docs/api?name=open.address.district.list).

Run once from the repository root: python tests/data/orders/make_platform_samples.py
The files are kept in the repository; rerunning rewrites them byte for byte, except the password-protected
workbook (encryption salts are random; its test compares what it decrypts to).
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.orders.make_samples import TAOBAO_HEADER, xlsx_bytes  # noqa: E402

KUAISHOU_PASSWORD = "ks2026"


def _header(text: str) -> list[str]:
    return text.split(",")


TAOBAO_67 = _header(
    "订单编号,买家会员名,买家支付宝账号,支付单号,支付详情,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
    "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,"
    "物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,"
    "特权订金订单id,是否上传合同照片,是否上传小票,是否代付,定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,"
    "是否是O2O交易,满返红包金额,新零售交易类型,新零售导购门店名称,新零售导购门店id,新零售发货门店名称,新零售发货门店id,退款金额,"
    "预约门店,确认收货时间,打款商家金额,含应开票给个人的个人红包,是否信用购,体验期结束时间,前N有礼,配送类型,直播返现状态,返现金额,"
    "新零售成交门店昵称,新零售成交门店id,新零售成交经销商id,主订单编号")
TAOBAO_71 = _header(
    "订单编号,买家会员名,买家会员昵称,支付单号,支付详情,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
    "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,虚拟号过期时间,订单创建时间,订单付款时间,"
    "宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,"
    "是否手机订单,分阶段订单信息,特权订金订单id,是否上传合同照片,是否上传小票,是否代付,定金排名,修改后的sku,修改后的收货地址,异常信息,"
    "天猫卡券抵扣,集分宝抵扣,是否是O2O交易,新零售交易类型,新零售导购门店名称,新零售导购门店id,新零售发货门店名称,新零售发货门店id,"
    "退款金额,预约门店,确认收货时间,打款商家金额,含应开票给个人的个人红包,是否信用购,体验期结束时间,前N有礼,配送类型,直播返现状态,"
    "返现金额,延迟发货自动赔付金额,新零售成交门店昵称,新零售成交门店id,新零售成交经销商id,预售订单,发货时间,商家备忘,主订单编号")
TAOBAO_ITEMS_NEW = _header(
    "子订单编号,主订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码,支付单号,买家应付货款,"
    "买家实际支付金额,退款状态,退款金额,订单创建时间,订单付款时间")
KUAISHOU_64 = _header(
    "订单号,赠品订单号,活动订单编号,订单创建时间,订单支付时间,预售定金支付时间,订单状态,实付款,快递费,店铺优惠,平台补贴,主播补贴,"
    "混资活动优惠,支付优惠,支付方式,成交数量,买家留言,账号类型,账号明细,订单备注,旗帜颜色,售后状态,活动订单,预售/承诺发货时间,"
    "订单载体,国补类型,商品名称,商品ID,商品规格,SKU编码,商品单价,渠道,CPS达人ID,CPS达人昵称,预估推广佣金,预估推广者分佣比例,团长ID,"
    "团长昵称,快赚客ID,快赚客昵称,授权推广者ID,授权推广者昵称,收货人姓名,收货人电话,收货地址-省,收货地址-市,收货地址-区,"
    "收货地址-街道,收货地址,发货时间,快递公司,快递单号,物流信息,集运类型,直邮类型,仓库名称,仓库地址,发货类型,实名姓名,服务门店ID,"
    "服务门店名称,服务门店地址,国补/类国补/消费券,订单销售主体")
PINDUODUO_27 = _header(
    "商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),"
    "商家实收金额(元),商品数量(件),发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,商家备注,售后状态,"
    "快递单号,快递公司,订单成交时间,是否分期,分期期数,手续费承担方,分期方式")
PINDUODUO_43 = _header(
    "商品,订单号,订单状态,商品总价(元),店铺优惠折扣(元),平台优惠折扣(元),邮费(元),上门安装费(元),送货入户费(元),"
    "送货入户并安装费(元),用户实付金额(元),商品数量(件),身份证姓名,身份证号码,收货人,手机,是否异常,省,市,区,街道,支付时间,"
    "拼单成功时间,订单确认时间,承诺发货时间,发货时间,确认收货时间,商品id,商品规格,用户购买手机号,样式ID,商家编码-SKU维度,"
    "商家编码-商品维度,快递单号,快递公司,海淘清关订单号,支付ID,支付方式,是否抽奖或0元试用,是否顺丰加价,商家备注,售后状态,买家留言")
CHANNELS_38 = _header(
    "订单号,下单时间,订单状态,发货方式,收件人姓名,收件人地址,省,市,区,收件人手机,买家备注,商家备注,订单实际支付金额,订单运费,"
    "支付方式,支付时间,交易单号,物流公司,快递单号,带货人昵称,授权号,预估佣金,实际佣金,实际服务费,技术服务费,"
    "技术服务费（将以人气卡形式返还）,运费险预计投保费用,商品名称,商品编码(平台),商品编码(自定义),SKU编码(自定义),商品属性,商品价格,"
    "是否预售,商品数量,商品发货,商品售后,商品已退款金额")
YOUZAN_60 = _header(
    "订单号,销售渠道,归属店铺,订单类型,订单状态,推广方式,订单来源,订单创建时间,买家付款时间,交易成功时间,付款方式,支付流水号,"
    "商品金额合计,运费,店铺优惠合计,应收订单金额,订单实付金额,支付优惠合计,订单实收金额,订单抵用积分数,店铺优惠方式,支付优惠方式,"
    "全部商品名称,商品种类数,订单配送方式,同城送达时间/提货时间,收货人省份,收货人城市,收货人地区,详细收货地址/提货地址,收货人/提货人,"
    "收货人手机号/提货人手机号,买家备注,订单星级,买家昵称,买家是否会员,买家手机号,下单网点,收银员,分销员,销售导购,专属导购,"
    "订单退款状态,订单已退款金额,商家订单备注,桌号,挂账主体,挂账手机号,团长订单,订单风险标签,分销员,分销员手机号,分销员所属店铺,"
    "分销员所属团队,分销员所属分组,分销员等级,订单佣金类型,订单佣金金额,订单下级卖货提成类型,订单下级卖货提成金额")
DOUYIN_75 = _header(
    "主订单编号,子订单编号,支付方式,选购商品,货号,商品ID,商家编码,商品数量,商品金额,订单提交时间,支付完成时间,订单完成时间,"
    "承诺发货时间,预约发货时间,买家留言,旗帜颜色,商家备注,APP渠道,订单状态,取消原因,售后状态,订单类型,发货时间,车型,是否是以旧换新,"
    "换新额外补贴,换新额外补贴发放状态,订单应付金额,运费,优惠总金额,平台优惠,商家优惠,达人优惠,商家改价,支付优惠,手续费,红包抵扣,"
    "降价类优惠,平台实际承担优惠金额,商家实际承担优惠金额,达人实际承担优惠金额,收件人,收件人手机号,省,市,区,街道,详细地址,"
    "是否修改过地址,快递信息,序列号,达人ID,达人昵称,拼团订单团编号,商品单价是否含税,税费,鲁班落地页ID,所属门店ID,流量来源,仓库ID,"
    "仓库名称,是否安心购,广告渠道,流量类型,流量体裁,流量渠道,发货主体,发货主体明细,教育优惠,预计送达时间,是否平台仓自流转,"
    "是否是渠道商品,预约送达时间,建议发货时间（起）,建议发货时间（止）")
# 抖店's custom export with the columns a seller ticks (REFERENCE.md's default header and three fuller ones).
DOUYIN_21 = _header(
    "主订单编号,子订单编号,选购商品,商品规格,商品数量,商家编码,订单应付金额,运费,收件人,收件人手机号,详细地址,订单提交时间,商家备注,"
    "订单完成时间,订单状态,售后状态,取消原因,发货时间,商品ID,商品单价,支付完成时间")
SHIPPING_REPORT = _header("订单编号,物流公司,运单号,发货时间")  # 千牛's 发货报表: not an order list


def _row(header: list[str], empty: str, **values: object) -> list[object]:
    unknown = set(values) - set(header)
    assert not unknown, unknown
    return [values.get(name, empty) for name in header]


def _csv(rows: list[list[object]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _typed(header: list[str], row: list[object]) -> list[object]:
    """What a workbook holds: amounts and quantities as numbers, times as times, ids and the rest as text."""
    typed: list[object] = []
    for name, value in zip(header, row, strict=True):
        text = str(value).strip()
        if not text or text in ("-", "null"):
            typed.append(None)
        elif name.endswith("时间") and text[:2] == "20":
            typed.append(datetime.strptime(text, "%Y-%m-%d %H:%M:%S"))
        elif name.endswith(("金额", "货款", "邮费", "总价(元)", "(元)", "单价", "价格", "实付款", "快递费", "运费")) or name in (
                "商品金额", "商品数量", "成交数量", "商品数量(件)", "购买数量", "宝贝总数量"):
            number = float(text)
            typed.append(int(number) if number.is_integer() and "数量" in name else number)
        else:
            typed.append(text)
    return typed


# --- Taobao -------------------------------------------------------------------------------------------------

def _taobao(header: list[str], **values: object) -> list[object]:
    common = {"买家支付积分": "0", "返点积分": "0", "买家实际支付积分": "0", "运送方式": "快递", "店铺Id": "0",
              "店铺名称": "米脂小米山货铺", "是否手机订单": "手机订单", "宝贝种类": "1"}
    return _row(header, "null", **{**common, **values})


def taobao_67() -> bytes:
    rows = [
        _taobao(TAOBAO_67, 订单编号='="4101928374650012345"', 主订单编号='="4101928374650012345"',
                买家会员名="tb_mz01", 支付单号='="2026112022001100001"', 买家应付货款="59.80", 买家应付邮费="0.00",
                总金额="59.80", 买家实际支付金额="59.80", 订单状态="买家已付款，等待卖家发货", 收货人姓名="李*",
                收货地址="陕西省 榆林市 米脂县 银州街道 东大街***", 联系手机="13800000000-1234",
                订单创建时间="2026-11-20 20:31:05", 订单付款时间="2026-11-20 20:31:40", 宝贝标题="米脂小米 2.5kg 包邮 新米",
                宝贝总数量="2", 买家留言="放门卫室"),
        _taobao(TAOBAO_67, 订单编号='="4101928374650012346"', 主订单编号='="4101928374650012346"',
                买家会员名="tb_jl02", 买家应付货款="36.00", 买家应付邮费="6.00", 总金额="42.00", 买家实际支付金额="42.00",
                订单状态="交易关闭", 收货人姓名="王*", 收货地址="河北省 邢台市 巨鹿县 堤村乡 ****", 联系手机="138****5678",
                订单创建时间="2026-11-20 20:40:12", 宝贝标题="巨鹿金银花 50g 罐装", 宝贝总数量="1"),
    ]
    return _csv([TAOBAO_67, *rows]).encode("gbk")


def _taobao_71_rows() -> list[list[object]]:
    return [
        _taobao(TAOBAO_71, 订单编号="4201928374650012345", 主订单编号="4201928374650012345", 买家会员名="tb_q01",
                买家会员昵称="米粒", 买家应付货款="89.70", 买家应付邮费="0.00", 总金额="89.70", 买家实际支付金额="89.70",
                订单状态="买家已付款，等待卖家发货", 收货人姓名="陈*", 收货地址="广东省 东莞市 南城街道 鸿福路***",
                联系手机="13800000000转5678", 虚拟号过期时间="2026-12-20 20:31:05", 订单创建时间="2026-11-21 19:05:33",
                订单付款时间="2026-11-21 19:06:01", 宝贝标题="米脂小米 2.5kg 包邮 新米,小米锅巴 香辣味 10袋", 宝贝种类="2",
                宝贝总数量="3", 商家备忘="送试吃装"),
        _taobao(TAOBAO_71, 订单编号="4201928374650012346", 主订单编号="4201928374650012346", 买家会员名="tb_q02",
                买家应付货款="19.90", 买家应付邮费="6.00", 总金额="25.90", 买家实际支付金额="25.90",
                订单状态="卖家已发货，等待买家确认", 收货人姓名="赵*", 收货地址="北京 北京市 朝阳区 望京街道 ****",
                联系手机="13900000000-0042", 订单创建时间="2026-11-21 19:20:01", 订单付款时间="2026-11-21 19:20:30",
                宝贝标题="小米锅巴 香辣味 10袋", 宝贝总数量="1", 物流公司="中通快递", 物流单号="78512345678901"),
    ]


def _taobao_items_new_rows() -> list[list[object]]:
    common = {"外部系统编号": "null", "套餐信息": "null", "备注": "null", "退款状态": "没有申请退款", "退款金额": "0.00"}
    return [
        _row(TAOBAO_ITEMS_NEW, "null", **common, 子订单编号="4201928374650012347", 主订单编号="4201928374650012345",
             标题="米脂小米 2.5kg 包邮 新米", 价格="29.90", 购买数量="2", 商品属性="净含量:2.5kg",
             订单状态="买家已付款，等待卖家发货", 商家编码="MZ-XM-25", 订单创建时间="2026-11-21 19:05:33"),
        _row(TAOBAO_ITEMS_NEW, "null", **common, 子订单编号="4201928374650012348", 主订单编号="4201928374650012345",
             标题="小米锅巴 香辣味 10袋", 价格="29.90", 购买数量="1", 商品属性="口味:香辣",
             订单状态="买家已付款，等待卖家发货", 商家编码="GB-XL-10", 订单创建时间="2026-11-21 19:05:33"),
        _row(TAOBAO_ITEMS_NEW, "null", **common, 子订单编号="4201928374650012349", 主订单编号="4201928374650012346",
             标题="小米锅巴 香辣味 10袋", 价格="19.90", 购买数量="1", 商品属性="口味:香辣",
             订单状态="卖家已发货，等待买家确认", 商家编码="GB-XL-10", 订单创建时间="2026-11-21 19:20:01"),
    ]


def taobao_71_xlsx() -> bytes:
    rows = _taobao_71_rows()
    cleaned = [[None if cell == "null" else cell for cell in _typed(TAOBAO_71, row)] for row in rows]
    return xlsx_bytes(TAOBAO_71, cleaned, "订单报表")


def taobao_items_new() -> bytes:
    return _csv([TAOBAO_ITEMS_NEW, *_taobao_items_new_rows()]).encode("gbk")


def qianniu_workbook() -> bytes:
    """千牛's workbook: 订单报表 (71 columns), 销售明细 (the new item list), 发货报表 (skipped)."""
    from openpyxl import load_workbook

    first = load_workbook(io.BytesIO(taobao_71_xlsx()))
    items = first.create_sheet("销售明细")
    items.append(TAOBAO_ITEMS_NEW)
    for row in _taobao_items_new_rows():
        items.append([None if cell == "null" else cell for cell in _typed(TAOBAO_ITEMS_NEW, row)])
    shipping = first.create_sheet("发货报表")
    shipping.append(SHIPPING_REPORT)
    shipping.append(["4201928374650012346", "中通快递", "78512345678901", "2026-11-22 09:00:00"])
    return _resave(first)


def _resave(workbook: object) -> bytes:
    """Save through xlsx_bytes' fixed times, so that the bytes are the same on every run."""
    from openpyxl import Workbook

    assert isinstance(workbook, Workbook)
    saved = io.BytesIO()
    workbook.properties.created = workbook.properties.modified = datetime(2026, 11, 21, 12, 0, 0)
    workbook.save(saved)
    from tests.data.orders import make_samples

    return make_samples.repack(saved.getvalue())


# --- 抖店 ---------------------------------------------------------------------------------------------------

def douyin_21() -> bytes:
    rows = [
        _row(DOUYIN_21, "-", 主订单编号="\t6930000000000000001", 子订单编号="\t6930000000000000002",
             选购商品="【新米】米脂黄小米 2.5kg/袋", 商品规格="2.5kg/袋", 商品数量="2", 商家编码="MZ-XM-25",
             订单应付金额="59.80", 运费="0.00", 收件人="##4F2A9C", 收件人手机号="$$77E1B0", 详细地址="四川省 成都市 武侯区 ****",
             订单提交时间="2026-11-20 20:00:00", 订单状态="待发货", 商品ID="\t3601234567890", 商品单价="29.90",
             支付完成时间="2026-11-20 20:00:30"),
        _row(DOUYIN_21, "-", 主订单编号="\t6930000000000000003", 子订单编号="\t6930000000000000004",
             选购商品="巨鹿金银花 50g 罐装", 商品规格="50g/罐", 商品数量="1", 商家编码="JL-JYH-50", 订单应付金额="36.00",
             运费="0.00", 收件人="##88AA01", 收件人手机号="$$1200FF", 详细地址="河南省 郑州市 金水区 ****",
             订单提交时间="2026-11-20 20:10:00", 订单状态="已发货", 商品ID="\t3601234567892", 商品单价="36.00",
             支付完成时间="2026-11-20 20:10:20", 发货时间="2026-11-21 09:00:00"),
    ]
    return _csv([DOUYIN_21, *rows]).encode("utf-8-sig")


def douyin_75_xlsx() -> bytes:
    rows = [
        _row(DOUYIN_75, "", 主订单编号="6931000000000000001", 子订单编号="6931000000000000002", 选购商品="小米锅巴 香辣味 10袋",
             商家编码="GB-XL-10", 商品数量="3", 商品金额="19.90", 订单提交时间="2026-11-22 20:00:00",
             支付完成时间="2026-11-22 20:00:09", 订单状态="待发货", 订单应付金额="59.70", 运费="0", 收件人="孙*",
             收件人手机号="13800000000-1234", 省="江苏省", 市="南京市", 区="建邺区", 街道="沙洲街道", 详细地址="沙洲街道****",
             买家留言="周末送"),
        _row(DOUYIN_75, "", 主订单编号="6931000000000000001", 子订单编号="6931000000000000003", 选购商品="米脂黄小米 2.5kg/袋",
             商家编码="MZ-XM-25", 商品数量="1", 商品金额="29.90", 订单提交时间="2026-11-22 20:00:00",
             支付完成时间="2026-11-22 20:00:09", 订单状态="待发货", 订单应付金额="29.90", 运费="0", 收件人="孙*",
             收件人手机号="13800000000-1234", 省="江苏省", 市="南京市", 区="建邺区", 街道="沙洲街道", 详细地址="沙洲街道****",
             买家留言="周末送"),
    ]
    return xlsx_bytes(DOUYIN_75, [_typed(DOUYIN_75, row) for row in rows], "订单")


# --- 快手, 拼多多, 视频号, 有赞 ----------------------------------------------------------------------------------

def _kuaishou_rows() -> list[list[object]]:
    return [
        _row(KUAISHOU_64, "", 订单号="2411220012345678901", 订单创建时间="2026-11-22 19:00:00",
             订单支付时间="2026-11-22 19:00:20", 订单状态="待发货", 实付款="55.80", 快递费="0", 成交数量="2",
             商品名称="米脂黄小米 2.5kg/袋", 商品规格="2.5kg/袋", SKU编码="MZ-XM-25", 商品单价="29.90", 收货人姓名="周*",
             收货人电话="138****5678", 收货地址="广东省深圳市南山区粤海街道科技园****", 买家留言="别放快递柜",
             **{"收货地址-省": "广东省", "收货地址-市": "深圳市", "收货地址-区": "南山区", "收货地址-街道": "粤海街道"}),
        _row(KUAISHOU_64, "", 订单号="2411220012345678902", 订单创建时间="2026-11-22 19:05:00",
             订单支付时间="2026-11-22 19:05:10", 订单状态="交易关闭", 实付款="19.90", 快递费="0", 成交数量="1",
             商品名称="小米锅巴 香辣味 10袋", 商品规格="香辣", SKU编码="GB-XL-10", 商品单价="19.90", 收货人姓名="吴*",
             收货人电话="139****0001", 收货地址="湖南省长沙市岳麓区****", 售后状态="退款成功",
             **{"收货地址-省": "湖南省", "收货地址-市": "长沙市", "收货地址-区": "岳麓区"}),
    ]


def kuaishou_plain_xlsx() -> bytes:
    """The workbook inside kuaishou_locked.xlsx: the orders, and the 说明 sheet 快手 adds."""
    from openpyxl import load_workbook

    rows = [_typed(KUAISHOU_64, row) for row in _kuaishou_rows()]
    workbook = load_workbook(io.BytesIO(xlsx_bytes(KUAISHOU_64, rows, "订单信息")))
    notes = workbook.create_sheet("说明")
    notes.append(["本文件已加密，密码见短信"])
    return _resave(workbook)


def kuaishou_locked_xlsx() -> bytes:
    import msoffcrypto.format.ooxml

    locked = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(kuaishou_plain_xlsx())).encrypt(KUAISHOU_PASSWORD, locked)
    return locked.getvalue()


def pinduoduo_27() -> bytes:
    rows = [
        _row(PINDUODUO_27, "", 商品="米脂黄小米 2.5kg 新米", 订单号="241122-012345678901234", 订单状态="待发货",
             **{"商品总价(元)": "59.80", "邮费(元)": "0.00", "用户实付金额(元)": "55.80", "商家实收金额(元)": "59.80",
                "商品数量(件)": "2", "商家编码-规格维度": "MZ-XM-25", "店铺优惠折扣(元)": "4.00"},
             商品规格="2.5kg/袋", 订单成交时间="2026-11-22 18:00:00"),
        _row(PINDUODUO_27, "", 商品="巨鹿金银花 50g", 订单号="241122-012345678901235", 订单状态="已发货，待签收",
             **{"商品总价(元)": "36.00", "邮费(元)": "0.00", "用户实付金额(元)": "36.00", "商品数量(件)": "1",
                "商家编码-规格维度": "JL-JYH-50"},
             商品规格="50g/罐", 快递公司="中通快递", 快递单号="78512345670000", 订单成交时间="2026-11-22 18:30:00"),
    ]
    return _csv([PINDUODUO_27, *rows]).encode("gbk")


def _pinduoduo_43_rows() -> list[list[object]]:
    return [
        _row(PINDUODUO_43, "", 商品="小米锅巴 香辣味 10袋", 订单号="241123-098765432109876", 订单状态="待发货",
             **{"商品总价(元)": "39.80", "邮费(元)": "0.00", "用户实付金额(元)": "39.80", "商品数量(件)": "2",
                "商家编码-SKU维度": "GB-XL-10"},
             收货人="郑*", 手机="13800000000[1234]", 省="浙江省", 市="杭州市", 区="余杭区", 街道="五常街道文一西路***",
             支付时间="2026-11-23 10:00:00", 商品规格="香辣", 买家留言="尽快发货"),
    ]


def pinduoduo_43_xls() -> bytes:
    """拼多多's .xls (Excel 97–2003), as its console still offers it."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("订单列表")
    for column, name in enumerate(PINDUODUO_43):
        sheet.write(0, column, name)
    for number, row in enumerate(_pinduoduo_43_rows(), start=1):
        for column, value in enumerate(_typed(PINDUODUO_43, row)):
            if isinstance(value, datetime):
                sheet.write(number, column, value, xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss"))
            elif value is not None:
                sheet.write(number, column, value)
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def channels_38() -> bytes:
    common = {"发货方式": "快递", "支付方式": "微信支付"}
    rows = [
        _row(CHANNELS_38, "", **common, 订单号="3721000000000000001", 下单时间="2026-11-23 20:00:00", 订单状态="待发货",
             收件人姓名="冯*", 收件人地址="山东省济南市历下区泉城路***", 省="山东省", 市="济南市", 区="历下区",
             收件人手机="0531-86001234", 买家备注="请放门口\n谢谢", 订单实际支付金额="65.80", 订单运费="6.00",
             支付时间="2026-11-23 20:00:15", 商品名称="米脂黄小米 2.5kg/袋", 商品属性="2.5kg/袋", 商品价格="29.90",
             商品数量="1", **{"SKU编码(自定义)": "MZ-XM-25"}),
        _row(CHANNELS_38, "", **common, 订单号="3721000000000000001", 下单时间="2026-11-23 20:00:00", 订单状态="待发货",
             收件人姓名="冯*", 收件人地址="山东省济南市历下区泉城路***", 省="山东省", 市="济南市", 区="历下区",
             收件人手机="0531-86001234", 买家备注="请放门口\n谢谢", 订单实际支付金额="65.80", 订单运费="6.00",
             支付时间="2026-11-23 20:00:15", 商品名称="小米锅巴 香辣味 10袋", 商品属性="香辣", 商品价格="29.90",
             商品数量="1", **{"SKU编码(自定义)": "GB-XL-10"}),
    ]
    return _csv([CHANNELS_38, *rows]).encode("utf-8-sig")


def youzan_60() -> bytes:
    rows = [
        _row(YOUZAN_60, "", 订单号="E20261124100000012345", 销售渠道="微商城", 归属店铺="米脂小米山货铺", 订单类型="普通订单",
             订单状态="等待商家发货", 订单创建时间="2026-11-24 10:00:00", 买家付款时间="2026-11-24 10:00:30",
             商品金额合计="66.00", 运费="0.00", 应收订单金额="66.00", 订单实付金额="66.00", 全部商品名称="米脂黄小米;巨鹿金银花",
             商品种类数="2", 收货人省份="陕西省", 收货人城市="西安市", 收货人地区="雁塔区", **{
                 "详细收货地址/提货地址": "小寨东路***", "收货人/提货人": "钱*", "收货人手机号/提货人手机号": "13800138000"},
             买家备注="", 商家订单备注="老客户"),
    ]
    return _csv([YOUZAN_60, *rows]).encode("utf-8")


# --- quirks -------------------------------------------------------------------------------------------------

def excel_rounded_xlsx() -> bytes:
    """A Taobao 71 list after Excel: the first order number stored as a number (digits past the 15th lost)."""
    rows = [[None if cell == "null" else cell for cell in _typed(TAOBAO_71, row)] for row in _taobao_71_rows()]
    rows[0][0] = float(4201928374650012345)  # what Excel keeps of 4201928374650012345
    return xlsx_bytes(TAOBAO_71, rows, "订单报表")


def excel_rounded_csv() -> bytes:
    """A classic Taobao list opened in Excel and saved again as CSV: 4.10193E+18 instead of the number."""
    names = [name.strip() for name in TAOBAO_HEADER]
    row = ["null"] * len(names)
    for name, value in {"订单编号": "4.10193E+18", "订单状态": "买家已付款，等待卖家发货", "买家应付货款": "29.90",
                        "买家应付邮费": "0", "总金额": "29.90", "买家实际支付金额": "29.90", "宝贝标题": "米脂小米",
                        "收货地址": "陕西省 榆林市 米脂县 东大街1号", "收货人姓名": "李*", "联系手机": "138****0000"}.items():
        row[names.index(name)] = value
    return _csv([TAOBAO_HEADER, row]).encode("gbk")


def generic_phones() -> bytes:
    """Our template with the phones platforms export today: masked, virtual (three spellings), landline."""
    header = ["平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品", "规格",
              "商家编码", "数量", "单价", "运费", "买家留言", "订单状态"]
    phones = ["138****5678", "13800000000-1234", "13800000000转1234", "13800000000[1234]", "0571-88881234",
              "(010)62345678"]
    rows = [["微信", f"WX-P{index}", "2026-11-24 12:00", "刘*", phone, "浙江省", "杭州市", "西湖区", "文三路1号",
             "米脂黄小米", "2.5kg/袋", "MZ-XM-25", "1", "29.90", "0", "", ""] for index, phone in enumerate(phones, 1)]
    return _csv([header, *rows]).encode("utf-8-sig")


SAMPLES = {
    "taobao_ExportOrderList_67.csv": taobao_67,
    "taobao_ExportOrderList_71.xlsx": taobao_71_xlsx,
    "taobao_ExportOrderDetailList_new.csv": taobao_items_new,
    "qianniu_workbook.xlsx": qianniu_workbook,
    "douyin_21.csv": douyin_21,
    "douyin_75.xlsx": douyin_75_xlsx,
    "kuaishou_64_locked.xlsx": kuaishou_locked_xlsx,
    "pinduoduo_27.csv": pinduoduo_27,
    "pinduoduo_43.xls": pinduoduo_43_xls,
    "channels_38.csv": channels_38,
    "youzan_60.csv": youzan_60,
    "excel_rounded.xlsx": excel_rounded_xlsx,
    "excel_rounded.csv": excel_rounded_csv,
    "generic_phones.csv": generic_phones,
}
RANDOM_BYTES = {"kuaishou_64_locked.xlsx"}  # encryption salts: compared by what they decrypt to


if __name__ == "__main__":
    for name, make in SAMPLES.items():
        (HERE / name).write_bytes(make())
        print(f"wrote {name}")
