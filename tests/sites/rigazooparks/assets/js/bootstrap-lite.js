// Minimal data-bs-toggle handling (modal, collapse) for rigazooparks.lv
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var target = document.querySelector(t.getAttribute('data-bs-target'));
    if (!target) return;
    e.preventDefault();
    if (t.getAttribute('data-bs-toggle') === 'modal') target.classList.add('show');
    else target.classList.toggle('show');
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) d.closest('.modal').classList.remove('show');
});
document.querySelectorAll('.rating button').forEach(function (b) {
  b.addEventListener('click', function () {
    document.getElementById('rating-thanks').hidden = false;
  });
});
