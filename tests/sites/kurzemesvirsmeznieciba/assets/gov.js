document.querySelectorAll('.page-feedback button').forEach(function(b){b.addEventListener('click',function(){b.parentNode.querySelector('.page-feedback__thanks').hidden=false;});});
