document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.search-toggle');
  var panel = document.getElementById('search-panel');
  if (toggle && panel) {
    toggle.addEventListener('click', function () {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) panel.querySelector('input').focus();
    });
  }
  var banner = document.querySelector('.cookie-banner');
  if (banner && document.cookie.indexOf('sikdatnes=1') !== -1) banner.remove();
  document.querySelectorAll('.cookie-banner button').forEach(function (b) {
    b.addEventListener('click', function () { document.cookie = 'sikdatnes=1; path=/; max-age=31536000'; banner.remove(); });
  });
  document.querySelectorAll('.rating button').forEach(function (b) {
    b.addEventListener('click', function () {
      document.querySelector('.rating-thanks').hidden = false;
    });
  });
});
