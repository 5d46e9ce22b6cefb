document.addEventListener('DOMContentLoaded', function () {
  var t = document.querySelector('.chat-widget__toggle');
  var p = document.getElementById('chatPanel');
  if (t && p) t.addEventListener('click', function () {
    p.hidden = !p.hidden; t.setAttribute('aria-expanded', String(!p.hidden));
  });
});
