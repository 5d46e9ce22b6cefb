// Tērzēšanas logrīks – savienojums ar operatoru darba laikā
document.addEventListener("DOMContentLoaded", function () {
  var b = document.getElementById("chat-open");
  if (b) {
    b.addEventListener("click", function () {
      document.getElementById("chat-window").hidden = false;
    });
  }
});
