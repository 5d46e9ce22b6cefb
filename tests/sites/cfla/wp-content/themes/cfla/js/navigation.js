document.querySelector(".menu-toggle")&&document.querySelector(".menu-toggle").addEventListener("click",function(){this.setAttribute("aria-expanded",this.getAttribute("aria-expanded")!=="true")});
