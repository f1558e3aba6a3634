// The review editor: the brief as a form, evidence taken from a selection in the article, saved as gold.
// Everything from the article or the model is put in the page as text (textContent, input values),
// never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("desk-data").textContent);
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var gold = data.gold;
  var editor = document.getElementById("editor");
  var article = document.getElementById("article");
  var statusLine = document.getElementById("status");
  var lastSelection = "";

  var QUALIFIERS = ["", "exactly", "at_least", "at_most", "about", "range", "unspecified"];
  var GROUPS = [
    {key: "movements", label: "Movement", prefix: "M",
     fields: ["actor", "actor_affiliation", "origin", "destination", "route", "time", "purpose"],
     lists: ["sources"], count: true},
    {key: "denials", label: "Denial", prefix: "D", fields: ["denier", "what"], lists: ["targets"], count: false},
    {key: "casualties", label: "Casualty", prefix: "C", fields: ["who", "where", "cause"], lists: [], count: true}
  ];

  function selectionInArticle() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return ""; }
    var range = sel.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) { return ""; }
    return sel.toString();
  }
  document.addEventListener("selectionchange", function () {
    var text = selectionInArticle();
    if (text) { lastSelection = text; }
  });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function input(path, value, onChange) {
    var box = el("input", {type: "text", "data-field": path});
    box.value = value === null || value === undefined ? "" : String(value);
    box.addEventListener("input", function () { onChange(box.value); });
    return box;
  }

  function blankToNull(value) { return value.trim() === "" ? null : value; }

  function button(label, id, onClick) {
    var b = el("button", {type: "button", "data-action": id}, label);
    b.addEventListener("click", onClick);
    return b;
  }

  function countEditor(item, path, grid) {
    var count = item.count || {value: null, low: null, high: null, qualifier: "", unit: ""};
    function store() {
      item.count = count.qualifier ? count : null;
    }
    var select = el("select", {"data-field": path + ".count.qualifier"});
    QUALIFIERS.forEach(function (q) {
      var option = el("option", {value: q}, q || "(no count)");
      if (q === (item.count ? item.count.qualifier : "")) { option.selected = true; }
      select.appendChild(option);
    });
    select.addEventListener("change", function () { count.qualifier = select.value; store(); });
    grid.appendChild(el("label", {}, "count"));
    grid.appendChild(select);
    ["value", "low", "high"].forEach(function (name) {
      grid.appendChild(el("label", {}, "count " + name));
      grid.appendChild(input(path + ".count." + name, count[name], function (v) {
        var n = parseInt(v, 10);
        count[name] = isNaN(n) ? null : n;
        store();
      }));
    });
    grid.appendChild(el("label", {}, "count unit"));
    grid.appendChild(input(path + ".count.unit", count.unit, function (v) { count.unit = v; store(); }));
  }

  function itemEditor(group, item, index) {
    var path = group.key + "." + index;
    var box = el("fieldset", {"class": "item", "data-item": path});
    box.appendChild(el("legend", {}, group.prefix + (index + 1) + " " + group.label));
    var grid = el("div", {"class": "grid"});
    group.fields.forEach(function (name) {
      grid.appendChild(el("label", {}, name.replace("_", " ")));
      grid.appendChild(input(path + "." + name, item[name], function (v) {
        item[name] = (name === "actor" || name === "denier" || name === "what") ? v : blankToNull(v);
      }));
    });
    group.lists.forEach(function (name) {
      var shown = name === "targets" ? item.targets.map(function (t) { return "M" + (t + 1); }) : item[name];
      grid.appendChild(el("label", {}, name));
      grid.appendChild(input(path + "." + name, shown.join("; "), function (v) {
        var parts = v.split(";").map(function (s) { return s.trim(); }).filter(Boolean);
        if (name === "targets") {
          item.targets = parts.map(function (p) { return parseInt(p.replace(/^M/i, ""), 10) - 1; })
            .filter(function (n) { return !isNaN(n) && n >= 0; });
        } else { item[name] = parts; }
      }));
    });
    if (group.count) { countEditor(item, path, grid); }
    box.appendChild(grid);
    var quote = el("blockquote", {"class": "evidence", "data-field": path + ".evidence"}, item.evidence);
    box.appendChild(quote);
    var buttons = el("div", {"class": "row-buttons"});
    buttons.appendChild(button("Use selection as evidence", "evidence-" + path, function () {
      if (!lastSelection) { say("select the evidence in the article first", false); return; }
      item.evidence = lastSelection;
      quote.textContent = lastSelection;
    }));
    buttons.appendChild(button("Delete", "delete-" + path, function () {
      gold[group.key].splice(index, 1);
      if (group.key === "movements") { renumberTargets(index); }
      render();
    }));
    box.appendChild(buttons);
    return box;
  }

  function renumberTargets(removed) {
    gold.denials.forEach(function (d) {
      d.targets = d.targets.filter(function (t) { return t !== removed; })
        .map(function (t) { return t > removed ? t - 1 : t; });
    });
  }

  function blank(group, evidence) {
    if (group.key === "movements") {
      return {actor: "", actor_affiliation: null, origin: null, destination: null, route: null, count: null,
              time: null, purpose: null, sources: [], evidence: evidence};
    }
    if (group.key === "denials") { return {denier: "", what: "", targets: [], evidence: evidence}; }
    return {count: null, who: null, where: null, cause: null, evidence: evidence};
  }

  function render() {
    editor.replaceChildren();
    editor.appendChild(el("label", {"for": "headline"}, "Headline summary"));
    var headline = el("textarea", {id: "headline", rows: "3", "data-field": "headline_summary"});
    headline.value = gold.headline_summary;
    headline.addEventListener("input", function () { gold.headline_summary = headline.value; });
    editor.appendChild(headline);
    var relevant = el("input", {type: "checkbox", id: "relevant", "data-field": "is_relevant"});
    relevant.checked = gold.is_relevant;
    relevant.addEventListener("change", function () { gold.is_relevant = relevant.checked; });
    var relevantLabel = el("label", {"for": "relevant"}, " relevant: armed forces move in this article");
    relevantLabel.prepend(relevant);
    editor.appendChild(relevantLabel);
    GROUPS.forEach(function (group) {
      editor.appendChild(el("h3", {}, group.label.replace(/y$/, "ie") + "s"));
      gold[group.key].forEach(function (item, index) { editor.appendChild(itemEditor(group, item, index)); });
      editor.appendChild(button("Add " + group.label.toLowerCase() + " from selection", "add-" + group.key,
        function () {
          if (!lastSelection) { say("select the evidence in the article first", false); return; }
          gold[group.key].push(blank(group, lastSelection));
          render();
        }));
    });
    editor.appendChild(el("h3", {}, "Other key events (one per line)"));
    var events = el("textarea", {rows: "4", "data-field": "other_key_events"});
    events.value = gold.other_key_events.join("\n");
    events.addEventListener("input", function () {
      gold.other_key_events = events.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
    });
    editor.appendChild(events);
  }

  function say(message, ok) {
    statusLine.textContent = message;
    statusLine.className = ok ? "ok" : "bad";
  }

  function problem(body) {
    if (typeof body.detail === "string") { return body.detail; }
    if (Array.isArray(body.detail)) {
      return body.detail.map(function (d) { return (d.loc || []).slice(1).join(".") + ": " + d.msg; }).join("; ");
    }
    return "could not save";
  }

  document.getElementById("save").addEventListener("click", function () {
    if (!gold.is_relevant && (gold.movements.length || gold.denials.length || gold.casualties.length)) {
      say("an article that is not relevant has no movements, denials or casualties; delete them first", false);
      return;
    }
    statusLine.textContent = "saving...";
    statusLine.className = "pending";
    fetch("/ui/briefs/" + encodeURIComponent(data.id) + "/review", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(gold)
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) { say("Saved: this brief is now gold.", true); } else { say(problem(body), false); }
      });
    }).catch(function (error) { say("could not save: " + error, false); });
  });

  if (!data.can_write) { document.getElementById("save").disabled = true; }
  render();
})();
