// CSDD tiešsaistes konsultanta logs
document.addEventListener('DOMContentLoaded', function () {
  var btn = document.getElementById('chat-open');
  var panel = document.getElementById('chat-panel');
  if (!btn || !panel) return;
  btn.addEventListener('click', function (e) { e.preventDefault(); panel.hidden = !panel.hidden; });
});
