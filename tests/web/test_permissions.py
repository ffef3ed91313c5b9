"""The permission matrix: every route × every role × both collections; hidden collections answer 404 and leak nothing."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx
import pytest
from lxml import html

from dossier.web.errors import NOT_FOUND

from .conftest import USERS, Site, csrf_of

Client = Callable[[str], httpx.Client]
ORDER = {None: 0, "viewer": 1, "editor": 2, "owner": 3, "admin": 4}
# (method, path template, least role needed); {c} is a collection, {d} a document with a rendered page 1.
COLLECTION_ROUTES = [
    ("GET", "/c/{c}", "viewer"),
    ("GET", "/c/{c}/progress", "viewer"),
    ("GET", "/c/{c}/upload", "editor"),
    ("GET", "/c/{c}/members", "owner"),
    ("GET", "/audit?collection={c}", "owner"),
    ("GET", "/audit/export?collection={c}", "owner"),
    ("GET", "/api/collections/{c}", "viewer"),
    ("GET", "/api/collections/{c}/members", "owner"),
    ("GET", "/api/audit?collection={c}", "owner"),
    ("GET", "/d/{d}", "viewer"),
    ("GET", "/d/{d}?page=1", "viewer"),
    ("GET", "/d/{d}/download", "viewer"),
    ("GET", "/d/{d}/pages/1/image", "viewer"),
    ("GET", "/d/{d}/pages/1/thumb", "viewer"),
    ("GET", "/api/documents/{d}", "viewer"),
    ("GET", "/api/documents/{d}?page=1", "viewer"),
    ("POST", "/c/{c}/upload", "editor"),
    ("POST", "/api/collections/{c}/upload", "editor"),
    ("POST", "/c/{c}/members", "owner"),
]
SITE_ROUTES = ["/", "/search?q=Kashgar", "/search?q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90", "/api/search?q=Kashgar",
               "/api/search?q=%E8%B5%84%E4%BF%A1", "/api/collections", "/api/me", "/account", "/api/docs"]
COLLECTIONS = {"papers": "chinese_bond_prospectus_tables_page.pdf", "partner": "partner:chinese_bond_prospectus_tables_page.pdf"}
def _allowed_write(user: str, collection: str, route: tuple[str, str, str]) -> bool:
    role = "admin" if USERS[user][0] else USERS[user][1].get(collection)
    return route[0] == "POST" and role is not None and ORDER[role] >= ORDER[route[2]]


# Allowed writes would change the shared archive under the other cells; the upload and
# members tests exercise exactly those, so they are left out of the matrix, not skipped.
CASES = [(user, collection, route) for user in USERS if user != "locked" for collection in COLLECTIONS
         for route in COLLECTION_ROUTES if not _allowed_write(user, collection, route)]


def _role(user: str, collection: str) -> str | None:
    admin, roles = USERS[user]
    return "admin" if admin else roles.get(collection)


def _expected(user: str, collection: str, need: str) -> int:
    role = _role(user, collection)
    if role is None:
        return 404
    return 200 if ORDER[role] >= ORDER[need] else 403


@pytest.mark.parametrize(("user", "collection", "route"), CASES,
                         ids=[f"{u}-{c}-{r[0]}-{r[1]}" for u, c, r in CASES])
def test_permission_matrix_route_role_collection(site: Site, as_user: Client, user: str, collection: str,
                                                 route: tuple[str, str, str]) -> None:
    method, template, need = route
    path = template.format(c=collection, d=site.docs[COLLECTIONS[collection]])
    expected = _expected(user, collection, need)
    client = as_user(user)
    if method == "POST":
        data = {"csrf": csrf_of(client), "member": "viewer_a", "role": "viewer"}
        response = client.post(path, data=data, files={"files": ("x.txt", b"x")} if "upload" in path else None)
    else:
        response = client.get(path)
    assert response.status_code == expected, (path, response.text[:300])
    if expected == 404:
        assert NOT_FOUND in response.text
        hidden = [collection, site.docs[COLLECTIONS[collection]]]
        assert not any(h in response.text for h in hidden), "a 404 must not name what is hidden"


def test_permission_matrix_covers_every_route(site: Site) -> None:
    from dossier.web import routes

    covered = {urlsplit(t).path for _, t, _ in COLLECTION_ROUTES} | {urlsplit(p).path for p in SITE_ROUTES}
    covered = {re.sub(r"\{[cd]\}|(?<=/)\d+(?=/)", "{x}", p) for p in covered} | {
        "/login", "/logout", "/collections", "/account/tokens", "/search/batch", "/audit", "/audit/export",
        "/api/audit", "/jobs/{x}", "/jobs/{x}/status", "/api/jobs/{x}",  # tested in test_pages / test_upload
        "/entities/{x}", "/api/entities/{x}"}  # tested below
    paths = {re.sub(r"\{\w+\}", "{x}", r.path) for router in routes.ROUTERS for r in router.routes}
    assert paths - covered == set()


@pytest.mark.parametrize("user", [u for u in USERS if u != "locked"])
def test_site_routes_never_show_a_hidden_collection(site: Site, as_user: Client, user: str) -> None:
    client = as_user(user)
    for path in SITE_ROUTES:
        response = client.get(path)
        assert response.status_code == 200, path
        for collection, doc in COLLECTIONS.items():
            if _role(user, collection) is None:
                text = response.text
                assert site.docs[doc] not in text, (path, collection)
                assert not re.search(rf"\b{collection}\b", text.replace("partners", "")), (path, collection)
                assert "Kashgar depot" not in text or collection != "partner", path


def test_search_counts_and_facets_cover_only_visible_collections(as_user: Client) -> None:
    both = as_user("admin").get("/api/search", params={"q": "资信"}).json()
    only_a = as_user("viewer_a").get("/api/search", params={"q": "资信"}).json()
    only_b = as_user("viewer_b").get("/api/search", params={"q": "资信"}).json()
    assert set(both["facets"]["collection"]) == {"papers", "partner"}
    assert set(only_a["facets"]["collection"]) == {"papers"} and set(only_b["facets"]["collection"]) == {"partner"}
    assert only_a["total"] + only_b["total"] == both["total"] > 0
    assert as_user("nobody").get("/api/search", params={"q": "资信"}).json()["total"] == 0
    hidden = as_user("viewer_a").get("/api/search", params={"q": "Kashgar", "collection": "partner"})
    assert hidden.status_code == 200 and hidden.json()["total"] == 0
    assert as_user("viewer_a").get("/api/search", params={"q": "collection:partner Kashgar"}).json()["total"] == 0


def test_grant_and_revoke_through_members_page_take_effect_and_are_audited(site: Site, as_user: Client) -> None:
    owner, viewer_b = as_user("owner_a"), as_user("viewer_b")
    doc = site.docs["leak.html"]
    assert viewer_b.get(f"/d/{doc}").status_code == 404
    granted = owner.post("/c/papers/members", data={"member": "viewer_b", "role": "viewer",
                                                    "csrf": csrf_of(owner, "/c/papers/members")})
    assert granted.status_code == 303
    assert viewer_b.get(f"/d/{doc}").status_code == 200
    revoked = owner.post("/c/papers/members", data={"member": "viewer_b", "role": "none",
                                                    "csrf": csrf_of(owner, "/c/papers/members")})
    assert revoked.status_code == 303
    assert viewer_b.get(f"/d/{doc}").status_code == 404
    rows = owner.get("/api/audit", params={"collection": "papers"}).json()["rows"]
    changes = [(r["user"], r["action"], r["detail"]) for r in rows if r["action"].startswith("role.")][:2]
    assert changes == [("owner_a", "role.revoked", '{"user": "viewer_b"}'),
                       ("owner_a", "role.granted", '{"role": "viewer", "user": "viewer_b"}')]


def test_owner_cannot_change_own_role(as_user: Client) -> None:
    owner = as_user("owner_a")
    response = owner.post("/c/papers/members", data={"member": "owner_a", "role": "viewer",
                                                     "csrf": csrf_of(owner, "/c/papers/members")})
    assert response.status_code == 400
    assert "You cannot change your own role" in response.text


def test_doc_filter_on_a_hidden_document_answers_like_a_missing_one(site: Site, as_user: Client) -> None:
    hidden = site.docs["partner:partner-note.txt"][:8]
    client = as_user("viewer_a")
    for prefix in (hidden, "ffffeeee"):
        response = client.get("/api/search", params={"q": f"Kashgar doc:{prefix}"})
        assert response.status_code == 400
        assert response.json()["error"] == (f"doc:{prefix}: no document with ID {prefix!r}; `dossier ls` lists them "
                                             "(at character 9 of the query)")
    own = client.get("/api/search", params={"q": f"资信 doc:{site.docs['chinese_bond_prospectus_tables_page.pdf'][:8]}"})
    assert own.status_code == 200 and own.json()["total"] == 1


def _entity(site: Site, where: str) -> int:
    """Return an entity whose mentions are only in 'papers', only in 'partner', or in both."""
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    try:
        rows = conn.execute("SELECT m.entity_id, GROUP_CONCAT(DISTINCT d.collection) FROM mentions m "
                            "JOIN documents d ON d.id = m.doc_id GROUP BY m.entity_id ORDER BY m.entity_id").fetchall()
    finally:
        conn.close()
    wanted = {"papers": {"papers"}, "partner": {"partner"}, "both": {"papers", "partner"}}[where]
    return next(e for e, cs in rows if set(cs.split(",")) == wanted)


@pytest.mark.parametrize("user", [u for u in USERS if u != "locked"])
def test_entity_pages_show_only_visible_mentions(site: Site, as_user: Client, user: str) -> None:
    client = as_user(user)
    for where in ("papers", "partner", "both"):
        entity = _entity(site, where)
        seen = {c for c in ("papers", "partner") if _role(user, c)} & ({"papers", "partner"} if where == "both"
                                                                        else {where})
        for path in (f"/entities/{entity}", f"/api/entities/{entity}"):
            response = client.get(path)
            if not seen:
                assert response.status_code == 404 and NOT_FOUND in response.text, (user, where, path)
                continue
            assert response.status_code == 200, (user, where, path)
        if seen:
            data = client.get(f"/api/entities/{entity}").json()
            assert {m["collection"] for m in data["mentions"]} == seen


def test_entity_of_a_hidden_collection_is_named_nowhere(site: Site, as_user: Client) -> None:
    entity = _entity(site, "partner")
    names = as_user("viewer_b").get(f"/api/entities/{entity}").json()["names"]
    assert names
    response = as_user("viewer_a").get(f"/entities/{entity}")
    assert response.status_code == 404
    assert not any(n in response.text for n in names) and "partner" not in response.text


def test_entity_page_shows_context_dates_and_neighbours_from_visible_pages_only(site: Site, as_user: Client) -> None:
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    try:
        # An entity of 'papers' that shares a page with others, and one that only 'partner' names.
        entity = conn.execute(
            "SELECT m.entity_id FROM mentions m JOIN mentions o ON o.doc_id = m.doc_id AND o.page = m.page "
            "AND o.entity_id != m.entity_id JOIN documents d ON d.id = m.doc_id WHERE d.collection = 'papers' "
            "AND m.type = 'place' AND o.type IN ('person', 'org', 'place') ORDER BY m.entity_id LIMIT 1").fetchone()[0]
        partner_only = {r[0] for r in conn.execute(
            "SELECT m.text FROM mentions m JOIN documents d ON d.id = m.doc_id GROUP BY m.text "
            "HAVING SUM(d.collection = 'papers') = 0")}
    finally:
        conn.close()
    data = as_user("admin").get(f"/api/entities/{entity}").json()
    assert data["cooccurring"] and data["documents"] >= 1 and data["collections"]
    first = data["mentions"][0]
    assert first["before"] or first["after"]
    page = as_user("admin").get(f"/entities/{entity}")
    assert page.status_code == 200
    assert '<div class="network" id="network"><svg xmlns="http://www.w3.org/2000/svg"' in page.text
    assert f'href="/search?q=entity:%23{data["id"]}"' in page.text
    assert all(f'/entities/{o["id"]}' in page.text for o in data["cooccurring"])
    found = as_user("admin").get("/api/search", params={"q": f"entity:#{data['id']}"}).json()
    assert found["total"] >= 1 and {h["doc"] for h in found["hits"]} <= {m["doc_id"] for m in data["mentions"]}
    # A viewer of 'papers' alone sees no neighbour named only in 'partner'.
    viewer = as_user("viewer_a").get(f"/api/entities/{entity}").json()
    assert not {o["name"] for o in viewer["cooccurring"]} & partner_only


def test_entity_page_says_how_names_were_linked_and_only_for_visible_names(site: Site, as_user: Client) -> None:
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    try:
        # Nur Bekri (only in 'partner') joined to 努尔·白克力 (in 'papers') by the sound of the name.
        how, target = conn.execute("SELECT link, merged_into FROM entities WHERE name = 'Nur Bekri'").fetchone()
    finally:
        conn.close()
    assert how == "transliteration" and target
    page = as_user("admin").get(f"/entities/{target}")
    links = html.fromstring(page.text).get_element_by_id("entity-links").text_content()
    assert page.status_code == 200 and links.endswith("Nur Bekri by transliteration")
    assert as_user("admin").get(f"/api/entities/{target}").json()["links"] == {"Nur Bekri": "transliteration"}
    hidden = as_user("viewer_a").get(f"/entities/{target}")  # sees 'papers' only
    assert hidden.status_code == 200 and "Nur Bekri" not in hidden.text and 'id="entity-links"' not in hidden.text
    assert as_user("viewer_a").get(f"/api/entities/{target}").json()["links"] == {}
