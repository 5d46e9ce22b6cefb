/* navigation toggle */ document.documentElement.classList.add("js");
