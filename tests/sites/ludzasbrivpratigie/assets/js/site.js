// Minimal replacement for bootstrap.bundle: modals and accordion
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var target = document.querySelector(t.getAttribute('data-bs-target'));
    if (t.getAttribute('data-bs-toggle') === 'modal' && target) { target.classList.add('show'); }
    if (t.getAttribute('data-bs-toggle') === 'collapse' && target) { target.classList.toggle('show'); }
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
});