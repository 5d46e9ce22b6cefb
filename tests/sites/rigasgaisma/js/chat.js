// Rīgas gaisma: tērzētavas logrīks (tiešsaistes konsultants darba dienās 8.00–17.00)
(function () {
  var w = document.getElementById('terzetava-logriks');
  if (!w) return;
  var h = new Date().getHours(), d = new Date().getDay();
  var online = d > 0 && d < 6 && h >= 8 && h < 17;
  w.setAttribute('data-status', online ? 'tiešsaistē' : 'bezsaistē');
})();
