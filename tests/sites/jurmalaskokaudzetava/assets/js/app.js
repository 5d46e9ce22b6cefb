
// Minimāla modāļu un akordeona darbība (Bootstrap data-bs-* atribūti)
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var sel = t.getAttribute('data-bs-target');
    var el = document.querySelector(sel);
    if (t.getAttribute('data-bs-toggle') === 'modal') { el.classList.add('show'); }
    if (t.getAttribute('data-bs-toggle') === 'collapse') { el.classList.toggle('show'); }
    e.preventDefault();
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
});
