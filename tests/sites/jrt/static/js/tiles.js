document.querySelectorAll('.tile').forEach(function(t){t.addEventListener('focus',function(){t.classList.add('is-focused')})});
