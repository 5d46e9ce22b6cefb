(function () {
  var box = document.getElementById('cookie-consent');
  if (!box) return;
  if (window.localStorage && localStorage.getItem('vugd-cookies')) { box.remove(); return; }
  box.querySelectorAll('button').forEach(function (b) {
    b.addEventListener('click', function () {
      try { localStorage.setItem('vugd-cookies', b.value); } catch (e) {}
      box.remove();
    });
  });
})();
