(function () {
  var b = document.getElementById('sliding-popup');
  if (!b) return;
  if (document.cookie.indexOf('cookie-agreed=2') !== -1) { b.classList.add('is-hidden'); }
  var a = b.querySelector('.agree-button');
  if (a) a.addEventListener('click', function () {
    document.cookie = 'cookie-agreed=2; path=/; max-age=31536000';
    b.classList.add('is-hidden');
  });
})();
