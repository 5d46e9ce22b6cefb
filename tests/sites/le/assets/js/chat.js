(function () {
  var root = document.getElementById('le-chat');
  if (!root) { return; }
  var btn = root.querySelector('.le-chat-toggle');
  var panel = document.getElementById('le-chat-panel');
  var form = root.querySelector('.le-chat-form');
  var log = root.querySelector('.le-chat-log');
  btn.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    btn.setAttribute('aria-expanded', String(!panel.hidden));
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var input = document.getElementById('le-chat-input');
    if (!input.value) { return; }
    var li = document.createElement('li');
    li.className = 'user';
    li.textContent = input.value;
    log.appendChild(li);
    input.value = '';
    var wait = document.createElement('li');
    wait.className = 'bot';
    wait.textContent = 'Paldies! Konsultants pievienosies sarunai pēc brīža.';
    log.appendChild(wait);
  });
})();
