"""The POST flows of quotes.toscrape.com the recording lacks: the CSRF login, logged-in listings, the ViewState search.

Pages are the recorded GET pages with what the live site would change in them
(a fresh CSRF token, "Logout" and the Goodreads links, the selects and results
of the search form); the data come from the site's ground truth, quotes.jl.

Like the site, the session lives in a signed cookie rather than on the server,
so crawls sharing one server cannot see each other's logins.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import html
import json
import re
import secrets
import string
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

from tests.fixtureserver.app import Reply, Request, Route, route

# The listing pages the site renders with the login state: `/`, `/page/N/`, `/tag/T/`, `/tag/T/page/N/`.
LISTING = r"/(page/\d+/|tag/[^/]+/(page/\d+/)?)?"
_ABOUT_LINK = re.compile(
    r'(<small class="author" itemprop="author">(?P<name>[^<]*)</small>\s*<a href="[^"]*">\(about\)</a>)'
)


def _escape(text: str) -> str:
    """HTML-escape as the site's templates do (an apostrophe becomes &#39;)."""
    return html.escape(text).replace("&#x27;", "&#39;")


class _Session:
    """The signed session cookie: a dict only this server can have written."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def read(self, request: Request) -> dict[str, str]:
        cookie = SimpleCookie(request.headers.get("Cookie") or "").get("session")
        if cookie is None or "." not in cookie.value:
            return {}
        payload, signature = cookie.value.rsplit(".", 1)
        if not hmac.compare_digest(signature, self._sign(payload)):
            return {}
        return json.loads(base64.urlsafe_b64decode(payload))

    def header(self, data: dict[str, str]) -> tuple[str, str]:
        payload = base64.urlsafe_b64encode(json.dumps(data).encode()).decode()
        return ("Set-Cookie", f"session={payload}.{self._sign(payload)}; HttpOnly; Path=/")

    def _sign(self, payload: str) -> str:
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()


def _form(request: Request) -> dict[str, str]:
    fields = parse_qs(request.body().decode("utf-8"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def _html(body: str, *headers: tuple[str, str], status: int = 200) -> Reply:
    return Reply(status, body.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8"), *headers])


def _redirect(path: str, *headers: tuple[str, str]) -> Reply:
    return Reply(302, b"", [("Location", path), *headers])


def login_routes(pages: dict[str, Reply], quotes: list[dict], password: str | None = None) -> list[Route]:
    """`/login` (GET and POST), `/logout`, and the listings as a logged-in user sees them.

    Any non-empty user name logs in, with any password unless `password` is given.
    """
    session = _Session()
    login_page = pages["/login"].body.decode("utf-8")
    goodreads = {quote["author"]["name"]: quote["author"]["goodreads_link"] for quote in quotes}

    def render_login(state: dict[str, str], error: str = "") -> Reply:
        # Like the site, every login page carries a new token, remembered in the session.
        state = {**state, "csrf_token": "".join(secrets.SystemRandom().sample(string.ascii_letters, 52))}
        page = re.sub(r'(name="csrf_token" value=")[^"]*', rf"\g<1>{state['csrf_token']}", login_page)
        if error:
            submit = '<input type="submit" value="Login" class="btn btn-primary" />'
            page = page.replace(
                submit, f'{submit}\n        <p class="error">Error while logging in: {_escape(error)}</p>'
            )
        return _html(page, session.header(state))

    def get_login(request: Request, _match: re.Match[str]) -> Reply:
        return render_login(session.read(request))

    def post_login(request: Request, _match: re.Match[str]) -> Reply:
        state, form = session.read(request), _form(request)
        if not form.get("username"):
            return render_login(state, "please, provide your username.")
        if not state.get("csrf_token") or form.get("csrf_token") != state["csrf_token"]:
            return render_login(state, "invalid CRSF token.")  # sic: the site's own spelling
        if password is not None and form.get("password") != password:
            return render_login(state, "wrong password.")
        return _redirect("/", session.header({**state, "username": form["username"]}))

    def logout(request: Request, _match: re.Match[str]) -> Reply:
        state = session.read(request)
        state.pop("username", None)
        return _redirect("/", session.header(state))

    def listing(request: Request, _match: re.Match[str]) -> Reply | None:
        recorded = pages.get(request.target)
        if recorded is None or "username" not in session.read(request):
            return None  # the recording shows the page to everyone else
        page = recorded.body.decode("utf-8").replace('<a href="/login">Login</a>', '<a href="/logout">Logout</a>')

        def add_goodreads(about: re.Match[str]) -> str:
            link = goodreads[html.unescape(about["name"])]
            return f'{about[1]} - <a href="http://goodreads.com{_escape(link)}">(Goodreads page)</a>'

        return _html(_ABOUT_LINK.sub(add_goodreads, page))

    return [
        route("GET", r"/login", get_login),
        route("POST", r"/login", post_login),
        route("GET", r"/logout", logout),
        route("GET", LISTING, listing),
    ]


def search_routes(pages: dict[str, Reply], quotes: list[dict]) -> list[Route]:
    """POST `/filter.aspx`: the `/search.aspx` form answered for a chosen author, then author and tag.

    The `__VIEWSTATE` is base64 of comma-separated values (a token, the authors, the tags chosen so far);
    an author it does not hold is sent back to `/search.aspx`, as the site does.
    """
    search_page = pages["/search.aspx"].body.decode("utf-8")
    # Author -> tag -> quote texts, in the site's order (the order of quotes.jl).
    by_author: dict[str, dict[str, list[str]]] = {}
    for quote in quotes:
        for tag in quote["tags"]:
            by_author.setdefault(quote["author"]["name"], {}).setdefault(tag, []).append(quote["text"])

    def render(author: str, tag: str, viewstate: list[str]) -> str:
        def select_author(option: re.Match[str]) -> str:
            return f"{option[1]} selected >" if html.unescape(option[2]) == author else option[0]

        page = re.sub(r'(<option value="([^"]*)") >', select_author, search_page)
        tags = "".join(
            f'\n<option value="{_escape(t)}" {"selected" if t == tag else ""}>{_escape(t)}</option>'
            for t in by_author[author]
        )
        page = re.sub(r'(<select [^>]*name="tag"[^>]*>\s*<option>-+</option>)', lambda m: m[1] + tags, page)
        encoded = base64.b64encode(",".join(viewstate).encode("utf-8")).decode("ascii")
        page = re.sub(r'(name="__VIEWSTATE" id="__VIEWSTATE" value=")[^"]*', lambda m: m[1] + encoded, page)
        found = by_author[author].get(tag, []) if tag else []
        results = "".join(
            f'\n<div class="quote">\n<span class="content">{_escape(text)}</span> - \n'
            f'<span class="author">{_escape(author)}</span> (<span class="tag">{_escape(tag)}</span>)\n</div>\n<hr />'
            for text in found
        )
        heading = "\n<h3>Results</h3>\n<hr />" if found else ""
        return re.sub(r'(<div class="results">)', lambda m: m[1] + heading + results, page)

    def post_filter(request: Request, _match: re.Match[str]) -> Reply:
        form = _form(request)
        try:
            viewstate = base64.b64decode(form.get("__VIEWSTATE", ""), validate=True).decode("utf-8").split(",")
        except (binascii.Error, UnicodeDecodeError):
            viewstate = []
        author, tag = form.get("author", ""), form.get("tag", "")
        if author not in viewstate or author not in by_author:
            return _redirect("/search.aspx")
        if tag:
            viewstate.append(tag)
        return _html(render(author, tag, viewstate))

    return [route("POST", r"/filter\.aspx", post_filter)]


def form_routes(pages: dict[str, Reply], quotes: list[dict], login_password: str | None = None) -> list[Route]:
    """Every stand-in route; they answer before the replay of the recording."""
    return login_routes(pages, quotes, login_password) + search_routes(pages, quotes)
