(function (Drupal) {
  'use strict';
  Drupal.behaviors.ogreMegamenu = { attach: function (context) {
    context.querySelectorAll('.tb-megamenu-item.dropdown > a').forEach(function (a) {
      a.addEventListener('mouseenter', function () { a.parentNode.classList.add('open'); });
    });
  } };
})(window.Drupal || {behaviors: {}});
