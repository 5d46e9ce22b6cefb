/* Loads the NVA consultant chat (LiveChat-type widget). Operators online on working days 8.30-17.00. */
(function () {
  var s = document.createElement("script");
  s.src = "https://chat.nva.gov.lv/widget/v2/embed.js";
  s.async = true;
  s.dataset.channel = "nva-konsultanti";
  document.head.appendChild(s);
  var b = document.querySelector(".chat-launcher");
  if (b) b.addEventListener("click", function () { if (window.NvaChat) window.NvaChat.open(); });
})();
