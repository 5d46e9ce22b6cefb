document.querySelectorAll('[data-feedback]').forEach(function (b) {
  b.addEventListener('click', function () {
    var box = b.closest('.feedback');
    box.innerHTML = '<span>Paldies par Jūsu vērtējumu!</span>';
  });
});
