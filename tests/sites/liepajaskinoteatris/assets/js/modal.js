document.addEventListener('click',function(e){var t=e.target.closest('[data-bs-toggle="modal"]');if(t){var m=document.querySelector(t.getAttribute('data-bs-target'));if(m){m.classList.add('show');}}
var c=e.target.closest('[data-bs-dismiss="modal"]');if(c){c.closest('.modal').classList.remove('show');}});
