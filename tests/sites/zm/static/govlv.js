document.addEventListener("DOMContentLoaded", function () {
  var t = document.querySelector(".search-toggle"), f = document.getElementById("header-search");
  if (t && f) t.addEventListener("click", function () { f.hidden = !f.hidden; t.setAttribute("aria-expanded", String(!f.hidden)); });
  var c = document.querySelector(".cookie-banner button");
  if (c) c.addEventListener("click", function () { c.parentNode.remove(); });
});
