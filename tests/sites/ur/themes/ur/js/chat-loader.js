/* Klientu tērzēšanas logrīka ielāde (darba dienās 9.00–16.00). */
(function () {
  var btn = document.createElement('button');
  btn.className = 'chat-launcher';
  btn.type = 'button';
  btn.textContent = 'Tērzēt ar konsultantu';
  btn.setAttribute('aria-label', 'Atvērt tērzēšanu ar UR konsultantu');
  btn.addEventListener('click', function () {
    var box = document.createElement('div');
    box.className = 'chat-window';
    box.setAttribute('role', 'dialog');
    box.innerHTML = '<p>Sveiki! Esmu UR konsultants. Kā varu palīdzēt?</p><textarea aria-label="Jūsu ziņa"></textarea><button type="button">Sūtīt</button>';
    document.body.appendChild(box);
  });
  document.body.appendChild(btn);
})();
