// Minimal Bootstrap-compatible modal and collapse toggles
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var target = document.querySelector(t.getAttribute('data-bs-target'));
    if (!target) return;
    if (t.getAttribute('data-bs-toggle') === 'modal') target.classList.add('show');
    if (t.getAttribute('data-bs-toggle') === 'collapse') target.classList.toggle('show');
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) d.closest('.modal').classList.remove('show');
});
