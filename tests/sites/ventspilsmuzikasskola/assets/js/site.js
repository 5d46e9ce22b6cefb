document.querySelectorAll('[data-year]').forEach(function(e){e.textContent=new Date().getFullYear();});
