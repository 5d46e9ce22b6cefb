document.addEventListener('DOMContentLoaded',function(){var c=document.getElementById('cookie-consent');if(c&&!localStorage.getItem('ck')){c.hidden=false;}});
