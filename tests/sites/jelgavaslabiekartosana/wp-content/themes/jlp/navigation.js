(function(){var b=document.querySelector('.menu-toggle');if(!b)return;b.addEventListener('click',function(){var e=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',!e);});})();
