(function () {
  var b = document.getElementById('tersana-sakt');
  if (b) { b.addEventListener('click', function () { document.getElementById('tersana-logs').hidden = false; }); }
})();
