document.querySelectorAll('[data-widget=page-useful] button').forEach(function(b){b.addEventListener('click',function(){
fetch('/api/useful',{method:'POST',body:JSON.stringify({page:location.pathname,vote:b.dataset.vote})});
b.parentNode.innerHTML='<span>Paldies par novērtējumu!</span>';});});
