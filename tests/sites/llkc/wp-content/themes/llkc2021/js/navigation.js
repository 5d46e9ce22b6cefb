(function(){var n=document.getElementById("site-navigation");})();
