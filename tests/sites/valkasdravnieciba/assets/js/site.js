// Minimal replacement for bootstrap.bundle: modals and collapse
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var el = document.querySelector(t.getAttribute('data-bs-target'));
    if (t.getAttribute('data-bs-toggle') === 'modal') el.classList.add('show');
    if (t.getAttribute('data-bs-toggle') === 'collapse') el.classList.toggle('show');
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) d.closest('.modal').classList.remove('show');
});
