(function () {
  var b = document.querySelector(".search-toggle"), box = document.getElementById("search-container");
  if (b && box) b.addEventListener("click", function () { box.classList.toggle("hide"); b.setAttribute("aria-expanded", String(!box.classList.contains("hide"))); });
  document.querySelectorAll(".was-this-helpful button").forEach(function (x) { x.addEventListener("click", function () { x.parentNode.innerHTML = "<p>Paldies par novērtējumu!</p>"; }); });
})();
