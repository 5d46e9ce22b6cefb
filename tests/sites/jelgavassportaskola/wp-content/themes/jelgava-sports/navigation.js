/* Mobilās izvēlnes pārslēgšana */
(function () {
  var nav = document.getElementById('site-navigation');
  if (!nav) { return; }
  nav.addEventListener('click', function (e) { if (e.target.classList.contains('menu-toggle')) { nav.classList.toggle('toggled'); } });
})();
