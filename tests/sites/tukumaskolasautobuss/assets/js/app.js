document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var target = document.querySelector(t.getAttribute('data-bs-target'));
    if (target) { e.preventDefault(); target.classList.toggle('show'); }
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
});
