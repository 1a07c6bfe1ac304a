"""kg: a knowledge-graph builder for news."""
__version__ = "0.1.0"


def load(source):
    """The graph at ``source`` (build directory, graph file, or rdflib graph) as a
    kg.api.KnowledgeGraph with .rdf, .nx(), .query(sparql) and .export(fmt, path)."""
    from .api import load as _load
    return _load(source)


def build(inputs, out=None, **options):
    """Build the graph of ``inputs`` (paths, directories, or one path) in this process and
    return it as a KnowledgeGraph; with ``out`` also write graph.ttl/.trig/.html there.
    Options are kg.builder.build's: config, workers, strict, max_bytes, encoding, pipeline."""
    from .api import KnowledgeGraph
    from .builder import build as _build, write_outputs

    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    result = _build([str(p) for p in inputs], **options)
    if out is not None:
        write_outputs(result, out)
    kg = KnowledgeGraph(result.dataset, source=None)
    kg.summary = result.summary()
    return kg
