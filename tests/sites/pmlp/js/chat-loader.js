/* Tērzēšanas (čata) logrīka ielāde: konsultanti pieejami darba dienās 9.00–16.00 */
(function () {
  var btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'chat-launcher';
  btn.textContent = 'Tērzēt ar konsultantu';
  btn.setAttribute('aria-label', 'Atvērt tērzēšanu ar PMLP konsultantu');
  btn.style.cssText = 'position:fixed;right:20px;bottom:20px;background:#7a1c24;color:#fff;border:0;padding:12px 18px;border-radius:24px';
  btn.onclick = function () {
    var w = document.createElement('iframe');
    w.src = 'https://chat.pmlp.gov.lv/widget?lang=' + (document.documentElement.lang || 'lv');
    w.title = 'PMLP tērzēšana';
    w.style.cssText = 'position:fixed;right:20px;bottom:70px;width:340px;height:460px;border:1px solid #999';
    document.body.appendChild(w);
  };
  document.body.appendChild(btn);
})();
