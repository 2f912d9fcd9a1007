"""The catalog use cases on a real SQLite file: edits, refusals, events, CSV import and export."""

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from livehelper.domain.errors import ConflictError, ImportRejected, NotFoundError, UnreadableFileError, ValidationError
from livehelper.domain.product import Product, ProductDraft
from livehelper.services.catalog.products import ImportSummary
from livehelper.services.context import AppContext, open_context
from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.storage.models import OrderItemRecord, OrderRecord, ProductRecord, TallyEventRecord
from livehelper.storage.products import ProductQuery

MILLET = ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=3990, stock=126, merchant_code="MZ-XM-2500",
                      origin="陕西榆林米脂", selling_points="当年新米", shop_link="https://shop.example.cn/p/1")
HONEYSUCKLE = ProductDraft(name="巨鹿金银花", spec="50g/罐", price_fen=2990, stock=8, merchant_code="JL-JYH-50",
                           origin="河北邢台巨鹿")


def snapshot(context: AppContext) -> list[Product]:
    return context.catalog.page(ProductQuery(), 0, 10_000)


def csv_bytes(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


# create, read, update

def test_create_returns_the_stored_product(context, events):
    product = context.catalog.create(replace(MILLET, name="  米脂黄小米  "))
    assert product.draft() == MILLET
    assert product.id > 0
    assert product.version == 1
    assert not product.has_photo
    assert context.catalog.get(product.id) == product
    assert events == [ChangeEvent("product", ChangeKind.CREATED, (product.id,))]


def test_names_are_the_labels_lists_show_without_the_rest_of_the_product(context):
    millet = context.catalog.create(MILLET)
    honeysuckle = context.catalog.create(replace(HONEYSUCKLE, spec=""))
    context.catalog.delete(honeysuckle.id)
    unnamed = context.catalog.create(replace(HONEYSUCKLE, spec=""))
    assert context.catalog.names([millet.id, honeysuckle.id, unnamed.id]) == {
        millet.id: "米脂黄小米 2.5kg/袋", unnamed.id: "巨鹿金银花"}  # a deleted product has no name any more
    assert context.catalog.names_page(ProductQuery(sort="name"), 10) == [
        (unnamed.id, "巨鹿金银花"), (millet.id, "米脂黄小米 2.5kg/袋")]


def test_create_validates(context, events):
    with pytest.raises(ValidationError) as caught:
        context.catalog.create(replace(MILLET, name=" "))
    assert caught.value.field_name == "name"
    assert context.catalog.count() == 0
    assert events == []


def test_update(context, events):
    product = context.catalog.create(MILLET)
    changed = context.catalog.update(product.id, replace(MILLET, price_fen=3590, stock=100), product.version)
    assert (changed.price_fen, changed.stock, changed.version) == (3590, 100, product.version + 1)
    assert context.catalog.get(product.id) == changed
    assert events[-1] == ChangeEvent("product", ChangeKind.UPDATED, (product.id,))


def test_a_stale_update_is_refused_and_changes_nothing(context, events):
    product = context.catalog.create(MILLET)
    first = context.catalog.update(product.id, replace(MILLET, price_fen=3590), product.version)
    events.clear()
    with pytest.raises(ConflictError) as caught:
        context.catalog.update(product.id, replace(MILLET, price_fen=1), product.version)
    assert "someone else changed this product" in caught.value.render("en")
    assert context.catalog.get(product.id) == first
    assert events == []


def test_update_without_a_version_always_applies(context):
    product = context.catalog.create(MILLET)
    context.catalog.update(product.id, replace(MILLET, stock=1), product.version)
    assert context.catalog.update(product.id, replace(MILLET, stock=2)).stock == 2


def test_updating_a_deleted_product_is_not_found(context):
    product = context.catalog.create(MILLET)
    context.catalog.delete(product.id)
    with pytest.raises(NotFoundError):
        context.catalog.update(product.id, MILLET, product.version)
    with pytest.raises(NotFoundError):
        context.catalog.set_active(product.id, False)
    with pytest.raises(NotFoundError):
        context.catalog.get(product.id)


def test_a_duplicate_merchant_code_is_refused(context, events):
    context.catalog.create(MILLET)
    events.clear()
    with pytest.raises(ConflictError) as caught:
        context.catalog.create(replace(HONEYSUCKLE, merchant_code=MILLET.merchant_code))
    assert MILLET.merchant_code in caught.value.render("zh_CN")
    assert context.catalog.count() == 1
    assert events == []


def test_changing_to_a_used_merchant_code_is_refused(context):
    context.catalog.create(MILLET)
    other = context.catalog.create(HONEYSUCKLE)
    with pytest.raises(ConflictError):
        context.catalog.update(other.id, replace(HONEYSUCKLE, merchant_code=MILLET.merchant_code), other.version)
    assert context.catalog.get(other.id) == other


def test_many_products_without_a_merchant_code(context):
    for index in range(3):
        context.catalog.create(ProductDraft(name=f"散装小米{index}", price_fen=100))
    assert context.catalog.count() == 3


def test_set_active(context, events):
    product = context.catalog.create(MILLET)
    inactive = context.catalog.set_active(product.id, False)
    assert not inactive.active
    assert inactive.version == product.version + 1
    assert context.catalog.count(ProductQuery(include_inactive=False)) == 0
    assert context.catalog.set_active(product.id, True).active
    assert events[1:] == [ChangeEvent("product", ChangeKind.UPDATED, (product.id,))] * 2


# duplicate

def test_duplicate_copies_everything_but_the_code_and_adds_the_suffix(context, events, png_bytes):
    original = context.catalog.set_photo_from_file(context.catalog.create(MILLET).id, png_bytes, "m.png")
    events.clear()
    copy = context.catalog.duplicate(original.id, " (副本)")
    assert copy.id != original.id
    assert copy.name == "米脂黄小米 (副本)"
    assert copy.merchant_code == ""
    assert copy.draft() == replace(MILLET, name="米脂黄小米 (副本)", merchant_code="")
    assert copy.has_photo
    assert context.catalog.photo(copy.id) == context.catalog.photo(original.id)
    assert context.catalog.get(original.id) == original
    assert {event.kind for event in events} <= {ChangeKind.CREATED, ChangeKind.UPDATED}
    assert events[0] == ChangeEvent("product", ChangeKind.CREATED, (copy.id,))
    assert all(event.ids == (copy.id,) for event in events)


def test_duplicate_without_a_photo(context):
    original = context.catalog.create(HONEYSUCKLE)
    copy = context.catalog.duplicate(original.id, "-2")
    assert not copy.has_photo
    assert context.catalog.photo(copy.id) is None


def test_duplicate_of_a_long_name_stays_within_the_limit(context):
    original = context.catalog.create(ProductDraft(name="米" * 60, price_fen=1))
    assert len(context.catalog.duplicate(original.id, " (副本)").name) == 60


# delete

def test_delete(context, events):
    product = context.catalog.create(MILLET)
    context.catalog.delete(product.id)
    assert context.catalog.count() == 0
    assert events[-1] == ChangeEvent("product", ChangeKind.DELETED, (product.id,))
    with pytest.raises(NotFoundError):
        context.catalog.delete(product.id)


def test_delete_removes_the_photo(context, png_bytes):
    product = context.catalog.create(MILLET)
    context.catalog.set_photo_from_file(product.id, png_bytes, "m.png")
    context.catalog.delete(product.id)
    assert context.catalog.photo(product.id) is None


def test_delete_is_refused_when_sales_were_tallied(context, events):
    product = context.catalog.create(MILLET)
    with context.database.sessions.begin() as session:
        session.add(TallyEventRecord(product_id=product.id, qty=2, unit_price_fen=3990))
    events.clear()
    with pytest.raises(ConflictError) as caught:
        context.catalog.delete(product.id)
    assert caught.value.message.params == {"sales": 1, "orders": 0}
    assert "停售" in caught.value.render("zh_CN")
    assert context.catalog.get(product.id) == product
    assert events == []


def test_delete_is_refused_when_an_order_line_refers_to_it(context):
    product = context.catalog.create(MILLET)
    with context.database.sessions.begin() as session:
        order = OrderRecord(platform="taobao", order_no="3921")
        session.add(order)
        session.flush()
        session.add_all([OrderItemRecord(order_id=order.id, title="米脂黄小米 2.5kg", qty=1, product_id=product.id),
                         OrderItemRecord(order_id=order.id, title="米脂黄小米 2.5kg", qty=3, product_id=product.id)])
    with pytest.raises(ConflictError) as caught:
        context.catalog.delete(product.id)
    assert caught.value.message.params == {"sales": 0, "orders": 2}
    assert context.catalog.get(product.id) == product


def test_a_voided_tally_still_blocks_delete(context):
    product = context.catalog.create(MILLET)
    with context.database.sessions.begin() as session:
        session.add(TallyEventRecord(product_id=product.id, qty=1, unit_price_fen=3990, void=True))
    with pytest.raises(ConflictError):
        context.catalog.delete(product.id)
    assert context.catalog.count() == 1


def test_order_lines_of_other_products_do_not_block_delete(context):
    kept = context.catalog.create(MILLET)
    deleted = context.catalog.create(HONEYSUCKLE)
    with context.database.sessions.begin() as session:
        order = OrderRecord(platform="douyin", order_no="1")
        session.add(order)
        session.flush()
        session.add_all([OrderItemRecord(order_id=order.id, title="x", qty=1, product_id=kept.id),
                         OrderItemRecord(order_id=order.id, title="y", qty=1, product_id=None)])
    context.catalog.delete(deleted.id)
    assert [p.id for p in snapshot(context)] == [kept.id]


# photos and QR codes

@pytest.fixture
def png_bytes() -> bytes:
    return make_png(1200, 800)


def make_png(width: int, height: int) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (250, 200, 60, 255))
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(120, 80, 20, 128))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def open_image(data: bytes):
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_photo_is_stored_as_a_small_jpeg(context, events, png_bytes):
    product = context.catalog.create(MILLET)
    with_photo = context.catalog.set_photo_from_file(product.id, png_bytes, "millet.png")
    assert with_photo.has_photo
    assert with_photo.version == product.version + 1
    image = open_image(context.catalog.photo(product.id))
    assert image.format == "JPEG"
    assert image.size == (480, 320)  # within 480×480, aspect ratio kept
    assert events[-1] == ChangeEvent("product", ChangeKind.UPDATED, (product.id,))


def test_a_small_photo_is_not_enlarged(context):
    product = context.catalog.create(MILLET)
    context.catalog.set_photo_from_file(product.id, make_png(100, 300), "tall.png")
    image = open_image(context.catalog.photo(product.id))
    assert (image.format, image.size) == ("JPEG", (100, 300))


def test_a_tall_photo_fits_480_high(context):
    product = context.catalog.create(MILLET)
    context.catalog.set_photo_from_file(product.id, make_png(600, 1200), "tall.png")
    assert open_image(context.catalog.photo(product.id)).size == (240, 480)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf\xe5\x90\x8d\xe7\xa7\xb0,price\r\n", b"", b"\x89PNG\r\n\x1a\nbroken"])
def test_a_file_that_is_not_an_image_changes_nothing(context, events, png_bytes, data):
    product = context.catalog.set_photo_from_file(context.catalog.create(MILLET).id, png_bytes, "m.png")
    photo = context.catalog.photo(product.id)
    events.clear()
    with pytest.raises(UnreadableFileError) as caught:
        context.catalog.set_photo_from_file(product.id, data, "notes.txt")
    assert "notes.txt" in caught.value.render("en")
    assert "图片" in caught.value.render("zh_CN")
    assert context.catalog.get(product.id) == product
    assert context.catalog.photo(product.id) == photo
    assert events == []


def test_photo_of_a_missing_product_is_not_found(context, png_bytes):
    with pytest.raises(NotFoundError):
        context.catalog.set_photo_from_file(12345, png_bytes, "m.png")


def test_remove_photo(context, png_bytes):
    product = context.catalog.create(MILLET)
    context.catalog.set_photo_from_file(product.id, png_bytes, "m.png")
    context.catalog.remove_photo(product.id)
    assert not context.catalog.get(product.id).has_photo
    assert context.catalog.photo(product.id) is None


def test_qr_png_is_a_png():
    from livehelper.services.catalog.images import qr_png

    image = open_image(qr_png("https://shop.example.cn/p/MZ-XM-2500"))
    assert image.format == "PNG"
    assert image.width == image.height
    assert image.width >= 21 * 10  # version 1 is 21 modules, 10 pixels each
    assert {color for _, color in image.convert("L").getcolors()} == {0, 255}  # black and white only


# events

def test_listeners_can_unsubscribe(context):
    received: list[ChangeEvent] = []
    unsubscribe = context.events.subscribe(received.append)
    context.catalog.create(MILLET)
    unsubscribe()
    unsubscribe()  # twice is harmless
    context.catalog.create(HONEYSUCKLE)
    assert len(received) == 1


# CSV import

GOOD_CSV = csv_bytes(
    "商家编码,名称,规格,价格,库存,产地,卖点,店铺链接,预警库存,状态",
    "MZ-XM-2500,米脂黄小米,2.5kg/袋,39.90,126,陕西榆林米脂,当年新米,https://shop.example.cn/p/1,10,在售",
    "JL-JYH-50,巨鹿金银花,50g/罐,29.90,8,河北邢台巨鹿,,,10,在售",
    ",散装小米,1斤,6.5,50,,,,10,在售",
)


def test_import_creates_products(context, events):
    summary = context.catalog.import_csv(GOOD_CSV, "catalog.csv")
    assert summary == ImportSummary(created=3, updated=0, unchanged=0)
    products = snapshot(context)
    assert [p.draft() for p in products[:2]] == [MILLET, HONEYSUCKLE]
    assert products[2].draft() == ProductDraft(name="散装小米", spec="1斤", price_fen=650, stock=50)
    assert events == [ChangeEvent("product", ChangeKind.RELOADED)]


def test_importing_the_same_file_twice_changes_nothing(context, events):
    context.catalog.import_csv(GOOD_CSV, "catalog.csv")
    before = snapshot(context)
    events.clear()
    assert context.catalog.import_csv(GOOD_CSV, "catalog.csv") == ImportSummary(0, 0, 3)
    assert snapshot(context) == before  # versions included
    assert events == []


def test_import_updates_by_merchant_code(context):
    millet = context.catalog.create(MILLET)
    data = csv_bytes("商家编码,名称,规格,价格,库存,产地,卖点,店铺链接",
                     "MZ-XM-2500,米脂黄小米（新米）,2.5kg/袋,35.00,300,陕西榆林米脂,当年新米,https://shop.example.cn/p/1")
    assert context.catalog.import_csv(data, "c.csv") == ImportSummary(0, 1, 0)
    updated = context.catalog.get(millet.id)
    assert (updated.name, updated.price_fen, updated.stock) == ("米脂黄小米（新米）", 3500, 300)
    assert updated.version == millet.version + 1
    assert context.catalog.count() == 1


def test_import_without_a_code_matches_name_and_spec(context):
    product = context.catalog.create(ProductDraft(name="散装小米", spec="1斤", price_fen=600))
    data = csv_bytes("名称,规格,价格", "散装小米,1斤,6.5", "散装小米,2斤,12")
    assert context.catalog.import_csv(data, "c.csv") == ImportSummary(1, 1, 0)
    assert context.catalog.get(product.id).price_fen == 650


def test_a_file_with_one_bad_row_writes_nothing(context, events):
    context.catalog.create(MILLET)
    before = snapshot(context)
    events.clear()
    data = csv_bytes("商家编码,名称,价格",
                     "MZ-XM-2500,米脂黄小米,1.00",       # would update
                     "NEW-1,新品,9.9",                   # would create
                     "NEW-2,坏价格,13800138000")          # row 4 is bad
    with pytest.raises(ImportRejected) as caught:
        context.catalog.import_csv(data, "c.csv")
    assert [(p.row, p.column) for p in caught.value.problems] == [(4, "价格")]
    assert snapshot(context) == before
    assert events == []


def test_dry_run_writes_nothing_but_reports(context, events):
    assert context.catalog.import_csv(GOOD_CSV, "c.csv", dry_run=True) == ImportSummary(3, 0, 0)
    assert context.catalog.count() == 0
    assert events == []


@pytest.mark.parametrize("data", [b"PK\x03\x04zip", b"\x89PNG\r\n\x1a\n\x00", "名称,规格\nx,y\n".encode()])
def test_an_unreadable_file_writes_nothing(context, data):
    with pytest.raises(UnreadableFileError):
        context.catalog.import_csv(data, "c.csv")
    assert context.catalog.count() == 0


def test_a_gbk_file_imports(context):
    data = "名称,规格,价格\r\n米脂黄小米,2.5kg/袋,￥39.90\r\n".encode("gbk")
    assert context.catalog.import_csv(data, "gbk.csv") == ImportSummary(1, 0, 0)
    assert snapshot(context)[0].name == "米脂黄小米"


def test_reimporting_an_export_with_same_named_products_without_codes_changes_nothing(context):
    first = context.catalog.create(ProductDraft(name="散装小米", spec="1斤", price_fen=600, stock=5))
    second = context.catalog.create(ProductDraft(name="散装小米", spec="1斤", price_fen=700, stock=9))
    exported = context.catalog.export_csv()
    assert context.catalog.import_csv(exported, "export.csv") == ImportSummary(0, 0, 2)
    assert [context.catalog.get(first.id), context.catalog.get(second.id)] == [first, second]


def test_importing_a_price_list_keeps_the_columns_it_does_not_have(context):
    millet = context.catalog.create(MILLET)
    assert context.catalog.import_csv(csv_bytes("商家编码,名称,价格", "MZ-XM-2500,米脂黄小米,35.00"),
                                      "prices.csv") == ImportSummary(0, 1, 0)
    assert context.catalog.get(millet.id).draft() == replace(MILLET, price_fen=3500)


def test_export_then_import_keeps_texts_that_start_like_a_formula(context):
    product = context.catalog.create(ProductDraft(name="-10%特价小米", price_fen=100, merchant_code="T-1",
                                                  selling_points="- 当年新米\n- 颗粒饱满"))
    assert context.catalog.import_csv(context.catalog.export_csv(), "export.csv") == ImportSummary(0, 0, 1)
    assert context.catalog.get(product.id) == product


# export

def test_export_then_import_round_trip_on_the_demo_data(demo_context, data_dir, tmp_path, own_database):
    exported = demo_context.catalog.export_csv()
    assert exported.startswith(b"\xef\xbb\xbf")
    before = snapshot(demo_context)
    assert demo_context.catalog.import_csv(exported, "export.csv") == ImportSummary(0, 0, len(before))
    assert snapshot(demo_context) == before

    fresh = open_context(tmp_path / "fresh", own_database())
    try:
        assert fresh.catalog.import_csv(exported, "export.csv") == ImportSummary(len(before), 0, 0)
        assert [p.draft() for p in snapshot(fresh)] == [p.draft() for p in before]
        assert fresh.catalog.export_csv() == exported
    finally:
        fresh.close()


def test_export_of_an_empty_catalog_is_just_the_header(context):
    assert context.catalog.export_csv().decode("utf-8-sig").count("\r\n") == 1


# demo data

DEMO_NAMES = {"米脂黄小米": "2.5kg/袋", "巨鹿金银花": "50g/罐", "小米锅巴": None, "富硒小米礼盒": None}


def test_demo_catalog(demo_context):
    products = snapshot(demo_context)
    assert len(products) >= 4
    by_name = {p.name: p for p in products}
    for name, spec in DEMO_NAMES.items():
        assert name in by_name
        if spec:
            assert by_name[name].spec == spec
        assert by_name[name].stock > 0
    for product in products:
        assert product.spec
        assert product.price_fen > 0
        assert product.merchant_code
        assert product.origin
        assert product.selling_points
        assert product.has_photo
        assert open_image(demo_context.catalog.photo(product.id)).format == "JPEG"
    assert demo_context.is_demo


def test_demo_seeding_twice_does_not_duplicate(demo_context, data_dir):
    before = snapshot(demo_context)
    again = open_context(data_dir, demo=True)
    try:
        assert snapshot(again) == before
    finally:
        again.close()


def test_demo_does_not_touch_a_database_with_products(data_dir):
    context = open_context(data_dir)
    context.catalog.create(MILLET)
    context.close()
    context = open_context(data_dir, demo=True)
    try:
        assert [p.draft() for p in snapshot(context)] == [MILLET]
    finally:
        context.close()


def test_product_table_count_matches_the_service(demo_context):
    with demo_context.database.sessions() as session:
        rows = session.execute(select(func.count()).select_from(ProductRecord)).scalar_one()
    assert rows == demo_context.catalog.count()
