// Sorting and filtering of the report's tables; the pages read fully without it.
(function () {
  'use strict';
  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ''; }
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a.replace(/\.0+$/, '') && String(y) === b.replace(/\.0+$/, '')) {
      return x - y;
    }
    return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (header, column) {
      var button = header.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var order = compare(cellValue(r, column), cellValue(s, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.querySelectorAll('input[data-filters]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filters'));
    var count = document.getElementById(table.id + '-count');
    input.addEventListener('input', function () {
      var wanted = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var match = row.textContent.toLowerCase().indexOf(wanted) >= 0;
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      if (count) { count.textContent = shown + (shown === 1 ? ' area' : ' areas'); }
    });
  });
}());
