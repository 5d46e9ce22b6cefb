document.querySelectorAll('.mega-item.has-panel>a').forEach(function(a){a.addEventListener('focus',function(){a.parentNode.classList.add('open')})});
document.querySelectorAll('.feedback-form button[name=useful]').forEach(function(b){b.addEventListener('click',function(){document.querySelector('.feedback-more').hidden=false})});
