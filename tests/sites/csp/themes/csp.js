(function () { var b = document.getElementById("cookie-consent"); if (b) b.querySelector("button").onclick = function () { b.remove(); }; })();
