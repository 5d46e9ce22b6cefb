document.addEventListener('click',function(e){var t=e.target.closest('[data-bs-toggle]');if(!t)return;var el=document.querySelector(t.getAttribute('data-bs-target'));if(!el)return;e.preventDefault();el.classList.toggle('show');});
document.addEventListener('click',function(e){if(e.target.matches('[data-bs-dismiss="modal"]')){e.target.closest('.modal').classList.remove('show');}});
