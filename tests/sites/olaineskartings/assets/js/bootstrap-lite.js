/* bootstrap-lite: modal, collapse and dropdown toggles (subset of bootstrap.bundle) */
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var kind = t.getAttribute('data-bs-toggle');
    var target = document.querySelector(t.getAttribute('data-bs-target') || t.getAttribute('href'));
    if (kind === 'modal' && target) { e.preventDefault(); target.classList.add('show'); }
    if (kind === 'collapse' && target) { target.classList.toggle('show'); t.classList.toggle('collapsed'); }
    if (kind === 'dropdown') { e.preventDefault(); t.nextElementSibling.classList.toggle('show'); }
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
});
