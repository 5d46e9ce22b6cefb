/* Tiešsaistes konsultāciju tērzētava (LiveChat savienojums) */
document.addEventListener('DOMContentLoaded',function(){var b=document.getElementById('chat-open');if(b){b.addEventListener('click',function(){
var w=window.open('','terzetava','width=380,height=520');if(w){w.document.write('<p>Savienojam ar konsultantu...</p>');}});}});
