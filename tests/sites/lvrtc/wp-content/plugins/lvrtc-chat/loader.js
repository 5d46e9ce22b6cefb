/* eParaksts klientu atbalsta tērzēšana (darba dienās 8.00–20.00, sestdienās 10.00–16.00). */
(function () {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'lvrtc-chat-bubble';
  b.textContent = 'Tērzē ar mums';
  b.addEventListener('click', function () {
    var w = document.createElement('iframe');
    w.title = 'Klientu atbalsta tērzēšana';
    w.src = 'about:blank';
    w.className = 'lvrtc-chat-frame';
    document.body.appendChild(w);
  });
  document.body.appendChild(b);
})();
