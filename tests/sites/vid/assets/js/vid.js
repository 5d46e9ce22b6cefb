document.querySelectorAll('.mega__toggle').forEach(function (b) {
  b.addEventListener('click', function () { b.setAttribute('aria-expanded', b.getAttribute('aria-expanded') !== 'true'); });
});
document.querySelectorAll('.was-useful .btn-no').forEach(function (b) {
  b.addEventListener('click', function () { b.parentNode.querySelector('.was-useful__more').hidden = false; });
});
