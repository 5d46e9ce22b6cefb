/* ALTUM live chat launcher (v1.8.0) */
document.addEventListener('DOMContentLoaded', function () {
  var b = document.querySelector('#altum-chat .chat-launcher');
  var win = document.getElementById('altum-chat-window');
  if (!b || !win) return;
  b.addEventListener('click', function () {
    win.hidden = !win.hidden;
    b.setAttribute('aria-expanded', String(!win.hidden));
  });
});
