document.addEventListener("DOMContentLoaded",function(){var c=document.querySelector("#chat button");if(c){c.addEventListener("click",function(){c.textContent="Savienojam ar konsultantu…";});}});
