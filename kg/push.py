"""Send a graph to a triple store: SPARQL 1.1 Graph Store HTTP Protocol, or SPARQL Update.

Per-document mode (the default) PUTs each document's named graph, so pushing a build again
replaces its facts instead of adding to them, and adds the document metadata to the store's
default graph (``replace`` replaces that graph too). With ``graph`` every triple goes into that
one graph: added to it, or with ``replace`` replacing its content.

A graph larger than ``Store.chunk`` triples goes in several requests: the first replaces (PUT, or
DROP + INSERT DATA) or adds, the others add (POST, or INSERT DATA). Replacing is then not atomic:
a query running meanwhile may see the graph part-filled. Triples with blank nodes all go in the
first request, since a blank node label means the same node only within one request.
"""
from __future__ import annotations

import base64
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from rdflib import BNode, Dataset, Graph

from .errors import KgError, UsageError
from .rdf import union

PROTOCOLS = ("auto", "gsp", "update")
TRANSIENT = {408, 425, 429, 500, 502, 503, 504}
NOT_GSP = {404, 405, 415, 501}  # the URL does not take graph uploads: try SPARQL Update there
NT = "application/n-triples"


@dataclass
class Store:
    """Where and how to send: the endpoint URL, the protocol, headers, retry policy."""
    endpoint: str
    protocol: str = "auto"
    headers: dict[str, str] = field(default_factory=dict)
    retries: int = 3
    timeout: float = 60.0
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    chunk: int = 50_000  # at most this many triples per request (blank nodes aside)
    requests: int = 0  # sent so far, retries included

    def __post_init__(self):
        parts = urllib.parse.urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"{self.endpoint!r}: the endpoint must be an http:// or https:// URL")
        if self.protocol not in PROTOCOLS:
            raise UsageError(f"unknown protocol {self.protocol!r} (use one of: {', '.join(PROTOCOLS)})")
        if self.retries < 0:
            raise UsageError("--retries must be 0 or more")
        if self.chunk < 1:
            raise UsageError("--chunk must be 1 or more")


@dataclass
class PushReport:
    endpoint: str
    protocol: str
    graphs: list[str]
    triples: int
    requests: int


def auth_headers(user: str | None = None, password_env: str = "KG_PUSH_PASSWORD",
                 header_envs: tuple[str, ...] = ()) -> dict[str, str]:
    """HTTP headers for authentication: basic auth with the password taken from the environment
    variable ``password_env``, and whole "Name: value" headers from the variables ``header_envs``
    (so no secret appears on a command line)."""
    headers = {}
    if user is not None:
        password = os.environ.get(password_env)
        if password is None:
            raise UsageError(f"--user given but the environment variable {password_env} (the password) is not set")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    for var in header_envs:
        value = os.environ.get(var)
        if not value or ":" not in value:
            raise UsageError(f"environment variable {var} must hold a header as 'Name: value'")
        name, _, val = value.partition(":")
        headers[name.strip()] = val.strip()
    return headers


def push(ds: Dataset, store: Store, graph: str | None = None, replace: bool = False) -> PushReport:
    """Send ``ds`` to ``store``; see the module's docstring for what replaces what."""
    if graph is not None:
        if not urllib.parse.urlsplit(graph).scheme or any(c in graph for c in '<>"{}|^`\\ \t\n'):
            raise UsageError(f"--graph {graph!r}: give an absolute IRI (e.g. https://example.org/graph/news)")
        plan = [(graph, union(ds), replace)]
    else:
        plan = [(str(g.identifier), g, True) for g in sorted(_named(ds), key=lambda g: str(g.identifier))]
        if len(ds.default_graph):
            plan.append((None, ds.default_graph, replace))
    protocol = store.protocol
    for name, g, put in plan:
        for i, body in enumerate(chunks(g, store.chunk)):
            protocol = _send(store, protocol, name, body, put and i == 0)
    return PushReport(_safe(store.endpoint), protocol, [n or "(default graph)" for n, _, _ in plan],
                      sum(len(g) for _, g, _ in plan), store.requests)


def _named(ds: Dataset):
    default = ds.default_graph.identifier
    return [g for g in ds.graphs() if g.identifier != default and len(g)]


def chunks(g: Graph, size: int):
    """``g`` as N-Triples bodies of at most ``size`` triples each (all blank-node triples in the first)."""
    with_bnodes, rest = [], []
    for t in g:
        (with_bnodes if any(isinstance(x, BNode) for x in t) else rest).append(t)
    head = max(size - len(with_bnodes), 0)
    for part in [with_bnodes + rest[:head]] + [rest[i:i + size] for i in range(head, len(rest), size)]:
        piece = Graph()
        for t in part:
            piece.add(t)
        yield piece.serialize(format="nt", encoding="utf-8")


def _send(store: Store, protocol: str, name: str | None, body: bytes, put: bool) -> str:
    """Send one N-Triples body to one graph; returns the protocol that worked (auto settles on the
    first answer)."""
    if protocol in ("auto", "gsp"):
        sep = "&" if "?" in store.endpoint else "?"
        target = "default" if name is None else "graph=" + urllib.parse.quote(name, safe="")
        status = _request(store, "PUT" if put else "POST", f"{store.endpoint}{sep}{target}", body, NT,
                          fallback=protocol == "auto")
        if status is not None:
            return "gsp"
    where = "" if name is None else f"GRAPH <{name}> "
    drop = ("DROP SILENT DEFAULT ;\n" if name is None else f"DROP SILENT GRAPH <{name}> ;\n") if put else ""
    update = f"{drop}INSERT DATA {{ {where}{{\n".encode() + body + b"} }\n"
    if name is None:
        update = f"{drop}INSERT DATA {{\n".encode() + body + b"}\n"
    try:
        _request(store, "POST", store.endpoint, update, "application/sparql-update")
    except KgError as e:
        if protocol == "auto":  # neither protocol worked: say that both were tried
            raise KgError(f"{e} (a Graph Store Protocol upload was refused there first)") from None
        raise
    return "update"


def _request(store: Store, method: str, url: str, body: bytes, content_type: str,
             fallback: bool = False) -> int | None:
    """One HTTP request with retries on transient failures. Returns the status; None when
    ``fallback`` and the URL does not speak the Graph Store Protocol."""
    headers = {"Content-Type": f"{content_type}; charset=utf-8" if content_type == NT else content_type,
               "User-Agent": "kg-push", **store.headers}
    opener = urllib.request.build_opener(_NoRedirect)
    for attempt in range(store.retries + 1):
        store.requests += 1
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with opener.open(req, timeout=store.timeout) as resp:
                resp.read()
                return resp.status
        except urllib.error.HTTPError as e:
            detail = _first_line(e.read())
            if fallback and e.code in NOT_GSP:
                return None
            if e.code in TRANSIENT and attempt < store.retries:
                time.sleep(_delay(store, attempt, e.headers.get("Retry-After")))
                continue
            raise KgError(f"{method} {_safe(url)}: HTTP {e.code} {e.reason}"
                          + (f": {detail}" if detail else "") + _hint(e.code)
                          + (f" (after {attempt + 1} attempts)" if attempt else "")) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError, TimeoutError) as e:
            reason = getattr(e, "reason", e)
            if attempt < store.retries:
                time.sleep(_delay(store, attempt, None))
                continue
            raise KgError(f"cannot reach {_safe(url)}: {reason} (after {attempt + 1} attempts)") from None
    raise AssertionError("unreachable")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is reported, not followed: credentials go only where the user sent them."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise KgError(f"{req.get_method()} {_safe(req.full_url)}: redirected ({code}) to {_safe(newurl)}; "
                      "push to that URL instead")


def _delay(store: Store, attempt: int, retry_after: str | None) -> float:
    if retry_after and retry_after.strip().isdigit():
        return min(float(retry_after), 30.0)
    return min(store.backoff * 2 ** attempt, 30.0)


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return (text.splitlines() or [""])[0][:200]


def _hint(code: int) -> str:
    if code in (401, 403):
        return " (check --user with the password variable, or --header-env)"
    if code == 404:
        return " (is this the store's Graph Store or Update URL?)"
    return ""


def _safe(url: str) -> str:
    """The URL without any user:password part."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
