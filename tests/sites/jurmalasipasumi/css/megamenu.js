document.querySelectorAll('.jm-mega__item > button').forEach(function (b) {
  b.addEventListener('click', function () {
    var open = b.getAttribute('aria-expanded') === 'true';
    document.querySelectorAll('.jm-mega__item > button').forEach(function (o) { o.setAttribute('aria-expanded', 'false'); });
    b.setAttribute('aria-expanded', open ? 'false' : 'true');
  });
});
