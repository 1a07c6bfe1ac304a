"""kg serve: a SPARQL 1.1 Protocol endpoint over a built graph, on the standard library's
ThreadingHTTPServer.

Each query runs in a worker process forked from the server once the store is loaded (so the
store is shared copy-on-write); a query that outlives --timeout has its worker killed and
replaced. Read-only unless started with allow_update; SERVICE and LOAD are always refused.
"""
from __future__ import annotations

import html
import ipaddress
import json
import multiprocessing as mp
import queue
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import KgError, UsageError
from . import sparql

ASSETS = Path(__file__).resolve().parent / "assets"
MAX_BODY = 1 << 20  # bytes of a POSTed query

# media type -> format name, for each kind of result
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "table",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
DEFAULTS = {"select": "json", "ask": "json", "graph": "turtle"}


class QueryTimeout(KgError):
    pass


class Busy(KgError):
    pass


def negotiate(accept: str | None, fmt: str | None, kind: str) -> str | None:
    """The format name for a result of this kind: ?format= wins, then the best Accept entry."""
    if fmt:
        name = sparql.FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        name = {"json": "jsonld"}.get(name, name) if kind == "graph" else name
        if name in sparql.FORMATS and kind in sparql.FORMATS[name][1]:
            return name
        table = RESULT_TYPES if kind != "graph" else GRAPH_TYPES
        return table.get(fmt.lower())
    table = RESULT_TYPES if kind != "graph" else GRAPH_TYPES
    if not accept:
        return DEFAULTS[kind]
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *opts = [x.strip() for x in part.split(";")]
        q = 1.0
        for o in opts:
            if o.startswith("q="):
                try:
                    q = float(o[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for negq, _, media in sorted(ranked):
        if negq == 0:
            break
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*":
                return DEFAULTS[kind]
            hit = next((f for m, f in table.items() if m.startswith(media[:-1])), None)
            if hit:
                return hit
    return None


# --- worker processes
def _worker_main(conn, store, close_fds) -> None:
    import os
    _die_with_parent()
    for fd in close_fds:
        try:
            os.close(fd)
        except OSError:
            pass
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(_answer(store, job))


def _die_with_parent() -> None:
    """Linux: SIGKILL this worker if the server process dies, even mid-query."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def _answer(store, job: dict) -> tuple:
    """(status, content type, body bytes) for one query, run in a worker."""
    try:
        result = sparql.run_query(store, job["query"], job.get("params"), max_rows=job["max_rows"])
    except sparql.QueryRefused as e:
        return 403, "text/plain; charset=utf-8", f"{e}\n".encode()
    except (KgError, Exception) as e:  # bad syntax, bad params, too large: the client's to fix
        return 400, "text/plain; charset=utf-8", f"{e}\n".encode()
    name = negotiate(job.get("accept"), job.get("format"), result.kind)
    if name is None:
        kinds = RESULT_TYPES if result.kind != "graph" else GRAPH_TYPES
        return 406, "text/plain; charset=utf-8", (
            f"cannot answer a {result.kind} query as {job.get('format') or job.get('accept')}; "
            f"acceptable: {', '.join(kinds)}\n").encode()
    media = sparql.FORMATS[name][0]
    if name == "table":
        media = "text/plain"
    return 200, f"{media}; charset=utf-8", result.serialize(name)


@dataclass(eq=False)
class Worker:
    process: mp.Process
    conn: object
    generation: int

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(1)
        self.kill()


class Pool:
    """Worker processes sharing the store; one query at a time each."""

    def __init__(self, store, size: int = 2, close_fds=()):
        self.store, self.close_fds = store, list(close_fds)
        self.ctx = mp.get_context("fork")
        self.lock = threading.Lock()  # held while forking or changing the store
        self.generation = 0
        self.idle: queue.Queue = queue.Queue()
        self.workers: set = set()
        for _ in range(max(1, size)):
            self.idle.put(self._spawn())

    def _spawn(self) -> Worker:
        parent, child = self.ctx.Pipe()
        with self.lock:
            p = self.ctx.Process(target=_worker_main, args=(child, self.store, self.close_fds),
                                 daemon=True, name="kg-sparql-worker")
            p.start()
            gen = self.generation
        child.close()
        w = Worker(p, parent, gen)
        self.workers.add(w)
        return w

    def _retire(self, w: Worker, kill: bool = False) -> None:
        self.workers.discard(w)
        w.kill() if kill else w.stop()

    def run(self, job: dict, timeout: float) -> tuple:
        try:
            w = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy(f"server busy: no worker free within {timeout:g} s; try again") from None
        if w.generation != self.generation or not w.process.is_alive():
            self._retire(w, kill=True)
            w = self._spawn()
        try:
            w.conn.send(job)
            if w.conn.poll(timeout):
                reply = w.conn.recv()
                self.idle.put(w)
                return reply
        except (EOFError, OSError):
            self._retire(w, kill=True)
            self.idle.put(self._spawn())
            raise KgError("the query's worker died; it was restarted") from None
        self._retire(w, kill=True)  # a runaway query: kill it, keep the pool full
        self.idle.put(self._spawn())
        raise QueryTimeout(f"query timed out after {timeout:g} s (the server's --timeout)")

    def update(self, text: str) -> None:
        """Apply an update to the server's store; workers are re-forked to see it."""
        with self.lock:
            sparql.run_query(self.store, text, allow_update=True)
            self.generation += 1

    def close(self) -> None:
        for w in list(self.workers):
            self._retire(w, kill=True)


# --- HTTP
class Endpoint(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, store, *, source_dir: Path | None = None, workers: int = 2,
                 timeout: float = 10.0, max_rows: int = 10000, allow_update: bool = False,
                 quiet: bool = False, label: str = ""):
        super().__init__(address, Handler)
        self.timeout_s, self.max_rows, self.allow_update = timeout, max_rows, allow_update
        self.quiet, self.label, self.source_dir = quiet, label, source_dir
        self.triples = len(store)
        self.pool = Pool(store, workers, close_fds=[self.fileno()])

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    # --- plumbing
    def log_message(self, fmt, *args):
        if not self.server.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {fmt % args}\n")

    def send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def fail(self, status: int, message: str) -> None:
        self.send(status, (message.rstrip("\n") + "\n").encode(), "text/plain; charset=utf-8")

    def host_ok(self) -> bool:
        """Refuse other Host names on a loopback server (DNS rebinding)."""
        bound = self.server.server_address[0]
        try:
            if not ipaddress.ip_address(bound).is_loopback:
                return True
        except ValueError:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in ("localhost", "127.0.0.1", "::1", bound) or name.endswith(".localhost")

    # --- routes
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        if not self.host_ok():
            return self.fail(403, "unexpected Host header")
        url = urlsplit(self.path)
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self.page()
        if url.path in ("/sparql", "/query"):
            if "update" in args:
                return self.fail(405, "updates must be POSTed")
            return self.query(args)
        if url.path == "/queries":
            return self.saved()
        if url.path in ("/sparql.js", "/sparql.css"):
            ctype = "text/javascript" if url.path.endswith(".js") else "text/css"
            return self.send(200, (ASSETS / url.path[1:]).read_bytes(), f"{ctype}; charset=utf-8")
        if url.path in ("/view", "/graph.html"):
            return self.view()
        return self.fail(404, f"no such page: {url.path} (try / or /sparql?query=...)")

    def do_POST(self):
        if not self.host_ok():
            return self.fail(403, "unexpected Host header")
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/update"):
            return self.fail(404, f"no such endpoint: {url.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self.fail(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        args = parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self.fail(400, "request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(text, keep_blank_values=True).items():
                args.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            args.setdefault("query", []).append(text)
        elif ctype == "application/sparql-update":
            args.setdefault("update", []).append(text)
        else:
            return self.fail(415, "POST a form (application/x-www-form-urlencoded), "
                                  "application/sparql-query or application/sparql-update")
        if "update" in args:
            return self.update(args["update"])
        return self.query(args)

    def query(self, args: dict) -> None:
        texts = args.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            return self.fail(400, "give exactly one query: ?query=... (SPARQL 1.1 Protocol)")
        if args.get("default-graph-uri") or args.get("named-graph-uri"):
            return self.fail(400, "default-graph-uri and named-graph-uri are not supported: "
                                  "use GRAPH in the query")
        text = texts[0]
        try:
            if sparql.check_safe(text, allow_update=True) == "update":
                if self.server.allow_update:
                    return self.fail(400, "send updates as update=..., not query=...")
                return self.refuse_update()
        except sparql.QueryRefused as e:
            return self.fail(403, str(e))
        except KgError as e:
            return self.fail(400, str(e))
        job = {"query": text, "params": args.get("param") or None, "accept": self.headers.get("Accept"),
               "format": (args.get("format") or [None])[0], "max_rows": self.server.max_rows}
        try:
            status, ctype, body = self.server.pool.run(job, self.server.timeout_s)
        except QueryTimeout as e:
            return self.fail(503, str(e))
        except Busy as e:
            return self.fail(503, str(e))
        except KgError as e:
            return self.fail(500, str(e))
        self.send(status, body, ctype, {"Vary": "Accept"})

    def refuse_update(self):
        return self.fail(403, "SPARQL Update is refused: this endpoint is read-only "
                              "(start kg serve with --allow-update to permit it)")

    def update(self, texts: list[str]) -> None:
        if not self.server.allow_update:
            return self.refuse_update()
        origin = self.headers.get("Origin")
        if origin and urlsplit(origin).netloc != self.headers.get("Host"):
            return self.fail(403, "cross-origin updates are refused")
        if len(texts) != 1:
            return self.fail(400, "give exactly one update")
        try:
            if sparql.check_safe(texts[0], allow_update=True) != "update":
                return self.fail(400, "not a SPARQL Update: send queries as query=")
            self.server.pool.update(texts[0])
        except sparql.QueryRefused as e:
            return self.fail(403, str(e))
        except KgError as e:
            return self.fail(400, str(e))
        self.send(204, b"", "text/plain")

    def saved(self) -> None:
        items = [{"name": q.name, "title": q.title, "description": q.description,
                  "params": q.params, "examples": q.examples, "text": q.text}
                 for q in sparql.saved_queries().values()]
        doc = {"prefixes": sparql.PREFIXES, "queries": items}
        self.send(200, json.dumps(doc, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def view(self) -> None:
        d = self.server.source_dir
        page = d / "graph.html" if d else None
        if page is None or not page.is_file():
            return self.fail(404, "no network view: serve a build directory that has graph.html")
        self.send(200, page.read_bytes(), "text/html; charset=utf-8")

    def page(self) -> None:
        s = self.server
        has_view = bool(s.source_dir and (s.source_dir / "graph.html").is_file())
        body = (ASSETS / "sparql.html").read_text(encoding="utf-8")
        body = (body.replace("{{SOURCE}}", html.escape(s.label))
                    .replace("{{TRIPLES}}", f"{s.triples:,}")
                    .replace("{{MODE}}", "read-write" if s.allow_update else "read-only")
                    .replace("{{VIEW}}", '<a href="/view">open the network view</a>' if has_view else ""))
        csp = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
               "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        self.send(200, body.encode(), "text/html; charset=utf-8",
                  {"Content-Security-Policy": csp, "Referrer-Policy": "no-referrer"})


def serve(source, host: str = "127.0.0.1", port: int = 7878, *, workers: int = 2,
          timeout: float = 10.0, max_rows: int = 10000, allow_update: bool = False,
          quiet: bool = False, ready=None) -> None:
    """Load SOURCE and serve it until interrupted; ready(url) is called once listening."""
    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise UsageError("--timeout, --max-rows and --workers must be positive")
    store = sparql.open_store(source)
    src = Path(source)
    try:
        server = Endpoint((host, port), store, source_dir=src if src.is_dir() else None,
                          workers=workers, timeout=timeout, max_rows=max_rows,
                          allow_update=allow_update, quiet=quiet, label=str(source))
    except OSError as e:
        raise KgError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    if threading.current_thread() is threading.main_thread():
        import signal

        def stop(signum, frame):
            raise KeyboardInterrupt
        signal.signal(signal.SIGTERM, stop)
    try:
        if ready:
            ready(server.url)
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
