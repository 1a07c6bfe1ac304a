"""Train the owner ranker (kg/extractors/owner_ranker.py) on annotated article sets.

usage: python tools/train_owner_ranker.py DIR [DIR ...] [--out kg/extractors/owner_ranker.json]
       [--prior P] [--l2 L] [--cv]

Each DIR holds articles (*.txt) and an expected.yaml in the checker's format (seeds/ takes
../shared/eval/seeds.yaml). An observation the pipeline reads is an example when an obs check has its
number and indicator words; its candidates (owner_ranker.Ranker) are labelled by whether the resolved
entity's label or an alias is the check's ``about``. The model is a conditional logit (softmax over
one observation's candidates) with L2, fitted by gradient descent. ``--cv`` prints, leaving each DIR
out in turn, how often the model alone, the rules alone and the rules with the prior pick the right owner.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from annotated import alts, checks, names_of, norm, pipeline_before, read_set, same

from kg.extractors.owner_ranker import Ranker, WEIGHTS, respective  # noqa: E402


def examples(directory: Path, pipe, meta: list | None = None):
    """(features of each candidate, labels, index of the rules' pick) per matched observation."""
    read, entities = read_set(directory, pipe)
    gold = []  # (numbers, indicator word lists, owner labels), normalised once
    for c in checks(directory, "obs"):
        gold.append((c["number"] if isinstance(c["number"], list) else [c["number"]],
                     [norm(a).split() for a in alts(c.get("indicator") or "")], {norm(a) for a in alts(c["about"])}))
    out = []
    for doc, facts in read:
        ranker = Ranker(doc, facts)
        listed = respective(facts)
        for ob in facts.observations:
            if ob.about is None or ob.evidence is None:
                continue
            nums = [x for x in (ob.value, ob.change) if x is not None]
            ind = norm(ob.indicator or "")
            wanted = set()
            for cn, words, about in gold:
                if any(same(v, x) for v in nums for x in cn) and (not words or any(all(t in ind for t in w)
                                                                                  for w in words)):
                    wanted |= about
            if not wanted or (ob.evidence.sentence, ob.indicator) in listed:
                ranker.previous = ob.about.key_text
                continue
            cands = ranker.candidates(ob)
            labels = [bool(names_of(m, entities) & wanted) for m in cands]
            feats = [ranker.features(ob, m) for m in cands]
            ranker.previous = ob.about.key_text
            if not any(labels) or all(labels):
                continue
            rule = next(k for k, m in enumerate(cands) if m.key_text == ob.about.key_text)
            out.append((feats, labels, rule))
            if meta is not None:
                meta.append((ob, cands))
    return out


def matrix(rows, names):
    X = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r.items():
            if k in names:
                X[i, names[k]] = v
    return X


def stack(data, names):
    """All candidates in one matrix, with each one's group, label share and rules' pick."""
    X = matrix([r for f, _, _ in data for r in f], names)
    group = np.repeat(np.arange(len(data)), [len(f) for f, _, _ in data])
    y = np.concatenate([np.array(lab, float) / sum(lab) for _, lab, _ in data])
    starts = np.concatenate([[0], np.cumsum([len(f) for f, _, _ in data])[:-1]]).astype(int)
    rule = np.zeros(len(X))
    rule[starts + np.array([r for _, _, r in data], int)] = 1
    return X, group, y, starts, rule


def fit(data, names, l2=0.01, steps=2000, lr=0.5):
    """Conditional logit: maximise log P(right candidate) over each observation's candidates."""
    X, group, y, starts, _ = stack(data, names)
    w = np.zeros(len(names))
    for _ in range(steps):
        s = X @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p = e / np.add.reduceat(e, starts)[group]
        w -= lr * (l2 * w - X.T @ (y - p) / len(data))
    return w


def accuracy(data, names, w, prior):
    X, _, y, starts, rule = stack(data, names)
    s = X @ w + prior * rule
    right = 0
    for g, a in enumerate(starts):
        b = starts[g + 1] if g + 1 < len(starts) else len(s)
        right += y[a + int(np.argmax(s[a:b]))] > 0
    return right / max(1, len(data))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--prior", type=float, default=2.0)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--cv", action="store_true")
    a = ap.parse_args()
    pipe = pipeline_before("owner_ranker")
    sets = {d: examples(Path(d), pipe) for d in a.dirs}
    names = sorted({k for data in sets.values() for f, _, _ in data for r in f for k in r})
    index = {k: i for i, k in enumerate(names)}
    for d, data in sets.items():
        print(f"{d}: {len(data)} examples, rules right {accuracy(data, index, np.zeros(len(names)), 1.0):.3f}")
    if a.cv:
        for d in a.dirs:
            train = [x for k, v in sets.items() if k != d for x in v]
            w = fit(train, index, a.l2)
            test = sets[d]
            print(f"held {d}: n={len(test)} model {accuracy(test, index, w, 0):.3f} "
                  f"rules {accuracy(test, index, np.zeros(len(names)), 1.0):.3f} "
                  + " ".join(f"p{p}={accuracy(test, index, w, p):.3f}" for p in (0.5, 1, 2, 3, 4)))
    w = fit([x for v in sets.values() for x in v], index, a.l2)
    weights = {"prior": a.prior, "weights": {k: round(float(w[i]), 4) for k, i in index.items() if abs(w[i]) > 1e-4}}
    Path(a.out).write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n")
    print("wrote", a.out, json.dumps(weights["weights"], sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
