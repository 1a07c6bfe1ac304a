/* kg network page: vis-network plus a legend/filter, a search box and a details panel.
   Every string from the graph goes into the DOM as text (textContent / createTextNode), never HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var kg = data.kg;
  var facts = kg.nodes;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byClass = {};
  kg.classes.forEach(function (c) { byClass[c.name] = c; });
  var state = { settled: false, stabilizedMs: null, settledBy: null, pinned: null, hiddenClasses: {} };

  // relations by node, for the panel
  var outRel = {}, inRel = {};
  kg.relations.forEach(function (r) {
    (outRel[r.from] = outRel[r.from] || []).push(r);
    (inRel[r.to] = inRel[r.to] || []).push(r);
  });

  // --- small DOM helpers: text only
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.className = attrs[k];
      else if (k === "onclick") node.addEventListener("click", attrs[k]);
      else node.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function $(id) { return document.getElementById(id); }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function plural(n, one, many) { return fmt(n) + " " + (n === 1 ? one : many); }
  function swatch(cls) {
    var c = byClass[cls] || (cls === "Observation" ? { color: "#b9b2ab", shape: "dot small" } : { color: "#8c8c8c", shape: "dot" });
    var s = el("span", { cls: "swatch " + c.shape });
    s.style.background = c.color;
    s.style.setProperty("--c", c.color);
    return s;
  }
  function docLabel(iri) {
    var d = kg.documents[iri] || {};
    var name = d.title || iri.replace(/^.*[\/#]/, "");
    var extra = [d.publisher, d.date].filter(Boolean).join(", ");
    return extra ? name + " (" + extra + ")" : name;
  }
  function evidence(ev) {
    var box = el("div", null);
    if (ev.sentence) box.appendChild(el("blockquote", { text: ev.sentence }));
    var src = [];
    if (ev.document) src.push(docLabel(ev.document));
    if (ev.extractor) src.push("read by " + ev.extractor);
    if (ev.confidence !== undefined) src.push("confidence " + ev.confidence);
    if (src.length) box.appendChild(el("div", { cls: "src", text: src.join(" · ") }));
    return box;
  }
  function nodeLink(id) {
    var f = facts[id];
    return el("button", { cls: "link", type: "button", onclick: function () { select(id, true); } },
      swatch(f ? f.cls : ""), " ", f ? f.label : id);
  }

  // --- the network: handlers first, then the data, so no event is missed
  var container = $("network");
  var network = new vis.Network(container, {}, data.options);
  var progressText = $("progress-text");
  network.on("stabilizationProgress", function (p) {
    progressText.textContent = "Laying out " + plural(kg.stats.entities, "entity", "entities") + "… " +
      Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () { settle("stabilized"); });
  var guard = setTimeout(function () { settle("time limit"); }, 30000);

  function settle(why) {
    if (state.settled) return;
    clearTimeout(guard);
    network.stopSimulation();
    network.setOptions({ physics: { enabled: false } });  // the layout stays where it settled
    state.settled = true;
    state.settledBy = why;
    state.stabilizedMs = performance.now();
    $("progress").classList.add("done");
    fitView(false);
    if (kg.focus && facts[kg.focus]) select(kg.focus, false);
    document.documentElement.setAttribute("data-settled", why);
  }

  // fit the network beside the legend, not under it
  function fitView(animate) {
    network.fit({ animation: false });
    var legend = $("legend"), scale = network.getScale() * 0.92, pos = network.getViewPosition();
    var shift = legend ? (legend.offsetWidth + 12) / 2 : 0;
    network.moveTo({ position: { x: pos.x - shift / scale, y: pos.y }, scale: scale,
                     animation: animate ? { duration: 400 } : false });
  }

  // numbers as small nodes beside their entity: in the layout from the start, or (toggled on
  // later) on a ring around the entity where it stands, so nothing else moves
  function numberItems(ring) {
    var out = { nodes: [], edges: [] };
    Object.keys(facts).forEach(function (id) {
      var obs = facts[id].observations || [];
      var at = ring && obs.length ? network.getPositions([id])[id] : null;
      obs.forEach(function (o, j) {
        var nid = id + "#obs" + j, text = o.text.length > 48 ? o.text.slice(0, 47) + "…" : o.text;
        var node = { id: nid, label: text, group: "Observation", kind: "observation", about: id, index: j,
                     hidden: !!state.hiddenClasses[facts[id].cls] };
        if (at) {
          var r = 70 + 4 * obs.length, a = 2 * Math.PI * j / obs.length - Math.PI / 2;
          node.x = at.x + r * Math.cos(a);
          node.y = at.y + r * Math.sin(a);
        }
        out.nodes.push(node);
        out.edges.push({ id: nid + "-edge", from: id, to: nid, kind: "observation", arrows: "", dashes: true,
                         color: { color: "#cfc9c3" }, width: 1, length: 50 });
      });
    });
    return out;
  }
  function showNumbers(on) {
    state.numbers = on;
    var ids = nodes.getIds({ filter: function (n) { return n.kind === "observation"; } });
    if (ids.length) { edges.remove(ids.map(function (i) { return i + "-edge"; })); nodes.remove(ids); }
    if (on) { var items = numberItems(true); nodes.add(items.nodes); edges.add(items.edges); }
  }
  state.numbers = !!kg.observationNodes;
  if (state.numbers) { var first = numberItems(false); nodes.add(first.nodes); edges.add(first.edges); }

  network.setData({ nodes: nodes, edges: edges });
  if (data.nodes.length === 0) settle("empty");
  else if (!data.options.physics.enabled) settle("precomputed layout");

  // --- panel
  var panelBody = $("panel-body"), panelEmpty = $("panel-empty");

  function showNothing() {
    panelBody.hidden = true;
    panelEmpty.hidden = false;
  }

  function showEntity(id, pinned) {
    var f = facts[id];
    if (!f) return;
    clear(panelBody);
    panelBody.appendChild(el("h2", { text: f.label }));
    var chips = el("div", { cls: "chips" }, el("span", { cls: "chip" }, swatch(f.cls), f.cls));
    if (f.kind && f.kind !== f.cls) chips.appendChild(el("span", { cls: "chip", text: f.kind }));
    chips.appendChild(el("span", { cls: "pinned", text: pinned ? "pinned · Esc to clear" : "hover preview · click to pin" }));
    panelBody.appendChild(chips);
    if (f.aliases && f.aliases.length) panelBody.appendChild(el("p", { cls: "aliases", text: "Also: " + f.aliases.join(" · ") }));
    panelBody.appendChild(el("p", { cls: "iri", text: id }));

    var obs = f.observations || [];
    if (obs.length) {
      panelBody.appendChild(el("h3", { text: "Numbers (" + obs.length + ")" }));
      obs.forEach(function (o, i) {
        panelBody.appendChild(el("div", { cls: "fact obs", "data-obs": String(i) },
          el("div", { cls: "head" }, el("span", { cls: "num", text: o.text })), evidence(o)));
      });
    }
    var outs = outRel[id] || [], ins = inRel[id] || [];
    if (outs.length || ins.length) {
      panelBody.appendChild(el("h3", { text: "Relations (" + (outs.length + ins.length) + ")" }));
      outs.forEach(function (r) { panelBody.appendChild(relationFact(r, "out")); });
      ins.forEach(function (r) { panelBody.appendChild(relationFact(r, "in")); });
    }
    var roles = f.roles || [];
    if (roles.length) {
      panelBody.appendChild(el("h3", { text: "Roles (" + roles.length + ")" }));
      roles.forEach(function (r) {
        panelBody.appendChild(el("div", { cls: "fact role" },
          el("div", { cls: "head" }, el("span", { cls: "pred", text: r.title || "role" }), "of", nodeLink(r.organization)),
          evidence(r)));
      });
    }
    if (!obs.length && !outs.length && !ins.length && !roles.length)
      panelBody.appendChild(el("p", { cls: "empty", text: "No relations or numbers about this entity yet." }));
    var docs = f.documents || [];
    if (docs.length) {
      panelBody.appendChild(el("h3", { text: "Mentioned in" }));
      var ul = el("ul", { cls: "docs" });
      docs.forEach(function (d) { ul.appendChild(el("li", { text: docLabel(d) })); });
      panelBody.appendChild(ul);
    }
    panelEmpty.hidden = true;
    panelBody.hidden = false;
  }

  function relationFact(r, dir) {
    var other = dir === "out" ? r.to : r.from;
    var head = dir === "out"
      ? el("div", { cls: "head" }, el("span", { cls: "pred", text: r.p + " →" }), nodeLink(other))
      : el("div", { cls: "head" }, nodeLink(other), el("span", { cls: "pred", text: r.p + " →" }),
           el("span", { cls: "self", text: facts[r.to].label }));
    var box = el("div", { cls: "fact rel-" + dir, "data-predicate": r.p }, head);
    (r.evidence || []).forEach(function (ev) {
      if (ev.title) box.appendChild(el("div", { cls: "src", text: "as " + ev.title }));
      box.appendChild(evidence(ev));
    });
    return box;
  }

  function showEdge(edgeId) {
    var e = edges.get(edgeId);
    if (!e || e.kind === "observation") return;
    clear(panelBody);
    panelBody.appendChild(el("h2", null, facts[e.from].label, " → ", facts[e.to].label));
    kg.relations.filter(function (r) { return r.from === e.from && r.to === e.to; })
      .forEach(function (r) { panelBody.appendChild(relationFact(r, "out")); });
    panelBody.appendChild(el("h3", { text: "Ends" }));
    panelBody.appendChild(el("div", null, nodeLink(e.from)));
    panelBody.appendChild(el("div", null, nodeLink(e.to)));
    panelEmpty.hidden = true;
    panelBody.hidden = false;
  }

  function show(id, pinned) {
    var n = nodes.get(id);
    if (n && n.kind === "observation") {
      showEntity(n.about, pinned);
      var item = panelBody.querySelector('[data-obs="' + Number(n.index) + '"]');
      if (item) { item.style.background = "#fff7e0"; item.scrollIntoView({ block: "nearest" }); }
    } else showEntity(id, pinned);
  }

  function select(id, move) {
    var n = nodes.get(id);
    if (!n) return;
    var f = facts[id];
    if (f && state.hiddenClasses[f.cls]) { delete state.hiddenClasses[f.cls]; applyFilter(); }
    state.pinned = id;
    network.selectNodes([id]);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 450 } });
    show(id, true);
  }

  network.on("hoverNode", function (p) { if (!state.pinned) show(p.node, false); });
  network.on("blurNode", function () { if (!state.pinned) showNothing(); });
  network.on("click", function (p) {
    if (p.nodes.length) { state.pinned = p.nodes[0]; show(p.nodes[0], true); }
    else if (p.edges.length) { state.pinned = "edge:" + p.edges[0]; showEdge(p.edges[0]); }
    else { state.pinned = null; showNothing(); }
  });

  // --- legend + class filter
  function applyFilter() {
    var changes = [];
    nodes.forEach(function (n) {
      var cls = n.kind === "observation" ? facts[n.about].cls : n.group;
      var hide = !!state.hiddenClasses[cls];
      if (!!n.hidden !== hide) changes.push({ id: n.id, hidden: hide });
    });
    if (changes.length) nodes.update(changes);
    Array.prototype.forEach.call(document.querySelectorAll("#class-filter li"), function (li) {
      var off = !!state.hiddenClasses[li.getAttribute("data-class")];
      li.classList.toggle("off", off);
      li.querySelector("input").checked = !off;
    });
    updateStats();
  }
  var filter = $("class-filter");
  kg.classes.forEach(function (c) {
    var box = el("input", { type: "checkbox", value: c.name });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) delete state.hiddenClasses[c.name]; else state.hiddenClasses[c.name] = true;
      applyFilter();
    });
    var only = el("button", { cls: "only", type: "button", title: "Show only " + c.name, text: "only",
      onclick: function () {
        kg.classes.forEach(function (d) { if (d.name !== c.name) state.hiddenClasses[d.name] = true; });
        delete state.hiddenClasses[c.name];
        applyFilter();
      } });
    filter.appendChild(el("li", { "data-class": c.name },
      el("label", null, box, swatch(c.name), c.name, el("span", { cls: "count", text: fmt(c.count) })), only));
  });
  $("legend-all").addEventListener("click", function () { state.hiddenClasses = {}; applyFilter(); });
  $("legend-none").addEventListener("click", function () {
    kg.classes.forEach(function (c) { state.hiddenClasses[c.name] = true; });
    applyFilter();
  });
  var extra = $("legend-extra");
  if (kg.stats.observations) {
    var toggle = el("input", { type: "checkbox", id: "numbers-toggle" });
    toggle.checked = state.numbers;
    toggle.addEventListener("change", function () { showNumbers(toggle.checked); });
    extra.appendChild(el("div", { cls: "numbers" }, el("label", null, toggle, swatch("Observation"),
      "Numbers as nodes", el("span", { cls: "count", text: fmt(kg.stats.observations) }))));
  }
  extra.appendChild(el("div", { text: "Size: importance (PageRank)" }));
  extra.appendChild(el("div", { text: "Arrow: subject → object of a relation" }));

  // --- stats and notes
  function updateStats() {
    var s = kg.stats, stats = $("stats");
    clear(stats);
    var hidden = Object.keys(state.hiddenClasses).length;
    stats.appendChild(el("b", { text: fmt(s.entities) }));
    stats.appendChild(document.createTextNode((s.entities < s.totalEntities ? " of " + fmt(s.totalEntities) : "") +
      " entities · "));
    stats.appendChild(el("b", { text: fmt(s.relations) }));
    stats.appendChild(document.createTextNode(" relations · "));
    stats.appendChild(el("b", { text: fmt(s.observations) }));
    stats.appendChild(document.createTextNode(" numbers" + (hidden ? " · " + plural(hidden, "class", "classes") + " hidden" : "")));
  }
  updateStats();
  kg.notes.forEach(function (n) { $("notes").appendChild(el("div", { text: n })); });

  // overview: the most important entities and the sources
  var overview = $("overview");
  var ranked = Object.keys(facts).sort(function (a, b) { return facts[b].score - facts[a].score; }).slice(0, 10);
  if (ranked.length) {
    overview.appendChild(el("h3", { text: "Most important" }));
    var ol = el("ol");
    ranked.forEach(function (id) { ol.appendChild(el("li", null, nodeLink(id))); });
    overview.appendChild(ol);
  }
  var docIds = Object.keys(kg.documents);
  if (docIds.length) {
    overview.appendChild(el("h3", { text: "Sources (" + docIds.length + ")" }));
    var dl = el("ul", { cls: "docs" });
    docIds.sort().forEach(function (d) { dl.appendChild(el("li", { text: docLabel(d) })); });
    overview.appendChild(dl);
  }

  // --- search
  var search = $("search"), results = $("search-results"), active = 0, hits = [];
  var index = Object.keys(facts).map(function (id) {
    var f = facts[id];
    return { id: id, label: f.label, low: f.label.toLowerCase(), aliases: (f.aliases || []).map(function (a) { return a.toLowerCase(); }) };
  });
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var out = [];
    index.forEach(function (e) {
      var rank = e.low === q ? 0 : e.low.indexOf(q) === 0 ? 1 : e.low.indexOf(q) > 0 ? 2 :
        e.aliases.some(function (a) { return a.indexOf(q) >= 0; }) ? 3 : -1;
      if (rank >= 0) out.push({ id: e.id, rank: rank });
    });
    out.sort(function (a, b) { return a.rank - b.rank || facts[b.id].score - facts[a.id].score; });
    return out.slice(0, 12);
  }
  function renderResults() {
    clear(results);
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!hits.length) results.appendChild(el("li", { cls: "none", text: "No entity matches" }));
    hits.forEach(function (h, i) {
      var f = facts[h.id];
      var li = el("li", { role: "option", cls: i === active ? "active" : "" }, swatch(f.cls), f.label,
        el("span", { cls: "sub", text: f.cls }));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(h.id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function pick(id) { results.hidden = true; search.blur(); select(id, true); }
  search.addEventListener("input", function () { hits = find(search.value); active = 0; renderResults(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter" && hits.length) { pick(hits[active].id); ev.preventDefault(); }
    else if (ev.key === "Escape") { search.value = ""; results.hidden = true; search.blur(); }
  });
  search.addEventListener("blur", function () { setTimeout(function () { results.hidden = true; }, 100); });
  document.addEventListener("keydown", function (ev) {
    if (ev.target === search) return;
    if (ev.key === "/") { search.focus(); ev.preventDefault(); }
    else if (ev.key === "Escape") { state.pinned = null; network.unselectAll(); showNothing(); }
  });

  // --- tools
  $("fit").addEventListener("click", function () { fitView(true); });
  $("relayout").addEventListener("click", function () {
    state.settled = false;
    $("progress").classList.remove("done");
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", function () { settle("re-layout"); });
    guard = setTimeout(function () { settle("time limit"); }, 30000);
    network.stabilize(data.options.physics.stabilization.iterations);
  });

  // --- for tests, benches and the curious console user
  window.kgView = {
    network: network, nodes: nodes, edges: edges, kg: kg, state: state, select: select,
    filterClasses: function (names) {
      state.hiddenClasses = {};
      kg.classes.forEach(function (c) { if (names.indexOf(c.name) < 0) state.hiddenClasses[c.name] = true; });
      applyFilter();
    },
    drawnEntities: function () {  // ids vis-network draws now (visible), entities only
      return network.body.nodeIndices.filter(function (id) { return facts[id] !== undefined; });
    },
    search: function (q) { return find(q).map(function (h) { return h.id; }); }
  };
})();
