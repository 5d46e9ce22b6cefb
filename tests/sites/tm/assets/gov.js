document.querySelectorAll('.search-toggle').forEach(function (b) {
  b.addEventListener('click', function () {
    var f = document.getElementById(b.getAttribute('aria-controls'));
    f.hidden = !f.hidden; b.setAttribute('aria-expanded', String(!f.hidden));
  });
});
