/**
 * @file
 * Defines the Drupal JavaScript API.
 */
window.Drupal = window.Drupal || { behaviors: {}, locale: {} };
(function (Drupal) { Drupal.attachBehaviors = function (context) { context = context || document; }; })(Drupal);
