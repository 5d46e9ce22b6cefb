document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (!t) { if (e.target.matches('[data-bs-dismiss="modal"]')) e.target.closest('.modal').classList.remove('show'); return; }
  var target = document.querySelector(t.getAttribute('data-bs-target'));
  if (!target) return;
  e.preventDefault();
  target.classList.toggle('show');
});
