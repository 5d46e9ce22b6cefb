/* site script */
(function(){})();
