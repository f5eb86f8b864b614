"""The test server's stand-in for the site's POST flows behaves like the site: CSRF login, sessions, ViewState."""

from __future__ import annotations

import base64
import re
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from typing import TYPE_CHECKING
from urllib.parse import urlencode

if TYPE_CHECKING:
    from tests.conftest import FixtureServer


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def browser() -> urllib.request.OpenerDirector:
    """A client with its own cookie jar that shows redirects instead of following them."""
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()), _NoRedirect())


def fetch(client: urllib.request.OpenerDirector, url: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Status, Location header and body of a GET, or of a POST when `form` is given."""
    data = urlencode(form).encode() if form is not None else None
    try:
        with client.open(url, data=data, timeout=10) as response:
            return response.status, "", response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers.get("Location", ""), error.read().decode("utf-8")


def token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match[1]


def test_each_login_page_has_a_fresh_token(server: FixtureServer) -> None:
    """Two login pages give two tokens; only the latest logs in, and then listings show "Logout" and Goodreads links."""
    client = browser()
    first = token(fetch(client, server.url + "login")[2])
    second = token(fetch(client, server.url + "login")[2])
    assert first != second
    status, _, page = fetch(client, server.url + "login", {"csrf_token": first, "username": "u", "password": "p"})
    assert (status, "invalid CRSF token." in page) == (200, True)
    latest = token(page)
    assert fetch(client, server.url + "login", {"csrf_token": latest, "username": "u", "password": "p"})[:2] == (
        302,
        "/",
    )
    status, _, listing = fetch(client, server.url + "page/2/")
    assert status == 200
    assert "Logout" in listing
    assert listing.count("(Goodreads page)</a>") == 10


def test_sessions_do_not_leak(server: FixtureServer) -> None:
    """A login in one cookie jar leaves another client logged out, on the same shared server."""
    client = browser()
    form = {"csrf_token": token(fetch(client, server.url + "login")[2]), "username": "u", "password": ""}
    assert fetch(client, server.url + "login", form)[0] == 302
    assert "Logout" in fetch(client, server.url)[2]
    stranger = fetch(browser(), server.url)[2]
    assert "Logout" not in stranger
    assert "(Goodreads page)" not in stranger


def test_forged_session_cookie_is_ignored(server: FixtureServer) -> None:
    """A session cookie the server did not sign counts as no session, even when its token matches the form's."""
    forged = base64.urlsafe_b64encode(b'{"csrf_token": "x"}').decode()
    request = urllib.request.Request(
        server.url + "login",
        data=urlencode({"csrf_token": "x", "username": "u"}).encode(),
        headers={"Cookie": f"session={forged}.{'0' * 64}"},
    )
    with urllib.request.build_opener(_NoRedirect()).open(request, timeout=10) as response:
        assert response.status == 200
        assert "invalid CRSF token." in response.read().decode("utf-8")


def test_viewstate_flow(server: FixtureServer) -> None:
    """An author gives their tags, a tag its quotes and a longer ViewState; an author it lacks goes back to the form."""
    client = browser()
    search = fetch(client, server.url + "search.aspx")[2]
    viewstate = re.search(r'name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]+)"', search)[1]
    status, _, answer = fetch(client, server.url + "filter.aspx", {"author": "Jane Austen", "__VIEWSTATE": viewstate})
    assert status == 200
    assert '<option value="Jane Austen" selected >' in answer
    assert '<option value="humor" >humor</option>' in answer
    state = re.search(r'name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]+)"', answer)[1]
    status, _, answer = fetch(
        client, server.url + "filter.aspx", {"author": "Jane Austen", "tag": "humor", "__VIEWSTATE": state}
    )
    assert answer.count('<span class="author">Jane Austen</span> (<span class="tag">humor</span>)') == 2
    grown = re.search(r'name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]+)"', answer)[1]
    assert base64.b64decode(grown).decode("utf-8").endswith(",humor")

    other = base64.b64encode(b"token,Nobody").decode()
    assert fetch(client, server.url + "filter.aspx", {"author": "Jane Austen", "__VIEWSTATE": other})[:2] == (
        302,
        "/search.aspx",
    )
