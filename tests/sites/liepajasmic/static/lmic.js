document.querySelectorAll('.lm-rating input[name=lapa]').forEach(function(i){i.value=location.pathname;});
