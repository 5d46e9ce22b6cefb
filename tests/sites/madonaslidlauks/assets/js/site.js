document.querySelectorAll('[data-buj-filtrs]').forEach(function (inp) {
  inp.addEventListener('input', function () {
    var q = inp.value.toLowerCase();
    document.querySelectorAll('.accordion-item').forEach(function (it) {
      it.style.display = it.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
    });
  });
});
