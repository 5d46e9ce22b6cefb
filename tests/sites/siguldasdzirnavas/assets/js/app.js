// Minimal data-bs-toggle handling (modal, collapse) without the full Bootstrap bundle
document.addEventListener("click", function (e) {
  var t = e.target.closest("[data-bs-toggle]");
  if (t) {
    var sel = t.getAttribute("data-bs-target"), el = sel && document.querySelector(sel);
    if (el) { e.preventDefault(); el.classList.toggle("show"); }
  }
  var c = e.target.closest("[data-bs-dismiss='modal']");
  if (c) { c.closest(".modal").classList.remove("show"); }
});
