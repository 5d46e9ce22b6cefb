document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-toggle="accordion"]').forEach(function (b) {
    b.addEventListener('click', function () { b.parentNode.classList.toggle('is-open'); });
  });
});
