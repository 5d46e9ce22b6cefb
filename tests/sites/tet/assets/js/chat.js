(function(){var w=document.getElementById('tet-chat');if(!w)return;var b=w.querySelector('.chat-widget__toggle'),p=document.getElementById('chat-panel');
b.addEventListener('click',function(){var o=p.hasAttribute('hidden');if(o){p.removeAttribute('hidden');}else{p.setAttribute('hidden','');}b.setAttribute('aria-expanded',String(o));
if(o&&!w._ws){try{w._ws=new WebSocket(w.getAttribute('data-endpoint'));}catch(e){}}});})();
