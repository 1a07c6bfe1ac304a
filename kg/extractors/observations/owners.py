"""Whose figure it is: the entity (or the n entities of a respective list) the numbers are about, from mentions,
possessors, "the region", pronouns, "the three regions" (groups the text named), the speaker's organisation,
the topic an unowned measure continues, and the region or place the article is about.
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Mention
from ..common import focus_org, in_dateline
from .tokens import is_verb
from .words import (ENTITY_CLASSES, FOCUS_REGION, GROUP_NOUNS, INTRO_PREPS, MEASURES, NUMBER_WORDS, ORG_CLASSES,
    PLACE_CLASSES, REF_NOUNS, RUN_BY, WIDE)


REGION_HEADS = {"cluster", "agglomeration", "belt", "circle", "region", "area", "corridor"}  # "the city cluster"


def stands_for(facts, m: Mention | None) -> Mention | None:
    """A mention "the province" stands for the place the article is about, if it is of that kind."""
    focus = facts.focus
    if m is not None and focus is not None and m.cls == focus.cls and m.cls in PLACE_CLASSES \
            and m.text.lower().startswith(("the ", "this ")) and focus.start < m.start:
        return focus
    return m


HEADING = re.compile(r"\n[ \t]*[^\n]{1,60}(?<![.!?\"”:;,])[ \t]*\n")  # "III. Foreign trade": a section's heading


class OwnersMixin:
    """The Reader's methods for owners (see the module docstring)."""

    def focus_region(self):
        """The region the article is about: its most-named "X region" (or Region mention)."""
        if self._focus is None:
            names = Counter()
            proper: dict[str, str] = {}  # "Foo-Bar-Baz" of "Foo-Bar-Baz metropolitan area"
            for m in self.facts.mentions:
                if m.cls == "Region":
                    names[m.key_text] += 1
                    proper.setdefault(m.key_text, m.key_text)
            for m in FOCUS_REGION.finditer(self.text):
                proper_name = re.sub(r"^The\s+", "", m.group(1))
                k = f"{proper_name} {m.group(2)}".strip()
                names[k] += 1
                proper[k] = proper_name
            # a region whose own name the text uses once ("clients in the X Delta") is an aside
            names = Counter({k: n for k, n in names.items()
                             if len(re.findall(r"(?<![\w-])" + re.escape(proper[k]) + r"(?![\w-])", self.text)) >= 2})
            self._focus = names.most_common(1)[0][0] if names else ""
        return self._focus or None

    def last_mention(self, before: int, classes, subject: bool = False) -> Mention | None:
        """The last mention of a class before an offset; with ``subject``, a sentence subject first."""
        best, key = None, None
        for m in self.facts.mentions:
            if m.cls in classes and m.end <= before:
                k = (self.is_subject(m) if subject else 0, m.start)
                if key is None or k > key:
                    best, key = m, k
        return best

    def definite(self, m: Mention | None) -> Mention | None:
        return stands_for(self.facts, m)

    def kind_mention(self, before: int, classes) -> Mention | None:
        """What "the province" stands for: the place the article is about when it is of that kind
        (not a province an aside named last), else the last one named, subjects first."""
        focus = self.facts.focus
        if focus is not None and focus.cls in classes and focus.start < before:
            return focus
        return self.last_mention(before, classes, subject=True)

    def is_subject(self, m: Mention) -> int:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return int(span is not None and span.root.dep_ in ("nsubj", "nsubjpass"))

    def groups(self) -> list[list[Mention]]:
        """Coordinated lists of entity mentions in the text ("A, B and C")."""
        if self._groups is None:
            ms = sorted((m for m in self.facts.mentions if m.cls in ENTITY_CLASSES), key=lambda m: m.start)
            out, cur = [], []
            for m in ms:
                if cur and re.fullmatch(r"\s*(,|,?\s*and|,?\s*or|、)\s*", self.text[cur[-1].end:m.start]):
                    cur.append(m)
                else:
                    if len(cur) > 1:
                        out.append(cur)
                    cur = [m]
            if len(cur) > 1:
                out.append(cur)
            self._groups = out
        return self._groups

    def group_of(self, n: int, before: int) -> list[Mention] | None:
        """The group of n entities the text names most often (latest on a tie) before ``before``."""
        cands = [g for g in self.groups() if len(g) == n and g[-1].end <= before]
        if not cands:
            return None
        count = Counter(tuple(m.key_text for m in g) for g in cands)
        return max(cands, key=lambda g: (count[tuple(m.key_text for m in g)], g[0].start))

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        out = []
        if span is None:
            return out
        for t in span:
            m = self.mention_of(t)
            if m is not None and m not in out:
                out.append(m)
        return out

    def mentions_any(self, tok) -> list[Mention]:
        """Mentions of any class covering a token."""
        return [m for m in self.facts.mentions if m.start <= tok.idx < m.end]

    def entities(self, ind, sent, verb, abouts, n: int, a: int, b: int, subject=None) -> list:
        """The entity (or n entities, for a respective list) the numbers are about."""
        if self.rel_owner is not None:
            return [self.rel_owner] * n
        for source in ([ind] if ind else []) + ([subject] if subject else []):
            for part in ("poss", "places"):
                toks = source[part]
                if not toks:
                    continue
                found = self.refs(toks, n, abouts)
                if found:
                    return found
        # the subject of the clause (or of the clause it hangs on), when it names an entity
        if not is_verb(verb) and self.mention_of(verb) is not None:
            return [self.mention_of(verb)] * n  # a parse without a verb: "Ytown, ..., recorded GDP of ..."
        found = self.entity_np(self.subject(verb), n, abouts)
        if found:
            return found
        said = self.subject(verb) + (ind["tokens"] if ind else [])  # (not "trade with A and B": partners)
        listed = [g for g in self.groups() if len(g) == n > 1 and a <= g[0].start and g[-1].end <= b
                  and not any(t.idx <= g[0].start < t.idx + len(t) for t in said)]
        if listed:  # "Among the cities, A, B and C ranked top, with indexes of x, y and z, respectively"
            return list(listed[-1])
        where = next((self.mention_of(x) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "across")
                      for x in c.children if x.dep_ == "pobj" and self.mention_of(x) is not None
                      and self.mention_of(x).cls in PLACE_CLASSES), None) if is_verb(verb) else None
        if where is not None:  # "the tertiary industry grew 4.2 percent in Foo": the clause's place
            return [where] * n
        if ind and WIDE.search(ind["text"]):  # "province-wide sorghum output": the place in focus
            focus = self.focus_entity(last_resort=True)
            if focus is not None:
                return [focus] * n
        if abouts:
            return [abouts[-1]] * n
        root = sent.root
        if a <= root.idx < b:
            for c in root.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    found = self.entity_np(list(c.subtree), n, abouts)
                    if found:
                        return found
        # "In Ytown, ..." at the head of the sentence
        first = self.doc[sent.start]
        if first.lower_ in INTRO_PREPS and is_verb(verb) and not self.subject(verb):
            lost = next((self.mention_of(c) for x in first.children if x.dep_ == "pobj" for c in x.children
                         if c.dep_ == "appos" and self.mention_of(c) is not None
                         and self.mention_of(c).cls in ORG_CLASSES), None)
            if lost is not None:  # "In X Town, the Y Cooperative, set up in 2012, counts 630 members": Y
                return [lost] * n
        if first.lower_ in INTRO_PREPS:
            toks = []
            for t in self.doc[sent.start + 1:sent.end]:
                if t.text == ",":
                    break
                toks.append(t)
            found = self.refs(toks, n, abouts)
            if found:
                return found
        line = self.text[a:b]
        if re.search(r"[\"“]", line) and re.search(r"\b(our|we|us)\b", line, re.I):
            org = self.speaker_org(a, b)
            return [org] * n if org else []
        topic = self.topic_owner(ind, a) if ind else None
        if topic is not None:
            return [topic] * n
        bodies = [m for m in self.mentions_in(a, b) if m.cls == "GovernmentBody"]
        if bodies:  # a figure an official gives: the body's place (else the place in focus), not the last firm
            place = next((p for p in self.facts.mentions if p.cls in PLACE_CLASSES and p.end <= b
                          and re.match(re.escape(p.key_text) + r"\b", bodies[0].text)), None) or self.focus_entity()
            if place is not None:
                return [place] * n
        last = self.last_about  # the firm the sentence before was about, in this section
        if last is not None and last.cls in ORG_CLASSES \
                and not (last.end <= a and HEADING.search(self.text, last.end, a)):
            return [last] * n
        story = self.title_org()
        if story is not None:  # "Foo Shipping's profit slips": a firm's story owns its unowned figures
            return [story] * n
        focus = self.focus_entity(last_resort=True)
        return [focus] * n if focus else []

    def title_org(self) -> Mention | None:
        """The firm the headline is about, if it names one and no place: the first organisation of the
        text whose name shares two words in a row (or its one long word) with the headline."""
        if self._title_org is None:
            self._title_org = False
            title = self.facts.document.title or ""
            named = lambda name: re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", title) is not None
            if title and not any(named(m.key_text) for m in self.facts.mentions if m.cls in PLACE_CLASSES):
                for m in self.facts.mentions:
                    words = m.key_text.split()
                    parts = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] or \
                        [w for w in words if len(w) > 4]
                    if m.cls in ORG_CLASSES and any(named(x) for x in parts):
                        self._title_org = m
                        break
        return self._title_org or None

    def topic_owner(self, ind: dict, before: int) -> Mention | None:
        """Whose measure an unowned one continues: "Ruritania's mango exports slumped. Shipments of
        fresh mango fell 20%" -> Ruritania (a possessor of a noun the indicator repeats, shortly before)."""
        words = {t.lemma_.lower() for t in ind["tokens"] if t.pos_ in ("NOUN", "PROPN") and len(t.text) > 2}
        if not words:
            return None
        best = None
        for m in self.facts.mentions:
            if m.cls not in ENTITY_CLASSES or not before - 600 <= m.end <= before:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end >= len(self.doc) or self.doc[span.end].tag_ != "POS":
                continue
            owned = span.root.head
            if owned.i == span.root.i or owned.i < span.end or owned.lemma_.lower() not in MEASURES:
                continue
            lemmas = {x.lemma_.lower() for x in owned.subtree if x.i >= span.end and x.pos_ in ("NOUN", "PROPN", "ADJ")}
            if lemmas & words and (best is None or m.start > best.start):
                best = m
        return best

    def entity_np(self, toks, n: int, abouts) -> list | None:
        """The entity a noun phrase names as a whole ("Haier", "the region") or by its possessor."""
        if not toks:
            return None
        c = self.clean(toks)
        if not c["text"]:
            return self.refs(c["poss"] or toks, n, abouts)
        if not c["poss"] and len(toks) == 2 and toks[0].lower_ == "the":  # "the cluster": the name it stands for
            return self.refs(toks, n, abouts)
        return self.refs(c["poss"], n, abouts) if c["poss"] else None

    def focus_entity(self, last_resort: bool = False) -> Mention | None:
        """The region in focus; else, if one place stands out by count, the place the article is about
        (its title and lead) or that one; else (``last_resort``) the place the article is about."""
        region = self.region_for(None)
        if region is not None:
            return region
        names = Counter(m.key_text for m in self.facts.mentions if m.cls in PLACE_CLASSES - {"Country"})
        top = names.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            focus = self.facts.focus  # the place of the title and lead, if any, before the one named most
            if focus is not None and focus.cls in PLACE_CLASSES - {"Country"}:
                return focus
            return next(m for m in self.facts.mentions if m.key_text == top[0][0])
        if not last_resort:
            return None
        self.last_resort = self.facts.focus is not None
        return self.facts.focus

    def subject_entity(self, sent) -> Mention | None:
        """The one entity a sentence's main clause is about (none for "A, B and C")."""
        for c in sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not any(x.dep_ == "conj" for x in c.subtree):
                m = self.mention_of(c)
                if m is not None:
                    return m
                for ap in c.children:  # "The biggest, Qiaomama Co., was founded ..."
                    if ap.dep_ == "appos" and self.mention_of(ap) is not None and self.mention_of(ap).cls in ORG_CLASSES:
                        return self.mention_of(ap)
        return None

    def pronoun(self, tok, abouts) -> Mention | None:
        """What "its" / "it" stands for: the clause's own subject ("a factory run by X doubled its
        output"), the last fact's entity, a subject before it, the last sentence's."""
        v = tok
        while not is_verb(v) and v.head.i != v.i:
            v = v.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) if is_verb(v) else None
        if subj is not None and subj.pos_ == "NOUN" and subj.i < tok.i:
            own = self.mention_of(subj)
            if own is None:
                own = next((m for c in subj.children if c.dep_ == "acl" for x in c.children if x.dep_ == "agent"
                            for m in (self.refs([y for y in x.subtree if y.i != x.i], 1, []) or [])), None)
            if own is not None:
                return own
        run_by = None  # the parse may miss the subject: "..., a factory run by X doubled its output"
        for run_by in RUN_BY.finditer(self.text, max(0, tok.idx - 150), tok.idx):
            pass
        if run_by is not None and not re.search(r";|\.\s+[A-Z]", self.text[run_by.end():tok.idx]):
            own = next((m for m in self.mentions_in(run_by.end(), tok.idx) if m.cls in ORG_CLASSES), None)
            if own is not None:
                return own
        if abouts:
            return abouts[-1]
        sent = tok.sent
        for t in reversed(self.doc[sent.start:tok.i]):
            m = self.mention_of(t)
            if m is not None and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")):
                return m
        return self.last_about

    def named_speaker_org(self, sent) -> Mention | None:
        """ "..., Foo said": the org of the person the text named before by a fuller name."""
        names = {m.text for m in self.facts.mentions if m.cls == "Person" and sent.start_char <= m.start < sent.end_char}
        names |= {t.text for t in sent if t.pos_ == "PROPN" and t.head.lemma_ == "say" and t.dep_ == "nsubj"}
        for r in self.facts.roles:
            parts = r.person.key_text.split()
            if names & {r.person.key_text, parts[0], parts[-1]}:
                return r.org
        return None

    def speaker_org(self, a: int, b: int) -> Mention | None:
        for r in self.facts.roles:
            if a <= r.person.start < b:
                return r.org
        return None

    def refs(self, toks, n: int, abouts) -> list | None:
        """Entities named by tokens: mentions, "the region", "its", "the three regions"."""
        if not toks:
            return None
        found: list[Mention] = []
        listed = False  # a name in a list ("X and Y"): one found of n is a missed name, not a shared owner
        for t in toks:
            m = self.definite(self.mention_of(t))
            if m is not None and (re.match(r"[-–][A-Z]", self.text[m.end:m.end + 2])
                                  or re.search(r"[A-Za-z][-–]$", self.text[max(0, m.start - 2):m.start])):
                continue  # "New Foo" of "the New Foo-Bar-Baz Bridge": part of a longer name
            if m is not None and m not in found:
                found.append(m)
                listed |= any(c.pos_ == "PROPN" and self.mention_of(c) is not m for c in t.conjuncts)
        if len(found) > 1:  # "YINGKOU -- Foo Co. reported ...", the dateline parsed as the subject: Foo
            found = [m for m in found if not in_dateline(self.text, m)] or found
        if found:
            if n == 1 and len(found) > 1:  # "Ruritania's Foo Province": the head, not its possessor
                heads = [self.mention_of(t) for t in toks if self.mention_of(t) is not None and t.dep_ != "poss"
                         and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].tag_ == "POS")
                         and not re.match(r"-?based\b", self.text[self.mention_of(t).end:])]  # "X-based Y": Y
                return heads[:1] or found[:1]
            if n > 1 and len(found) == n:
                return found
            if n > 1 and len(found) != n:
                return [found[0]] * n if len(found) == 1 and not listed else None
            return found[:1]
        words = [t for t in toks if not t.is_punct]
        low = [t.lower_ for t in words]
        # "the three regions" / "both places"
        for k, w in enumerate(low):
            if w in NUMBER_WORDS and k + 1 < len(low) and low[k + 1] in GROUP_NOUNS:
                g = self.group_of(NUMBER_WORDS[w], words[k].idx)
                if n > 1 and g and len(g) == n:
                    return list(g)
                region = self.region_for(words[k])
                return [region] * n if region else None
        if low and low[0] == "whose":  # "X, whose plant runs 120 printers": X
            v = words[0]
            while v.dep_ != "relcl" and v.head.i != v.i:
                v = v.head
            ant = [self.mention_of(x) for x in self.doc[v.head.left_edge.i:v.head.i + 1] if self.mention_of(x)] \
                if v.dep_ == "relcl" else []
            ant = [m for m in ant if m.cls == "Company"] or ant  # "Ytown X Printing": the firm, not the city
            return [ant[0]] * n if ant else None
        if low and low[0] in ("our", "we", "us"):  # a quote's "our capacity": the speaker's firm
            sent = words[0].sent
            m = self.speaker_org(sent.start_char, sent.end_char) or self.named_speaker_org(sent) \
                or focus_org(self.facts, words[0])
            return [m] * n if m is not None and m.cls in ORG_CLASSES else None
        if low and low[0] in ("their", "they") and n > 1:  # "X, Y and Z saw their GDP grow by a, b and c"
            same = [g for g in self.groups() if len(g) == n and g[-1].end <= words[0].idx
                    and g[0].start >= words[0].sent.start_char]
            if same:
                return list(same[-1])
        if low and low[0] in ("its", "their", "it", "they"):
            m = self.pronoun(words[0], abouts)
            return [m] * n if m is not None else None
        for k, w in enumerate(low):
            if w in REF_NOUNS and words[k].dep_ == "compound" and words[k].head.lower_ in REGION_HEADS:
                m = self.region_for(words[k])  # "the city cluster's output": the region in focus, not the last city
                if m is not None:
                    return [m] * n
            if w in REF_NOUNS and (k == 0 or low[k - 1] in ("the", "this", "that", "new")) \
                    and not (words[k].dep_ == "compound" and words[k].head.pos_ == "NOUN"):
                m = None if w == "region" else self.kind_mention(words[k].idx, REF_NOUNS[w])
                if m is None and w in ("region", "area"):
                    m = self.region_for(words[k])
                if m is not None:
                    return [m] * n
        if len(low) == 2 and low[0] == "the" and words[1].pos_ == "NOUN" and low[1] not in GROUP_NOUNS:
            m = self.named_kind(words[1])
            if m is not None:
                return [m] * n
        return None

    def named_kind(self, tok) -> Mention | None:
        """ "the cluster" after "the Ytown data center cluster": the place or firm that named it."""
        last = None
        pattern = re.compile(r"\b[Tt]he ((?:[A-Z][\w'’-]*\s+)+)(?:[a-z][\w-]*\s+){0,3}" + re.escape(tok.lower_) + r"\b")
        for r in pattern.finditer(self.text, 0, tok.idx):
            last = r
        if last is None:
            return None
        ms = [m for m in self.mentions_in(last.start(1), last.end(1)) if m.cls in PLACE_CLASSES | ORG_CLASSES]
        return ms[0] if len(ms) == 1 else None

    def region_for(self, tok) -> Mention | None:
        """A mention of the region in focus (a new, implied one if the text has none)."""
        region = self.focus_region()
        if not region:
            return None
        existing = next((m for m in self.facts.mentions if region in (m.key_text, m.name)), None)
        if existing is not None:
            return existing
        at = tok.idx if tok is not None else 0
        return self.facts.mention(region, "Region", at, at, name=region)
