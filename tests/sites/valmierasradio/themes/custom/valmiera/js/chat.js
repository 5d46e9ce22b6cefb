(function () {
  var b = document.querySelector('.chat-open');
  if (!b) return;
  b.addEventListener('click', function () {
    var box = document.getElementById('chat-box');
    box.hidden = !box.hidden;
  });
})();
