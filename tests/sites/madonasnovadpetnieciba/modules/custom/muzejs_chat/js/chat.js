// Muzeja tērzēšanas logrīks: atver tērzēšanas logu ar dežurējošo speciālistu (darba dienās 10:00–16:00).
(function () {
  var btn = document.getElementById('chat-open');
  if (!btn) { return; }
  btn.addEventListener('click', function () {
    var w = document.getElementById('chat-window');
    if (w) { w.hidden = !w.hidden; }
  });
})();
