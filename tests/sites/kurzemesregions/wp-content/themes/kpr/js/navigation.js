/* mobile menu toggle */
(function(){var b=document.querySelector('.menu-toggle');if(!b)return;b.addEventListener('click',function(){var n=document.getElementById('site-navigation');n.classList.toggle('toggled');});})();
