"""kg: a knowledge-graph builder for news."""
__version__ = "0.1.0"


def load(source):
    """The graph at ``source`` (build directory, graph file, or rdflib graph) as a
    kg.api.KnowledgeGraph with .rdf, .nx(), .query(sparql) and .export(fmt, path)."""
    from .api import load as _load
    return _load(source)
