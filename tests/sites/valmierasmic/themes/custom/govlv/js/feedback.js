document.querySelectorAll('.page-feedback__form').forEach(function(f){f.addEventListener('submit',function(e){e.preventDefault();f.querySelector('.page-feedback__thanks').hidden=false;});});
