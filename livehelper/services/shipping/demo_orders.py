"""Demo orders of last night's stream and their packing tasks, in every state of the shipping queue.

They go in the way real orders do: one import through OrderService (so products match by 商家编码 and each
paid order gets its task), a second import that closes one order (cancelling its task), then the helpers'
steps through the task service's own change functions, in one transaction. Buyers are invented; the phone
numbers are well-formed but made up.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from livehelper.domain.order_cells import BEIJING, Layout, OrderImport
from livehelper.domain.orders import Buyer, Order, OrderLine, Platform
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent, ChangeKind, Entity
from livehelper.services.shipping import task_changes
from livehelper.services.shipping.orders import ImportPreview

if TYPE_CHECKING:
    from livehelper.services.context import AppContext

HELPERS = ("王姐", "李叔")
STREAMER = "主播"

# (name, mobile, province, city, district, detail)
BUYERS = (
    ("刘桂兰", "13800138001", "山东省", "济南市", "历下区", "泉城路188号恒隆广场东侧3单元502"),
    ("张建国", "13912345602", "江苏省", "南京市", "建邺区", "江东中路269号新城科技园8栋1101"),
    ("陈晓燕", "13698761203", "广东省", "广州市", "天河区", "体育西路111号建和中心2205"),
    ("赵红梅", "15011112204", "北京市", "北京市", "朝阳区", "望京西园三区312号楼4单元601"),
    ("孙伟", "18622223305", "天津市", "天津市", "南开区", "鞍山西道华苑里16-3-201"),
    ("周敏", "13533334406", "浙江省", "杭州市", "西湖区", "文三路478号华星时代广场A座9楼"),
    ("吴志强", "13744445507", "四川省", "成都市", "武侯区", "人民南路四段27号商鼎国际1栋2单元1503"),
    ("郑丽", "15855556608", "安徽省", "合肥市", "蜀山区", "长江西路499号金域蓝湾12幢805"),
    ("王秀英", "13366667709", "陕西省", "西安市", "雁塔区", "小寨东路126号百隆广场B座1702"),
    ("冯建军", "18777778810", "广西壮族自治区", "南宁市", "青秀区", "民族大道136号华润大厦C座2301"),
    ("欧阳娜", "13988889911", "湖南省", "长沙市", "岳麓区", "麓谷大道627号麓谷企业广场F2栋602"),
    ("黄海燕", "15299990012", "湖北省", "武汉市", "洪山区", "珞喻路1037号华中科大东校区教工宿舍7栋"),
    ("林国华", "13400001113", "福建省", "厦门市", "思明区", "莲前西路2号莲富大厦17楼"),
    ("何淑珍", "18911112214", "河南省", "郑州市", "金水区", "花园路39号国贸中心北塔1806"),
    ("高明", "13522223315", "河北省", "石家庄市", "长安区", "中山东路508号东胜广场三单元1201"),
    ("马春花", "15933334416", "甘肃省", "兰州市", "城关区", "东岗西路638号兰州饭店旁家属院2号楼"),
    ("罗文斌", "13644445517", "重庆市", "重庆市", "渝北区", "金开大道68号协信星光时代5-12-3"),
    ("梁静", "18155556618", "辽宁省", "沈阳市", "和平区", "南京北街206号城市广场1座2708"),
    ("宋玉兰", "13766667719", "山西省", "太原市", "小店区", "长风街116号体育路口东50米万科蓝山9-2-801"),
    ("唐小龙", "15077778820", "云南省", "昆明市", "五华区", "东风西路11号顺城购物中心写字楼W2-1609"),
    ("韩雪", "13188889921", "黑龙江省", "哈尔滨市", "南岗区", "西大直街92号工大二校区公寓3-402"),
    ("曹德胜", "18299990022", "内蒙古自治区", "呼和浩特市", "赛罕区", "大学东街110号内蒙古大学南校区"),
    ("许晴", "13300001123", "上海市", "上海市", "浦东新区", "张杨路500号时代广场18楼1806室"),
    ("邓丽君", "15111112224", "江西省", "南昌市", "红谷滩区", "丰和中大道1266号凤凰城12栋"),
    ("谢永红", "13822223325", "贵州省", "贵阳市", "观山湖区", "长岭北路中天会展城B区7栋1单元"),
    ("彭辉", "18533334426", "吉林省", "长春市", "朝阳区", "人民大街5988号吉大南岭校区家属楼"),
    ("曾小梅", "13944445527", "海南省", "海口市", "龙华区", "国贸大道48号新达商务大厦1502"),
    ("蒋国庆", "15655556628", "宁夏回族自治区", "银川市", "金凤区", "北京中路168号宁夏图书馆后院"),
    ("田芳", "13766667729", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "解放北路90号天百大厦8楼"),
    ("贺建平", "18877778830", "青海省", "西宁市", "城西区", "五四西路29号海湖新区万达广场3号楼"),
    ("范冬梅", "13588889931", "陕西省", "榆林市", "米脂县", "银州镇南大街27号"),
    ("蔡金凤", "15999990032", "陕西省", "延安市", "宝塔区", "枣园路延大新校区家属院5号楼"),
    ("潘志刚", "13200001133", "浙江省", "宁波市", "鄞州区", "天童南路588号宁波文化广场B座"),
    ("袁晓丽", "18400001134", "广东省", "深圳市", "南山区", "科技园科苑路15号科兴科学园B栋4单元"),
    ("董桂芝", "13811112235", "山东省", "青岛市", "市南区", "香港中路76号颐中皇冠假日酒店对面"),
    ("薛磊", "15722223336", "江苏省", "苏州市", "工业园区", "星湖街328号创意产业园5-301"),
    ("鲁秀兰", "13633334437", "河北省", "保定市", "莲池区", "东风中路1号保定学院家属院"),
    ("杜鹏", "18744445538", "湖北省", "宜昌市", "西陵区", "东山大道95号清江大厦"),
)
MERGE_PAIR = (5, 6)  # these two orders of 周敏 (same phone and address) wait to be merged into one parcel

# (merchant code, platform title, sku text)
TITLES = {
    "MZ-XM-2500": ("陕西米脂黄小米2.5kg 2024新米 农家月子小米粥", "2.5kg/袋"),
    "JL-JYH-50": ("巨鹿金银花茶 特级头茬 50g罐装 花草茶", "50g/罐"),
    "XM-GB-600": ("小米锅巴 香辣味 办公室零食 200g×3袋", "香辣味 200g×3袋"),
    "FX-LH-1500": ("富硒小米礼盒1.5kg 送长辈 年货礼品", "1.5kg/盒"),
}
NOTES = {2: "请发顺丰", 9: "送人的，别放发票", 14: "工作日放驿站就行", 21: "小米要新米，谢谢", 30: "本县的，能自提吗"}
CLOSED_ORDER = 17  # closed by the buyer after paying: its task is cancelled by the second import
PROBLEM = (12, "金银花只剩 2 罐，等补货")
# order index -> (state, helper); orders not listed stay 待打包
STATES: dict[int, tuple[TaskState, str]] = {
    0: (TaskState.SHIPPED, "王姐"), 1: (TaskState.SHIPPED, "李叔"), 3: (TaskState.SHIPPED, "王姐"),
    4: (TaskState.SHIPPED, "李叔"),
    7: (TaskState.PACKED, "王姐"), 8: (TaskState.PACKED, "李叔"), 10: (TaskState.PACKED, "王姐"),
    11: (TaskState.PACKING, "王姐"), 13: (TaskState.PACKING, "李叔"), 15: (TaskState.PACKING, "李叔"),
    16: (TaskState.PACKING, "王姐"),
}
TRACKING = {0: ("SF", "SF1428376509214"), 1: ("ZTO", "78341256098712"), 3: ("YTO", "YT7463829105637"),
            4: ("JT", "JT5082736419283")}
STATUS = {Platform.TAOBAO: "买家已付款，等待卖家发货", Platform.DOUYIN: "待发货", Platform.MANUAL: "待发货"}


@dataclass(frozen=True)
class DemoWindow:
    started: datetime  # UTC
    ended: datetime


def _order_no(platform: Platform, index: int, rng: random.Random, day: datetime) -> str:
    if platform is Platform.TAOBAO:
        return "38" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    if platform is Platform.DOUYIN:
        return "69" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    return f"SG{day.astimezone(BEIJING):%Y%m%d}-{index + 1:04d}"


def demo_orders(window: DemoWindow, prices: dict[str, int], seed: int = 11) -> list[Order]:
    """About 40 orders paid during the stream; `prices` maps merchant code to unit price in fen."""
    rng = random.Random(seed)
    codes = list(TITLES)
    span = int((window.ended - window.started).total_seconds()) - 600
    orders = []
    for index, (name, phone, province, city, district, detail) in enumerate(BUYERS):
        platform = (Platform.TAOBAO, Platform.DOUYIN, Platform.DOUYIN, Platform.MANUAL)[index % 4]
        if index in MERGE_PAIR:
            name, phone, province, city, district, detail = BUYERS[MERGE_PAIR[0]]
            platform = Platform.TAOBAO
        created = window.started + timedelta(seconds=120 + span * index // len(BUYERS) + rng.randint(0, 60))
        picked = rng.sample(codes, 2 if rng.random() < 0.3 else 1)
        if index == PROBLEM[0]:
            picked = ["JL-JYH-50"]
        lines = tuple(OrderLine(TITLES[code][0], 2 if rng.random() < 0.2 else 1, prices[code], code, TITLES[code][1])
                      for code in picked)
        goods = sum(line.qty * (line.unit_price_fen or 0) for line in lines)
        shipping = 0 if goods >= 3000 else 600
        buyer = Buyer(name, phone, detail, province, city, district)
        orders.append(Order(platform, _order_no(platform, index, rng, window.started), STATUS[platform],
                            goods + shipping, shipping, goods, buyer, NOTES.get(index, ""),
                            created_at=created, paid_at=created + timedelta(seconds=rng.randint(20, 150)),
                            lines=lines, channel="微信" if platform is Platform.MANUAL else ""))
    return orders


def demo_units() -> Counter[str]:
    """Units per merchant code that the demo's orders hold (to pack) or shipped: the stock they needed before the
    stream, so that after it the catalog's 可售 is what resources/demo/catalog.json says."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    orders = demo_orders(DemoWindow(start, start + timedelta(minutes=90)), dict.fromkeys(TITLES, 0))
    return _units(order for index, order in enumerate(orders) if index != CLOSED_ORDER)


def _units(orders: Iterable[Order]) -> Counter[str]:
    units: Counter[str] = Counter()
    for order in orders:
        for line in order.lines:
            units[line.merchant_code] += line.qty
    return units


def _commit(context: AppContext, orders: list[Order]) -> None:
    parsed = OrderImport("demo", Layout.GENERIC, Platform.GENERIC, orders, rows=len(orders))
    context.orders.commit(ImportPreview(parsed))


def seed_demo_orders(context: AppContext, window: DemoWindow, prices: dict[str, int]) -> None:
    orders = demo_orders(window, prices)
    _commit(context, orders)
    closed = orders[CLOSED_ORDER]
    _commit(context, [replace(closed, status="交易关闭", after_sale="退款成功")])
    tasks = {task.order_no: task for task in context.tasks.list(limit=len(orders) + 10)}
    touched = []
    with context.database.sessions.begin() as session:  # one transaction: one disk flush for the helpers' steps
        for index, (state, helper) in STATES.items():
            task_id = tasks[orders[index].order_no].id
            version = task_changes.assign(session, task_id, helper, 1, STREAMER)
            courier, number = TRACKING.get(index, (None, None))
            for step in (TaskState.PACKING, TaskState.PACKED, TaskState.SHIPPED):
                version, _ = task_changes.move(session, task_id, step, version, helper, courier, number)
                if step == state:
                    break
            touched.append(task_id)
        problem_index, reason = PROBLEM
        task = tasks[orders[problem_index].order_no]
        task_changes.move(session, task.id, TaskState.PROBLEM, task.version, HELPERS[0], reason=reason)
        touched.append(task.id)
    context.events.publish(ChangeEvent(Entity.TASK, ChangeKind.UPDATED, tuple(touched)))
