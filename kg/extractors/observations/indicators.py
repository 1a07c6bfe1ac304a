"""The measure's name from a noun phrase: the verb's subject tokens, split into the measure's words, its
possessor and trailing places; capitalised common words and trailing places are dropped, and a respective list
of measures ("exports of cars, phones and turbines") gives one indicator each.
"""
from __future__ import annotations

import re

from .tokens import is_ref_phrase, is_verb, own_tokens, partner, singular_tail, w_text
from .words import DIRECTION, LOC_PREPS, MONTH_WORD, NUMBER_WORDS, ORG_CLASSES, REF_NOUNS, YEAR


class IndicatorsMixin:
    """The Reader's methods for indicators (see the module docstring)."""

    def subject(self, verb) -> list:
        """The tokens of the verb's subject; for participles, the noun they modify."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if subj:
                lo = min(c.left_edge.i for c in subj)
                hi = max(c.right_edge.i for c in subj)
                hi = min(hi, v.i - 1) if hi >= v.i else hi
                toks = [t for t in self.doc[lo:hi + 1] if not (t.dep_ in ("aux", "auxpass", "neg") and t.head.i == v.i)]
                commas = [k for k, t in enumerate(toks) if t.text == ","]
                if commas and lo == v.sent.start + 1 and self.doc[v.sent.start].dep_ == "prep" \
                        and toks[-1].pos_ == "NOUN":  # "For X as a whole, e-commerce sales reached": the sales
                    toks = toks[commas[-1] + 1:]
                return toks
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "NUM"):
                np = v.head
                while np.dep_ == "conj" or (np.dep_ == "pobj" and np.head.lower_ == "of"):
                    np = np.head if np.dep_ == "conj" else np.head.head
                return list(self.doc[np.left_edge.i:v.i])
            lost = next((x for c in v.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < v.i
                         for x in c.subtree if x.dep_ == "appos" and x.right_edge.i == v.i - 1
                         and self.doc[x.left_edge.i - 1].text == ","), None)
            if lost is not None:  # "According to X, the output of Y reached N": the parse hung the subject on X
                return list(self.doc[lost.left_edge.i:v.i])
            if v.dep_ == "ccomp" and v.head.lower_ == "added" and v.head.i < v.i and any(
                    c.dep_ == "nsubj" and c.lower_ == "value" for c in v.head.children):
                # "Value added of X in Y grew 9 percent" parsed as "Value added ...": the noun phrase is the subject
                first = next(c for c in v.head.children if c.dep_ == "nsubj")
                return [t for t in self.doc[first.left_edge.i:v.i] if not t.is_punct or t.text in "-&/"]
            if v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp") and v.head.i != v.i:
                v = v.head
                while not is_verb(v) and v.head.i != v.i:
                    v = v.head
                continue
            break
        return self.swallowed_subject(v)

    def swallowed_subject(self, v) -> list:
        """ "For X as a whole, e-commerce transactions reached N": the parse hung the subject on the
        opening phrase; the words after its last comma, up to the verb."""
        first = self.doc[v.sent.start]
        if not (is_verb(v) and first.dep_ == "prep" and first.head.i == v.i and first.i < v.i):
            return []
        comma = next((t.i for t in reversed(self.doc[first.i:v.i]) if t.text == ","), None)
        toks = list(self.doc[comma + 1:v.i]) if comma is not None else []
        return toks if toks and toks[-1].pos_ == "NOUN" else []

    def clean(self, tokens) -> dict:
        """Split a noun phrase into the measure's words, its possessor and trailing places."""
        ids = {t.i for t in tokens}
        drop = set()
        acl_places = []
        for t in tokens:
            if t.lower_ in ("year", "month", "week", "quarter") and any(
                    c.dep_ == "det" and c.lower_ in ("this", "last", "next") for c in t.children):
                drop.update(x.i for x in t.subtree)  # "orders this year": a time, not the measure
            if t.dep_ in ("acl", "relcl") and t.head.i in ids and not (t.lower_ == "added" and t.head.lower_ == "value") and (
                    any(x.i in self.tok_mention for x in t.subtree) or self.doc[t.left_edge.i - 1].text == ","):
                drop.update(x.i for x in t.subtree)
                if t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and self.doc[t.left_edge.i - 1].text != ",":
                    acl_places += [x for x in t.subtree if self.mention_of(x) is not None]  # "tourists visiting X"
            if t.dep_ == "prep" and t.lower_ in ("including", "like", "along", "alongside", "near", "beside", "off") \
                    and t.head.i in ids:
                drop.update(x.i for x in t.subtree)  # "9,000 companies, including X": examples, not the owner;
                if t.lower_ not in ("including", "like"):  # "shipyards along the X River in Y": a landmark; Y is
                    acl_places += [x for x in t.subtree if x.dep_ == "pobj" and x.head.lower_ == "in"
                                   and x.head.i != t.i and self.mention_of(x) is not None]
            if (t.dep_ == "appos" and t.head.i in ids and self.mention_of(t) is None) or t.text == "(":
                if t.text == "(":
                    close = next((u.i for u in tokens if u.i > t.i and u.text == ")"), t.i)
                    drop.update(range(t.i, close + 1))
                else:
                    drop.update(x.i for x in t.subtree)
        tokens = [t for t in tokens if not t.is_space and t.i not in drop]
        dash = [k for k, t in enumerate(tokens) if (t.text in ("--", "—", "–") or (t.text == "-" and self.doc[t.i - 1].text == ")"))
                and k < len(tokens) - 1]  # ("(Reuters) - ")
        if dash and any(t.lower_ in ("reuters", "xinhua", "ap", "afp", "bloomberg") or MONTH_WORD.fullmatch(t.lower_)
                        for t in tokens[:dash[0]]):
            tokens = tokens[dash[0] + 1:]  # "FOOTOWN, Jan. 22 (Xinhua) -- Toy exports": the dateline is no words
        poss, places, words = [], [], []
        cut = None
        for k, t in enumerate(tokens):
            origin = t.lower_ == "from" and any(w.lemma_.lower() in ("export", "shipment", "sale", "output", "production")
                                                for w in tokens[:k])  # "exports from X": X's exports
            if k and (t.lower_ in LOC_PREPS or origin) and self.place_after(tokens[k + 1:]):
                cut = k
                break
        head_part = tokens if cut is None else tokens[:cut]
        places = ([] if cut is None else tokens[cut + 1:]) + acl_places
        # the possessor: tokens up to a possessive marker, or "its" / "whose" / "their"
        end_poss = next((k for k, t in enumerate(head_part) if t.tag_ == "POS" or t.lower_ in ("'s", "’s", "'")), None)
        if end_poss is not None and any(t.dep_ == "prep" for t in head_part[:end_poss]) \
                and self.mention_of(head_part[end_poss - 1]) is None:
            end_poss = None  # "online sales of children's bicycles": a kind of goods, not the owner
        if end_poss is not None:
            poss, head_part = head_part[:end_poss], head_part[end_poss + 1:]
        elif head_part and head_part[0].lower_ in ("its", "their", "whose", "our", "my", "his", "her"):
            poss, head_part = head_part[:1], head_part[1:]
        for t in head_part:
            if t.dep_ == "det" and t.lower_ in ("the", "a", "an", "this", "these", "that", "those", "its", "their") \
                    or t.lower_ in ("respective", '"', "“", "”", "'") or (t.is_punct and t.text not in "-&/.") \
                    or t.tag_ == "JJS" \
                    or t.lower_ in ("alone", "itself", "themselves", "together", "combined") and t.dep_ == "advmod" \
                    or t.dep_ == "amod" and t.pos_ == "ADJ" and self.mention_of(t.head) is not None \
                    and self.mention_of(t) is None:  # "the new Foo Hospital cost N": Foo Hospital's cost
                continue  # "the fastest growth": the measure is the growth; "Foo alone approved N": Foo's
            if self.mention_of(t) is not None and not self.common_modifier(t) \
                    and not re.match(r"[-–][A-Z]", self.text[self.mention_of(t).end:self.mention_of(t).end + 2]) \
                    and not any(x.dep_ == "prep" and x.i in ids and partner(x) for x in t.ancestors):
                # "exports to Ruritania", "trade with the EU", "imports from Peru": a partner, not the owner
                poss.append(t)
                continue
            words.append(t)
        if all(t.dep_ in ("cc", "prep", "punct") or t.lower_ in ("and", "or") for t in words):
            words = []
        while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep") or words[-1].lower_ in LOC_PREPS):
            words.pop()
        if is_ref_phrase([t.lower_ for t in words]):
            poss, words = poss + words, []
        text = "".join(w_text(t) + ((t.whitespace_ or (" " if words[k + 1].i != t.i + 1 else ""))
                                    if k < len(words) - 1 else "") for k, t in enumerate(words))
        text = re.sub(r"\s+", " ", text).strip(" ,-")
        return {"text": text, "tokens": words, "poss": poss, "places": places}

    def common_modifier(self, t) -> bool:
        """A capitalised common word taken for a firm, modifying a noun: "High-tech manufacturing grew"."""
        m = self.mention_of(t)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return m.cls in ORG_CLASSES and span is not None and not any(x.pos_ == "PROPN" for x in span) \
            and span.root.dep_ in ("amod", "compound") and span.root.head.i >= span.end \
            and span.root.head.pos_ == "NOUN"

    def place_after(self, rest) -> bool:
        """Does a prepositional object name a place, an organisation, a group or a year?"""
        for t in rest[:8]:
            if t.lower_ in ("the", "a", "an", "its", "their", "all") or t.is_punct:
                continue
            if self.mention_of(t) is not None or YEAR.fullmatch(t.text) or t.lower_ in NUMBER_WORDS \
                    or (t.lower_ in REF_NOUNS and t.dep_ == "pobj"):
                return True
            if (t.lower_ in ("regional", "national", "new", "urban", "fiscal", "financial", "calendar")
                    or DIRECTION.fullmatch(t.lower_)) \
                    and not rest[-1:] == [t]:
                continue
            return False
        return False

    def distribute(self, ind: dict, n: int) -> list[str]:
        """Respective lists over measures: "exports of cars, phones and turbines" -> three indicators."""
        if n < 2:
            return [ind["text"]]
        words = ind["tokens"]
        ids = {t.i for t in words}
        for t in words:
            conj = [c for c in t.conjuncts if c.i in ids]
            if len(conj) == n - 1 and t.i < conj[0].i:
                members = [t] + conj
                owns = [own_tokens(mem, ids) for mem in members]
                lo = min(x.i for o in owns for x in o)
                hi = max(x.i for o in owns for x in o)
                before = [w for w in words if w.i < lo]
                after = [w for w in words if w.i > hi]
                out = []
                for own in owns:
                    text = " ".join(w_text(x) for x in before + own + after)
                    out.append(re.sub(r"\s*-\s*", "-", text))
                return out
        raw = self.doc[words[0].i:words[-1].i + 1].text if words else ""  # with its commas
        for text in (ind["text"], raw):
            m = re.search(r"\b([\w-]+)((?:,\s*[\w-]+)*),?\s+and\s+([\w-]+)\b", text)
            if m:
                items = [m.group(1)] + [x.strip() for x in m.group(2).split(",") if x.strip()] + [m.group(3)]
                if len(items) == n:
                    return [text[:m.start()] + it + text[m.end():] for it in items]
        return [singular_tail(ind["text"], ind["tokens"])] * n
