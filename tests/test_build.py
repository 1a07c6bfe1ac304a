"""kg build end to end through the real `kg` command: outputs, formats, validation, errors."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from conftest import SEEDS

KG = [sys.executable, "-m", "kg"]


def kg(*args, stdin: bytes | None = None, cwd=None):
    return subprocess.run([*KG, *map(str, args)], input=stdin, capture_output=True, cwd=cwd,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    r = kg("build", SEEDS, "--out", out)
    assert r.returncode == 0, r.stderr.decode()
    return out, r.stdout.decode()


def test_build_writes_turtle_trig_html_and_a_summary(built):
    out, stdout = built
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 0
    for word in ("documents", "2", "entities", "relations", "observations", "elapsed"):
        assert word in stdout


def test_outputs_parse_with_rdflib_and_pyoxigraph_alike(built):
    out, _ = built
    g = Graph().parse(out / "graph.ttl")
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    quads = {(s, p, o, c) for s, p, o, c in ds.quads((None, None, None, None))}
    assert len(g) > 50
    assert {(s, p, o) for s, p, o, _ in quads} == set(g)  # the TriG holds the same facts as the Turtle
    named = {c for *_, c in quads if "kg-news/doc/" in str(c)}
    assert len(named) == 2  # a named graph per document

    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert len(store) == len(quads)
    ttl = list(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(set(map(str, ttl))) == len(g)


def test_same_input_gives_byte_identical_output(built, tmp_path):
    out, _ = built
    r = kg("build", SEEDS, "--out", tmp_path, "--quiet", "--no-html")
    assert r.returncode == 0, r.stderr.decode()
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()


def test_seed_graph_conforms_to_the_shapes(built):
    out, _ = built
    r = kg("validate", out / "graph.ttl")
    assert r.returncode == 0, r.stdout.decode()
    assert "conforms" in r.stdout.decode()


def test_validate_reports_violations_readably(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x:a> a kg:Person ; rdfs:label "A", "B" ; kg:founded <urn:x:b> .
<urn:x:b> a kg:Place ; rdfs:label "B" .""")
    r = kg("validate", bad)
    text = r.stdout.decode()
    assert r.returncode == 1
    assert "violation" in text and "kg:founded" in text and "exactly one canonical rdfs:label" in text


def test_page_furniture_does_not_reach_the_graph(built):
    out, _ = built
    text = (out / "graph.ttl").read_text()
    for junk in ("Fannie Mae", "Freddie Mac", "Trump", "Go to Forum", "Comment(s)", "Share this"):
        assert junk not in text


def test_sparql_finds_which_places_supply_components_of_the_su7_ultra(built):
    out, _ = built
    g = Graph().parse(out / "graph.ttl")
    rows = g.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?place ?component WHERE {
          ?p kg:supplies ?c ; a kg:Place ; rdfs:label ?place .
          ?c kg:componentOf ?product ; rdfs:label ?component .
          ?product rdfs:label ?name . FILTER(CONTAINS(?name, "SU7 Ultra"))
        }""")
    pairs = {(str(p), str(c).lower()) for p, c in rows}
    for place, component in [("Beijing", "window regulators"), ("Tianjin", "headlights"),
                             ("Tianjin", "gearboxes"), ("Hebei", "batteries")]:
        assert any(p.startswith(place) and component.rstrip("s") in c for p, c in pairs), (place, component, pairs)


def test_stdin_is_an_input(tmp_path):
    text = b"SHENZHEN, May 5 (Xinhua) -- Huawei launched a new phone in Shenzhen in 2024."
    r = kg("build", "-", "--out", tmp_path, "--quiet", "--no-html", stdin=text)
    assert r.returncode == 0, r.stderr.decode()
    assert "Huawei" in (tmp_path / "graph.ttl").read_text()


@pytest.mark.parametrize("setup, code, message", [
    (lambda d: d / "missing.txt", 2, "no such file or directory"),
    (lambda d: d, 2, "no article files"),
])
def test_usage_errors(tmp_path, setup, code, message):
    r = kg("build", setup(tmp_path), "--out", tmp_path / "out")
    assert r.returncode == code
    assert message in r.stderr.decode()
    assert r.stderr.decode().count("\n") <= 2  # one line, no traceback


def test_bad_file_is_reported_and_skipped_and_strict_makes_it_fatal(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("BEIJING, May 5 (Xinhua) -- Lenovo opened a factory in Tianjin in 2024.")
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (src / "latin.txt").write_bytes(b"caf\xe9 sales rose")
    r = kg("build", src, "--out", tmp_path / "out", "--no-html")
    err = r.stderr.decode()
    assert r.returncode == 0, err
    assert "empty.txt: empty file" in err
    assert "blob.txt: binary file" in err
    assert "latin.txt: not valid UTF-8" in err
    assert "skipped" in r.stdout.decode()
    r = kg("build", src, "--out", tmp_path / "strict", "--strict")
    assert r.returncode == 1
    assert "kg: error:" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
    assert not (tmp_path / "strict" / "graph.ttl").exists()


def test_too_large_file(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Output rose 5 percent in Beijing. " * 100)
    r = kg("build", f, "--out", tmp_path / "out", "--max-bytes", "1000")
    assert r.returncode == 1
    assert "big.txt: file too large" in r.stderr.decode()


def test_missing_model_names_the_package_to_install(tmp_path):
    r = kg("build", SEEDS, "--out", tmp_path, "--model", "xx_no_such_model")
    assert r.returncode == 1
    assert "xx_no_such_model" in r.stderr.decode() and "pip install" in r.stderr.decode()
    assert "Traceback" not in r.stderr.decode()


def test_failed_build_leaves_previous_output_intact(built, tmp_path):
    out, _ = built
    shutil.copytree(out, tmp_path / "out")
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    r = kg("build", bad, "--out", tmp_path / "out")
    assert r.returncode == 1 and "no document could be read" in r.stderr.decode()
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    from kg.files import atomic_write
    f = tmp_path / "graph.ttl"
    atomic_write(f, "old")
    with pytest.raises(TypeError):
        atomic_write(f, 42)  # not text: fails mid-write
    assert f.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no temp file left behind


def test_every_subcommand_explains_itself():
    import re
    r = kg("--help")
    assert r.returncode == 0
    commands = re.findall(r"^\W+(\w+)\s{2,}\S", r.stdout.decode().split("Commands")[1], re.M)
    assert "build" in commands and "validate" in commands
    for c in commands:
        h = kg(c, "--help")
        assert h.returncode == 0 and "Usage" in h.stdout.decode(), c
    assert kg("--version").stdout.decode().startswith("kg ")


def test_pipeline_is_assembled_from_a_config_file(tmp_path):
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[pipeline]\nextractors = ["entities", "relations"]\nbatch_size = 4\n')
    r = kg("build", SEEDS, "--config", cfg, "--out", tmp_path / "out", "--json", "--no-html")
    assert r.returncode == 0, r.stderr.decode()
    import json
    summary = json.loads(r.stdout)
    assert summary["observations"] == 0 and summary["roles"] == 0
    assert summary["relations"].get("supplies", 0) > 0


@pytest.mark.parametrize("text, message", [
    ('[pipeline]\nextractors = ["entities", "no-such"]\n', "unknown extractor 'no-such'"),
    ('[pipeline]\nmodle = "x"\n', "unknown [pipeline] key(s): modle"),
    ("[pipeline\n", "not valid TOML"),
])
def test_bad_config_is_a_usage_error(tmp_path, text, message):
    cfg = tmp_path / "kg.toml"
    cfg.write_text(text)
    r = kg("build", SEEDS, "--config", cfg, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert message in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_python_api_builds_in_a_notebook(tmp_path, pipeline):
    import kg as kgapi
    f = tmp_path / "story.txt"
    f.write_text("NANJING, May 5 (Xinhua) -- Jiangsu Ruifeng Motor launched its R5 sedan in Nanjing in 2024.")
    g = kgapi.build(f, out=tmp_path / "out", pipeline=pipeline)
    assert g.summary["documents"] == 1
    labels = {d["l"] for d in g.query("SELECT ?l WHERE { ?x a kg:Organization ; rdfs:label ?l }").dicts()}
    assert any("Ruifeng" in str(x) for x in labels), labels
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_an_unresolved_description_is_no_entity(pipeline):
    from kg.model import Document
    from kg.resolve import resolve
    text = "The company launched the Z9 tractor."
    facts = pipeline.extract(pipeline.nlp(text), Document("d", text))
    org = facts.mention("the company", "Company", 0, 11)  # a description nobody was found for
    ents = resolve([facts])
    assert org.entity is None
    assert all(e.label != "the company" for e in ents.values())


def test_build_and_export_write_the_same_turtle(built, tmp_path):
    out, _ = built
    r = kg("export", out, "--format", "turtle", "--out", tmp_path / "g.ttl")
    assert r.returncode == 0, r.stderr.decode()
    assert (tmp_path / "g.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


# -- streaming: facts spilled to disk, quads sorted in runs on disk ------------------------------

def test_sorter_merges_its_runs_in_order_without_repeats():
    import random
    from kg.writer import Sorter
    rng = random.Random(3)
    items = [(rng.randint(0, 50), str(rng.randint(0, 9))) for _ in range(500)]
    sorter = Sorter(run=37)
    for item in items:
        sorter.add(item)
    assert len(sorter.files) == 500 // 37  # most of it went to disk
    assert list(sorter) == sorted(set(items))
    assert list(sorter) == sorted(set(items))  # read again, same answer
    sorter.close()


def test_writing_in_runs_and_pieces_gives_the_same_bytes(built, monkeypatch):
    from kg import writer
    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    one = writer.sorted_graph(ds)
    assert not one.triples.files  # small: sorted in memory
    many = writer.sorted_graph(ds, run=50)  # hundreds of runs on disk
    assert len(many.quads.files) > 10
    monkeypatch.setattr(writer, "CHUNK", 7)  # the serializer called once per few subjects
    for write in ("write_turtle", "write_trig"):
        a, b = io.BytesIO(), io.BytesIO()
        getattr(one, write)(a)
        getattr(many, write)(b)
        assert a.getvalue() == b.getvalue(), write
    b = io.BytesIO()
    many.write_trig(b)
    assert b.getvalue() == (out / "graph.trig").read_bytes()


def test_streamed_build_resolves_as_one_list_of_facts_would(pipeline, tmp_path):
    """Resolution reads only the mentions back from disk: the graph is the one that resolving
    every document's facts held in memory gives."""
    from kg import writer
    from kg.builder import build, write_outputs
    from kg.ingest import read_inputs
    from kg.rdf import to_dataset
    from kg.resolve import resolve
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("OSLO, March 3 -- Nordvik Marine AS opened a ferry yard in Bergen in 2023. "
                               "Nordvik Marine supplies hull plates to Fjordline Ferries.")
    (src / "b.txt").write_text("BERGEN, June 9 -- Fjordline Ferries Group said Nordvik Marine AS would "
                               "deliver two hybrid ferries. Chief executive Ingrid Solberg of Fjordline "
                               "Ferries said sales rose 12 percent in 2024. Havbris Shipping Ltd (HBS) "
                               "ordered a third ferry. HBS is based in Tromso.")
    result = build([str(src)], pipeline=pipeline)
    write_outputs(result, tmp_path / "out", html=False)
    facts = list(pipeline(d for d in read_inputs([str(src)]) if not isinstance(d, Exception)))
    ds = to_dataset(facts, resolve(facts))
    assert (tmp_path / "out" / "graph.trig").read_bytes() == writer.trig(ds)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == writer.turtle(ds)
    assert len(result.facts) == 2 and set(result.dataset.quads()) == set(ds.quads())


def test_build_keeps_no_documents_facts_in_memory(pipeline, tmp_path):
    import gc
    from kg.builder import build
    from kg.model import DocFacts
    for f in SEEDS.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f"spilled-{f.name}")
    result = build([str(tmp_path)], pipeline=pipeline)
    gc.collect()
    held = [o for o in gc.get_objects() if isinstance(o, DocFacts) and "spilled" in o.document.id
            and (o.relations or o.observations)]
    assert not held, f"{len(held)} documents' facts held after build"
    assert len(result.facts) == 2
    assert sum(len(f.relations) for f in result.facts) > 0  # read back from disk when asked
    assert result.summary()["relations"]["supplies"] > 0


def test_html_view_reads_the_built_graph_without_an_rdflib_dataset(built):
    out, _ = built
    page = (out / "graph.html").read_text()
    assert "Beijing" in page and "supplies" in page


def test_new_words_do_not_stay_in_the_vocabulary_after_their_facts_are_read(pipeline):
    """The pipeline reads batches in spaCy memory zones: a long run does not grow the string store."""
    from kg.model import Document
    words = ["Zorvantic", "Quelbrix", "Mardenfolk"]
    docs = [Document(id=f"d{i}", text=f"{w} Motors supplies seats to Hefei.") for i, w in enumerate(words)]
    facts = list(pipeline(docs))
    assert [f.document.id for f in facts] == ["d0", "d1", "d2"]
    assert any(m.text.startswith("Zorvantic") for m in facts[0].mentions)  # facts keep their text
    assert not any(w in pipeline.nlp.vocab.strings for w in words)


def test_the_page_reads_the_same_triples_the_turtle_holds(pipeline, tmp_path):
    """BuildResult.triples() streams the union graph back from the sorted quads: exactly the Turtle's triples."""
    from kg.builder import build, write_outputs
    result = build([str(SEEDS)], pipeline=pipeline)
    write_outputs(result, tmp_path, html=False)
    written = set(Graph().parse(tmp_path / "graph.ttl"))
    streamed = list(result.triples())
    assert len(streamed) == len(set(streamed)) and set(streamed) == written


def test_sort_codes_order_terms_by_their_fields_even_with_control_characters():
    """SortedGraph sorts strings, not tuples: the order must be the fields' (kind, value, datatype,
    language) for any text, a separator character inside a value included."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD
    from kg.writer import NEXT, code_rdflib, term_code
    terms = [URIRef("http://x.org/a"), URIRef("http://x.org/a."), URIRef("http://x.org/ab"), BNode("b1"),
             Literal("a"), Literal("a\x00b"), Literal("a\x01"), Literal("a\x02c"), Literal("a\x03"), Literal("ab"),
             Literal("a", lang="en"), Literal("5", datatype=XSD.integer), Literal("5"), Literal("")]

    def fields(t):
        return type(t).__name__, str(t), str(getattr(t, "datatype", None) or ""), getattr(t, "language", None) or ""

    assert sorted(terms, key=term_code) == sorted(terms, key=fields)
    assert [code_rdflib(term_code(t)) for t in terms] == terms
    triples = [(s, p, o) for s in terms[:4] for p in terms[:3] for o in terms]
    assert sorted(triples, key=lambda t: NEXT.join(map(term_code, t))) == \
        sorted(triples, key=lambda t: tuple(map(fields, t)))


def test_turtle_and_trig_keep_every_kind_of_literal_and_blank_node(tmp_path):
    """The writer hands Oxigraph N-Quads lines: quotes, backslashes, line breaks, control
    characters, language tags, datatypes and blank nodes must come back as they went in."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD
    from kg import writer
    p, g1 = URIRef("https://example.org/p"), URIRef("https://example.org/g1")
    objects = [Literal('say "hi"'), Literal("back\\slash"), Literal("two\nlines\r\n"), Literal("tab\tand \x01\x00\x02"),
               Literal("Grüße \u2028 \xa0"), Literal("chat", lang="fr"), Literal("42", datatype=XSD.integer),
               Literal("0.50", datatype=XSD.decimal), BNode("node1"), URIRef("https://example.org/o.")]
    ds = Dataset()
    for i, o in enumerate(objects):
        ds.graph(g1).add((URIRef(f"https://example.org/s{i % 3}"), p, o))
    ds.add((BNode("node1"), p, Literal("in the default graph")))
    ttl, trig = writer.turtle(ds), writer.trig(ds)

    def plain(t):  # a parser names blank nodes its own way
        return "blank" if isinstance(t, BNode) else str(t)

    got = {(plain(s), plain(o)) for s, _, o in Graph().parse(data=ttl.decode(), format="turtle")}
    assert {(plain(s), plain(o)) for s, _, o, _ in ds.quads((None, None, None, None))} == got
    back = Dataset()
    back.parse(data=trig.decode(), format="trig")

    def full(t):
        return plain(t), getattr(t, "language", None), getattr(t, "datatype", None)

    assert {full(o) for *_, o, _ in back.quads((None, None, None, None))} == \
        {full(o) for o in objects + [Literal("in the default graph")]}
