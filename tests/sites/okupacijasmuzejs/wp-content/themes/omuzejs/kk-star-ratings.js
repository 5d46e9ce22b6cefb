/* kk Star Ratings 5.4.7 (trimmed) */
(function(){document.querySelectorAll('.kksr-star').forEach(function(s){s.addEventListener('click',function(){var p=s.closest('.kk-star-ratings');var f=new FormData();f.append('action','kk-star-ratings');f.append('rating',s.dataset.star);f.append('payload',p.dataset.payload);fetch('/wp-admin/admin-ajax.php',{method:'POST',body:f});});});})();
