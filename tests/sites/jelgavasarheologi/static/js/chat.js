(function () {
  var btn = document.getElementById('chat-launcher');
  var win = document.getElementById('chat-window');
  if (!btn || !win) return;
  btn.addEventListener('click', function () { win.hidden = !win.hidden; });
})();
