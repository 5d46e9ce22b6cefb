/* Tērzētava — LiveChat widget loader */
(function(){var b=document.querySelector('.chat-btn'),p=document.querySelector('.chat-panel');if(b&&p){b.addEventListener('click',function(){p.classList.toggle('open');});}
window.__lc={license:18877321,group:2,chat_between_groups:false};
var s=document.createElement('script');s.async=true;s.src='https://cdn.livechatinc.com/tracking.js';document.head.appendChild(s);})();
