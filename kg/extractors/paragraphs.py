"""A spaCy component that starts a sentence after every line break, and tokenizer rules for news text.

News text puts headlines, datelines and paragraphs on lines of their own, sometimes without a
final full stop; the parser would run them together. Runs before the parser, which keeps
sentence starts set earlier. Wire datelines glue words with a double hyphen
("Ruritania--(BUSINESS WIRE)--May 5, 2025--Acme Ltd"), and some legal forms are abbreviations
("Sdn. Bhd.", "Pte. Ltd.") whose full stops must not end a sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

NAME = "kg_paragraphs"
LEGAL_ABBREVIATIONS = ("Sdn.", "Bhd.", "Pte.", "Pvt.", "Tbk.", "Ltda.", "Cia.", "Bros.")


@Language.component(NAME)
def paragraphs(doc):
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
    return doc


def install(nlp) -> None:
    """Add the component to a loaded pipeline, once, before its parser; split '--' off words."""
    if NAME in nlp.pipe_names:
        return
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    nlp.add_pipe(NAME, **where)
    tok, d = nlp.tokenizer, nlp.Defaults
    tok.infix_finditer = compile_infix_regex([r"--"] + list(d.infixes)).finditer
    tok.prefix_search = compile_prefix_regex([r"--"] + list(d.prefixes)).search
    tok.suffix_search = compile_suffix_regex([r"--"] + list(d.suffixes)).search
    for form in LEGAL_ABBREVIATIONS:
        tok.add_special_case(form, [{ORTH: form}])
