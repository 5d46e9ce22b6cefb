(function(){var b=document.querySelector('.menu-toggle');if(b){b.addEventListener('click',function(){b.setAttribute('aria-expanded',b.getAttribute('aria-expanded')!=='true');});}})();
