"""The clause around a list of numbers: the verb, the indicator (the subject noun phrase, the object the number
is "of" or moved "to", or the counted noun) and the entity, plus the special frames of percents ("a 35 percent
share of X"), shares of a whole ("accounted for 21% of the total"), made goods and a facility's capacity.
"""
from __future__ import annotations

from ..common import asserted
from ..quantities import CURRENCIES
from .lists import QList
from .tokens import counted_noun, hoped, is_verb, participle, plural, unit_head
from .words import (ANAPHOR, CAPACITY_VERBS, CHANGE_SUFFIX, DOWN, FORECAST_VERBS, GROUP_NOUNS, LIGHT_VERBS, LOC_PREPS,
    MEASURES, NOMINAL, ORG_CLASSES, PAST_BASE, PERIOD, PLACE_CLASSES, PLACING_VERBS, SHARE_VERBS, UP, WORTH, YEAR)


class FramesMixin:
    """The Reader's methods for frames (see the module docstring)."""

    # -- the clause of a list: indicator and entity ---------------------------------
    def frame(self, sent, ql: QList, abouts, a: int, b: int) -> dict | None:
        found = self.clause_frame(sent, ql, abouts, a, b)
        past = PAST_BASE.search(self.text[a:ql.qs[0].start])
        if found and past and self.doc_year:  # "from last year's 265 billion won": a fact of that year
            found["year"] = int(past.group(1)[:4]) if past.group(1)[0].isdigit() else self.doc_year - 1
        return found

    def clause_frame(self, sent, ql: QList, abouts, a: int, b: int) -> dict | None:
        q = ql.qs[0]
        span = self.doc.char_span(q.num_start, q.end, alignment_mode="expand")
        if span is None:
            return None
        num = span[0]
        head = unit_head(span)
        path = [num]
        t = num
        while (not is_verb(t) or span.start <= t.i < span.end) and t.head.i != t.i:  # ("won" read as a verb)
            t = t.head
            path.append(t)
        verb = t
        past = PAST_BASE.search(self.text[a:q.start])
        if verb.lemma_ in FORECAST_VERBS and not past:
            return None  # "expects full-year revenue of 25 billion": a forecast, not a figure
        if is_verb(verb) and not (asserted(verb) and not hoped(verb)) and not self.capacity_modal(verb) and not past:
            return None  # "is expected to spend", "does not plan to raise" (but "could double from last year's X": X is)
        in_path = {x.i for x in path}
        n = len(ql.qs)
        counted = counted_noun(span, q)
        final = ql.qs[-1]
        if counted is None and n > 1 and q.unit is None and final.unit is None:  # "4.2 million, 3.7 million and 1.8 million visits"
            tail = self.doc.char_span(final.num_start, final.end, alignment_mode="expand")
            counted = counted_noun(tail, final) if tail is not None else None
        unit = None

        # the noun phrase that names the measure, and where the entity may be
        np_tokens, subj_tokens = None, self.subject(verb)
        self.rel_owner = None  # "a plant that makes 3,000 arms": the antecedent is the entity
        if verb.dep_ == "relcl" and len(subj_tokens) == 1 and subj_tokens[0].tag_ in ("WDT", "WP"):
            self.rel_owner = self.antecedent(verb.head)
            if self.rel_owner is None:
                return None
            subj_tokens = []
        share_verb = verb.lemma_ in SHARE_VERBS or (verb.lemma_ == "make" and any(c.lower_ == "up" for c in verb.children))
        if q.unit == "percent" and subj_tokens and share_verb and not any(x.i in in_path for x in subj_tokens):
            subj_ind = self.clean(subj_tokens)
            if all(t.lower_ in GROUP_NOUNS for t in subj_ind["tokens"]):  # "the cities of X and Y contributed"
                return self.share_frame(verb, num, dict(subj_ind, text="", tokens=[]), sent, abouts, n, a, b)
            segment = self.segment(subj_tokens)
            if segment:  # "Online sales made up 25 percent of that volume"
                return self.share_frame(verb, num, subj_ind, sent, abouts, n, a, b, segment=segment)
        spec = next((x for x in path if x.dep_ == "appos" and self.facts and any(
            m.cls == "Product" for m in self.mentions_any(x.head))), None)
        if spec is not None:
            return None  # "unveiled the X-280, a 280 ampere-hour cell": a product's spec, not its maker's figure
        if q.unit == "percent" and ql.role != "change":
            found = self.percent_frame(verb, head, subj_tokens, sent, abouts, n, a, b)
            if found:
                return found
        if q.unit == "percent" and self.rel_owner is not None and share_verb:
            return self.share_frame(verb, num, None, sent, abouts, n, a, b)  # "..., which took 62 percent of sales"
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i not in in_path), None)
        if any(x.like_num and any(c.lower_ == "of" and c.i in in_path for c in x.children) for x in path[1:]):
            obj = None  # the whole of a part: "300 of the village's 540 households run shops" -> households
        worth = next((x for x in path[1:] if x.lower_ in WORTH and x.head.pos_ == "NOUN" and x.head.i != num.i), None)
        of_obj = None if worth is not None else next((x for x in path[1:] if (x.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "appos", "conj")
                                               or (x.dep_ == "pobj" and x.head.lower_ in ("with", "of")))
                       and not x.like_num  # "300 of the 540 households": a part, not a measure
                       and any(c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path for c in x.children)), None)
        if of_obj is not None and of_obj.dep_ == "pobj" and of_obj.head.lower_ == "with":  # "a plant with an annual capacity of 20,000 tonnes"
            of_pp = next(c for c in of_obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path)
            ind = self.clean([x for x in of_obj.subtree if x.i < of_pp.i])
            holder = of_obj.head.head
            owner = self.facility_owner(holder) if holder.pos_ in ("NOUN", "PROPN") else None
            if owner is None and holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
                owner = self.facility_owner(holder.head)  # "a plant built by X with an investment of N": X
            found = None
            if owner is None and ind["text"]:  # "signed 36 projects with a combined investment of N": the signer
                found = self.entities(None, sent, verb, abouts, n, a, b)  # ("A, B and C ranked top, with indexes of
                owner = found[0] if found else None  # x, y and z respectively": one each)
            if not ind["text"] or owner is None:
                return None
            return {"indicators": [ind["text"]] * n, "abouts": found if found and len(found) == n else [owner] * n,
                    "unit": None, "confidence": 0.7}
        if of_obj is not None:  # "an investment scale of over 50 billion yuan", "growth rates of 3.7 percent"
            of_pp = next(c for c in of_obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path)
            np_tokens = [x for x in of_obj.subtree if x.i < of_pp.i]
            if head.lower_ in ("percent", "%") and of_obj.i > num.i:  # "22 percent of X's components"
                np_tokens = None
        if np_tokens is None and worth is not None and q.unit in CURRENCIES:  # "a contract worth $480 million"
            noun = worth.head
            main = noun
            while not is_verb(main) and main.head.i != main.i:
                main = main.head
            counted_ = any(c.dep_ == "nummod" or c.like_num for c in noun.children)
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if goods is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
                    x.like_num for x in noun.head.head.subtree if x.i < noun.head.head.i):
                goods, counted_ = noun, True  # "7.8 million tonnes of rice worth $4.6 billion"
            if goods is not None and counted_ and is_verb(main):
                # "exported 7.8 million tonnes of rice worth $4.6 billion": the value of the rice exports
                what = self.clean([x for x in goods.subtree if x.i <= goods.i])["text"]
                if what:
                    return {"indicators": [f"{what} {NOMINAL.get(main.lemma_) or participle(main)} value"] * n,
                            "unit": None, "confidence": 0.7,
                            "abouts": self.entities(None, sent, main, abouts, n, a, b) or []}
            if counted_:
                return None
            ind = self.clean([x for x in noun.lefts if x.dep_ in ("compound", "amod", "poss", "case")] + [noun])
            main = noun
            while not is_verb(main) and main.head.i != main.i:
                main = main.head
            if ind["text"]:
                return {"indicators": [ind["text"]] * n, "unit": None, "confidence": 0.75,
                        "abouts": self.entities(ind, sent, main, abouts, n, a, b) or []}
        for_obj = next((x for x in path[1:] if x.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and x.pos_ == "NOUN"
                        and any(c.dep_ == "prep" and c.lower_ == "for" and c.i in in_path for c in x.children)), None)
        if np_tokens is None and for_obj is not None and q.unit not in CURRENCIES and q.unit != "percent":
            np_tokens = [x for x in for_obj.subtree if x.i <= for_obj.i]  # "received orders for 250 units": orders
        level = next((x for x in path if x.dep_ == "prep" and x.lower_ in ("at", "with") and x.head.i == verb.i), None)
        if np_tokens is None and level is not None and counted is None and q.unit:
            field_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < level.i), None)
            inside = [x for x in field_.subtree if x.i != field_.i] if field_ is not None else []
            if inside and not any(self.mention_of(x) or YEAR.fullmatch(x.text) for x in inside):
                np_tokens = inside  # "led the country in grain output with 56.6 million tonnes"
            elif obj is not None and obj.i < level.i:
                np_tokens = list(obj.subtree)  # "posted the fastest growth at 7.1 percent"
        if np_tokens is None and obj is not None and (any(x.dep_ == "prep" and x.lower_ not in LOC_PREPS - {"of"}
                                                          for x in path) or (
                ql.role == "change" and obj.i < num.i and obj.pos_ == "NOUN")):
            np_tokens = list(obj.subtree)  # "cutting its steel production from ... to ..."
        if np_tokens is None and head.lower_ in ("percent", "%") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children) and head.i not in {x.i for x in subj_tokens}:
            of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
            np_tokens = [x for x in of.subtree if x.i != of.i]
            ind = self.clean(np_tokens)
            if not ind["text"]:
                return None
            part = self.clean(subj_tokens) if subj_tokens and verb.lemma_ == "be" else None
            if part and part["text"] and not ind["places"] and all(t.lower_ in ("its", "their") for t in ind["poss"]):  # "X's R&D spending was equivalent
                return {"indicators": [f"{part['text']} share of {ind['text']}"] * n, "unit": None,  # to 2.8% of its GDP"
                        "abouts": self.entities(part, sent, verb, abouts, n, a, b) or [], "confidence": 0.6}
            return {"indicators": [f"share of {ind['text']}"] * n,
                    "abouts": self.entities(ind, sent, verb, abouts, n, a, b) or [], "unit": None, "confidence": 0.6}
        subj_ind = self.clean(subj_tokens) if subj_tokens else None
        subj_free = bool(subj_tokens) and not any(x.i in in_path for x in subj_tokens)
        if subj_free and subj_ind["text"] and all(t.pos_ == "PROPN" or t.is_punct for t in subj_ind["tokens"]):
            return None  # "Foo Heavy Truck sold ...": an entity the text did not resolve
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if (np_tokens is None and q.unit in CURRENCIES and nxt is not None and nxt.pos_ == "NOUN"
                and any(t.head.i == nxt.i for t in span)):
            np_tokens = [nxt]  # "received a 450 million zloty grant": money naming its own noun
        nn = self.doc[span.end + 1] if span.end + 1 < len(self.doc) else None
        if (np_tokens is None and q.unit in CURRENCIES and nxt is not None and nxt.lower_ == "in"
                and nn is not None and nn.lower_ in MEASURES):
            np_tokens = [nn]  # "the group's 2.73 billion yuan in sales"
        root = next((t for t in subj_tokens if t.head.i == verb.i), None)
        actor = (counted is not None and counted.tag_ == "NNS" and counted.dep_ == "dobj" and counted.head.i == verb.i
                 and is_verb(verb) and verb.lemma_ not in LIGHT_VERBS and verb.lower_ not in UP | DOWN and subj_free
                 and root is not None and root.pos_ == "NOUN" and self.mention_of(root) is None
                 and root.lemma_.lower() not in MEASURES)  # "Shipyards in X delivered 46 vessels": vessels delivered
        if np_tokens is None and subj_free and subj_ind["text"] and ql.role != "change" and not actor:
            made = self.made_goods(verb, counted if counted is not None else head, subj_tokens)
            if made:  # "the region's sawmills processed 4 million cubic meters of timber" -> timber processed
                said = counted.lower_ if q.unit is None and counted is not None and counted.tag_ == "NNS" else None
                return {"indicators": [made] * n, "unit": said, "confidence": 0.75,
                        "abouts": self.entities(subj_ind, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None and subj_free and subj_ind["text"] and not actor:
            names = [t for t in subj_tokens if t.pos_ == "PROPN" and t.dep_ == "appos" and not self.mentions_any(t)]
            if names and not subj_ind["poss"] and not subj_ind["places"]:
                return None  # "the variety Foo 12 covers 1.4 million mu": a named thing the text did not resolve
            np_tokens = subj_tokens
        subj_is_entity = subj_free and not subj_ind["text"]
        if q.unit is None and counted is not None and counted.tag_ == "NNS":
            unit = counted.lower_
        if np_tokens is None and counted is not None:  # "418,000 patents", "18,000 people have applied for ..."
            np_tokens = [x for x in counted.subtree if span[-1].i < x.i <= counted.i
                         or (x.i == counted.i and q.unit == "people")]
            if counted.lower_ == "days":  # "287 days of good air quality": the days' quality names the measure
                of = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                np_tokens = [counted] + (list(of.subtree) if of is not None else [])
            if counted.i != span[-1].head.i:  # "300 of the village's 540 households": just the noun
                np_tokens = [x for x in counted.lefts if x.dep_ in ("compound", "amod")] + [counted]
            words = " ".join(x.text.lower() for x in np_tokens if not x.is_punct) or counted.text.lower()
            if q.unit == "people" and counted.dep_ in ("nsubj", "nsubjpass") and counted.head.i == verb.i:
                tail = [x for c in verb.children if c.dep_ in ("prep", "dobj") and c.i > verb.i for x in c.subtree]
                words = " ".join([words, verb.text] + [x.text for x in self.clean(tail)["tokens"]])
            elif verb.lemma_ not in LIGHT_VERBS and counted.dep_ in ("dobj",) and is_verb(verb):
                words = f"{words} {verb.text}" if verb.tag_ == "VBN" or verb.tag_ == "VBD" else words
            return {"indicators": [words] * n, "unit": unit, "confidence": 0.75,
                    "abouts": self.entities(subj_ind, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None and subj_is_entity:  # "Ytown facilitated 12.55 billion yuan in technology transfers"
            last = self.doc.char_span(ql.qs[-1].num_start, ql.qs[-1].end, alignment_mode="expand") if n > 1 else None
            heads = [head] + ([unit_head(last)] if last is not None else [])  # "$1.9 billion and $860 million of FDI"
            moved = next((x for x in path[1:] if x.pos_ == "NOUN" and x.lower_ in UP | DOWN), None)
            pp = next((c for c in moved.children if c.dep_ == "prep" and c.lower_ == "in"), None) \
                if moved else None  # "a rise in X to N": X
            pp = pp or next((c for w in list(head.children) + [head.head] if w.lower_ == "worth" for c in w.children
                             if c.dep_ == "prep" and c.lower_ == "of"), None)  # "exported $9 million worth of tea"
            pp = pp or next((c for h in heads for c in h.children
                             if c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i), None) \
                or next((c for c in list(head.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "in"
                         and c.i > head.i and not any(YEAR.fullmatch(x.text) or PERIOD.fullmatch(x.lower_)
                                                      for x in c.subtree)), None)
            if pp is not None and pp.lower_ == "in" and verb.lemma_ in PLACING_VERBS:
                pp = None  # "invested 3 billion yuan in the X project": what the money went into, not the measure
            if pp is not None:
                obj_ = next((c for c in pp.children if c.dep_ == "pobj"), None)
                own = [x for x in obj_.subtree if x.i <= obj_.i] if obj_ is not None and pp.lower_ == "of" else None
                words = self.clean(own or [x for x in pp.subtree if x.i != pp.i])["text"]  # not "rice worth $X"
                if words and pp.lower_ == "of" and verb.lemma_ in ("export", "import", "sell", "produce"):
                    words = f"{words} {NOMINAL[verb.lemma_]}"  # "exported 23,600 tonnes of tea" -> tea exports
            if pp is None or not words:  # ("invest RM5 billion ... in Foo": a place is no measure)
                words = NOMINAL.get(verb.lemma_, verb.lemma_ if is_verb(verb) and verb.lemma_ not in LIGHT_VERBS else "")
                subj_ents = self.refs(subj_ind["poss"], 1, abouts) if subj_ind else None
                if ql.role == "change" and verb.lower_ in UP | DOWN and subj_ents and subj_ents[0].cls in PLACE_CLASSES:
                    words = "GDP"  # "Foo grew 5 percent": its economy, measured by GDP
            ents = self.entities(subj_ind, sent, verb, abouts, n, a, b) or []
            if (pp is None or not words) and (verb.lemma_ not in NOMINAL or words == "GDP") and ents:
                # "A attracted N of foreign capital, while B used M", "A's fell to N, while B's dropped to M"
                words = self.line_indicator(q, a, ents[0]) or words
            if not words:
                return None
            return {"indicators": [words] * n, "unit": None, "confidence": 0.7, "abouts": ents}
        if np_tokens is None and self.rel_owner is not None and is_verb(verb) and verb.lemma_ not in LIGHT_VERBS:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
            words = self.clean([x for x in of.subtree if x.i != of.i])["text"] if of is not None else ""
            if not words and q.unit:
                said = head.lower_ if head.pos_ == "NOUN" and head.is_alpha else plural(q.unit)  # the text's word
                words = NOMINAL.get(verb.lemma_) or f"{said} {participle(verb)}"
            if not words:
                return None
            return {"indicators": [words] * n, "abouts": [self.rel_owner] * n, "unit": None, "confidence": 0.7}
        if np_tokens is None and not subj_tokens and ql.role != "change":  # a parse with no subject
            made = self.made_goods(verb, head, [])
            if made:  # "..., the plant can melt 3,000 tonnes of raw sugar a day" -> raw sugar melted
                return {"indicators": [made] * n, "unit": None, "confidence": 0.7,
                        "abouts": self.entities(None, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None:
            return None
        ind = self.clean(np_tokens)
        if not ind["text"]:
            return None
        indicators = self.distribute(ind, n)
        if n > 1 and len(set(indicators)) == 1 and subj_tokens and np_tokens is not subj_tokens \
                and not any(self.mention_of(t) for t in subj_tokens):  # "A, B and C drugs generated revenue of x, y
            kinds = self.distribute(self.clean(subj_tokens), n)  # and z": A revenue, B revenue, C revenue
            if len(set(kinds)) == n:
                indicators = [f"{k} {indicators[0]}" for k in kinds]
        if ql.role == "change":
            indicators = [CHANGE_SUFFIX.sub("", i).strip() or i for i in indicators]
            if all(w in UP | DOWN for w in ind["text"].lower().split()):  # "..., reversing a decline of 9.4 percent"
                indicators = [self.line_indicator(q, a) or i for i in indicators]
        if "index" in ind["text"].split()[-1:] and q.unit is None:
            unit = "index point"
        ents = self.entities(ind, sent, verb, abouts, n, a, b,
                             subject=self.clean(subj_tokens) if subj_tokens and np_tokens is not subj_tokens else None)
        if not ents:
            return None
        return {"indicators": indicators, "abouts": ents, "unit": unit, "confidence": 0.8}

    def line_indicator(self, q, a: int, like=None) -> str | None:
        """The measure an earlier figure of the line with the same unit named (with ``like``, one of an owner
        of the same kind: a parallel clause)."""
        return next((o.indicator for o in reversed(self.facts.observations) if o.evidence.start >= a
                     and (q.unit is not None and q.unit in (o.unit, o.change_unit)
                          or q.unit is None and like is not None and o.value is not None)  # "A got 9 million
                     and (like is None or (o.about is not None and o.about.cls == like.cls))), None)  # visits, B 7"

    def phrase(self, toks) -> str:
        """The text of a run of tokens, without a leading article: "of the mine's operator" -> "of mine's operator"."""
        if not toks:
            return ""
        words = [x for x in self.doc[toks[0].i:toks[-1].i + 1] if not (x.dep_ == "det" and x.lower_ in ("the", "a", "an"))]
        return "".join(x.text_with_ws for x in words).strip()

    def percent_frame(self, verb, head, subj_tokens, sent, abouts, n, a, b) -> dict | None:
        """ "holds a 35 percent share of X" / "a 20% stake in X": the holder's share; "40 percent of
        Ruritania's tea exports went to Asia": a share of the owner's flow, with where it went."""
        noun = head.head if head.dep_ in ("compound", "amod", "nmod", "nummod") else None
        if noun is not None and noun.lemma_.lower() in ("share", "stake", "holding", "interest") and noun.i > head.i:
            pp = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
            whole = self.phrase(list(pp.subtree)) if pp is not None else ""
            ents = self.entity_np(subj_tokens, n, abouts) if subj_tokens else None
            ents = ents or ([self.rel_owner] * n if self.rel_owner is not None else None)
            if not ents:
                return None
            return {"indicators": [f"{noun.lemma_.lower()} {whole}".strip()] * n, "abouts": ents, "unit": None,
                    "confidence": 0.7}
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if verb.lemma_ in ("own", "hold", "control", "acquire", "buy", "purchase") and head.dep_ == "dobj" \
                and of is not None and subj_tokens:  # "X owns 40 percent of Y": X's stake in Y
            ents = self.entity_np(subj_tokens, n, abouts)
            whole = self.phrase([x for x in of.subtree if x.i != of.i])
            if ents:
                return {"indicators": [f"stake in {whole}"] * n, "abouts": ents, "unit": None, "confidence": 0.7}
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i and is_verb(verb):
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            whole = self.clean([x for x in of.subtree if x.i != of.i]) if of is not None else None
            pointed = of is not None and [x.lower_ for x in of.subtree if x.i != of.i] in (["it"], ["them"], ["this"],
                                                                                          ["that"])
            attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
            last = next((o for o in reversed(self.facts.observations) if o.value is not None
                         and not o.indicator.startswith("share of")), None)
            if pointed and attr is not None and last is not None:  # "70 percent of it is cloud computing"
                part = self.clean([x for x in attr.subtree if not (x.dep_ in ("acl", "relcl") and x.head.i == attr.i)
                                   and not any(y.dep_ in ("acl", "relcl") and y.head.i == attr.i and x in y.subtree
                                               for y in attr.children)])["text"]
                if part:
                    return {"indicators": [f"{part} share of {last.indicator}"] * n, "abouts": [last.about] * n,
                            "unit": None, "confidence": 0.7}
            if not whole or not whole["text"]:
                return None
            words = f"share of {whole['text']}"
            dest = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from")), None)
            obj = next((c for c in dest.children if c.dep_ == "pobj"), None) if dest is not None else None
            if obj is not None:
                words += f" {dest.lower_} {' '.join(x.text for x in obj.subtree if x.dep_ != 'det')}"
            where = self.refs(list(obj.subtree), n, abouts) if obj is not None else None
            ents = self.refs(whole["poss"], n, abouts) or self.refs(whole["places"], n, abouts) or where \
                or (None if whole["poss"] else self.entities(None, sent, verb, abouts, n, a, b))
            if not ents:  # an owner that is no entity ("the V5's parts") is not the last firm named
                return None
            return {"indicators": [words] * n, "abouts": ents, "unit": None, "confidence": 0.7}
        return None

    def made_goods(self, verb, head, subj_tokens) -> str | None:
        """What producers (a plural noun, not a measure; or a subject the parse lost or misread as a
        fronted participle) made of a good:
        "<good> <verb>ed"."""
        root = next((t for t in subj_tokens if t.head.i == verb.i), None)
        named = root is not None and root.pos_ == "NOUN" and any(  # "Its largest exporter, X Co., shipped ..."
            c.dep_ in ("appos", "nsubj") and self.mention_of(c) is not None and self.mention_of(c).cls in ORG_CLASSES
            for c in list(root.children) + [x for x in verb.children if x.dep_ == "nsubj" and x.i != root.i])
        named = named or (root is not None and root.tag_ == "NN" and len(subj_tokens) == 2
                          and subj_tokens[0].lower_ == "the" and self.named_kind(root) is not None)  # "The cluster consumed"
        if subj_tokens and not named and (root is None or root.tag_ != "NNS" or root.lemma_.lower() in MEASURES
                            or self.mention_of(root) is not None) and not (root is not None and root.pos_ == "VERB"):
            return None
        if not is_verb(verb) or verb.lemma_ in LIGHT_VERBS or verb.lower_ in UP | DOWN:
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        good = self.clean([x for x in obj.subtree if x.i <= obj.i])["text"] if obj is not None else ""  # its own words
        if not good:
            return None
        return f"{good} {NOMINAL.get(verb.lemma_) or participle(verb)}"

    def capacity_modal(self, verb) -> bool:
        """ "can make 3,000 arms", "will employ 900 people": what a facility is built to do is a fact."""
        v = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else verb
        auxes = [c.lower_ for c in v.children if c.dep_ == "aux"]
        reported = v.dep_ == "ccomp" and v.head.lemma_ in ("say", "announce", "state", "tell")  # "said it would invest"
        if any(c.dep_ == "neg" for c in v.children) or not set(auxes) & {"can", "will", "'ll", "would"}:
            return False
        if "can" in auxes:
            return True
        return verb.lemma_ in CAPACITY_VERBS and all(x in ("will", "'ll") or (x == "would" and reported) for x in auxes)

    def segment(self, subj_tokens) -> str:
        """A subject that names a part of a whole, not an entity ("digital printing", "exports of tea"):
        common nouns, no possessor, no place; an organisation's name as a modifier counts as a word."""
        if any(t.tag_ in ("POS", "PRP$") or (self.mention_of(t) is not None and self.mention_of(t).cls in PLACE_CLASSES)
               for t in subj_tokens):
            return ""
        root = next((t for t in subj_tokens if t.head.i not in {x.i for x in subj_tokens}), None)
        if root is None or root.pos_ != "NOUN" or self.mention_of(root) is not None:
            return ""
        words = [t.text for t in subj_tokens if t.dep_ != "det" and not t.is_punct and not t.is_space]
        return " ".join(words)

    def share_frame(self, verb, num, subj_ind, sent, abouts, n, a, b, segment: str = "") -> dict | None:
        """ "Foo and Bar accounted for 30% and 12% of that total": each one's share of a whole;
        "Online sales made up 25% of that volume": a part's share, about the whole's owner."""
        of = next((t for t in verb.subtree if t.i > num.i and t.lower_ == "of" and t.dep_ == "prep"), None)
        whole = self.clean([x for x in of.subtree if x.i != of.i]) if of is not None else None
        words = whole["text"] if whole else ""
        last = None
        pointed = of is not None and any(t.dep_ == "det" and t.lower_ in ("that", "this", "these", "those")
                                         for t in of.subtree)  # "of that volume": the figure just given
        if not words or ANAPHOR.fullmatch(words.lower()) or pointed:
            own = segment and words and ANAPHOR.fullmatch(words.lower())  # "X grew to N, accounting for 31% of the total"
            last = next((o for o in reversed(self.facts.observations) if o.value is not None
                         and not o.indicator.startswith("share of") and not (own and o.evidence.start >= a)), None)
            if last is None:
                return None
            words = last.indicator
        if segment:
            owner = (self.refs(whole["poss"], 1, abouts) or self.refs(whole["places"], 1, abouts)) if whole else None
            near = next((o for o in reversed(self.facts.observations) if o.evidence.start >= a - 400), None)
            last = last or near  # "Foo shipped 3.2 million panels. Panels for X made up 40% of shipments"
            owner = owner[0] if owner else last.about if last is not None else self.focus_entity()
            if owner is None:
                return None
            parts = [segment] * n
            if n > 1:  # "Panels for monitors and notebooks made up 46% and 31%": one part each
                split = self.distribute(self.clean(list(verb.doc[subj_ind["tokens"][0].i:verb.i]))
                                        if subj_ind["tokens"] else subj_ind, n)
                parts = split if len(set(split)) == n else parts
            return {"indicators": [f"{p} share of {words}" for p in parts], "abouts": [owner] * n, "unit": None,
                    "confidence": 0.7, "share": True}
        if subj_ind is None:  # a relative clause: its antecedent, or the antecedents in a respective list
            ant = verb.head  # "buyers in X and Y, which took ...": the places of the antecedent
            if self.mention_of(ant) is None:
                ant = next((x for c in ant.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"), ant)
            ants = [self.mention_of(t) for t in [ant] + list(ant.conjuncts)]
            ents = ants if n > 1 and len(ants) == n and all(ants) else [self.rel_owner] * n
            return {"indicators": [f"share of {words}"] * n, "abouts": ents, "unit": None, "confidence": 0.7,
                    "share": True}
        ents = self.entities(subj_ind, sent, verb, abouts, n, a, b)
        return {"indicators": [f"share of {words}"] * n, "abouts": ents or [], "unit": None, "confidence": 0.7,
                "share": True}
