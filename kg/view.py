"""The interactive network page: networkx for the projection and analytics, pyvis for the page.

One self-contained HTML file: vis-network's JS and CSS (shipped inside the pyvis package) and
kg's own JS/CSS (kg/assets/) are inlined, so it works from file:// with no network. Text from
articles reaches the page only as JSON (with <, >, & escaped) that the page's script puts into
the DOM with textContent; the network itself is drawn on a canvas. No node or edge gets a vis
``title`` (its tooltip would render HTML).
"""
from __future__ import annotations

import html
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, Iterator

import networkx as nx

from .errors import UsageError
from .network import (fill, importance, layout, neighbourhood, skeleton, subject_sorted, to_networkx,
                      top_nodes)

ASSETS = Path(__file__).parent / "assets"

# Bounds past which the page degrades on purpose, so the browser never freezes.
MAX_NODES = 5000  # keep the top N entities by PageRank, with a note saying what was left out
MAX_EDGES = 20000  # then the relations between the most important entities
EDGE_LABEL_LIMIT = 1500  # more relations than this: no labels on edges (they are in the panel)
OBSERVATION_NODE_LIMIT = 400  # more entities than this: numbers start in the panel only
OBSERVATION_AUTO_LIMIT = 30  # more numbers than this: drawn as nodes only when asked (legend toggle)
SMALL_GRAPH = 300  # up to here: the nicer, slower layout
LIVE_LAYOUT_LIMIT = 1000  # more entities: positions computed in Python, no physics in the page

# class -> (colour, vis shape); a family shares a shape so the legend reads at a glance
STYLE = {
    "Place": ("#4e79a7", "dot"), "Country": ("#1f3f66", "dot"), "Province": ("#3a6ea5", "dot"),
    "Municipality": ("#4e79a7", "dot"), "City": ("#6a9bd1", "dot"), "Region": ("#2f8f9d", "dot"),
    "District": ("#86b4e0", "dot"),
    "Organization": ("#f28e2b", "hexagon"), "Company": ("#f28e2b", "hexagon"),
    "GovernmentBody": ("#e15759", "hexagon"), "University": ("#b07aa1", "hexagon"),
    "ResearchInstitute": ("#9c755f", "hexagon"),
    "Person": ("#59a14f", "triangle"), "Facility": ("#76b7b2", "square"),
    "Product": ("#d4a017", "diamond"), "Observation": ("#b9b2ab", "dot"),
}
DEFAULT_STYLE = ("#8c8c8c", "dot")
FAMILY_ORDER = ("Place", "Organization", "Person", "Facility", "Product")


def render_html(dataset, **options) -> str:
    """The page for ``dataset`` (see ``page_pieces`` for the options) as one string."""
    return "".join(page_pieces(dataset, **options))


def write_html(dataset, out: BinaryIO, **options) -> None:
    """The page for ``dataset`` written to a binary file a piece at a time, never whole in memory."""
    for piece in page_pieces(dataset, **options):
        out.write(piece.encode("utf-8"))


def page_pieces(dataset, *, title: str = "kg network", focus: str | None = None, hops: int = 1,
                query: str | None = None, max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                observations: bool | None = None) -> Iterator[str]:
    """The page for ``dataset`` (an rdflib Dataset/Graph, a path kg.store reads, or a kg build
    result), in pieces that join to the page.

    ``focus``/``hops``: only the neighbourhood of one entity (label, alias or IRI);
    ``query``: SPARQL text, a CONSTRUCT (show the entities and relations it returns) or a
    SELECT (show the entities it binds and the relations among them); ``observations``: draw
    numbers as small nodes beside their entity (default: when the graph is small enough).
    A kg build result is read twice from disk, so memory holds only the facts shown.
    """
    stream = subject_sorted(dataset)
    if stream is not None and focus is None and query is None:
        return _stream_pieces(stream, title=title, max_nodes=max_nodes, max_edges=max_edges,
                              observations=observations)
    full = to_networkx(dataset)
    scores = importance(full)
    graph, notes = full, []
    if query is not None:
        graph = query_subgraph(dataset, full, query)
        notes.append(f"Showing what the query picked: {graph.number_of_nodes():,} of "
                     f"{full.number_of_nodes():,} entities.")
    if focus is not None:
        graph = neighbourhood(graph, focus, hops)
        label = full.nodes[graph.graph["focus"]]["label"]
        notes.append(f"Neighbourhood of {label} within {hops} hop{'' if hops == 1 else 's'}: "
                     f"{graph.number_of_nodes():,} of {full.number_of_nodes():,} entities.")
    return graph_pieces(graph, title=title, scores=scores, max_nodes=max_nodes, max_edges=max_edges,
                        observations=observations, notes=notes)


def _stream_pieces(stream, *, title, max_nodes, max_edges, observations) -> Iterator[str]:
    """The page ``render_graph(to_networkx(...))`` makes, in two passes over a subject-sorted stream:
    the entities and relations alone are ranked and cut to the bounds, then only the facts of
    what is shown are read."""
    full = skeleton(stream())
    scores = importance(full)
    notes: list[str] = []
    shown = _bounded(full, scores, max_nodes, max_edges, notes)
    fill(shown, stream(), full)
    return _render(shown, scores, full, title, notes, observations)


def query_subgraph(dataset, full: nx.MultiDiGraph, text: str) -> nx.MultiDiGraph:
    """The part of ``full`` a SPARQL query picks (run by kg.sparql: no SERVICE, no LOAD)."""
    from .sparql import run_query

    result = run_query(dataset, text)
    if result.kind == "ask":
        raise UsageError("an ASK query picks nothing to show: use CONSTRUCT or SELECT")
    if result.kind == "select":
        picked = {str(t) for row in result.rows for t in row if t is not None and str(t) in full}
        sub = full.subgraph(picked).copy()
    else:
        triples = {tuple(map(str, t)) for t in result.rows}
        picked = {x for s, _, o in triples for x in (s, o) if x in full}
        sub = nx.MultiDiGraph(full.subgraph(picked))
        sub.graph = dict(full.graph)
        keep = {(s, o, p.rsplit("#", 1)[-1]) for s, p, o in triples}
        sub.remove_edges_from([e for e in list(sub.edges(keys=True)) if e not in keep])
    return sub


def render_graph(graph: nx.MultiDiGraph, **options) -> str:
    """The page for a graph shaped as kg.network.to_networkx makes it (options: ``graph_pieces``)."""
    return "".join(graph_pieces(graph, **options))


def graph_pieces(graph: nx.MultiDiGraph, *, title: str = "kg network", scores: dict | None = None,
                 max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                 observations: bool | None = None, notes: list[str] | None = None) -> Iterator[str]:
    """The page for a graph shaped as kg.network.to_networkx makes it, in pieces."""
    notes = list(notes or [])
    scores = scores if scores is not None else importance(graph)
    shown = _bounded(graph, scores, max_nodes, max_edges, notes)
    return _render(shown, scores, graph, title, notes, observations)


def _render(shown, scores, full, title, notes, observations) -> Iterator[str]:
    """The page of ``shown``, the part of ``full`` within the bounds (``notes`` say what was cut)."""
    n, m = shown.number_of_nodes(), shown.number_of_edges()
    n_obs = sum(len(d.get("observations", ())) for _, d in shown.nodes(data=True))
    if observations is None:
        observations = n <= OBSERVATION_NODE_LIMIT and n_obs <= OBSERVATION_AUTO_LIMIT
    edge_labels = m <= EDGE_LABEL_LIMIT
    if not edge_labels:
        notes.append(f"Relation names are hidden on the {m:,} edges (more than {EDGE_LABEL_LIMIT:,}); "
                     "click a node to read its relations.")
    if n > LIVE_LAYOUT_LIMIT:
        notes.append(f"Large graph: the layout was computed ahead (pivot MDS) and physics is off "
                     f"(more than {LIVE_LAYOUT_LIMIT:,} entities); edges hide while you pan or zoom.")

    net = _pyvis(shown, scores, edge_labels)
    payload = _payload(shown, scores, full, title, notes, observations)
    return _page(title, net, payload)


def _bounded(graph, scores, max_nodes, max_edges, notes):
    """The graph cut to the bounds, most important first, with a note saying what was left out."""
    shown = graph
    if graph.number_of_nodes() > max_nodes:
        shown = top_nodes(graph, max_nodes, scores)
        notes.append(f"Showing the {max_nodes:,} most important of {graph.number_of_nodes():,} entities "
                     f"(PageRank); {graph.number_of_nodes() - max_nodes:,} entities and "
                     f"{graph.number_of_edges() - shown.number_of_edges():,} relations are left out. "
                     "Use kg view --focus or --query to see them.")
    if shown.number_of_edges() > max_edges:
        ranked = sorted(shown.edges(keys=True),
                        key=lambda e: (-(scores.get(e[0], 0) + scores.get(e[1], 0)), e))
        cut = nx.MultiDiGraph()
        cut.graph = dict(shown.graph)
        cut.add_nodes_from(shown.nodes(data=True))
        cut.add_edges_from((s, o, k, shown.edges[s, o, k]) for s, o, k in ranked[:max_edges])
        notes.append(f"Showing the {max_edges:,} relations between the most important entities; "
                     f"{shown.number_of_edges() - max_edges:,} relations are left out.")
        shown = cut
    return shown


def _pyvis(graph, scores, edge_labels: bool):
    """The vis-network nodes, edges and options, assembled with pyvis."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _IdList()  # pyvis checks ids with `in` on a list: O(n) per node and per edge
    top = max((scores.get(v, 0.0) for v in graph), default=1.0) or 1.0
    live = graph.number_of_nodes() <= LIVE_LAYOUT_LIMIT
    positions = {} if live else layout(graph)
    for v, d in graph.nodes(data=True):
        # size by PageRank relative to the most important node: 1..100 (vis scales to 12..44 px)
        colour, shape = STYLE.get(d["cls"], DEFAULT_STYLE)
        extra = {} if d["cls"] in STYLE else {"color": colour}
        if v in positions:
            extra["x"], extra["y"] = round(positions[v][0], 1), round(positions[v][1], 1)
        net.add_node(v, label=_clip(d["label"], 40), shape=shape, group=d["cls"], kind="entity",
                     value=1 + 99 * scores.get(v, 0.0) / top, **extra)
    pairs: dict = {}
    for s, o, k in graph.edges(keys=True):
        pairs.setdefault((s, o), []).append(k)
    for i, ((s, o), preds) in enumerate(sorted(pairs.items())):
        options = {"id": f"e{i}", "predicates": preds}
        if edge_labels:
            options["label"] = ", ".join(preds)
        net.add_edge(s, o, **options)
    net.options = _options(graph.number_of_nodes(), graph.number_of_edges())
    net.options["physics"]["enabled"] = live
    return net


class _IdList(list):
    """A list with set-speed membership, for pyvis's node-id bookkeeping."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        super().append(item)
        self._set.add(item)

    def __contains__(self, item):
        return item in self._set


def _options(n: int, m: int) -> dict:
    """vis-network options: physics settles, then the page turns it off (see view.js)."""
    small = n <= SMALL_GRAPH
    groups = {cls: {"shape": shape, "color": {"background": colour, "border": _darker(colour),
                                              "highlight": {"background": colour, "border": "#111"},
                                              "hover": {"background": colour, "border": "#111"}}}
              for cls, (colour, shape) in STYLE.items()}
    # numbers: small dots with their text beside the entity (the page adds them, see view.js)
    groups["Observation"].update({"shape": "dot", "size": 5, "borderWidth": 1,
                                  "color": {"background": "#b9b2ab", "border": "#8f8780",
                                            "highlight": {"background": "#f2c14e", "border": "#8f8780"},
                                            "hover": {"background": "#f2c14e", "border": "#8f8780"}},
                                  "font": {"size": 12, "color": "#5f5851", "face": "system-ui, sans-serif"}})
    solver = ({"solver": "forceAtlas2Based",
               "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.012,
                                    "springLength": 150, "springConstant": 0.05, "damping": 0.5,
                                    "avoidOverlap": 0.6}}
              if small else
              {"solver": "barnesHut",
               "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3, "springLength": 90,
                             "springConstant": 0.04, "damping": 0.25, "avoidOverlap": 0.1}})
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"shape": "dot", "borderWidth": 1.5, "borderWidthSelected": 3,
                  "scaling": {"min": 12, "max": 44,
                              "label": {"enabled": True, "min": 13, "max": 20, "drawThreshold": 7,
                                        "maxVisible": 30}},
                  "font": {"face": "system-ui, -apple-system, Segoe UI, sans-serif", "color": "#1d2433",
                           "strokeWidth": 4, "strokeColor": "rgba(250,251,253,0.9)"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
                  "color": {"color": "#9aa5b5", "highlight": "#3b4a63", "hover": "#3b4a63", "inherit": False},
                  "width": 1.2, "selectionWidth": 1.5, "hoverWidth": 0.6,
                  "smooth": {"enabled": small, "type": "continuous", "roundness": 0.3},
                  "font": {"size": 11, "color": "#5b6577", "face": "system-ui, sans-serif",
                           "strokeWidth": 3, "strokeColor": "rgba(250,251,253,0.95)", "align": "horizontal"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False,
                        "hideEdgesOnDrag": not small, "hideEdgesOnZoom": n > LIVE_LAYOUT_LIMIT, "multiselect": False},
        "layout": {"improvedLayout": small, "randomSeed": 7},
        "physics": {"enabled": True, **solver, "minVelocity": 0.75, "maxVelocity": 60,
                    "stabilization": {"enabled": True, "iterations": 600 if small else 250 if n <= 2000 else 150,
                                      "updateInterval": 25, "fit": True}},
    }


def _payload(shown, scores, full, title, notes, observations) -> dict:
    """What the page's panel, legend and search read: every fact about every node shown."""
    nodes = {}
    for v, d in shown.nodes(data=True):
        item = {"label": d["label"], "cls": d["cls"], "kind": d.get("kind", d["cls"]),
                "score": round(scores.get(v, 0.0), 6)}
        for key in ("aliases", "documents", "roles"):
            if d.get(key):
                item[key] = d[key]
        if d.get("observations"):
            item["observations"] = [{**ob, "text": observation_text(ob)} for ob in d["observations"]]
        nodes[v] = item
    relations = [{"from": s, "to": o, "p": k, "evidence": e.get("evidence", [])}
                 for s, o, k, e in shown.edges(keys=True, data=True)]
    counts: dict = {}
    for d in nodes.values():
        counts[d["cls"]] = counts.get(d["cls"], 0) + 1
    classes = [{"name": c, "count": counts[c], "color": STYLE.get(c, DEFAULT_STYLE)[0],
                "shape": STYLE.get(c, DEFAULT_STYLE)[1], "family": _family(c)}
               for c in sorted(counts, key=lambda c: (FAMILY_ORDER.index(_family(c))
                                                      if _family(c) in FAMILY_ORDER else 99, c))]
    n_obs = sum(len(d.get("observations", ())) for d in nodes.values())
    return {
        "title": title,
        "nodes": nodes,
        "relations": relations,
        "documents": full.graph.get("documents", {}),
        "classes": classes,
        "notes": notes,
        "focus": shown.graph.get("focus"),
        "observationNodes": observations,
        "stats": {"entities": len(nodes), "relations": len(relations), "observations": n_obs,
                  "totalEntities": full.number_of_nodes(), "totalRelations": full.number_of_edges()},
    }


def _family(cls: str) -> str:
    from .terms import parent_class
    return parent_class(cls)


def observation_text(ob: dict) -> str:
    """'GDP +5.4 % (2024)', 'GDP more than 2.5 trillion yuan, +5.4 % (2024)' for an observation."""
    parts = [str(ob.get("indicator") or "value")]
    if ob.get("value") is not None:
        q = f"{ob['qualifier']} " if ob.get("qualifier") else ""
        parts.append(f"{q}{human_number(ob['value'])} {_unit(ob.get('unit'))}".rstrip())
    if ob.get("change") is not None:
        ch = ob["change"]
        sign = "+" if _num(ch) >= 0 else ""
        parts.append(("" if len(parts) == 1 else ", ") + f"{sign}{human_number(ch)} {_unit(ob.get('changeUnit'))}".rstrip())
    text = parts[0] + (" " + parts[1] if len(parts) > 1 else "") + "".join(parts[2:])
    if ob.get("year"):
        text += f" ({ob['year']})"
    return text


def _unit(u) -> str:
    return {"percent": "%", "percentage point": "pp", "percentage points": "pp"}.get(u or "", u or "")


def _num(x) -> Decimal:
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return Decimal(0)


def human_number(x) -> str:
    """12500000000000 -> '12.5 trillion'; 5.4 -> '5.4'; 3000 -> '3,000'."""
    d = _num(x)
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
                       (Decimal(10) ** 6, "million")):
        if abs(d) >= size:
            return f"{(d / size).quantize(Decimal('0.01')).normalize():f} {word}"
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.normalize():f}"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _darker(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


def script_json(data) -> str:
    """JSON safe inside <script>: <, >, & and the JS line separators escaped."""
    return _safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _safe(text: str) -> str:
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _json_pieces(data, depth: int) -> Iterator[str]:
    """script_json(data) in pieces: lists and dicts down to ``depth`` levels opened, each item
    below encoded alone (the escapes are of single characters, so pieces join to the same text)."""
    if depth and isinstance(data, (list, tuple)):
        yield "["
        for i, item in enumerate(data):
            if i:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
    elif depth and isinstance(data, dict) and all(type(k) is str for k in data):
        yield "{"
        for i, (key, value) in enumerate(data.items()):
            yield ("," if i else "") + script_json(key) + ":"
            yield from _json_pieces(value, depth - 1)
        yield "}"
    else:
        yield script_json(data)


def _vis_lib() -> Path:
    import pyvis
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    if not (lib / "vis-network.min.js").is_file():
        raise UsageError(f"vis-network is missing from the pyvis package ({lib}); reinstall pyvis")
    return lib


def _page(title: str, net, payload: dict) -> Iterator[str]:
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    lib = _vis_lib()
    template = (ASSETS / "view.html").read_text(encoding="utf-8")
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "VIEW_CSS": (ASSETS / "view.css").read_text(encoding="utf-8"),
        "VIS_JS": _no_source_map((lib / "vis-network.min.js").read_text(encoding="utf-8")),
        "VIEW_JS": (ASSETS / "view.js").read_text(encoding="utf-8"),
    }
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options), "kg": payload}
    for piece in template.split("%%"):  # %%NAME%% placeholders; single pass, so no re-expansion
        if piece == "DATA":  # the page's facts: tens of MB on a large build, so never one string
            yield from _json_pieces(data, 3)
        else:
            yield parts.get(piece, piece)


def _no_source_map(js: str) -> str:
    """Drop the sourceMappingURL comment: the map is not shipped, so devtools would go looking."""
    return re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.M)


def write_page(page: str, out: str | Path) -> Path:
    from .files import atomic_write
    atomic_write(out, page)
    return Path(out)
