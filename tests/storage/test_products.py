"""Product queries: SQL-side sort, filter and paging on a real SQLite file (and PostgreSQL database)."""

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from livehelper.domain.product import Product, ProductDraft
from livehelper.storage import products as repo
from livehelper.storage.engine import Database, open_database
from livehelper.storage.products import SORT_COLUMNS, ProductQuery

DRAFTS = [
    ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=3990, stock=126, merchant_code="MZ-XM-2500",
                 origin="陕西榆林米脂"),
    ProductDraft(name="巨鹿金银花", spec="50g/罐", price_fen=2990, stock=8, merchant_code="JL-JYH-50",
                 origin="河北邢台巨鹿"),
    ProductDraft(name="小米锅巴", spec="200g×3袋", price_fen=1990, stock=240, merchant_code="XM-GB-600",
                 origin="陕西榆林米脂"),
    ProductDraft(name="富硒小米礼盒", spec="1.5kg/盒", price_fen=8800, stock=45, merchant_code="",
                 origin="陕西安康", active=False),
    ProductDraft(name="Millet Crisps", spec="100% 小米", price_fen=990, stock=8, merchant_code="mz_xm_2",
                 origin="Mizhi"),
    ProductDraft(name="MILLET flour", spec="1kg", price_fen=1990, stock=0, merchant_code="A-1",
                 origin="mizhi county", active=False),
    ProductDraft(name="佳县红枣", spec="500g/袋", price_fen=2580, stock=0, merchant_code="JX_HZ",
                 origin="陕西榆林佳县"),
]


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    with db.sessions.begin() as session:
        for draft in DRAFTS:
            repo.insert(session, draft)
    yield db
    db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.sessions() as session:
        yield session


def names(products: list[Product]) -> list[str]:
    return [p.name for p in products]


def search(session: Session, text: str, include_inactive: bool = True) -> list[str]:
    query = ProductQuery(text=text, include_inactive=include_inactive)
    found = names(repo.page(session, query, 0, 100))
    assert repo.count(session, query) == len(found)
    return sorted(found)


def test_insert_and_get_round_trip(session):
    products = repo.all_products(session)
    assert [p.draft() for p in products] == DRAFTS
    assert [p.id for p in products] == sorted(p.id for p in products)
    assert all(p.version == 1 and not p.has_photo for p in products)
    assert repo.get(session, products[0].id) == products[0]
    assert repo.get(session, 99999) is None


def test_a_blank_merchant_code_is_stored_as_null_so_many_products_may_have_none(database):
    with database.sessions.begin() as session:
        repo.insert(session, ProductDraft(name="无编码", price_fen=1))
    with database.sessions() as session:
        assert [p.merchant_code for p in repo.all_products(session)].count("") == 2
        assert repo.id_by_merchant_code(session, "") is None


@pytest.mark.parametrize("column", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_every_column(session, column, descending):
    everything = repo.all_products(session)

    def key(product: Product) -> tuple[object, int]:
        return getattr(product, column), product.id

    expected = sorted(everything, key=key, reverse=descending)
    query = ProductQuery(sort=column, descending=descending)
    assert repo.page(session, query, 0, 100) == expected


def test_paging_walks_the_sorted_rows_without_gaps_or_repeats(session):
    query = ProductQuery(sort="stock", descending=True)  # stock has ties: ids break them
    pages = [repo.page(session, query, offset, 2) for offset in range(0, 8, 2)]
    assert [p for page in pages for p in page] == repo.page(session, query, 0, 100)
    assert [len(page) for page in pages] == [2, 2, 2, 1]


def test_unknown_sort_column_sorts_by_id(session):
    assert repo.page(session, ProductQuery(sort="drop table"), 0, 100) == repo.all_products(session)


def test_filter_searches_name_spec_merchant_code_and_origin(session):
    assert search(session, "金银花") == ["巨鹿金银花"]
    assert search(session, "罐") == ["巨鹿金银花"]
    assert search(session, "GB-600") == ["小米锅巴"]
    assert search(session, "安康") == ["富硒小米礼盒"]


def test_filter_is_case_insensitive(session):
    assert search(session, "millet") == ["MILLET flour", "Millet Crisps"]
    assert search(session, "MIZHI") == ["MILLET flour", "Millet Crisps"]
    assert search(session, "mz-xm") == ["米脂黄小米"]


def test_every_word_must_match_somewhere(session):
    assert search(session, "小米 米脂") == ["小米锅巴", "米脂黄小米"]
    assert search(session, "  小米   陕西  袋 ") == ["小米锅巴", "米脂黄小米"]
    assert search(session, "millet county") == ["MILLET flour"]
    assert search(session, "小米 河北") == []


def test_blank_filter_matches_everything(session):
    assert len(search(session, "   ")) == len(DRAFTS)


def test_percent_and_underscore_are_literal(session):
    assert search(session, "%") == ["Millet Crisps"]
    assert search(session, "100%") == ["Millet Crisps"]
    assert search(session, "_") == ["Millet Crisps", "佳县红枣"]
    assert search(session, "x_") == ["佳县红枣"]
    assert search(session, "m_") == ["Millet Crisps"]
    assert search(session, "a%b") == []


def test_backslash_is_literal(database):
    with database.sessions.begin() as session:
        repo.insert(session, ProductDraft(name="a\\b", price_fen=1))
    with database.sessions() as session:
        assert search(session, "\\") == ["a\\b"]
        assert search(session, "a\\b") == ["a\\b"]


def test_inactive_products_can_be_hidden(session):
    everything = search(session, "")
    active = search(session, "", include_inactive=False)
    assert sorted(set(everything) - set(active)) == ["MILLET flour", "富硒小米礼盒"]
    assert search(session, "millet", include_inactive=False) == ["Millet Crisps"]
    assert all(p.active for p in repo.page(session, ProductQuery(include_inactive=False), 0, 100))


def test_update_bumps_the_version_and_refuses_a_stale_one(database):
    with database.sessions.begin() as session:
        product = repo.all_products(session)[0]
        assert repo.save_draft(session, product.id, ProductDraft(name="新名字", price_fen=1), product.version)
    with database.sessions.begin() as session:
        assert repo.get(session, product.id).version == product.version + 1
        assert not repo.update_fields(session, product.id, product.version, {"stock": 1})
        assert not repo.update_fields(session, 99999, None, {"stock": 1})
        assert repo.get(session, product.id).name == "新名字"


def test_photo_set_and_remove(database):
    with database.sessions.begin() as session:
        product_id = repo.all_products(session)[0].id
        repo.set_photo(session, product_id, b"jpeg bytes")
    with database.sessions.begin() as session:
        assert repo.photo(session, product_id) == b"jpeg bytes"
        assert repo.get(session, product_id).has_photo
        repo.set_photo(session, product_id, None)
    with database.sessions() as session:
        assert repo.photo(session, product_id) is None
        assert not repo.get(session, product_id).has_photo


def test_removing_a_product_removes_its_photo(database):
    with database.sessions.begin() as session:
        product_id = repo.all_products(session)[0].id
        repo.set_photo(session, product_id, b"jpeg bytes")
    with database.sessions.begin() as session:
        assert repo.remove(session, product_id)
        assert not repo.remove(session, product_id)
    with database.sessions() as session:
        assert repo.photo(session, product_id) is None


def test_lookups(session):
    products = repo.all_products(session)
    assert repo.id_by_merchant_code(session, "JL-JYH-50") == products[1].id
    assert repo.id_by_merchant_code(session, "jl-jyh-50") is None
    assert repo.id_by_name_and_spec(session, "小米锅巴", "200g×3袋") == products[2].id
    assert repo.id_by_name_and_spec(session, "小米锅巴", "") is None
    assert repo.usage(session, products[0].id) == (0, 0)


@pytest.mark.parametrize("query", [ProductQuery(sort="name"), ProductQuery(text="小米", include_inactive=False),
                                   ProductQuery(sort="price_fen", descending=True)],
                         ids=["by name", "searched, on sale only", "by price, descending"])
def test_a_names_page_lists_what_a_page_lists_in_the_same_order(session, query):
    """The shipping filter's product list reads names only: the same products, in the same order, as a page."""
    products = repo.page(session, query, 0, 3)
    assert repo.names_page(session, query, 3) == [(p.id, p.name, p.spec) for p in products]
