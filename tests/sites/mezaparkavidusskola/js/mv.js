document.querySelectorAll("details.mv-acc").forEach(function(d){d.addEventListener("toggle",function(){});});
