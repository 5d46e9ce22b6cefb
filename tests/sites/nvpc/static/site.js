document.querySelectorAll('.useful-btn').forEach(function (b) {
  b.addEventListener('click', function () {
    fetch('/api/lapas-noderigums', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({page: location.pathname, useful: b.dataset.useful})});
    document.querySelector('.useful-thanks').hidden = false;
  });
});
document.querySelectorAll('.main-nav details').forEach(function (d) {
  d.addEventListener('toggle', function () {
    if (d.open) document.querySelectorAll('.main-nav details').forEach(function (o) { if (o !== d) o.open = false; });
  });
});
