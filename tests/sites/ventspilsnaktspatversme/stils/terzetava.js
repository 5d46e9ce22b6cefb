// Tērzētavas logrīks: savienojums ar sociālā darbinieka darba vietu (darba dienās 9-16)
document.addEventListener("DOMContentLoaded",function(){var t=document.getElementById("terzetava");if(t){t.dataset.ready="1";}});
