"""Facts -> RDF: one named graph per document, document metadata in the default graph."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from functools import lru_cache

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .model import DocFacts, Entity, Evidence, Mention
from .terms import DOC, ID, KG, PREFIXES, parent_class


class _Made:
    """A namespace whose terms are made once: rdflib makes a new URIRef on every look-up."""

    def __init__(self, ns):
        self._ns, self._made = ns, {}

    def __getattr__(self, name):
        if name.startswith("_"):  # no term's name: copy, pickle and pytest probe such attributes
            raise AttributeError(name)
        term = getattr(self._ns, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name):
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = self._ns[name]
        return term


KG, DCTERMS, PROV, RDF, RDFS, SKOS, XSD = map(_Made, (KG, DCTERMS, PROV, RDF, RDFS, SKOS, XSD))

# a prefix per kind of node keeps Turtle readable: place:Ytown, organization:Acme
NODE_KINDS = ("organization", "person", "place", "facility", "product", "indicator",
              "observation", "role", "statement")


def bind_prefixes(g) -> None:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True, replace=True)
    for kind in NODE_KINDS:
        g.bind(kind, ID[kind + "/"], override=True, replace=True)


_LITERALS: dict = {}


def lit(value, datatype=None) -> Literal:
    """Literal(value, datatype=datatype), made once per value: the same labels, sentences and
    offsets recur in every fact of a document."""
    key = (value.__class__, str(value), datatype)
    term = _LITERALS.get(key)
    if term is None:
        if len(_LITERALS) >= 65536:
            _LITERALS.clear()
        term = _LITERALS[key] = Literal(value, datatype=datatype)
    return term


@lru_cache(maxsize=65536)
def entity_iri(key: str) -> URIRef:
    core, _, name = key.partition("/")
    return ID[f"{core.lower()}/{name}"]


def doc_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def hashed(kind: str, *parts) -> URIRef:
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
    return ID[f"{kind}/{h}"]


def indicator_iri(label: str) -> URIRef:
    from .resolve import slug
    return ID[f"indicator/{slug(label)}"]


def to_dataset(all_facts: list[DocFacts], entities: dict[str, Entity]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for facts in all_facts:
        describe_document(ds.default_graph if hasattr(ds, "default_graph") else ds, facts)
        g = ds.graph(doc_iri(facts.document.id))
        add_facts(g, facts, entities)
    return ds


def describe_document(g: Graph, facts: DocFacts) -> None:
    d = facts.document
    node = doc_iri(d.id)
    g.add((node, RDF.type, KG.Document))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, KG.source, Literal(d.source)))
    g.add((node, KG.characters, Literal(len(d.text))))
    if d.title:
        g.add((node, DCTERMS.title, Literal(d.title)))
    if d.publisher:
        g.add((node, DCTERMS.publisher, Literal(d.publisher)))
    if d.date:
        g.add((node, DCTERMS.date, Literal(d.date.isoformat(), datatype=XSD.date)))


def add_facts(g: Graph, facts: DocFacts, entities: dict[str, Entity]) -> None:
    doc = doc_iri(facts.document.id)
    for m in facts.all_mentions():
        if m.entity is not None:
            add_entity(g, m, entities, doc)
    for r in facts.relations:
        if r.subject.entity is None or r.object.entity is None:
            continue
        s, o = entity_iri(r.subject.entity), entity_iri(r.object.entity)
        if s == o:
            continue
        p = KG[r.predicate]
        g.add((s, p, o))
        st = hashed("statement", s, p, o, doc, r.evidence.start, r.evidence.end)
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        add_evidence(g, st, r.evidence, doc)
    for role in facts.roles:
        if role.person.entity is None or role.org.entity is None:
            continue
        person, org = entity_iri(role.person.entity), entity_iri(role.org.entity)
        node = hashed("role", person, org, role.title.lower())
        g.add((node, RDF.type, KG.Role))
        g.add((node, KG.holder, person))
        g.add((node, KG.organization, org))
        g.add((node, KG.title, Literal(role.title)))
        g.add((node, RDFS.label, Literal(f"{entities[role.person.entity].label}, {role.title} of "
                                         f"{entities[role.org.entity].label}")))
        g.add((person, KG.worksFor, org))
        add_evidence(g, node, role.evidence, doc)
    for ob in facts.observations:
        if ob.about is None or ob.about.entity is not None:
            add_observation(g, ob, entities, doc)


def add_entity(g: Graph, m: Mention, entities: dict[str, Entity], doc: URIRef) -> None:
    ent = entities[m.entity]
    node = entity_iri(ent.key)
    g.add((node, RDF.type, KG[ent.cls]))
    g.add((node, RDF.type, KG[parent_class(ent.cls)]))
    g.add((node, RDFS.label, lit(ent.label)))
    for form in (m.text, m.key_text):
        if form != ent.label:
            g.add((node, SKOS.altLabel, lit(form)))
    g.add((node, KG.mentionedIn, doc))


def add_observation(g: Graph, ob, entities: dict[str, Entity], doc: URIRef) -> None:
    ev = ob.evidence
    about = entity_iri(ob.about.entity) if ob.about is not None else None
    node = hashed("observation", doc, ev.start, ev.end, about, ob.indicator, ob.value, ob.change, ob.year)
    ind = indicator_iri(ob.indicator)
    g.add((ind, RDF.type, KG.Indicator))
    g.add((ind, RDFS.label, lit(ob.indicator)))
    g.add((node, RDF.type, KG.Observation))
    g.add((node, KG.indicator, ind))
    if about is not None:
        g.add((node, KG.about, about))
    if ob.value is not None:
        g.add((node, KG.value, lit(Decimal(ob.value), XSD.decimal)))
    if ob.unit:
        g.add((node, KG.unit, lit(ob.unit)))
    if ob.change is not None:
        g.add((node, KG.change, lit(Decimal(ob.change), XSD.decimal)))
    if ob.change_unit:
        g.add((node, KG.changeUnit, lit(ob.change_unit)))
    if ob.year:
        g.add((node, KG.year, lit(f"{ob.year:04d}", XSD.gYear)))
    if ob.qualifier:
        g.add((node, KG.qualifier, lit(ob.qualifier)))
    g.add((node, RDFS.label, Literal(observation_label(ob, entities))))
    add_evidence(g, node, ev, doc)


def observation_label(ob, entities) -> str:
    who = entities[ob.about.entity].label if ob.about is not None else "?"
    parts = [f"{who}: {ob.indicator}"]
    if ob.value is not None:
        parts.append(f"{ob.qualifier + ' ' if ob.qualifier else ''}{ob.value} {ob.unit or ''}".strip())
    if ob.change is not None:
        parts.append(f"{'+' if ob.change >= 0 else ''}{ob.change} {ob.change_unit or ''}".strip())
    if ob.year:
        parts.append(f"({ob.year})")
    return " ".join(parts)


def add_evidence(g: Graph, node: URIRef, ev: Evidence, doc: URIRef) -> None:
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KG.sentence, lit(ev.sentence)))
    g.add((node, KG.charStart, lit(ev.start)))
    g.add((node, KG.charEnd, lit(ev.end)))
    g.add((node, KG.extractor, lit(ev.extractor)))
    g.add((node, KG.confidence, lit(Decimal(str(round(ev.confidence, 3))), XSD.decimal)))


def union(ds: Dataset) -> Graph:
    """All quads of a dataset as one graph, with kg's prefixes."""
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def to_oxigraph(t):
    """An rdflib term as the pyoxigraph term of the same value."""
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)
    if isinstance(t, BNode):
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", str(t)) or "b")
    raise TypeError(f"not an RDF term: {t!r}")


class Triples(list):
    """A list that add_facts and describe_document can fill as if it were a Graph."""
    add = list.append
