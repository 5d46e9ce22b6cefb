document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('#chat-widget button');if(b){b.addEventListener('click',function(){alert('Savienojam ar konsultantu…');});}});
