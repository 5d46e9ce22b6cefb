document.querySelector("[data-cookie]")?.addEventListener("click",()=>document.getElementById("cookie").remove());
