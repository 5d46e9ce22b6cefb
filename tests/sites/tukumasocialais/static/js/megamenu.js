document.querySelectorAll('.megamenu__item > button').forEach(function (b) {
  b.addEventListener('click', function () {
    var li = b.parentElement, open = li.classList.toggle('open');
    b.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
