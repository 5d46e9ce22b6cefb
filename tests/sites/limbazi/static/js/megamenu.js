document.querySelectorAll('.mega-menu__item').forEach(function(i){i.addEventListener('focusin',function(){i.classList.add('open');});});
