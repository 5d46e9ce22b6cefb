/* Tiešsaistes konsultanta logrīka ielāde (darba dienās 8.30–16.30) */
(function () {
  var cfg = window.chatConfig || {};
  var btn = document.createElement("button");
  btn.className = "chat-launcher";
  btn.setAttribute("aria-label", "Tērzēt ar konsultantu");
  btn.textContent = "Tērzēt ar konsultantu";
  btn.title = cfg.hours || "";
  document.body.appendChild(btn);
})();
