// The query page: saved queries, a query box, results as a table. Every value from the
// graph is shown with textContent, never parsed as HTML.
"use strict";
const $ = (id) => document.getElementById(id);
const saved = new Map();
let prefixes = [];

function short(iri) {
  for (const [p, ns] of prefixes) {
    if (iri.startsWith(ns) && /^[\w.\-]*$/.test(iri.slice(ns.length))) return p + ":" + iri.slice(ns.length);
  }
  return "<" + iri + ">";
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") td.textContent = short(term.value);
  else if (term.type === "bnode") td.textContent = "_:" + term.value;
  else {
    td.textContent = term.value;
    if (/#(decimal|integer|double|float)$/.test(term.datatype || "")) td.className = "num";
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
  }
  return td;
}

function showTable(data) {
  const out = $("results");
  out.replaceChildren();
  if ("boolean" in data) {
    out.textContent = data.boolean ? "true" : "false";
    return 1;
  }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const b of rows) {
    const tr = body.insertRow();
    for (const v of vars) tr.appendChild(cell(b[v]));
  }
  out.appendChild(table);
  return rows.length;
}

async function run(event) {
  event.preventDefault();
  const form = new URLSearchParams();
  form.append("query", $("query").value);
  for (const line of $("params").value.split("\n")) if (line.trim()) form.append("param", line.trim());
  $("error").hidden = true;
  $("status").textContent = "running...";
  const t0 = performance.now();
  try {
    const r = await fetch("/sparql", {
      method: "POST", body: form,
      headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    });
    const ms = Math.round(performance.now() - t0);
    if (!r.ok) {
      $("results").replaceChildren();
      $("error").textContent = r.status + " " + (await r.text());
      $("error").hidden = false;
      $("status").textContent = "";
      return;
    }
    const type = r.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      const n = showTable(await r.json());
      $("status").textContent = n + " result" + (n === 1 ? "" : "s") + " in " + ms + " ms";
    } else {
      const pre = document.createElement("pre");
      pre.className = "graph";
      pre.textContent = await r.text();
      $("results").replaceChildren(pre);
      $("status").textContent = "graph in " + ms + " ms";
    }
  } catch (e) {
    $("error").textContent = String(e);
    $("error").hidden = false;
  }
}

function pick() {
  const q = saved.get($("saved").value);
  if (!q) { $("about").textContent = ""; return; }
  $("query").value = q.text;
  $("about").textContent = q.title + (q.description ? " - " + q.description : "");
  $("params").value = Object.entries(q.examples || {}).map(([k, v]) => k + "=" + v).join("\n");
}

async function init() {
  $("form").addEventListener("submit", run);
  $("saved").addEventListener("change", pick);
  const r = await fetch("/queries");
  const body = await r.json();
  prefixes = Object.entries(body.prefixes).sort((a, b) => b[1].length - a[1].length);
  for (const q of body.queries) {
    saved.set(q.name, q);
    const opt = document.createElement("option");
    opt.value = q.name;
    opt.textContent = q.name + " - " + q.title;
    $("saved").appendChild(opt);
  }
}
document.addEventListener("DOMContentLoaded", init);
