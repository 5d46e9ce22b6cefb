/* bootstrap-lite: modal + collapse toggles (subset of bootstrap.bundle.js behaviour) */
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var target = document.querySelector(t.getAttribute('data-bs-target'));
    if (!target) return;
    e.preventDefault();
    target.classList.toggle('show');
    if (t.getAttribute('data-bs-toggle') === 'collapse') {
      t.setAttribute('aria-expanded', target.classList.contains('show'));
    }
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
  var f = e.target.closest('[data-feedback]');
  if (f) {
    e.preventDefault();
    var box = f.closest('.feedback');
    box.querySelector('.feedback-thanks').hidden = false;
    var more = box.querySelector('.feedback-more');
    if (more && f.getAttribute('data-feedback') === 'ne') { more.hidden = false; }
  }
});
