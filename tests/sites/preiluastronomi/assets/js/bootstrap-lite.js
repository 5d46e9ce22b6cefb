document.addEventListener('click',function(e){var t=e.target.closest('[data-bs-toggle]');if(t){var el=document.querySelector(t.getAttribute('data-bs-target'));if(el){el.classList.toggle('show');}}
var c=e.target.closest('[data-bs-dismiss="modal"]');if(c){c.closest('.modal').classList.remove('show');}});
