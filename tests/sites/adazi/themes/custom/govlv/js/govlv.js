document.querySelectorAll('.page-feedback__btn').forEach(function(b){b.addEventListener('click',function(){var m=document.querySelector('.page-feedback__more');if(m){m.hidden=false;}});});
