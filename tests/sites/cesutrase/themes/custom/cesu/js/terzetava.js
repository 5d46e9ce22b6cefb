(function(){var b=document.querySelector('[data-chat="open"]');if(!b)return;b.addEventListener('click',function(){
var w=document.getElementById('block-cesu-chatwidget');var f=document.createElement('div');f.className='chat-window';
f.innerHTML='<p>Sveiki! Konsultants pievienosies sarunai. Uzrakstiet savu jautājumu:</p><textarea rows="3"></textarea><button>Sūtīt</button>';w.appendChild(f);b.disabled=true;});})();
