document.querySelectorAll('.has-mega > a').forEach(function(a){a.setAttribute('aria-haspopup','true');});
