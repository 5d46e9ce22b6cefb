document.querySelectorAll('.mega>ul>li>a').forEach(function(a){a.addEventListener('focus',function(){a.parentNode.classList.add('open')})});
