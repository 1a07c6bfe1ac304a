"""A spaCy component that starts a sentence after every line break.

News text puts headlines, datelines and paragraphs on lines of their own, sometimes without a
final full stop; the parser would run them together. Runs before the parser, which keeps
sentence starts set earlier.
"""
from __future__ import annotations

from spacy.language import Language

NAME = "kg_paragraphs"


@Language.component(NAME)
def paragraphs(doc):
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
    return doc


def install(nlp) -> None:
    """Add the component to a loaded pipeline, once, before its parser."""
    if NAME in nlp.pipe_names:
        return
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    nlp.add_pipe(NAME, **where)
