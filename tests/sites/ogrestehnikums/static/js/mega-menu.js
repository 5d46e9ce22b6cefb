document.querySelectorAll(".has-mega").forEach(function(li){li.addEventListener("focusin",function(){li.classList.add("open")});});
