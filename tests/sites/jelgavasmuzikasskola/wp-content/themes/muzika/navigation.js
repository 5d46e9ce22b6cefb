(function(){var n=document.getElementById('site-navigation');if(!n)return;n.addEventListener('click',function(e){if(e.target.matches('.menu-toggle')){n.classList.toggle('toggled');}});})();
