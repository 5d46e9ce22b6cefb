(function(){var b=document.querySelector('.menu-toggle');if(b){b.addEventListener('click',function(){document.getElementById('site-navigation').classList.toggle('toggled');});}})();
