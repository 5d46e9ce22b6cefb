document.addEventListener('DOMContentLoaded', function () {
  var b = document.querySelector('.chat-launcher');
  if (!b) return;
  b.addEventListener('click', function () { alert('Savienojam ar konsultantu… Tērzēšana pieejama darba dienās 9:00–16:00.'); });
});
