document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-bs-toggle]');
  if (t) {
    var sel = t.getAttribute('data-bs-target');
    var el = sel && document.querySelector(sel);
    if (el) { el.classList.toggle('show'); e.preventDefault(); }
  }
  var d = e.target.closest('[data-bs-dismiss="modal"]');
  if (d) { d.closest('.modal').classList.remove('show'); }
  var f = e.target.closest('[data-feedback]');
  if (f) { f.closest('.feedback-box').innerHTML = '<p>Paldies par novērtējumu! / Thank you for your feedback!</p>'; }
});
