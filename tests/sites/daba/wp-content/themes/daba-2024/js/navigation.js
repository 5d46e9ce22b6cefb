( function () {
  var n = document.getElementById('site-navigation');
  if (!n) return;
  var b = n.querySelector('.menu-toggle');
  if (b) b.addEventListener('click', function () {
    n.classList.toggle('toggled');
    b.setAttribute('aria-expanded', n.classList.contains('toggled') ? 'true' : 'false');
  });
  var c = document.getElementById('cookie-notice');
  if (c && document.cookie.indexOf('cookie_notice_accepted') === -1) c.classList.remove('cookie-notice-hidden');
  var a = document.getElementById('cn-accept-cookie');
  if (a) a.addEventListener('click', function (e) {
    e.preventDefault(); document.cookie = 'cookie_notice_accepted=true; path=/; max-age=2592000';
    c.classList.add('cookie-notice-hidden');
  });
} )();
