/* was this helpful */document.querySelectorAll('.wthf-form').forEach(function(f){f.addEventListener('submit',function(e){e.preventDefault();f.innerHTML='Paldies!';});});
