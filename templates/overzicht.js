// Sorting and filtering of the practice table. Only an enhancement: without
// this script the table is complete, sorted by AGB code.
(function () {
  "use strict";
  var table = document.getElementById("praktijktabel");
  if (!table || !table.tBodies.length) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

  function cellKey(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  headers.forEach(function (th, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sorteer";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, b) {
        var c = collator.compare(cellKey(a, index), cellKey(b, index));
        if (c === 0) c = collator.compare(cellKey(a, 0), cellKey(b, 0));
        return ascending ? c : -c;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });

  var filters = document.getElementById("filters");
  var zoek = document.getElementById("filter-zoek");
  var oordeel = document.getElementById("filter-oordeel");
  var cohort = document.getElementById("filter-cohort");
  var wijk = document.getElementById("filter-wijk");
  var aantal = document.getElementById("filter-aantal");

  function apply() {
    var term = zoek.value.trim().toLocaleLowerCase("nl");
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!term || row.getAttribute("data-zoek").toLocaleLowerCase("nl").indexOf(term) !== -1) &&
        (!oordeel.value || row.getAttribute("data-oordeel") === oordeel.value) &&
        (!cohort.value || row.getAttribute("data-cohort") === cohort.value) &&
        (!wijk || !wijk.value || row.getAttribute("data-wijk") === wijk.value);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    aantal.textContent = shown + " van " + rows.length + " praktijken getoond";
  }

  [zoek, oordeel, cohort, wijk].forEach(function (el) {
    if (el) el.addEventListener("input", apply);
  });
  filters.hidden = false;
  apply();
})();
