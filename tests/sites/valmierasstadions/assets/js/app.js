// Minimal modal and accordion toggles (Bootstrap-compatible data attributes)
document.querySelectorAll('[data-bs-toggle="modal"]').forEach(function (b) {
  b.addEventListener('click', function (e) {
    e.preventDefault();
    document.querySelector(b.getAttribute('data-bs-target')).classList.add('show');
  });
});
document.querySelectorAll('[data-bs-dismiss="modal"]').forEach(function (b) {
  b.addEventListener('click', function () { b.closest('.modal').classList.remove('show'); });
});
document.querySelectorAll('[data-bs-toggle="collapse"]').forEach(function (b) {
  b.addEventListener('click', function () {
    document.querySelector(b.getAttribute('data-bs-target')).classList.toggle('show');
  });
});
