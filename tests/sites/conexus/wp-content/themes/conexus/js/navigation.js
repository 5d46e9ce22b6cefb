(function(){var n=document.getElementById('site-navigation');if(n){n.classList.add('js');}})();
