document.querySelectorAll(".mm-item > a").forEach(function(a){a.addEventListener("focus",function(){a.parentNode.classList.add("open");});});
