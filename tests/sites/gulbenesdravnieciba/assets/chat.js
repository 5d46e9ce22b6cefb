// Tērzēšanas logrīks – savienojums ar konsultantu darba dienās 9.00–16.00
document.addEventListener('DOMContentLoaded', function () {
  var b = document.getElementById('chat-open');
  if (!b) return;
  b.addEventListener('click', function () {
    var h = new Date().getHours(), d = new Date().getDay();
    var online = d > 0 && d < 6 && h >= 9 && h < 16;
    document.getElementById('chat-status').textContent = online ? 'Konsultants pievienosies sarunai pēc brīža…' : 'Konsultanti tiešsaistē darba dienās 9.00–16.00.';
  });
});
