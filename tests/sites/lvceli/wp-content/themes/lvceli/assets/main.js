document.querySelectorAll('.menu-item-has-children > a').forEach(function(a){a.setAttribute('aria-haspopup','true');});
