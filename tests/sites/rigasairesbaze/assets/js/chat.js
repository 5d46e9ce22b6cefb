// Tiešsaistes konsultanta logs
document.addEventListener("DOMContentLoaded", function () {
  var btn = document.getElementById("chat-open");
  var panel = document.getElementById("chat-panel");
  if (btn && panel) { btn.addEventListener("click", function () { panel.hidden = !panel.hidden; }); }
});
